package servicelab.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.check.DocumentReport;
import servicelab.manifest.ManifestEditor;
import servicelab.manifest.ManifestParser;
import servicelab.manifest.YNode;
import servicelab.manifest.YamlDocument;
import servicelab.model.ContainerPort;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;
import servicelab.ui.diagram.DiagramView;
import servicelab.workspace.Workspace;

/**
 * What the diagram's menus do. Desired-state changes are text edits through
 * {@link ManifestEditor} (so the YAML and the diagram never disagree and undo covers both);
 * runtime actions (a container's readiness, deleting a controller's pod) go to the simulation,
 * as kubectl exec and kubectl delete pod would.
 */
final class DiagramEdits implements DiagramView.Actions {
    private final MainController ui;
    private final Workspace ws;

    DiagramEdits(MainController ui, Workspace ws) {
        this.ui = ui;
        this.ws = ws;
    }

    @Override
    public void toggleReadiness(SimPod pod) {
        Simulation.PodRuntime p = ws.simulation().pod(pod.namespace(), pod.name());
        if (p == null) {
            return;
        }
        if (!ws.simulation().setReadinessFailing(p, pod.ready())) {
            ui.status(ui.bundle().getString("diagram.noReadinessProbe"));
        }
        ws.changed();
    }

    @Override
    public void deletePod(SimPod pod) {
        if (pod.owner() != null) {
            ws.simulation().deletePod(ws.simulation().pod(pod.namespace(), pod.name()));
            ws.changed();
            return;
        }
        DocumentReport d = ws.document("Pod", pod.namespace(), pod.name());
        if (d != null) {
            ui.applyEdit(ManifestEditor.of(ui.editor().getText()).removeDocument(d.index()));
        }
    }

    @Override
    public void switchType(SimService svc, String type) {
        DocumentReport d = ws.document("Service", svc.namespace(), svc.name());
        if (d == null) {
            return;
        }
        int doc = d.index();
        String text = ui.editor().getText();
        boolean headless = type.equals("Headless");
        String apiType = headless ? "ClusterIP" : type;
        if (!(apiType.equals("ClusterIP") && field(text, doc, List.of("spec", "type")) == null)) {
            text = set(text, doc, List.of("spec", "type"), apiType); // an absent type already means ClusterIP
        }
        boolean external = type.equals("NodePort") || type.equals("LoadBalancer");
        if (headless) {
            text = set(text, doc, List.of("spec", "clusterIP"), "None");
        } else {
            // a ClusterIP, NodePort or LoadBalancer gets an allocated cluster IP; ExternalName may have none
            text = remove(text, doc, List.of("spec", "clusterIP"));
            text = remove(text, doc, List.of("spec", "clusterIPs"));
        }
        if (type.equals("ExternalName")) {
            if (field(text, doc, List.of("spec", "externalName")) == null) {
                text = set(text, doc, List.of("spec", "externalName"), "api.somecompany.com");
            }
        } else {
            text = remove(text, doc, List.of("spec", "externalName"));
        }
        if (!external) {
            // nodePort and externalTrafficPolicy are only allowed on externally reachable Services
            YNode ports = field(text, doc, List.of("spec", "ports"));
            if (ports instanceof YNode.Seq q) {
                for (int i = 0; i < q.items().size(); i++) {
                    text = remove(text, doc, List.of("spec", "ports", i, "nodePort"));
                }
            }
            text = remove(text, doc, List.of("spec", "externalTrafficPolicy"));
        }
        if (!type.equals("LoadBalancer")) {
            text = remove(text, doc, List.of("spec", "allocateLoadBalancerNodePorts"));
            text = remove(text, doc, List.of("spec", "loadBalancerIP"));
        }
        ui.applyEdit(new ManifestEditor.Edit(text, 1, 1, 1));
    }

    @Override
    public void scale(SimPod pod, int delta) {
        String[] owner = pod.owner().split("/", 3);
        DocumentReport d = ws.document(owner[0], owner[1], owner[2]);
        if (d == null) {
            return;
        }
        YNode r = field(ui.editor().getText(), d.index(), List.of("spec", "replicas"));
        int now = r instanceof YNode.Scalar s && s.kind() == YNode.Kind.INT ? Integer.parseInt(s.value()) : 1;
        int next = Math.max(0, now + delta);
        ui.applyEdit(ManifestEditor.of(ui.editor().getText()).set(d.index(), List.of("spec", "replicas"), next));
    }

    @Override
    public void createServiceFor(SimPod pod) {
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
        for (int i = 2; ws.simulation().service(pod.namespace(), name) != null; i++) {
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
        Map<String, Object> svc = new LinkedHashMap<>();
        svc.put("apiVersion", "v1");
        svc.put("kind", "Service");
        svc.put("metadata", meta);
        svc.put("spec", spec);
        ui.applyEdit(ManifestEditor.of(ui.editor().getText()).addDocument(svc));
    }

    // ------------------------------------------------------------------ helpers

    private static String set(String text, int doc, List<Object> path, Object value) {
        YNode cur = field(text, doc, path);
        if (cur instanceof YNode.Scalar s && String.valueOf(value).equals(s.value())) {
            return text;
        }
        return ManifestEditor.of(text).set(doc, path, value).text();
    }

    private static String remove(String text, int doc, List<Object> path) {
        return field(text, doc, path) == null ? text : ManifestEditor.of(text).remove(doc, path).text();
    }

    static YNode field(String text, int doc, List<Object> path) {
        List<YamlDocument> docs = ManifestParser.parse(text).documents();
        if (doc >= docs.size() || !docs.get(doc).ok()) {
            return null;
        }
        YNode cur = docs.get(doc).root();
        for (Object seg : path) {
            if (seg instanceof String k && cur instanceof YNode.Map m) {
                cur = m.get(k);
            } else if (seg instanceof Integer i && cur instanceof YNode.Seq q && i < q.items().size()) {
                cur = q.items().get(i);
            } else {
                return null;
            }
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }
}
