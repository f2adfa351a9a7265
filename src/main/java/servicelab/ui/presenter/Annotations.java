package servicelab.ui.presenter;

import javafx.animation.FadeTransition;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.util.Duration;

/**
 * A pointer and a pen over the diagram for the teacher: F7 turns the laser pointer on (a fading
 * trail follows the mouse, the diagram stays clickable), F8 the pen (drag to draw freehand), F9
 * wipes the drawings, Esc puts pointer and pen away. Drawings are the teacher's chalk: they are
 * not part of the scene or the YAML.
 */
public final class Annotations {
    public enum Mode { OFF, POINTER, PEN }

    private final Pane layer = new Pane();
    private Mode mode = Mode.OFF;
    private Polyline stroke;

    public Annotations(StackPane host, Scene scene) {
        layer.setId("annotations");
        layer.setPickOnBounds(false);
        layer.setMouseTransparent(true);
        layer.prefWidthProperty().bind(host.widthProperty());
        layer.prefHeightProperty().bind(host.heightProperty());
        host.getChildren().add(layer);
        host.addEventFilter(MouseEvent.MOUSE_MOVED, e -> trail(e, host));
        host.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> trail(e, host));
        layer.setOnMousePressed(e -> {
            stroke = new Polyline(e.getX(), e.getY());
            stroke.getStyleClass().add("annotation-stroke");
            layer.getChildren().add(stroke);
            e.consume();
        });
        layer.setOnMouseDragged(e -> {
            if (stroke != null) {
                stroke.getPoints().addAll(e.getX(), e.getY());
            }
            e.consume();
        });
        layer.setOnMouseReleased(e -> stroke = null);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F7) {
                setMode(mode == Mode.POINTER ? Mode.OFF : Mode.POINTER);
            } else if (e.getCode() == KeyCode.F8) {
                setMode(mode == Mode.PEN ? Mode.OFF : Mode.PEN);
            } else if (e.getCode() == KeyCode.F9) {
                clear();
            } else if (e.getCode() == KeyCode.ESCAPE && mode != Mode.OFF) {
                setMode(Mode.OFF);
            } else {
                return;
            }
            e.consume();
        });
    }

    public Mode mode() {
        return mode;
    }

    public void setMode(Mode m) {
        mode = m;
        layer.setMouseTransparent(m != Mode.PEN); // the pointer leaves the diagram clickable
        layer.setPickOnBounds(m == Mode.PEN); // the pen draws anywhere on the picture, not only on strokes
        layer.setCursor(m == Mode.PEN ? Cursor.CROSSHAIR : null);
    }

    /** Wipes the drawings (and what is left of the pointer's trail). */
    public void clear() {
        layer.getChildren().clear();
        stroke = null;
    }

    public int strokes() {
        return (int) layer.getChildren().stream().filter(n -> n instanceof Polyline).count();
    }

    private void trail(MouseEvent e, StackPane host) {
        if (mode != Mode.POINTER) {
            return;
        }
        Point2D p = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        Circle dot = new Circle(p.getX(), p.getY(), 9);
        dot.getStyleClass().add("annotation-pointer");
        dot.setMouseTransparent(true);
        layer.getChildren().add(dot);
        FadeTransition fade = new FadeTransition(Duration.millis(500), dot);
        fade.setToValue(0);
        fade.setOnFinished(f -> layer.getChildren().remove(dot));
        fade.play();
    }
}
