package servicelab.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The diagram's lines, reused across redraws: a Service with 30 endpoints draws 30 lines, and a
 * new line node costs a CSS pass; moving one that exists costs nearly nothing. Lines not needed
 * this time are hidden, not removed.
 */
final class LinePool {
    private final Pane layer;
    private final List<Line> lines = new ArrayList<>();
    private int used;

    LinePool(Pane layer) {
        this.layer = layer;
    }

    void begin() {
        used = 0;
    }

    void line(Point2D a, Point2D b, String... styles) {
        Line l;
        if (used < lines.size()) {
            l = lines.get(used);
        } else {
            l = new Line();
            lines.add(l);
            layer.getChildren().add(l);
        }
        used++;
        l.setStartX(a.getX());
        l.setStartY(a.getY());
        l.setEndX(b.getX());
        l.setEndY(b.getY());
        if (!l.getStyleClass().equals(List.of(styles))) {
            l.getStyleClass().setAll(styles);
        }
        l.setVisible(true);
    }

    /** Hides the lines this redraw did not use. */
    void end() {
        for (int i = used; i < lines.size(); i++) {
            lines.get(i).setVisible(false);
        }
    }
}
