package servicelab.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.check.DocumentReport;
import servicelab.kubectl.LiveCluster;
import servicelab.manifest.ManifestEditor;
import servicelab.manifest.Transaction;
import servicelab.manifest.YNode;
import servicelab.model.ContainerPort;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/**
 * What the diagram's menus do to the desired state, as text: each is one transaction on the
 * checked text, giving one {@link ManifestEditor.Edit} with its real line range, proposed for the
 * revision it was computed from (the document refuses it if the text has moved on since).
 * Everything here is a function of text and report, so it is tested without a screen.
 */
public final class Edits {
    /** An edit of the document, computed from the text of revision {@code basedOn}. */
    public record Proposal(long basedOn, ManifestEditor.Edit edit) {
    }

    /** The example the ExternalName type starts with (the study note's). */
    static final String EXTERNAL_NAME = "api.somecompany.com";

    private Edits() {
    }

    private static DocumentReport doc(CheckService.Checked c, String kind, String namespace, String name) {
        return c == null ? null : LiveCluster.documentIn(c.report(), kind, namespace, name);
    }

    private static Proposal proposal(CheckService.Checked c, Transaction t) {
        ManifestEditor.Edit e = t.commit();
        return e.isEmpty() ? null : new Proposal(c.revision(), e);
    }

    /** The Service becomes this type ("Headless" is a ClusterIP Service without a cluster IP); fields the new type forbids go. */
    public static Proposal switchType(CheckService.Checked c, String namespace, String name, String type) {
        DocumentReport d = doc(c, "Service", namespace, name);
        if (d == null) {
            return null;
        }
        int i = d.index();
        Transaction t = ManifestEditor.transaction(c.text());
        boolean headless = type.equals("Headless");
        String apiType = headless ? "ClusterIP" : type;
        if (!(apiType.equals("ClusterIP") && t.field(i, List.of("spec", "type")) == null)) {
            t.set(i, List.of("spec", "type"), apiType); // an absent type already means ClusterIP
        }
        if (headless) {
            t.set(i, List.of("spec", "clusterIP"), "None");
        } else {
            // a ClusterIP, NodePort or LoadBalancer gets an allocated cluster IP; ExternalName may have none
            t.remove(i, List.of("spec", "clusterIP")).remove(i, List.of("spec", "clusterIPs"));
        }
        if (type.equals("ExternalName")) {
            if (t.field(i, List.of("spec", "externalName")) == null) {
                t.set(i, List.of("spec", "externalName"), EXTERNAL_NAME);
            }
        } else {
            t.remove(i, List.of("spec", "externalName"));
        }
        if (!type.equals("NodePort") && !type.equals("LoadBalancer")) {
            // nodePort and externalTrafficPolicy are only allowed on externally reachable Services
            if (t.field(i, List.of("spec", "ports")) instanceof YNode.Seq q) {
                for (int p = 0; p < q.items().size(); p++) {
                    t.remove(i, List.of("spec", "ports", p, "nodePort"));
                }
            }
            t.remove(i, List.of("spec", "externalTrafficPolicy"));
        }
        if (!type.equals("LoadBalancer")) {
            t.remove(i, List.of("spec", "allocateLoadBalancerNodePorts")).remove(i, List.of("spec", "loadBalancerIP"));
        }
        return proposal(c, t);
    }

    /**
     * The first port from "port:targetPort[:nodePort]" (targetPort may be a name). Without a node
     * port, an existing one goes. Throws IllegalArgumentException for another shape.
     */
    public static Proposal setFirstPort(CheckService.Checked c, String namespace, String name, String spec) {
        String[] parts = spec.strip().split(":");
        if (parts.length < 1 || parts.length > 3 || !parts[0].matches("\\d{1,5}")
                || parts.length > 2 && !parts[2].matches("\\d{1,5}") || parts.length > 1 && parts[1].isBlank()) {
            throw new IllegalArgumentException(spec);
        }
        DocumentReport d = doc(c, "Service", namespace, name);
        if (d == null) {
            return null;
        }
        int i = d.index();
        Transaction t = ManifestEditor.transaction(c.text());
        t.set(i, List.of("spec", "ports", 0, "port"), Integer.parseInt(parts[0]));
        if (parts.length > 1) {
            Object target = parts[1].matches("\\d{1,5}") ? (Object) Integer.parseInt(parts[1]) : parts[1];
            t.set(i, List.of("spec", "ports", 0, "targetPort"), target);
        }
        if (parts.length > 2) {
            t.set(i, List.of("spec", "ports", 0, "nodePort"), Integer.parseInt(parts[2]));
        } else if (parts.length == 2) {
            t.remove(i, List.of("spec", "ports", 0, "nodePort"));
        }
        return proposal(c, t);
    }

    /** The pod's controller gets {@code delta} more (or fewer) replicas; its owner is "Kind/namespace/name". */
    public static Proposal scale(CheckService.Checked c, String owner, int delta) {
        String[] o = owner.split("/", 3);
        DocumentReport d = o.length == 3 ? doc(c, o[0], o[1], o[2]) : null;
        if (d == null) {
            return null;
        }
        Transaction t = ManifestEditor.transaction(c.text());
        YNode r = t.field(d.index(), List.of("spec", "replicas"));
        // written as the learner likes it (0x10, 1_000): read it as the API server does
        Object v = r instanceof YNode.Scalar s && s.kind() == YNode.Kind.INT ? servicelab.manifest.GoYaml.intValue(s.value()) : null;
        int now = v instanceof Long l && l >= 0 && l < Integer.MAX_VALUE ? l.intValue() : 1;
        t.set(d.index(), List.of("spec", "replicas"), Math.max(0, now + delta));
        return proposal(c, t);
    }

