package servicelab.ui.diagram;

import javafx.scene.Node;

import servicelab.sim.SimPod;

/**
 * How much room the pods take in their nodes: a badge whose name breaks over more lines is
 * taller, and presenter mode draws borders and fonts larger. The diagram lays itself out (and
 * scales itself down) from these heights, so badges never run into each other or out of a node.
 */
final class PodPlaces {
    private PodPlaces() {
    }

    /** The least room a pod takes on the stage (presenter mode measures each badge as styled). */
    static final double STAGE_POD_H = 78;
    /** The widest badge on the stage: a generated name on one line when the node has the room. */
    static final double STAGE_MAX_POD_W = 230;
    /** The narrowest badge on the stage: a two-digit counter (18 px) and its 64 px share bar fit across it. */
    static final double STAGE_MIN_POD_W = 132;
    /** The narrowest badge the stage puts two abreast in a node (a generated name on two lines). */
    static final double STAGE_TWO_UP_W = 150;
    /** The counter row above a counted pod's badge on the stage (18 px figures). */
    static final double STAGE_COUNTER_H = 30;

    /** The height one pod's place takes in its node's column at the desk (room kept for its counter). */
    static double slot(SimPod p, double podW, boolean compact) {
        int lines = PodBadge.lineCount(p.name(), podW - 50, false);
        return DiagramView.POD_H + 26 + (lines - 1) * (compact ? 16 : 17);
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
