package servicelab.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;

/**
 * A window too narrow for the whole toolbar (a 1024-pixel projector, a zoomed window) gives up
 * room in steps rather than pushing the seed, zoom, presenter and status controls into the
 * overflow menu: first the buttons show only their icons (with tooltips), then the controls the
 * menu also offers (save as, theme, the seed's caption) step aside. The toolbar's skin takes
 * overflowing items out of the bar: the status pill, the last item, losing its parent says so.
 * Each step remembers the width it was taken at and is undone when the bar is that much wider.
 */
final class ToolbarFit {
    private final ToolBar toolbar;
    private final Label last;
    private final List<Labeled> labelled;
    private final List<Node> optional;
    /** Widths at which the steps were taken, the last step on top. */
    private final Deque<Double> steps = new ArrayDeque<>();
    private static final double SLACK = 140;

    ToolbarFit(ToolBar toolbar, Label last, List<Labeled> labelled, List<Node> optional) {
        this.toolbar = toolbar;
        this.last = last;
        this.labelled = labelled;
        this.optional = optional;
        toolbar.widthProperty().addListener((o, a, b) -> Platform.runLater(this::fit));
        last.parentProperty().addListener((o, a, b) -> Platform.runLater(this::fit));
    }

    private void fit() {
        boolean overflowing = last.getParent() == null;
        double w = toolbar.getWidth();
        if (overflowing && steps.size() < 2) {
            // one step at a time, each laid out before the next is judged
            while (last.getParent() == null && steps.size() < 2) {
                steps.push(w);
                apply();
                toolbar.applyCss();
                toolbar.layout();
            }
        } else if (!overflowing && !steps.isEmpty() && w > steps.peek() + SLACK) {
            while (!steps.isEmpty() && w > steps.peek() + SLACK) {
                steps.pop(); // a window that grew a lot (the first layout) undoes every step at once
            }
            apply();
        }
    }

    private void apply() {
        ContentDisplay d = steps.isEmpty() ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY;
        labelled.forEach(b -> b.setContentDisplay(d));
        boolean show = steps.size() < 2;
        for (Node n : optional) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }
}
