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
    /**
     * What a counter adds to a badge on the stage: the padding its pill's lower half sits in (12 px
     * more than the badge's own; its upper half sits in the 14 px between badges).
     */
    static final double STAGE_COUNTER_H = 12;

    /** The narrowest badge across the nodes' columns (with no node there is no pod, and no width to fit). */
    static double narrowestPod(Span[] spans) {
        double narrowest = Double.MAX_VALUE;
        for (Span s : spans) {
            narrowest = Math.min(narrowest, s.podW());
        }
        return narrowest;
    }

    /** The height one pod's place takes in its node's column at the desk (room kept for its counter). */
    static double slot(SimPod p, double podW, boolean compact, boolean marks) {
        int lines = PodBadge.lineCount(p.name(), PodBadge.nameRoom(podW, marks), false);
        return DiagramView.POD_H + 26 + (lines - 1) * (compact ? 16 : 17);
    }

    /** One node's column: where it starts, how wide it is, its pods per row and their width. */
    record Span(double x, double w, int cols, double podW) {
    }

    /**
     * The nodes' columns across the cluster. The desk gives every node the same width. The stage
     * gives a node with three pods or more twice the width of the others when its pods then fit two
     * abreast, so a crowded node is two rows high instead of three; a node with two pods goes two
     * abreast when its share of the width allows.
     */
    static Span[] spans(java.util.List<servicelab.sim.NodeInfo> nodes, java.util.Map<String, Integer> podsOn, double cx, double cw,
                        boolean stage) {
        int n = nodes.size();
        double[] weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = stage && podsOn.getOrDefault(nodes.get(i).name(), 0) >= 3 ? 2 : 1;
            total += weight[i];
        }
        if (total > n && (cw - 16) * 2 / total < 2 * STAGE_TWO_UP_W + 42) {
            java.util.Arrays.fill(weight, 1); // too narrow for two abreast anyway: equal columns
            total = n;
        }
        Span[] out = new Span[n];
        double x = cx + 10;
        double widest = stage ? STAGE_MAX_POD_W : DiagramView.POD_W; // a roomy stage keeps a name on fewer lines
        for (int i = 0; i < n; i++) {
            double w = (cw - 16) * weight[i] / total;
            boolean twoUp = stage && podsOn.getOrDefault(nodes.get(i).name(), 0) >= 2 && (w - 42) / 2 >= STAGE_TWO_UP_W;
            out[i] = new Span(x, w, twoUp ? 2 : 1, twoUp ? Math.min(widest, (w - 42) / 2) : Math.min(widest, w - 32));
            x += w;
        }
        return out;
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
