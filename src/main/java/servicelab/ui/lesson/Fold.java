package servicelab.ui.lesson;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Builds the lesson pane's text and quiz as the reader comes near them: a chapter opens with what
 * the window shows built, and the rest waits as empty regions of about its height (less memory
 * and a shorter start; the scroll bar still tells how long the chapter is). After each layout, while
 * a waiting region's top is within the view and half a view below it, more is built and laid out in
 * the same frame, so the reader never sees the empty region. The view keeps its place: what is
 * built replaces an estimate below the reader's line, and a view at the end stays at the end.
 */
final class Fold {
    /** Blocks built per step: a few lines of text each. */
    private static final int STEP = 4;

    private final ScrollPane scroll;
    private final Region body;
    private final MarkdownView text;
    private final QuizView quiz;
    private final Runnable listener = this::fill;
    /**
     * Focus moving into the lesson by the keyboard (Tab) builds it all: keys go from button to
     * button in the text's order, and one not built yet would be skipped for the exercise cards
     * below it. A click on a lesson button does not (it would stall that click for the whole chapter).
     */
    private final ChangeListener<Node> focused = (o, a, b) -> {
        if (b != null) {
            javafx.application.Platform.runLater(() -> focusMoved(b)); // once focusVisible is settled
        }
    };

    Fold(ScrollPane scroll, Region body, MarkdownView text, QuizView quiz) {
        this.scroll = scroll;
        this.body = body;
        this.text = text;
        this.quiz = quiz;
        ChangeListener<Scene> moved = (o, a, b) -> {
            if (a != null) {
                a.removePostLayoutPulseListener(listener);
                a.focusOwnerProperty().removeListener(focused);
            }
            if (b != null) {
                b.addPostLayoutPulseListener(listener);
                b.focusOwnerProperty().addListener(focused);
            }
        };
        scroll.sceneProperty().addListener(moved);
        moved.changed(null, null, scroll.getScene());
    }

    private void focusMoved(Node owner) {
        if (!owner.isFocused() || !owner.isFocusVisible()) {
            return;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == body) {
                buildAll();
                return;
            }
        }
    }

    /** Builds everything still waiting (before scrolling to a card below the text, or reading it all). */
    void buildAll() {
        text.buildAll();
        quiz.buildAll();
    }

    /**
     * Builds what lies above {@code offset} plus a view and a half, then puts the view's top
     * there (the pixel offset a re-drawn chapter returns to).
     */
    void reveal(double offset) {
        settle();
        grow(offset);
        setOffset(offset);
    }

    private void fill() {
        if (!text.hasPending() && !quiz.hasPending()) {
            return;
        }
        double view = scroll.getViewportBounds().getHeight();
        if (view <= 0 || scroll.getScene() == null) {
            return; // not laid out yet: the next pulse
        }
        boolean atEnd = scroll.getVvalue() >= scroll.getVmax() && room() > 0;
        double offset = offset();
        if (grow(offset)) {
            setOffset(atEnd ? Double.MAX_VALUE : offset);
        }
    }

    /** Builds step by step while a waiting region starts above {@code offset} + 1.5 views; true if anything was built. */
    private boolean grow(double offset) {
        boolean built = false;
        for (int guard = 0; guard < 10_000; guard++) {
            Region marker = text.hasPending() ? text.pendingMarker() : quiz.hasPending() ? quiz.pendingMarker() : null;
            if (marker == null || marker.getScene() == null) {
                break;
            }
            double reach = offset + scroll.getViewportBounds().getHeight() * 1.5;
            if (top(marker) > reach) {
                break;
            }
            if (text.hasPending()) {
                text.buildMore(STEP);
            } else {
                quiz.buildAll();
            }
            built = true;
            settle();
        }
        return built;
    }

    private void settle() {
        body.applyCss();
        scroll.layout();
    }

    private double top(Node n) {
        return n.localToScene(0, 0).getY() - body.localToScene(0, 0).getY();
    }

    private double room() {
        return Math.max(0, body.getHeight() - scroll.getViewportBounds().getHeight());
    }

    /** The view's top, in pixels from the top of the pane's content. */
    double offset() {
        double span = scroll.getVmax() - scroll.getVmin();
        return span <= 0 ? 0 : (scroll.getVvalue() - scroll.getVmin()) / span * room();
    }

    private void setOffset(double px) {
        double room = room();
        double f = room <= 0 ? 0 : Math.min(1, Math.max(0, px / room));
        scroll.setVvalue(scroll.getVmin() + f * (scroll.getVmax() - scroll.getVmin()));
        scroll.layout();
    }
}
