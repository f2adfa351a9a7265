package servicelab.ui.diagram;

import java.util.function.BiConsumer;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * Lets the learner move a card; where it ends up is kept in the layout (presentation state), so
 * it survives edits of the YAML and the YAML never carries it.
 */
final class Dragging {
    private Dragging() {
    }

    /** Drags {@code card} within {@code content}; a real move (over 3 px) reports the card's new top left, then redraws. */
    static void install(Node card, Pane content, Runnable redraw, BiConsumer<Double, Double> movedTo) {
        double[] press = new double[4];
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isPrimaryButtonDown()) {
                Point2D local = content.sceneToLocal(e.getSceneX(), e.getSceneY());
                Bounds b = card.getBoundsInParent();
                Point2D origin = card.getParent() == content ? new Point2D(b.getMinX(), b.getMinY())
                        : content.sceneToLocal(card.localToScene(0, 0));
                press[0] = local.getX();
                press[1] = local.getY();
                press[2] = origin.getX();
                press[3] = origin.getY();
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                Point2D local = content.sceneToLocal(e.getSceneX(), e.getSceneY());
                card.setTranslateX(local.getX() - press[0]);
                card.setTranslateY(local.getY() - press[1]);
                e.consume();
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            double dx = card.getTranslateX(), dy = card.getTranslateY();
            if (Math.abs(dx) > 3 || Math.abs(dy) > 3) {
                movedTo.accept(Math.max(0, press[2] + dx), Math.max(0, press[3] + dy));
                redraw.run();
            }
        });
    }
}
