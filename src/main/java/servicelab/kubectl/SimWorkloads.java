package servicelab.kubectl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.Deployment;
import servicelab.model.KubeObject;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.sim.Rollouts;
import servicelab.sim.SimPod;

/**
 * The simulated cluster's Deployments, ReplicaSets and ReplicationControllers as the API server
 * would hold them, for {@code describe} (and a Deployment's ReplicaSet for {@code get -o yaml}):
 * the declared document with the API's defaults, a status counted from the simulated pods, and the
 * Deployment controller's revision, conditions and ScalingReplicaSet events (sync.go's
 * calculateStatus and syncRolloutStatus). They go through the describers a real cluster's objects
 * go through, so both print alike. The simulation keeps no creation times: CreationTimestamp is
 * left out, as Start Time is from its pods.
 */
final class SimWorkloads implements RemoteDescribe.Lookup {

    private final Kubectl k;
    private final ObjectData data;

    SimWorkloads(Kubectl k, ObjectData data) {
        this.k = k;
        this.data = data;
    }

    /** describe of a Deployment, a ReplicaSet (declared, or a Deployment's) or a ReplicationController. */
    String describe(Resources r, Item i) {
        Map<String, Object> o = switch (r) {
            case DEPLOYMENTS -> find(Deployment.class, i).map(this::deployment).orElse(null);
            case REPLICASETS -> find(ReplicaSet.class, i).map(this::declared).orElseGet(() -> ownReplicaSet(i.namespace(), i.name()));
            default -> find(ReplicationController.class, i).map(this::declared).orElse(null);
        };
        Map<String, Object> object = o == null ? Map.of() : o;
        return new RemoteDescribe(this, k.sim().now()).describe(r,
                new Item(i.namespace(), i.name(), i.labels(), i.createdMillis(), i.cells(), i.wide(), () -> object));
    }

    private <T extends KubeObject> java.util.Optional<T> find(Class<T> type, Item i) {
        return k.objects(type).stream().filter(o -> o.namespaceOrDefault().equals(i.namespace()) && o.name().equals(i.name())).findFirst();
    }

    /** A Deployment with its defaults, revision and status. */
    Map<String, Object> deployment(Deployment d) {
        Map<String, Object> o = document("Deployment", d);
        Map<String, Object> spec = child(o, "spec");
        int desired = d.replicas() == null ? 1 : d.replicas();
        spec.putIfAbsent("replicas", desired);
        Map<String, Object> strategy = child(spec, "strategy");
        strategy.putIfAbsent("type", "RollingUpdate");
        if ("RollingUpdate".equals(strategy.get("type"))) {
            Map<String, Object> ru = child(strategy, "rollingUpdate");
            ru.putIfAbsent("maxUnavailable", "25%");
            ru.putIfAbsent("maxSurge", "25%");
        }
        spec.putIfAbsent("minReadySeconds", 0);
        spec.putIfAbsent("progressDeadlineSeconds", 600);
        spec.putIfAbsent("revisionHistoryLimit", 10);
        Rollouts.Rollout rollout = k.sim().rollouts.of(d.namespaceOrDefault(), d.name());
        int revision = rollout == null ? 1 : rollout.revision();
        child(child(o, "metadata"), "annotations").put("deployment.kubernetes.io/revision", String.valueOf(revision));
        List<SimPod> pods = ObjectRows.owned(k, "Deployment", d);
        String hash = hash(d);
        long updated = pods.stream().filter(p -> hash != null && hash.equals(p.labels().get("pod-template-hash"))).count();
        long available = pods.stream().filter(SimPod::ready).count();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("observedGeneration", 1);
        status.put("replicas", pods.size());
        status.put("updatedReplicas", updated);
        status.put("readyReplicas", available);
        status.put("availableReplicas", available);
        // the old ReplicaSets are scaled to 0 at once here, so the ReplicaSets' desired total is the Deployment's
        status.put("unavailableReplicas", Math.max(0, desired - available));
        status.put("conditions", conditions(spec, desired, available, rollout));
        o.put("status", status);
        return o;
    }

    /** Available, then Progressing, in the order the controller last set them (the one set last is listed last). */
    private List<Object> conditions(Map<String, Object> spec, int desired, long available, Rollouts.Rollout rollout) {
        boolean minimum = available >= desired - maxUnavailable(spec, desired);
        Map<String, Object> avail = condition("Available", minimum, minimum ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable");
        long deadline = Raw.num(spec, "progressDeadlineSeconds") * 1000;
        boolean complete = rollout == null || rollout.complete();
        boolean stalled = !complete && k.sim().now() - rollout.lastProgress() > deadline;
        Map<String, Object> progressing = condition("Progressing", !stalled,
                complete ? "NewReplicaSetAvailable" : stalled ? "ProgressDeadlineExceeded" : "ReplicaSetUpdated");
        // a finished rollout set Progressing after Available; losing pods afterwards sets Available again
        return complete && minimum || stalled ? List.of(avail, progressing) : List.of(progressing, avail);
    }

    private static Map<String, Object> condition(String type, boolean on, String reason) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", type);
        c.put("status", on ? "True" : "False");
        c.put("reason", reason);
        return c;
    }

