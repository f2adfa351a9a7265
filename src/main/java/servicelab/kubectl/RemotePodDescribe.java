package servicelab.kubectl;

import static servicelab.kubectl.Raw.get;
import static servicelab.kubectl.Raw.maps;
import static servicelab.kubectl.Raw.num;
import static servicelab.kubectl.Raw.str;
import static servicelab.kubectl.RemoteDescribe.orEmpty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * kubectl describe of a real cluster's pods, and of the workloads that print a pod template
 * (Deployment, ReplicaSet, ReplicationController), in describe.go's layout as of kubectl 1.33
 * (a projected ConfigMap's {@code Optional: false}).
 */
final class RemotePodDescribe {
    private final RemoteDescribe.Lookup lookup;
    private final long now;

    RemotePodDescribe(RemoteDescribe.Lookup lookup, long nowMillis) {
        this.lookup = lookup;
        this.now = nowMillis;
    }

    void pod(StringBuilder w, Map<String, Object> o) {
        RemoteDescribe.head(w, o);
        if (get(o, "spec", "priority") != null) {
            w.append("Priority:\t").append(num(o, "spec", "priority")).append('\n');
        }
        if (str(o, "spec", "priorityClassName") != null) {
            w.append("Priority Class Name:\t").append(str(o, "spec", "priorityClassName")).append('\n');
        }
        if (str(o, "spec", "runtimeClassName") != null) {
            w.append("Runtime Class Name:\t").append(str(o, "spec", "runtimeClassName")).append('\n');
        }
        if (str(o, "spec", "serviceAccountName") != null) {
            w.append("Service Account:\t").append(str(o, "spec", "serviceAccountName")).append('\n');
        }
        String node = str(o, "spec", "nodeName");
        w.append("Node:\t").append(node == null ? "<none>" : node + "/" + orEmpty(str(o, "status", "hostIP"))).append('\n');
        if (get(o, "status", "startTime") != null) {
            w.append("Start Time:\t").append(Raw.rfc1123(Raw.time(o, "status", "startTime"))).append('\n');
        }
        RemoteDescribe.labelsAndAnnotations(w, o);
        if (get(o, "metadata", "deletionTimestamp") != null) {
            w.append("Status:\tTerminating (lasts ").append(HumanDuration.of(Raw.time(o, "metadata", "deletionTimestamp") - now)).append(")\n");
            w.append("Termination Grace Period:\t").append(num(o, "metadata", "deletionGracePeriodSeconds")).append("s\n");
        } else {
            w.append("Status:\t").append(orEmpty(str(o, "status", "phase"))).append('\n');
        }
        if (str(o, "status", "reason") != null) {
            w.append("Reason:\t").append(str(o, "status", "reason")).append('\n');
        }
        if (str(o, "status", "message") != null) {
            w.append("Message:\t").append(str(o, "status", "message")).append('\n');
        }
        w.append("IP:\t").append(orEmpty(str(o, "status", "podIP"))).append('\n');
        List<Map<String, Object>> ips = maps(o, "status", "podIPs");
        if (ips.isEmpty()) {
            w.append("IPs:\t<none>\n");
        } else {
            w.append("IPs:\n");
            ips.forEach(ip -> w.append("  IP:\t").append(str(ip, "ip")).append('\n'));
        }
        String controller = controller(o);
        if (controller != null) {
            w.append("Controlled By:\t").append(controller).append('\n');
        }
        if (str(o, "status", "nominatedNodeName") != null) {
            w.append("NominatedNodeName:\t").append(str(o, "status", "nominatedNodeName")).append('\n');
        }
        if (!maps(o, "spec", "initContainers").isEmpty()) {
            containers(w, "Init Containers", maps(o, "spec", "initContainers"), maps(o, "status", "initContainerStatuses"), o, "");
        }
        containers(w, "Containers", maps(o, "spec", "containers"), maps(o, "status", "containerStatuses"), o, "");
        conditions(w, o);
        volumes(w, maps(o, "spec", "volumes"), "");
        w.append("QoS Class:\t").append(orEmpty(str(o, "status", "qosClass"))).append('\n');
        labelsIndented(w, "", "Node-Selectors", Raw.stringMap(o, "spec", "nodeSelector"));
        tolerations(w, "", maps(o, "spec", "tolerations"));
    }

    private static void conditions(StringBuilder w, Map<String, Object> o) {
        List<Map<String, Object>> gates = maps(o, "spec", "readinessGates");
        if (!gates.isEmpty()) {
            w.append("Readiness Gates:\n  Type\tStatus\n");
            for (Map<String, Object> g : gates) {
                String status = RemoteRows.conditionStatus(o, String.valueOf(g.get("conditionType")));
                w.append("  ").append(g.get("conditionType")).append(" \t").append(status.isEmpty() ? "<none>" : status).append(" \n");
            }
        }
        List<Map<String, Object>> cs = maps(o, "status", "conditions");
        if (!cs.isEmpty()) {
            w.append("Conditions:\n  Type\tStatus\n");
            cs.forEach(c -> w.append("  ").append(c.get("type")).append(" \t").append(c.get("status")).append(" \n"));
        }
    }

    /** The controller of an object (its ownerReference marked controller), as Kind/name; null without one. */
    static String controller(Map<String, Object> o) {
        for (Map<String, Object> ref : maps(o, "metadata", "ownerReferences")) {
            if (Raw.isTrue(ref, "controller")) {
                return str(ref, "kind") + "/" + str(ref, "name");
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ containers

    private void containers(StringBuilder w, String label, List<Map<String, Object>> containers, List<Map<String, Object>> statuses,
                            Map<String, Object> pod, String space) {
        w.append(space).append(label).append(":\n");
        for (Map<String, Object> c : containers) {
            Map<String, Object> status = statuses.stream().filter(s -> String.valueOf(c.get("name")).equals(s.get("name"))).findFirst().orElse(null);
            w.append("  ").append(space.isEmpty() ? "" : " ").append(c.get("name")).append(":\n");
            if (status != null) {
                w.append("    Container ID:\t").append(orEmpty(str(status, "containerID"))).append('\n');
            }
            w.append("    Image:\t").append(orEmpty(str(c, "image"))).append('\n');
            if (status != null) {
                w.append("    Image ID:\t").append(orEmpty(str(status, "imageID"))).append('\n');
            }
            portLine(w, "Port", "Ports", maps(c, "ports").stream().map(p -> num(p, "containerPort") + "/" + orEmpty(str(p, "protocol"))).toList());
            portLine(w, "Host Port", "Host Ports", maps(c, "ports").stream().map(p -> num(p, "hostPort") + "/" + orEmpty(str(p, "protocol"))).toList());
            if (str(c, "restartPolicy") != null) {
                w.append("    Restart Policy:\t").append(str(c, "restartPolicy")).append('\n');
            }
            List<String> command = Raw.strings(c, "command");
            if (!command.isEmpty()) {
                w.append("    Command:\n");
                command.forEach(s -> w.append("      ").append(s).append('\n'));
            }
            List<String> args = Raw.strings(c, "args");
            if (!args.isEmpty()) {
                w.append("    Args:\n");
                args.forEach(s -> w.append("      ").append(s).append('\n'));
            }
            if (status != null) {
                state(w, "State", get(status, "state"));
                if (get(status, "lastState", "terminated") != null) {
                    state(w, "Last State", get(status, "lastState"));
                }
                w.append("    Ready:\t").append(Raw.isTrue(status, "ready") ? "True" : "False").append('\n');
                w.append("    Restart Count:\t").append(num(status, "restartCount")).append('\n');
            }
            resources(w, c);
            probe(w, "Liveness", get(c, "livenessProbe"));
            probe(w, "Readiness", get(c, "readinessProbe"));
            probe(w, "Startup", get(c, "startupProbe"));
            RemoteEnv.envFrom(w, maps(c, "envFrom"));
            RemoteEnv.env(w, maps(c, "env"), pod);
            mounts(w, maps(c, "volumeMounts"));
        }
    }

    private static void portLine(StringBuilder w, String one, String many, List<String> ports) {
        String s = String.join(", ", ports);
        if (s.contains(",")) {
            w.append("    ").append(many).append(":\t").append(s).append('\n');
        } else {
            w.append("    ").append(one).append(":\t").append(s.isEmpty() ? "<none>" : s).append('\n');
        }
    }

    private static void state(StringBuilder w, String title, Object state) {
        if (get(state, "running") != null) {
            w.append("    ").append(title).append(":\tRunning\n");
            w.append("      Started:\t").append(Raw.rfc1123(Raw.time(state, "running", "startedAt"))).append('\n');
        } else if (get(state, "waiting") != null) {
            w.append("    ").append(title).append(":\tWaiting\n");
            if (str(state, "waiting", "reason") != null) {
                w.append("      Reason:\t").append(str(state, "waiting", "reason")).append('\n');
            }
        } else if (get(state, "terminated") != null) {
            Object t = get(state, "terminated");
            w.append("    ").append(title).append(":\tTerminated\n");
            if (str(t, "reason") != null) {
                w.append("      Reason:\t").append(str(t, "reason")).append('\n');
            }
            if (str(t, "message") != null) {
                w.append("      Message:\t").append(str(t, "message")).append('\n');
            }
            w.append("      Exit Code:\t").append(num(t, "exitCode")).append('\n');
            if (num(t, "signal") > 0) {
                w.append("      Signal:\t").append(num(t, "signal")).append('\n');
            }
            w.append("      Started:\t").append(Raw.rfc1123(Raw.time(t, "startedAt"))).append('\n');
            w.append("      Finished:\t").append(Raw.rfc1123(Raw.time(t, "finishedAt"))).append('\n');
        } else {
            w.append("    ").append(title).append(":\tWaiting\n");
        }
    }

    private static void resources(StringBuilder w, Map<String, Object> c) {
        for (String kind : List.of("limits", "requests")) {
            Map<String, String> m = Raw.stringMap(c, "resources", kind);
            if (!m.isEmpty()) {
                w.append("    ").append(kind.equals("limits") ? "Limits" : "Requests").append(":\n");
                m.forEach((k, v) -> w.append("      ").append(k).append(":\t").append(v).append('\n'));
            }
        }
    }

    /** DescribeProbe: how the kubelet probes, then its timing as Go prints durations. */
    private static void probe(StringBuilder w, String title, Object p) {
        if (p == null) {
            return;
        }
        String attrs = "delay=" + goSeconds(num(p, "initialDelaySeconds")) + " timeout=" + goSeconds(num(p, "timeoutSeconds"))
                + " period=" + goSeconds(num(p, "periodSeconds")) + " #success=" + num(p, "successThreshold")
                + " #failure=" + num(p, "failureThreshold");
        String how;
        if (get(p, "httpGet") != null) {
            Object h = get(p, "httpGet");
            String port = orEmpty(str(h, "port"));
            String host = orEmpty(str(h, "host"));
            String authority = port.isEmpty() ? host : (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
            String path = orEmpty(str(h, "path"));
            how = "http-get " + orEmpty(str(h, "scheme")).toLowerCase(java.util.Locale.ROOT) + "://" + authority
                    + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
        } else if (get(p, "tcpSocket") != null) {
            how = "tcp-socket " + orEmpty(str(p, "tcpSocket", "host")) + ":" + orEmpty(str(p, "tcpSocket", "port"));
        } else if (get(p, "grpc") != null) {
            how = "grpc <pod>:" + num(p, "grpc", "port") + " " + orEmpty(str(p, "grpc", "service"));
        } else if (get(p, "exec") != null) {
            how = "exec [" + String.join(" ", Raw.strings(p, "exec", "command")) + "]";
        } else {
            how = "unknown";
        }
        w.append("    ").append(title).append(":\t").append(how).append(' ').append(attrs).append('\n');
    }

    /** Go's time.Duration String for whole seconds: 0s, 15s, 1m30s, 1h0m0s. */
    static String goSeconds(long s) {
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + s % 60 + "s";
        }
        return s / 3600 + "h" + s % 3600 / 60 + "m" + s % 60 + "s";
    }

    private static void mounts(StringBuilder w, List<Map<String, Object>> mounts) {
        if (mounts.isEmpty()) {
            w.append("    Mounts:\t<none>\n");
            return;
        }
        w.append("    Mounts:\n");
        List<Map<String, Object>> sorted = new ArrayList<>(mounts);
        sorted.sort(Comparator.comparing(m -> orEmpty(str(m, "mountPath"))));
        for (Map<String, Object> m : sorted) {
            List<String> flags = new ArrayList<>();
            flags.add(Raw.isTrue(m, "readOnly") ? "ro" : "rw");
            if (str(m, "subPath") != null) {
                flags.add("path=" + servicelab.text.GoStrings.quote(str(m, "subPath")));
            }
            w.append("      ").append(str(m, "mountPath")).append(" from ").append(str(m, "name")).append(" (")
                    .append(String.join(",", flags)).append(")\n");
        }
    }

    // ------------------------------------------------------------------ volumes, selectors, tolerations

    static void volumes(StringBuilder w, List<Map<String, Object>> volumes, String space) {
        if (volumes.isEmpty()) {
            w.append(space).append("Volumes:\t<none>\n");
            return;
        }
        w.append(space).append("Volumes:\n");
        for (Map<String, Object> v : volumes) {
            w.append("  ").append(space.isEmpty() ? "" : " ").append(v.get("name")).append(":\n");
            RemoteEnv.volume(w, v);
        }
    }

    /** printLabelsMultilineWithIndent. */
    static void labelsIndented(StringBuilder w, String indent, String title, Map<String, String> labels) {
        w.append(indent).append(title).append(":\t");
        if (labels.isEmpty()) {
            w.append("<none>\n");
            return;
        }
        boolean first = true;
        for (var e : new java.util.TreeMap<>(labels).entrySet()) {
            if (!first) {
                w.append(indent).append('\t');
            }
            first = false;
            w.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
    }

    /** printPodTolerationsMultilineWithIndent: key=value:effect, op=Exists, for Ns; sorted by key. */
    static void tolerations(StringBuilder w, String indent, List<Map<String, Object>> tolerations) {
        w.append(indent).append("Tolerations:\t");
        if (tolerations.isEmpty()) {
            w.append("<none>\n");
            return;
        }
        List<Map<String, Object>> sorted = new ArrayList<>(tolerations);
        sorted.sort(Comparator.comparing(t -> orEmpty(str(t, "key"))));
        boolean first = true;
        for (Map<String, Object> t : sorted) {
            if (!first) {
                w.append(indent).append('\t');
            }
            first = false;
            String key = orEmpty(str(t, "key"));
            String value = orEmpty(str(t, "value"));
            String effect = orEmpty(str(t, "effect"));
            w.append(key);
            if (!value.isEmpty()) {
                w.append('=').append(value);
            }
            if (!effect.isEmpty()) {
                w.append(':').append(effect);
            }
            if ("Exists".equals(str(t, "operator")) && value.isEmpty()) {
                w.append(key.isEmpty() && effect.isEmpty() ? "op=Exists" : " op=Exists");
            }
            if (get(t, "tolerationSeconds") != null) {
                w.append(" for ").append(num(t, "tolerationSeconds")).append('s');
            }
            w.append('\n');
        }
    }

    // ------------------------------------------------------------------ workloads

    /** DescribePodTemplate. */
    private void template(StringBuilder w, Object t) {
        w.append("Pod Template:\n");
        labelsIndented(w, "  ", "Labels", Raw.stringMap(t, "metadata", "labels"));
        Map<String, String> annotations = Raw.stringMap(t, "metadata", "annotations");
        if (!annotations.isEmpty()) {
            StringBuilder a = new StringBuilder();
            DescribePrinter.annotations(a, annotations);
            for (String line : a.toString().split("\n")) {
                w.append("  ").append(line).append('\n');
            }
        }
        if (str(t, "spec", "serviceAccountName") != null) {
            w.append("  Service Account:\t").append(str(t, "spec", "serviceAccountName")).append('\n');
        }
        if (!maps(t, "spec", "initContainers").isEmpty()) {
            containers(w, "Init Containers", maps(t, "spec", "initContainers"), List.of(), null, "  ");
        }
        containers(w, "Containers", maps(t, "spec", "containers"), List.of(), null, "  ");
        volumes(w, maps(t, "spec", "volumes"), "  ");
        if (str(t, "spec", "priorityClassName") != null) {
            w.append("  Priority Class Name:\t").append(str(t, "spec", "priorityClassName")).append('\n');
        }
        labelsIndented(w, "  ", "Node-Selectors", Raw.stringMap(t, "spec", "nodeSelector"));
        tolerations(w, "  ", maps(t, "spec", "tolerations"));
    }

    void deployment(StringBuilder w, Map<String, Object> o) {
        RemoteDescribe.head(w, o);
        if (Raw.get(o, "metadata", "creationTimestamp") != null) { // the simulated cluster keeps no creation times
            w.append("CreationTimestamp:\t").append(Raw.rfc1123(Raw.time(o, "metadata", "creationTimestamp"))).append('\n');
        }
        RemoteDescribe.labelsAndAnnotations(w, o);
        w.append("Selector:\t").append(Raw.selector(get(o, "spec", "selector"))).append('\n');
        w.append("Replicas:\t").append(num(o, "spec", "replicas")).append(" desired | ").append(num(o, "status", "updatedReplicas"))
                .append(" updated | ").append(num(o, "status", "replicas")).append(" total | ").append(num(o, "status", "availableReplicas"))
                .append(" available | ").append(num(o, "status", "unavailableReplicas")).append(" unavailable\n");
        w.append("StrategyType:\t").append(orEmpty(str(o, "spec", "strategy", "type"))).append('\n');
        w.append("MinReadySeconds:\t").append(num(o, "spec", "minReadySeconds")).append('\n');
        Object ru = get(o, "spec", "strategy", "rollingUpdate");
        if (ru != null) {
            w.append("RollingUpdateStrategy:\t").append(orEmpty(str(ru, "maxUnavailable"))).append(" max unavailable, ")
                    .append(orEmpty(str(ru, "maxSurge"))).append(" max surge\n");
        }
        template(w, get(o, "spec", "template"));
        workloadConditions(w, o);
        List<Map<String, Object>> owned = lookup.objects(Resources.REPLICASETS).stream()
                .filter(rs -> ("Deployment/" + Raw.name(o)).equals(controller(rs))).toList();
        String revision = Raw.annotations(o).get("deployment.kubernetes.io/revision");
        List<Map<String, Object>> newRs = owned.stream()
                .filter(rs -> revision != null && revision.equals(Raw.annotations(rs).get("deployment.kubernetes.io/revision"))).toList();
        List<Map<String, Object>> oldRs = owned.stream().filter(rs -> !newRs.contains(rs) && num(rs, "spec", "replicas") != 0).toList();
        w.append("OldReplicaSets:\t").append(replicaSets(oldRs)).append('\n');
        w.append("NewReplicaSet:\t").append(replicaSets(newRs)).append('\n');
    }

    private static String replicaSets(List<Map<String, Object>> sets) {
        if (sets.isEmpty()) {
            return "<none>";
        }
        return String.join(", ", sets.stream().map(rs -> Raw.name(rs) + " (" + num(rs, "status", "replicas") + "/"
                + num(rs, "spec", "replicas") + " replicas created)").toList());
    }

    private static void workloadConditions(StringBuilder w, Map<String, Object> o) {
        List<Map<String, Object>> cs = maps(o, "status", "conditions");
        if (!cs.isEmpty()) {
            w.append("Conditions:\n  Type\tStatus\tReason\n  ----\t------\t------\n");
            cs.forEach(c -> w.append("  ").append(c.get("type")).append(" \t").append(c.get("status")).append('\t')
                    .append(orEmpty(str(c, "reason"))).append('\n'));
        }
    }

    /** ReplicaSetDescriber and ReplicationControllerDescriber: replicas, the pods they control by phase, the template. */
    void replicas(StringBuilder w, Map<String, Object> o, boolean replicaSet) {
        RemoteDescribe.head(w, o);
        w.append("Selector:\t").append(replicaSet ? Raw.selector(get(o, "spec", "selector"))
                : Raw.labelList(Raw.stringMap(o, "spec", "selector"))).append('\n');
        RemoteDescribe.labelsAndAnnotations(w, o);
        String controller = controller(o);
        if (replicaSet && controller != null) {
            w.append("Controlled By:\t").append(controller).append('\n');
        }
        w.append("Replicas:\t").append(num(o, "status", "replicas")).append(" current / ").append(num(o, "spec", "replicas")).append(" desired\n");
        int[] phases = new int[4];
        String me = (replicaSet ? "ReplicaSet/" : "ReplicationController/") + Raw.name(o);
        String uid = str(o, "metadata", "uid");
        for (Map<String, Object> p : lookup.objects(Resources.PODS)) {
            Map<String, Object> ref = maps(p, "metadata", "ownerReferences").stream().filter(r -> Raw.isTrue(r, "controller")).findFirst().orElse(null);
            if (ref == null || !me.equals(str(ref, "kind") + "/" + str(ref, "name")) || (uid != null && str(ref, "uid") != null && !uid.equals(str(ref, "uid")))) {
                continue;
            }
            int at = List.of("Running", "Pending", "Succeeded", "Failed").indexOf(orEmpty(str(p, "status", "phase")));
            if (at >= 0) {
                phases[at]++;
            }
        }
        w.append("Pods Status:\t").append(phases[0]).append(" Running / ").append(phases[1]).append(" Waiting / ").append(phases[2])
                .append(" Succeeded / ").append(phases[3]).append(" Failed\n");
        template(w, get(o, "spec", "template"));
        workloadConditions(w, o);
    }
}
