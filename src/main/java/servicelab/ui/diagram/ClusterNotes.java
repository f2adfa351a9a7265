package servicelab.ui.diagram;

import java.util.List;

import javafx.scene.control.Label;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.SimPod;
import servicelab.sim.Simulation;
import servicelab.workspace.ClusterModel;

/** The notes written over the cluster: why it is not current, and the pods no node took. */
final class ClusterNotes {
    private ClusterNotes() {
    }

    /** Shown while the text is broken (the last valid cluster stays) or asks for more than the simulation keeps. */
    static Label stale(DiagramKit kit, NodeCache cache, ClusterModel.State state, double cx, double cw, double h) {
        if (!state.stale() && state.tooBig() == 0) {
            return null;
        }
        String text = state.tooBig() > 0 ? kit.t("diagram.tooBig", state.tooBig(), Simulation.MAX_PODS)
                : kit.t(state.partial() ? "diagram.partial" : "diagram.stale");
        return cache.placed("stale", text, cx + cw - 330, h - 60, () -> {
            Label l = new Label(text, DiagramKit.icon("fth-alert-triangle"));
            l.getStyleClass().add("diagram-stale");
            l.setLayoutX(cx + cw - 330);
            l.setLayoutY(h - 60);
            l.setMaxWidth(320);
            l.setWrapText(true);
            return l;
        });
    }

    /** Pods no node took: one line at the cluster's foot, with the first names (there may be thousands). */
    static Label pending(DiagramKit kit, NodeCache cache, ClusterSnapshot snap, double cx, double cw, double h) {
        List<String> names = snap.userPods().stream().filter(p -> p.node() == null && !p.terminating()).map(SimPod::name).toList();
        if (names.isEmpty()) {
            return null;
        }
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", …" : "");
        String text = kit.t("diagram.pending", names.size(), shown);
        return cache.placed("pending", List.of(text, cw), cx + 12, h - 38, () -> {
            Label l = new Label(text, DiagramKit.icon("fth-clock"));
            l.getStyleClass().add("diagram-pending");
            l.setId("pendingPods");
            l.setLayoutX(cx + 12);
            l.setLayoutY(h - 38);
            l.setMaxWidth(cw - 24); // thousands of names end in "…", inside the cluster's frame
            l.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            kit.tip(l, kit.t("diagram.pendingTip", snap.world().nodes().get(0).maxPods()));
            return l;
        });
    }
}
