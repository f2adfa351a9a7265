package servicelab.ui.traffic;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;

import servicelab.sim.Trace;
import servicelab.sim.TraceText;
import servicelab.ui.diagram.DiagramView;

/**
 * A request that reached no pod says so in words where it stopped (the outcome in words, e.g. refused, and the
 * reason from its last hop), large enough for the back row: a red dot alone says nothing.
 */
final class FailureCallout {
    /** Between the point and the callout's near edge, in the picture's pixels. */
    private static final double GAP = 14;
    private final Label label = new Label();
    private final DiagramView diagram;
    private final TraceText text;
    /** The failed request the callout points at while it shows. */
    private TrafficPlayer.Flight shown;

    FailureCallout(DiagramView diagram, TraceText text) {
        this.diagram = diagram;
        this.text = text;
        label.getStyleClass().add("traffic-callout");
        label.setId("trafficCallout");
        label.setWrapText(true);
        label.setMaxWidth(300);
        label.setMouseTransparent(true);
        label.setVisible(false);
        // the diagram redraws with new transforms (a resize, a column shown or hidden, presenter mode, a scene
        // laid out after the request was sent): the callout moves with the place it points at
        diagram.packetLayer().getTransforms().addListener((javafx.collections.ListChangeListener<Object>) c -> follow());
    }

    /** Placed again where its request stopped, as the diagram now draws that place. */
    private void follow() {
        Point2D at = shown == null || !label.isVisible() ? null : diagram.anchor(shown.at(shown.end()));
        if (at != null) {
            place(at);
        }
    }

    /**
     * Beside the point, inside the diagram, where it covers the least of the pods, Services,
     * clients and node names drawn there: right or left of the point, level with its top, middle
     * or bottom (a red box over the pods next to where the request stopped hid what the class
     * should look at).
     */
    private void place(Point2D at) {
        label.applyCss();
        double w = Math.min(label.getMaxWidth(), label.prefWidth(-1));
        double h = label.prefHeight(w);
        javafx.scene.Node layer = diagram.packetLayer();
        javafx.geometry.Bounds room = layer.sceneToLocal(diagram.localToScene(diagram.getLayoutBounds()));
        java.util.List<javafx.geometry.Bounds> taken = new java.util.ArrayList<>();
        boolean unsized = false;
        for (String kind : new String[] {".diagram-pod", ".diagram-service", ".diagram-client", ".diagram-external", ".diagram-node-title"}) {
            for (javafx.scene.Node n : diagram.lookupAll(kind)) {
                if (n.isVisible() && n.getScene() != null) {
                    // a badge is drawn by its children: what it covers is its visual bounds, not its layout box
                    javafx.geometry.Bounds b = n.getBoundsInLocal();
                    taken.add(layer.sceneToLocal(n.localToScene(b)));
                    unsized |= b.getWidth() <= 0 || b.getHeight() <= 0;
                }
            }
        }
        if (unsized && label.getScene() != null) {
            // cards drawn in this pulse are sized in its layout pass: look again once they are
            servicelab.ui.Pulses.afterFrames(label.getScene(), 1, this::follow);
        }
        double bestX = at.getX() + GAP;
        double bestY = at.getY() - 10;
        double best = Double.MAX_VALUE;
        for (double x : new double[] {at.getX() + GAP, at.getX() - GAP - w}) {
            for (double y : new double[] {at.getY() - 10, at.getY() - h / 2, at.getY() - h + 10}) {
                double cx = room == null ? x : Math.max(room.getMinX() + 8, Math.min(x, room.getMaxX() - 8 - w));
                double cy = room == null ? y : Math.max(room.getMinY() + 8, Math.min(y, room.getMaxY() - 8 - h));
                // covering a card costs its area; being pushed off the point by the diagram's edge costs more
                double cost = 0;
                for (javafx.geometry.Bounds b : taken) {
                    cost += Math.max(0, Math.min(cx + w, b.getMaxX()) - Math.max(cx, b.getMinX()))
                            * Math.max(0, Math.min(cy + h, b.getMaxY()) - Math.max(cy, b.getMinY()));
                }
                cost += 50 * (Math.abs(cx - x) + Math.abs(cy - y)) * h;
                if (cost < best) {
                    best = cost;
                    bestX = cx;
                    bestY = cy;
                }
            }
        }
        label.setLayoutX(bestX);
        label.setLayoutY(bestY);
    }

    void hide() {
        label.setVisible(false);
        shown = null;
    }

    /** The first request of the batch that failed at this step gets the callout; a step back takes it away. */
    void update(TrafficPlayer player, int step, int sign) {
        if (sign < 0) {
            hide();
            return;
        }
        for (TrafficPlayer.Flight f : player.flights()) {
            if (f.end() == step && f.failed()) {
                Trace tr = f.trace();
                String why = tr.hops().isEmpty() ? "" : text.hop(tr.hops().get(tr.hops().size() - 1));
                label.setText(text.outcome(tr.outcome()) + (why.isEmpty() ? "" : "\n" + why));
                Point2D at = player.position(f, diagram::anchor);
                if (at != null) {
                    if (label.getParent() == null) {
                        diagram.packetLayer().getChildren().add(label); // the packets' layer is cleared per batch
                    }
                    place(at);
                    label.setVisible(true);
                    label.toFront();
                    shown = f;
                }
                return;
            }
        }
    }
}