    /**
     * A readiness probe (HTTP GET / on the first container port, every 5 s, 3 failures) on the
     * first container of a declared pod, or of its controller's pod template; null when the
     * document that makes the pod is not in the text.
     */
    public static Proposal addReadinessProbe(CheckService.Checked c, SimPod pod) {
        DocumentReport d;
        List<Object> container;
        if (pod.owner() == null) {
            d = doc(c, "Pod", pod.namespace(), pod.name());
            container = List.of("spec", "containers", 0, "readinessProbe");
        } else {
            String[] o = pod.owner().split("/", 3);
            d = o.length == 3 ? doc(c, o[0], o[1], o[2]) : null;
            container = List.of("spec", "template", "spec", "containers", 0, "readinessProbe");
        }
        if (d == null) {
            return null;
        }
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("path", "/");
        get.put("port", pod.ports().isEmpty() || pod.ports().get(0).containerPort() == null ? 80 : pod.ports().get(0).containerPort());
        Map<String, Object> probe = new LinkedHashMap<>();
        probe.put("httpGet", get);
        probe.put("periodSeconds", 5);
        probe.put("failureThreshold", 3);
        Transaction t = ManifestEditor.transaction(c.text());
        t.set(d.index(), container, probe);
        return proposal(c, t);
    }

    /** A declared pod's labels (a controller's pods are relabelled at run time instead). */
    public static Proposal setPodLabels(CheckService.Checked c, String namespace, String name, Map<String, String> labels) {
        DocumentReport d = doc(c, "Pod", namespace, name);
        if (d == null) {
            return null;
        }
        Transaction t = ManifestEditor.transaction(c.text());
        t.set(d.index(), List.of("metadata", "labels"), new LinkedHashMap<String, Object>(labels));
        return proposal(c, t);
    }

    /** Removes a declared pod's document. */
    public static Proposal removePod(CheckService.Checked c, String namespace, String name) {
        DocumentReport d = doc(c, "Pod", namespace, name);
        return d == null ? null : proposal(c, ManifestEditor.transaction(c.text()).removeDocument(d.index()));
    }

    /** A ClusterIP Service that selects this pod (by its app label, else all its labels), port 80 to its first port. */
    public static Proposal createServiceFor(CheckService.Checked c, ClusterSnapshot cluster, SimPod pod) {
        Map<String, String> selector = new LinkedHashMap<>();
        if (pod.labels().containsKey("app")) {
            selector.put("app", pod.labels().get("app"));
        } else {
            pod.labels().forEach((k, v) -> {
                if (!k.equals("pod-template-hash")) {
                    selector.put(k, v);
                }
            });
        }
        String base = selector.getOrDefault("app", "svc").toLowerCase().replaceAll("[^a-z0-9-]", "-");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "svc-" + base;
        }
        String name = base;
        for (int i = 2; cluster.service(pod.namespace(), name) != null; i++) {
            name = base + "-" + i;
        }
        int target = pod.ports().stream().map(ContainerPort::containerPort).filter(p -> p != null).findFirst().orElse(80);
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("port", 80);
        port.put("targetPort", target);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", name);
        if (!pod.namespace().equals("default")) {
            meta.put("namespace", pod.namespace());
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("ports", List.of(port));
        spec.put("selector", selector);
        return proposal(c, ManifestEditor.transaction(c.text()).addDocument(object("Service", meta, spec)));
    }

    /**
     * A new pod (luksa/kubia on port 8080), scheduled on {@code node} when given, with the labels
     * of the selected Service, or of the only Service with a selector, so that it is selected
     * (else app=web: there is no Service to join).
     */
    public static Proposal addPod(CheckService.Checked c, ClusterSnapshot cluster, String node, SimService selected) {
        Map<String, Object> labels = new LinkedHashMap<>();
        List<SimService> selecting = cluster.userServices().stream()
                .filter(s -> s.namespace().equals("default") && s.selector() != null && !s.selector().isEmpty()).toList();
        if (selected != null && selected.selector() != null && !selected.selector().isEmpty()) {
            labels.putAll(selected.selector()); // a pod the selected Service will pick up
        } else if (selecting.size() == 1) {
            labels.putAll(selecting.get(0).selector());
        } else {
            labels.put("app", "web");
        }
        String name = "pod-1";
        for (int i = 2; cluster.podByName(name) != null || doc(c, "Pod", "default", name) != null; i++) {
            name = "pod-" + i;
        }
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("name", "http");
        port.put("containerPort", 8080);
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", "app");
        container.put("image", "luksa/kubia");
        container.put("ports", List.of(port));
        Map<String, Object> spec = new LinkedHashMap<>();
        if (node != null) {
            spec.put("nodeName", node);
        }
        spec.put("containers", List.of(container));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", name);
        meta.put("labels", labels);
        return proposal(c, ManifestEditor.transaction(c.text()).addDocument(object("Pod", meta, spec)));
    }

    private static Map<String, Object> object(String kind, Map<String, Object> meta, Map<String, Object> spec) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("apiVersion", "v1");
        o.put("kind", kind);
        o.put("metadata", meta);
        o.put("spec", spec);
        return o;
    }

    /** "app=kubia, tier=web" → map; null when a term is not key=value. */
    public static Map<String, String> parseLabels(String v) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String term : v.split("[,\\s]+")) {
            if (term.isBlank()) {
                continue;
            }
            int eq = term.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            out.put(term.substring(0, eq).strip(), term.substring(eq + 1).strip());
        }
        return out;
    }
}
