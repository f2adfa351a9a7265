package servicelab.ui.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;

/**
 * The requests in flight on the diagram: one circle per request and a single address label that
 * follows the first. A thousand requests are a thousand plain shapes moved by their transform each
 * frame; a group and a (hidden) label for every one of them cost a third of the frame rate.
 */
final class PacketLayer {
    private final Group layer;
    private final List<Circle> dots = new ArrayList<>();
    private final Label address = new Label();

    PacketLayer(Group layer) {
        this.layer = layer;
        address.getStyleClass().add("packet-label");
        address.setMouseTransparent(true);
    }

    /** Empties the layer (the failure callout's label too: it belongs to the batch) and makes n packets. */
    void load(int n) {
        clear();
        for (int i = 0; i < n; i++) {
            Circle dot = new Circle(7);
            dot.getStyleClass().add("packet");
            dot.setMouseTransparent(true);
            dots.add(dot);
        }
        address.setVisible(false);
        layer.getChildren().addAll(dots);
        layer.getChildren().add(address);
    }

    void clear() {
        layer.getChildren().clear();
        dots.clear();
    }

    boolean isEmpty() {
        return dots.isEmpty();
    }

    /** Puts every packet where its flight is at the player's step; a failed one turns red once it ends. */
    void place(TrafficPlayer player, Function<String, Point2D> anchor, boolean concealed) {
        boolean labelShown = false;
        for (int i = 0; i < dots.size() && i < player.flights().size(); i++) {
            TrafficPlayer.Flight f = player.flights().get(i);
            Circle dot = dots.get(i);
            Point2D p = player.position(f, anchor);
            if (p == null) {
                dot.setVisible(false);
                continue;
            }
            dot.setVisible(true);
            // spread a batch a little so every packet stays visible (35 places; narrower than tall, so a
            // batch waiting beside a pod stays in the gap between two nodes' pods)
            double x = p.getX() + (i % 5 - 2) * 3.0;
            double y = p.getY() + (i % 7 - 3) * 3.0;
            dot.setTranslateX(x);
            dot.setTranslateY(y);
            // style changes only when a packet's state does: no CSS pass on every frame
            boolean failedNow = f.end() <= player.step() && f.failed() && !concealed;
            if (failedNow != dot.getStyleClass().contains("failed")) {
                if (failedNow) {
                    dot.getStyleClass().add("failed");
                } else {
                    dot.getStyleClass().remove("failed");
                }
            }
            // the first packet names its address in flight; arrived, the counters say where it went
            if (i == 0 && f.end() > player.step()) {
                String text = f.label(player.step());
                if (!text.equals(address.getText())) {
                    address.setText(text);
                }
                address.setTranslateX(x + 10);
                address.setTranslateY(y - 22);
                labelShown = true;
            }
        }
        if (labelShown != address.isVisible()) {
            address.setVisible(labelShown);
        }
    }
}
