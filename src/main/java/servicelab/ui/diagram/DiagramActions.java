package servicelab.ui.diagram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.control.TextInputDialog;

import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.text.Messages;
import servicelab.workspace.CheckService;
import servicelab.workspace.Edits;
import servicelab.workspace.Origin;
import servicelab.workspace.Workbench;

/**
 * What the diagram's menus do. Desired-state changes are text edits ({@link Edits}: one
 * transaction, one undo step, checked at once), so the YAML and the diagram never disagree;
 * runtime actions (a container's readiness, deleting or relabelling a controller's pod) go to
 * the cluster model, as kubectl exec, delete pod and label would.
 */
public final class DiagramActions implements Actions {
    private final Workbench wb;
    private final Messages msg;
    private final DiagramView diagram;
    private final Consumer<String> status;

    public DiagramActions(Workbench wb, Messages msg, DiagramView diagram, Consumer<String> status) {
        this.wb = wb;
        this.msg = msg;
        this.diagram = diagram;
        this.status = status;
    }

    /** Applies an edit if the text is still the one it was computed from. */
    private void apply(Edits.Proposal p) {
        if (p != null && !wb.document().apply(p.edit(), Origin.DIAGRAM, p.basedOn())) {
            status.accept(msg.get("diagram.editRefused"));
        }
    }

    /** The check of the text as it is now, or null while a newer one is coming (an edit then waits for the learner). */
    private CheckService.Checked current() {
        CheckService.Checked c = wb.checks().latest();
        if (c == null || c.revision() != wb.document().revision()) {
            status.accept(msg.get("diagram.editRefused"));
            return null;
        }
        return c;
    }

    @Override
    public void toggleReadiness(SimPod pod) {
        if (!wb.cluster().setReadinessFailing(pod.key(), pod.ready())) {
            status.accept(msg.get("diagram.noReadinessProbe"));
        }
    }

    @Override
    public void addReadinessProbe(SimPod pod) {
        javafx.scene.control.ButtonType add = new javafx.scene.control.ButtonType(msg.get("diagram.noProbe.add"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(msg.get("dialog.unsaved.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                msg.get("diagram.noProbe.content"), add, cancel);
        a.setTitle(msg.get("diagram.addReadinessProbe"));
        a.setHeaderText(msg.get("diagram.noProbe.header", pod.name()));
        a.getDialogPane().setId("noProbeDialog");
        if (a.showAndWait().orElse(cancel) == add) {
            addProbe(pod);
        }
    }

    /** The edit itself (the dialog's yes). */
    void addProbe(SimPod pod) {
        CheckService.Checked c = current();
        if (c == null) {
            return;
        }
        Edits.Proposal p = Edits.addReadinessProbe(c, pod);
        if (p == null) {
            status.accept(msg.get("diagram.noProbe.notInYaml", pod.name()));
        } else {
            apply(p);
        }
    }

    @Override
    public void deletePod(SimPod pod) {
        if (pod.owner() != null) {
            wb.cluster().deletePod(pod.key());
            return;
        }
        CheckService.Checked c = current();
        if (c != null) {
            apply(Edits.removePod(c, pod.namespace(), pod.name()));
        }
    }

    @Override
    public void switchType(SimService svc, String type) {
        CheckService.Checked c = current();
        if (c != null) {
            apply(Edits.switchType(c, svc.namespace(), svc.name(), type));
        }
    }

    @Override
    public void scale(SimPod pod, int delta) {
        CheckService.Checked c = current();
        if (c != null && pod.owner() != null) {
            apply(Edits.scale(c, pod.owner(), delta));
        }
    }

    @Override
    public void createServiceFor(SimPod pod) {
        CheckService.Checked c = current();
        if (c != null) {
            apply(Edits.createServiceFor(c, wb.cluster().snapshot(), pod));
        }
    }

    @Override
    public void addPod(String node) {
        CheckService.Checked c = current();
        if (c == null) {
            return;
        }
        String selectedKey = diagram.selectedService();
        SimService sel = selectedKey == null ? null : wb.cluster().snapshot().services().stream()
                .filter(s -> s.key().equals(selectedKey)).findFirst().orElse(null);
        apply(Edits.addPod(c, wb.cluster().snapshot(), node, sel));
    }

    @Override
    public void editLabels(SimPod pod) {
        Map<String, String> shown = new LinkedHashMap<>(pod.labels());
        String hash = shown.remove("pod-template-hash");
        String current = shown.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("");
        TextInputDialog d = new TextInputDialog(current);
        d.setTitle(msg.get("diagram.editLabels"));
        d.setHeaderText(msg.get("diagram.editLabelsHeader", pod.name()));
        d.setContentText(msg.get("diagram.labelsField"));
        d.getDialogPane().setId("labelsDialog");
        d.showAndWait().ifPresent(v -> setLabels(pod, Edits.parseLabels(v), hash));
    }

    /** Labels of a declared Pod live in the YAML; a controller's pod is relabelled at run time, as with kubectl label. */
    void setLabels(SimPod pod, Map<String, String> labels, String templateHash) {
        if (labels == null) {
            status.accept(msg.get("diagram.badLabels"));
            return;
        }
        if (pod.owner() == null) {
            CheckService.Checked c = current();
            if (c != null) {
                apply(Edits.setPodLabels(c, pod.namespace(), pod.name(), labels));
            }
            return;
        }
        Map<String, String> all = new LinkedHashMap<>(labels);
        if (templateHash != null) {
            all.put("pod-template-hash", templateHash);
        }
        wb.cluster().relabel(pod.key(), all);
    }

    @Override
    public void editPorts(SimService svc) {
        if (svc.ports().isEmpty()) {
            return;
        }
        SimService.Port p = svc.ports().get(0);
        String current = p.port() + ":" + p.targetPort() + (p.nodePort() != null ? ":" + p.nodePort() : "");
        TextInputDialog dlg = new TextInputDialog(current);
        dlg.setTitle(msg.get("diagram.editPorts"));
        dlg.setHeaderText(msg.get("diagram.editPortsHeader", svc.name()));
        dlg.setContentText(msg.get("diagram.portsField"));
        dlg.getDialogPane().setId("portsDialog");
        dlg.showAndWait().ifPresent(v -> setFirstPort(svc, v));
    }

    /** "port:targetPort[:nodePort]" for the first port; targetPort may be a name. */
    void setFirstPort(SimService svc, String v) {
        CheckService.Checked c = current();
        if (c == null) {
            return;
        }
        try {
            apply(Edits.setFirstPort(c, svc.namespace(), svc.name(), v));
        } catch (IllegalArgumentException e) {
            status.accept(msg.get("diagram.badPorts"));
        }
    }

    @Override
    public String gatewayPlan(SimService svc) {
        CheckService.Checked c = wb.checks().latest();
        return c == null ? null : servicelab.workspace.GatewayEdits.plan(c, wb.cluster().snapshot(), svc);
    }

    @Override
    public void exposeThroughGateway(SimService svc) {
        CheckService.Checked c = current();
        if (c != null) {
            apply(servicelab.workspace.GatewayEdits.expose(c, wb.cluster().snapshot(), svc));
        }
    }
}
