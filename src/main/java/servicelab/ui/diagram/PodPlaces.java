package servicelab.ui.diagram;

import javafx.scene.Node;

import servicelab.sim.ClusterSnapshot;
import servicelab.sim.NodeInfo;
import servicelab.sim.SimPod;

/**
 * How much room the pods take in their nodes: a badge whose name breaks over more lines is
 * taller, and presenter mode draws borders and fonts larger. The diagram lays itself out (and
 * scales itself down) from these heights, so badges never run into each other or out of a node.
 */
final class PodPlaces {
    private PodPlaces() {
    }

    /** The height one pod's place takes in its node's column. */
    static double slot(SimPod p, double podW, boolean compact, boolean presenter) {
        int lines = PodBadge.lineCount(p.name(), podW - 50);
        return DiagramView.POD_H + 26 + (lines - 1) * (compact ? 16 : 17) + (presenter ? 14 : 0);
    }

    /** The tallest node column (at least one pod's place). */
    static double tallest(ClusterSnapshot snap, double podW, boolean compact, boolean presenter) {
        double tallest = DiagramView.POD_H + 26;
        for (NodeInfo n : snap.world().nodes()) {
            double column = 0;
            for (SimPod p : snap.userPods()) {
                if (n.name().equals(p.node())) {
                    column += slot(p, podW, compact, presenter);
                }
            }
            tallest = Math.max(tallest, column);
        }
        return tallest;
    }

    /** Whether the diagram is shown in presenter mode (a style class on the window's root). */
    static boolean presenter(Node view) {
        for (Node n = view; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("presenter")) {
                return true;
            }
        }
        return false;
    }
}