    /** deploymentutil.MaxUnavailable: rounded down from a percentage, 1 when surge and unavailable are both 0. */
    private static int maxUnavailable(Map<String, Object> spec, int desired) {
        if (!"RollingUpdate".equals(Raw.str(spec, "strategy", "type")) || desired == 0) {
            return 0;
        }
        int surge = scaled(Raw.str(spec, "strategy", "rollingUpdate", "maxSurge"), desired, true);
        int unavailable = scaled(Raw.str(spec, "strategy", "rollingUpdate", "maxUnavailable"), desired, false);
        if (surge == 0 && unavailable == 0) {
            unavailable = 1;
        }
        return Math.min(unavailable, desired);
    }

    /** intstr.GetScaledValueFromIntOrPercent. */
    private static int scaled(String v, int total, boolean roundUp) {
        if (v == null) {
            return 0;
        }
        try {
            if (v.endsWith("%")) {
                double x = Integer.parseInt(v.substring(0, v.length() - 1)) * total / 100.0;
                return (int) (roundUp ? Math.ceil(x) : Math.floor(x));
            }
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The ReplicaSet a Deployment's current template runs in ({@code name-hash}), or null. */
    Map<String, Object> ownReplicaSet(String namespace, String name) {
        for (Deployment d : k.objects(Deployment.class)) {
            String hash = hash(d);
            if (hash != null && d.namespaceOrDefault().equals(namespace) && name.equals(d.name() + "-" + hash)) {
                return ownReplicaSet(d, hash);
            }
        }
        return null;
    }

    private Map<String, Object> ownReplicaSet(Deployment d, String hash) {
        Map<String, Object> dep = deployment(d);
        int desired = d.replicas() == null ? 1 : d.replicas();
        Map<String, Object> rs = new LinkedHashMap<>();
        rs.put("apiVersion", "apps/v1");
        rs.put("kind", "ReplicaSet");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", d.name() + "-" + hash);
        meta.put("namespace", d.namespaceOrDefault());
        Map<String, Object> spec = child(dep, "spec");
        Map<String, Object> template = child(spec, "template");
        Map<String, Object> labels = child(child(template, "metadata"), "labels");
        labels.put("pod-template-hash", hash);
        meta.put("labels", new LinkedHashMap<>(labels));
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("deployment.kubernetes.io/desired-replicas", String.valueOf(desired));
        notes.put("deployment.kubernetes.io/max-replicas",
                String.valueOf(desired + ("RollingUpdate".equals(Raw.str(spec, "strategy", "type"))
                        ? scaled(Raw.str(spec, "strategy", "rollingUpdate", "maxSurge"), desired, true) : 0)));
        notes.put("deployment.kubernetes.io/revision", Raw.annotations(dep).get("deployment.kubernetes.io/revision"));
        meta.put("annotations", notes);
        meta.put("ownerReferences", List.of(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", d.name(),
                "controller", true, "blockOwnerDeletion", true)));
        rs.put("metadata", meta);
        Map<String, Object> rsSpec = new LinkedHashMap<>();
        rsSpec.put("replicas", desired);
        Map<String, Object> selector = new LinkedHashMap<>(child(spec, "selector"));
        Map<String, Object> matchLabels = new LinkedHashMap<>(child(selector, "matchLabels"));
        matchLabels.put("pod-template-hash", hash);
        selector.put("matchLabels", matchLabels);
        rsSpec.put("selector", selector);
        rsSpec.put("template", template);
        rs.put("spec", rsSpec);
        rs.put("status", replicaStatus(ObjectRows.owned(k, "Deployment", d).stream()
                .filter(p -> hash.equals(p.labels().get("pod-template-hash"))).toList()));
        return rs;
    }

    /** A declared ReplicaSet or ReplicationController with its defaults and status. */
    private Map<String, Object> declared(KubeObject w) {
        Map<String, Object> o = document(w.kind(), w);
        child(o, "spec").putIfAbsent("replicas", 1);
        if (w instanceof ReplicationController rc) {
            // SetDefaults_ReplicationController: without labels or a selector of its own it takes the template's
            if (rc.metadata() != null && !rc.metadata().labelsOrEmpty().isEmpty()) {
                child(o, "metadata").put("labels", new LinkedHashMap<>(rc.metadata().labelsOrEmpty()));
            }
            if (rc.selector() != null && !rc.selector().isEmpty()) {
                child(o, "spec").put("selector", new LinkedHashMap<>(rc.selector()));
            }
        }
        o.put("status", replicaStatus(ObjectRows.owned(k, w.kind(), w)));
        return o;
    }

    private static Map<String, Object> replicaStatus(List<SimPod> pods) {
        long ready = pods.stream().filter(SimPod::ready).count();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("replicas", pods.size());
        status.put("fullyLabeledReplicas", pods.size());
        status.put("readyReplicas", ready);
        status.put("availableReplicas", ready);
        return status;
    }

    /** The declared document as data, its containers' ports and probes given the API server's defaults. */
    private Map<String, Object> document(String kind, KubeObject w) {
        Object doc = data.documentData(kind, w);
        Map<String, Object> o = doc instanceof Map<?, ?> m && !m.isEmpty() ? copy(m) : new LinkedHashMap<>();
        if (Raw.get(o, "spec", "template", "spec", "containers") instanceof List<?> cs) {
            for (Object c : cs) {
                if (c instanceof Map<?, ?>) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> container = (Map<String, Object>) c;
                    containerDefaults(container);
                }
            }
        }
        return o;
    }

