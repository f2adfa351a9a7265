package servicelab.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.sim.PodRuntime;
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
        PodRuntime p = ws.simulation().pod(pod.namespace(), pod.name());
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

    @Override
    public void editLabels(SimPod pod) {
        Map<String, String> shown = new LinkedHashMap<>(pod.labels());
        String hash = shown.remove("pod-template-hash");
        String current = shown.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("");
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(current);
        d.setTitle(ui.bundle().getString("diagram.editLabels"));
        d.setHeaderText(java.text.MessageFormat.format(ui.bundle().getString("diagram.editLabelsHeader"), pod.name()));
        d.setContentText(ui.bundle().getString("diagram.labelsField"));
        d.getDialogPane().setId("labelsDialog");
        d.showAndWait().ifPresent(v -> setLabels(pod, parseLabels(v), hash));
    }

    /** Labels of a declared Pod live in the YAML; a controller's pod is relabelled at run time, as with kubectl label. */
    void setLabels(SimPod pod, Map<String, String> labels, String templateHash) {
        if (labels == null) {
            ui.status(ui.bundle().getString("diagram.badLabels"));
            return;
        }
        if (pod.owner() == null) {
            DocumentReport d = ws.document("Pod", pod.namespace(), pod.name());
            if (d != null) {
                ui.applyEdit(ManifestEditor.of(ui.editor().getText()).set(d.index(), List.of("metadata", "labels"),
                        new LinkedHashMap<String, Object>(labels)));
            }
            return;
        }
        Map<String, String> all = new LinkedHashMap<>(labels);
        if (templateHash != null) {
            all.put("pod-template-hash", templateHash);
        }
        ws.simulation().setLabels(ws.simulation().pod(pod.namespace(), pod.name()), all);
        ws.changed();
    }

    /** "app=kubia, tier=web" → map; null when a term is not key=value. */
    static Map<String, String> parseLabels(String v) {
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

    @Override
    public void editPorts(SimService svc) {
        DocumentReport d = ws.document("Service", svc.namespace(), svc.name());
        if (d == null || svc.ports().isEmpty()) {
            return;
        }
        SimService.Port p = svc.ports().get(0);
        String current = p.port() + ":" + p.targetPort() + (p.nodePort() != null ? ":" + p.nodePort() : "");
        javafx.scene.control.TextInputDialog dlg = new javafx.scene.control.TextInputDialog(current);
        dlg.setTitle(ui.bundle().getString("diagram.editPorts"));
        dlg.setHeaderText(java.text.MessageFormat.format(ui.bundle().getString("diagram.editPortsHeader"), svc.name()));
        dlg.setContentText(ui.bundle().getString("diagram.portsField"));
        dlg.getDialogPane().setId("portsDialog");
        dlg.showAndWait().ifPresent(v -> setFirstPort(svc, d.index(), v));
    }

    /** "port:targetPort[:nodePort]" for the first port; targetPort may be a name. */
    void setFirstPort(SimService svc, int doc, String v) {
        String[] parts = v.strip().split(":");
        if (parts.length < 1 || parts.length > 3 || !parts[0].matches("\\d+")) {
            ui.status(ui.bundle().getString("diagram.badPorts"));
            return;
        }
        String text = ui.editor().getText();
        text = set(text, doc, List.of("spec", "ports", 0, "port"), Integer.parseInt(parts[0]));
        if (parts.length > 1) {
            Object target = parts[1].matches("\\d+") ? (Object) Integer.parseInt(parts[1]) : parts[1];
            text = set(text, doc, List.of("spec", "ports", 0, "targetPort"), target);
        }
        if (parts.length > 2 && parts[2].matches("\\d+")) {
            text = set(text, doc, List.of("spec", "ports", 0, "nodePort"), Integer.parseInt(parts[2]));
        } else if (parts.length == 2) {
            text = remove(text, doc, List.of("spec", "ports", 0, "nodePort"));
        }
        ui.applyEdit(new ManifestEditor.Edit(text, 1, 1, 1));
    }

    @Override
    public void addPod(String node) {
        String selectedSvc = ui.diagram().selectedService();
        Map<String, Object> labels = new LinkedHashMap<>();
        SimService sel = selectedSvc == null ? null : ws.simulation().services().stream()
                .filter(s -> s.key().equals(selectedSvc)).findFirst().orElse(null);
        if (sel != null && sel.selector() != null && !sel.selector().isEmpty()) {
            labels.putAll(sel.selector()); // a pod the selected Service will pick up
        } else {
            labels.put("app", "web");
        }
        String name = "pod-1";
        for (int i = 2; ws.simulation().findPod(name) != null || ws.document("Pod", "default", name) != null; i++) {
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
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        pod.put("metadata", meta);
        pod.put("spec", spec);
        ui.applyEdit(ManifestEditor.of(ui.editor().getText()).addDocument(pod));
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
