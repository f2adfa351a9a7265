package servicelab.ui;

import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;

/**
 * A window too narrow for the whole toolbar (a 1280-pixel screen with wide fonts, a zoomed
 * window) shows the file and edit buttons as icons with tooltips, rather than pushing the seed,
 * zoom, presenter and theme controls into the overflow menu. The toolbar's skin takes
 * overflowing items out of the bar: the status pill, the last item, losing its parent says so.
 */
final class ToolbarFit {
    private final ToolBar toolbar;
    private final Label last;
    private final List<Labeled> labelled;
    /** The toolbar width at which the labels had to go, and how much room they need to come back. */
    private double compactAt;
    private double labelsNeed;

    ToolbarFit(ToolBar toolbar, Label last, List<Labeled> labelled) {
        this.toolbar = toolbar;
        this.last = last;
        this.labelled = labelled;
        toolbar.widthProperty().addListener((o, a, b) -> Platform.runLater(this::fit));
        last.parentProperty().addListener((o, a, b) -> Platform.runLater(this::fit));
    }

    private void fit() {
        boolean compact = labelled.get(0).getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
        boolean overflowing = last.getParent() == null;
        if (!compact && overflowing) {
            compactAt = toolbar.getWidth();
            labelsNeed = 0;
            for (Labeled b : labelled) {
                Text t = new Text(b.getText());
                t.setFont(b.getFont());
                labelsNeed += t.getLayoutBounds().getWidth() + b.getGraphicTextGap();
            }
            labelled.forEach(b -> b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY));
        } else if (compact && toolbar.getWidth() > compactAt + labelsNeed) {
            labelled.forEach(b -> b.setContentDisplay(ContentDisplay.LEFT));
        }
    }
}