    /** SetDefaults_ContainerPort, _Probe and _HTTPGetAction (pkg/apis/core/v1/defaults.go). */
    @SuppressWarnings("unchecked")
    private static void containerDefaults(Map<String, Object> c) {
        if (c.get("ports") instanceof List<?> ports) {
            ports.stream().filter(p -> p instanceof Map<?, ?>).forEach(p -> ((Map<String, Object>) p).putIfAbsent("protocol", "TCP"));
        }
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            if (c.get(probe) instanceof Map<?, ?> pm) {
                Map<String, Object> p = (Map<String, Object>) pm;
                p.putIfAbsent("timeoutSeconds", 1);
                p.putIfAbsent("periodSeconds", 10);
                p.putIfAbsent("successThreshold", 1);
                p.putIfAbsent("failureThreshold", 3);
                if (p.get("httpGet") instanceof Map<?, ?> hm) {
                    Map<String, Object> h = (Map<String, Object>) hm;
                    h.putIfAbsent("path", "/");
                    h.putIfAbsent("scheme", "HTTP");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((key, v) -> out.put(String.valueOf(key), v instanceof Map<?, ?> inner ? copy(inner)
                : v instanceof List<?> l ? new ArrayList<>(l.stream().map(x -> x instanceof Map<?, ?> xm ? copy(xm) : x).toList()) : v));
        return out;
    }

    /** The map under a key, made (and put there) when missing. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof Map<?, ?>) {
            return (Map<String, Object>) v;
        }
        Map<String, Object> made = new LinkedHashMap<>();
        m.put(key, made);
        return made;
    }

    /** The pod-template-hash of a Deployment's current pods (as its ReplicaSet's name has it), or null before it has any. */
    private String hash(Deployment d) {
        return ObjectRows.owned(k, "Deployment", d).stream().map(p -> p.labels().get("pod-template-hash"))
                .filter(h -> h != null).reduce((a, b) -> b).orElse(null);
    }

    @Override
    public List<Map<String, Object>> objects(Resources r) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (r == Resources.REPLICASETS) {
            for (Deployment d : k.objects(Deployment.class)) {
                String hash = hash(d);
                if (hash != null) {
                    out.add(ownReplicaSet(d, hash));
                }
            }
        } else if (r == Resources.PODS) {
            for (SimPod p : k.sim().userPods()) {
                if (p.owner() == null || p.terminating()) {
                    continue;
                }
                String[] owner = p.owner().split("/", 3);
                boolean viaRs = owner[0].equals("Deployment");
                String kind = viaRs ? "ReplicaSet" : owner[0];
                String name = viaRs ? owner[2] + "-" + p.labels().getOrDefault("pod-template-hash", "") : owner[2];
                out.add(Map.of("metadata", Map.of("name", p.name(), "namespace", p.namespace(),
                                "ownerReferences", List.of(Map.of("kind", kind, "name", name, "controller", true))),
                        "status", Map.of("phase", p.ip() == null ? "Pending" : "Running")));
            }
        }
        return out;
    }

    @Override
    public List<Map<String, Object>> events() {
        long now = k.sim().now();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Deployment d : k.objects(Deployment.class)) {
            Rollouts.Rollout r = k.sim().rollouts.of(d.namespaceOrDefault(), d.name());
            for (Rollouts.Event e : r == null ? List.<Rollouts.Event>of() : r.events()) {
                if (now - e.at() >= Rollouts.EVENT_TTL) {
                    continue;
                }
                String at = Instant.ofEpochMilli(e.at()).toString();
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("involvedObject", Map.of("kind", "Deployment", "name", d.name(), "namespace", d.namespaceOrDefault()));
                ev.put("type", "Normal");
                ev.put("reason", "ScalingReplicaSet");
                ev.put("source", Map.of("component", "deployment-controller"));
                ev.put("firstTimestamp", at);
                ev.put("lastTimestamp", at);
                ev.put("count", 1);
                ev.put("message", e.message());
                out.add(ev);
            }
        }
        return out;
    }
}
