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

    /** Beside the point, on whichever side keeps it inside the diagram (a projector's last node is at the edge). */
    private void place(Point2D at) {
        label.applyCss();
        double w = Math.min(label.getMaxWidth(), label.prefWidth(-1));
        double h = label.prefHeight(w);
        javafx.geometry.Bounds room = diagram.packetLayer().sceneToLocal(diagram.localToScene(diagram.getLayoutBounds()));
        double x = at.getX() + 14;
        if (room != null && x + w > room.getMaxX() - 8) {
            x = Math.max(room.getMinX() + 8, at.getX() - 14 - w);
        }
        double y = at.getY() - 10;
        if (room != null && y + h > room.getMaxY() - 8) {
            y = Math.max(room.getMinY() + 8, room.getMaxY() - 8 - h);
        }
        label.setLayoutX(x);
        label.setLayoutY(y);
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
