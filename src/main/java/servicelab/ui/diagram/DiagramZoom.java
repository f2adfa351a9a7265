package servicelab.ui.diagram;

import java.util.function.Predicate;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import servicelab.text.Messages;

/**
 * The learner's own view of the diagram, on top of its fit to the pane: wheel and pinch zoom
 * around the pointer, dragging the background pans, + and − and "fit" buttons in the corner,
 * and keys while the diagram has the focus (F or 0 fits, + and − zoom, arrows pan). At 100 %
 * and no pan the picture is exactly the fitted one, so nothing is clipped or hidden by default.
 */
final class DiagramZoom {
    static final double MIN = 0.5;
    static final double MAX = 4;
    static final double STEP = 1.25;
    private final Region view;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final HBox controls;
    private final Label percent = new Label("100%");
    private final Rectangle clip = new Rectangle();
    private double dragX;
    private double dragY;
    private boolean dragging;

    /**
     * @param background whether a mouse press on this target may start a pan (the picture's
     *                   empty places, not a card or a pod)
     */
    DiagramZoom(Region view, Messages msg, Predicate<Object> background) {
        this.view = view;
        Button out = button("−", msg.get("diagram.zoomOut"), "diagramZoomOut");
        out.setOnAction(e -> zoomBy(1 / STEP, view.getWidth() / 2, view.getHeight() / 2));
        Button in = button("+", msg.get("diagram.zoomIn"), "diagramZoomIn");
        in.setOnAction(e -> zoomBy(STEP, view.getWidth() / 2, view.getHeight() / 2));
        Button fit = button(msg.get("diagram.fitShort"), msg.get("diagram.fitTip"), "diagramFit");
        fit.setOnAction(e -> fit());
        percent.getStyleClass().add("diagram-zoom-percent");
        percent.setId("diagramZoomPercent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        controls = new HBox(2, out, percent, in, fit);
        controls.setAlignment(Pos.CENTER);
        controls.getStyleClass().add("diagram-zoom");
        controls.setId("diagramZoom");
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        clip.widthProperty().bind(view.widthProperty());
        clip.heightProperty().bind(view.heightProperty());
        view.setFocusTraversable(true);
        install(background);
    }

    /** Wheel, pinch, dragging and keys on the view. */
    private void install(Predicate<Object> background) {
        view.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!e.isShortcutDown() && e.getDeltaY() != 0) { // Ctrl+wheel is the window's zoom
                zoomBy(e.getDeltaY() > 0 ? STEP : 1 / STEP, e.getX(), e.getY());
                e.consume();
            }
        });
        view.setOnZoom(e -> {
            zoomBy(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        view.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            view.requestFocus();
            dragging = e.getButton() == MouseButton.PRIMARY && background.test(e.getTarget());
            dragX = e.getX();
            dragY = e.getY();
        });
        view.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging) {
                panBy(e.getX() - dragX, e.getY() - dragY);
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        view.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        view.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (k) {
                case F, DIGIT0, NUMPAD0 -> fit();
                case PLUS, ADD, EQUALS -> zoomBy(STEP, view.getWidth() / 2, view.getHeight() / 2);
                case MINUS, SUBTRACT -> zoomBy(1 / STEP, view.getWidth() / 2, view.getHeight() / 2);
                case LEFT -> panBy(40, 0);
                case RIGHT -> panBy(-40, 0);
                case UP -> panBy(0, 40);
                case DOWN -> panBy(0, -40);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private static Button button(String text, String tip, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll("flat", "diagram-zoom-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    Node controls() {
        return controls;
    }

    /** The learner's transforms, applied before the fit's own scale. */
    Translate pan() {
        return pan;
    }

    Scale scale() {
        return scale;
    }

    double zoom() {
        return scale.getX();
    }

    /** Back to the whole picture, fitted to the pane. */
    void fit() {
        scale.setX(1);
        scale.setY(1);
        pan.setX(0);
        pan.setY(0);
        changed();
    }

    /** Zooms by a factor keeping the point (x, y) of the view where it is. */
    void zoomBy(double factor, double x, double y) {
        double z = scale.getX();
        double nz = Math.max(MIN, Math.min(MAX, z * factor));
        if (Math.abs(nz - 1) < 0.03) {
            nz = 1; // snap: the fitted picture is one wheel step away, not almost-but-not-quite
        }
        double k = nz / z;
        pan.setX(x - (x - pan.getX()) * k);
        pan.setY(y - (y - pan.getY()) * k);
        scale.setX(nz);
        scale.setY(nz);
        if (nz == 1 && Math.abs(pan.getX()) < 4 && Math.abs(pan.getY()) < 4) {
            pan.setX(0);
            pan.setY(0);
        }
        changed();
    }

    void panBy(double dx, double dy) {
        double w = view.getWidth() * scale.getX();
        double h = view.getHeight() * scale.getX();
        // keep a part of the picture in view: it cannot be dragged away and lost
        pan.setX(Math.max(-w + 80, Math.min(view.getWidth() - 80, pan.getX() + dx)));
        pan.setY(Math.max(-h + 80, Math.min(view.getHeight() - 80, pan.getY() + dy)));
        changed();
    }

    boolean fitted() {
        return scale.getX() == 1 && pan.getX() == 0 && pan.getY() == 0;
    }

    private void changed() {
        percent.setText(Math.round(scale.getX() * 100) + "%");
        // clipping costs frames while packets move: only a zoomed or moved picture needs it
        view.setClip(fitted() ? null : clip);
    }

    /** The controls in the view's bottom-right corner. */
    void layout() {
        controls.autosize();
        controls.relocate(view.getWidth() - controls.getWidth() - 10, view.getHeight() - controls.getHeight() - 10);
    }
}
