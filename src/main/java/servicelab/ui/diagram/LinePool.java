package servicelab.ui.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The diagram's lines, reused across redraws: a Service with 30 endpoints draws 30 lines, and a
 * new line node costs a CSS pass; moving one that exists costs nearly nothing. Each look (its style
 * classes) has lines of its own, so a line is never restyled: changing a node's style classes makes
 * JavaFX style it anew, and a rollout turned every line from ready to not ready and back (a third of
 * a keystroke's redraw, measured). Lines not needed this time are hidden, not removed.
 */
final class LinePool {
    private static final class Look {
        final List<Line> lines = new ArrayList<>();
        int used;
    }

    private final Pane layer;
    private final Map<List<String>, Look> looks = new HashMap<>();

    LinePool(Pane layer) {
        this.layer = layer;
    }

    void begin() {
        for (Look k : looks.values()) {
            k.used = 0;
        }
    }

    void line(Point2D a, Point2D b, String... styles) {
        Look look = looks.computeIfAbsent(List.of(styles), s -> new Look());
        Line l;
        if (look.used < look.lines.size()) {
            l = look.lines.get(look.used);
        } else {
            l = new Line();
            l.getStyleClass().setAll(styles);
            look.lines.add(l);
            layer.getChildren().add(l);
        }
        look.used++;
        l.setStartX(a.getX());
        l.setStartY(a.getY());
        l.setEndX(b.getX());
        l.setEndY(b.getY());
        l.setVisible(true);
    }

    /** Hides the lines this redraw did not use. */
    void end() {
        for (Look k : looks.values()) {
            for (int i = k.used; i < k.lines.size(); i++) {
                k.lines.get(i).setVisible(false);
            }
        }
    }
}
