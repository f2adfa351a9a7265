package servicelab.ui.presenter;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Enlarges the whole window for a projector: the content is laid out for (window ÷ zoom) and
 * drawn zoom times larger, so text, lines and icons grow together and stay sharp (they are
 * vectors), and nothing is cut off because the layout itself has the smaller size.
 */
public final class ZoomPane extends Region {
    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    public ZoomPane(Parent content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        zoom.addListener((o, a, b) -> {
            scale.setX(b.doubleValue());
            scale.setY(b.doubleValue());
            requestLayout();
        });
    }

    private javafx.scene.Node overlay;

    /** A layer over the whole window (the quiz on the wall), zoomed with the content. */
    public void setOverlay(javafx.scene.layout.Region layer) {
        overlay = layer;
        Scale s = new Scale(1, 1, 0, 0);
        s.xProperty().bind(zoom);
        s.yProperty().bind(zoom);
        layer.getTransforms().add(s);
        getChildren().add(layer);
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    @Override
    protected void layoutChildren() {
        double z = zoom.get();
        content.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
        if (overlay != null) {
            overlay.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
        }
    }
}
