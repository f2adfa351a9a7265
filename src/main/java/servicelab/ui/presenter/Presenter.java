package servicelab.ui.presenter;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.GenericStyledArea;

import servicelab.text.Messages;
import servicelab.ui.Theme;
import servicelab.ui.lesson.ExerciseView;
import servicelab.ui.traffic.TrafficPanel;

/**
 * Presenter mode (curriculum C1–C8): everything enlarged, the high-contrast projector palette,
 * no status bar or file commands, answers and hints hidden (Ctrl+Shift+A reveals them), and
 * clicker keys that step the traffic (PageDown/PageUp, and →/← and Space outside text fields).
 * Zoom works in and out of presenter mode: presets, Ctrl+±, Ctrl+0 and Ctrl+wheel.
 */
public final class Presenter {
    public static final double[] ZOOMS = {1.0, 1.25, 1.5, 2.0, 2.5};
    /** Presenter zoom: 125 % keeps a 1280×720 projector's layout usable (1024×576 laid out); higher presets are one click away. */
    public static final double PRESENTER_ZOOM = 1.25;

    /** The parts of the window presenter mode changes. */
    public record Parts(Parent root, ToggleButton toggle, MenuButton zoomButton, ZoomPane zoomPane, Node statusBar,
                        List<Node> fileCommands, Node teacherButton, Theme theme, Consumer<Boolean> lessonShown,
                        ExerciseView exercises, TrafficPanel traffic, Consumer<String> status) {
    }

    private final Parts p;
    private final Messages msg;
    private boolean answersRevealed;

    public Presenter(Parts parts, Messages msg) {
        this.p = parts;
        this.msg = msg;
        for (double z : ZOOMS) {
            MenuItem item = new MenuItem(Math.round(z * 100) + "%");
            item.setId("zoom-" + Math.round(z * 100));
            item.setOnAction(e -> setZoom(z));
            p.zoomButton().getItems().add(item);
        }
        p.toggle().setOnAction(e -> setPresenter(p.toggle().isSelected()));
    }

    private final java.util.List<Consumer<Boolean>> listeners = new java.util.ArrayList<>();

    /** Told when presenter mode goes on or off. */
    public void addListener(Consumer<Boolean> l) {
        listeners.add(l);
    }

    public boolean isPresenter() {
        return p.root().getStyleClass().contains("presenter");
    }

    public void setPresenter(boolean on) {
        p.toggle().setSelected(on);
        p.root().getStyleClass().remove("presenter");
        if (on) {
            // the theme stays as chosen: each has its projector palette (.root.presenter, .root.presenter.dark)
            p.root().getStyleClass().add("presenter");
        }
        p.statusBar().setVisible(!on);
        p.statusBar().setManaged(!on);
        // file commands are not for the projector: the toolbar keeps what a demo uses
        for (Node n : p.fileCommands()) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        p.teacherButton().setVisible(on); // the teacher's window belongs to the classroom
        p.teacherButton().setManaged(on);
        // the projector shows diagram and YAML; the lesson is the teacher's, one key away (Ctrl+Shift+L)
        p.lessonShown().accept(!on);
        setZoom(on ? presenterZoom() : 1.0);
        answersRevealed = false;
        if (p.exercises() != null) {
            p.exercises().setSolutionHidden(on);
        }
        p.status().accept(msg.get(on ? "presenter.on" : "presenter.off"));
        showAnswersState();
        listeners.forEach(l -> l.accept(on));
    }

    /** Ctrl+Shift+A: answers and hints shown or hidden again (with the lesson pane that holds them). */
    public void toggleAnswers() {
        if (!isPresenter() || p.exercises() == null) {
            return;
        }
        answersRevealed = !answersRevealed;
        p.exercises().setSolutionHidden(!answersRevealed);
        p.lessonShown().accept(answersRevealed);
        p.status().accept(msg.get(answersRevealed ? "presenter.revealed" : "presenter.hidden"));
        showAnswersState();
    }

    private javafx.scene.control.Label answersState;

    /** The toolbar's word on whether answers show (only in presenter mode, where it matters). */
    public void setAnswersLabel(javafx.scene.control.Label l) {
        answersState = l;
        showAnswersState();
    }

    private void showAnswersState() {
        if (answersState == null) {
            return;
        }
        boolean on = isPresenter() && p.exercises() != null;
        answersState.setVisible(on);
        answersState.setManaged(on);
        answersState.setText(msg.get(answersRevealed ? "presenter.answersShown" : "presenter.answersHidden"));
        answersState.getStyleClass().removeAll("shown", "hidden");
        answersState.getStyleClass().add(answersRevealed ? "shown" : "hidden");
    }

    /**
     * Presenter mode's zoom: 125 % when the window keeps a layout 1000 pixels wide and 720 high at
     * it (a 1920×1080 projector), less on a smaller one: a 1024×768 projector gets 100 % (enlarged,
     * it would cut the window off), and so does a 1280×720 one, whose height the diagram needs more
     * than the controls do (the class reads the diagram; the controls are the teacher's).
     */
    double presenterZoom() {
        // the scene's size: known before the first layout (presenter mode asked for at start)
        javafx.scene.Scene scene = p.zoomPane().getScene();
        double w = scene != null ? scene.getWidth() : p.zoomPane().getWidth();
        double h = scene != null ? scene.getHeight() : p.zoomPane().getHeight();
        if (w <= 0 || h <= 0 || (w / PRESENTER_ZOOM >= 1000 && h / PRESENTER_ZOOM >= 720)) {
            return PRESENTER_ZOOM;
        }
        return Math.max(1, Math.floor(Math.min(w / 1000, h / 720) * 20) / 20);
    }

    public void setZoom(double z) {
        p.zoomPane().zoomProperty().set(z);
        p.zoomButton().setText(Math.round(z * 100) + "%");
    }

    /** Told every zoom change (the settings remember the desk's zoom). */
    public void zoomChanged(Consumer<Double> l) {
        p.zoomPane().zoomProperty().addListener((o, a, b) -> l.accept(b.doubleValue()));
    }

    public double zoom() {
        return p.zoomPane().zoomProperty().get();
    }

    private void zoomStep(int dir) {
        double z = zoom();
        int i = 0;
        while (i < ZOOMS.length - 1 && ZOOMS[i] < z - 1e-6) {
            i++;
        }
        setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + dir))]);
    }

    /** Zoom keys, Ctrl+wheel and the clicker's keys. */
    public void install(Scene scene) {
        var accels = scene.getAccelerators();
        accels.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> setPresenter(!isPresenter()));
        accels.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(1));
        accels.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(1));
        accels.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(-1));
        accels.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(-1));
        accels.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> setZoom(isPresenter() ? presenterZoom() : 1));
        accels.put(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::toggleAnswers);
        scene.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomStep(e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> clicker(scene, e));
    }

    private java.util.function.BooleanSupplier pageDown = () -> false;

    /** What PageDown does first in presenter mode (a class plan, the quiz on the wall); true when it took the key. */
    public void setPageDown(java.util.function.BooleanSupplier s) {
        pageDown = s;
    }

    private void clicker(Scene scene, KeyEvent e) {
        if (!isPresenter() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN && pageDown.getAsBoolean()) {
            e.consume();
            return;
        }
        boolean typing = scene.getFocusOwner() instanceof TextInputControl || scene.getFocusOwner() instanceof GenericStyledArea;
        KeyCode k = e.getCode();
        if (k == KeyCode.PAGE_DOWN || (!typing && k == KeyCode.RIGHT)) {
            p.traffic().stepForward();
            e.consume();
        } else if (k == KeyCode.PAGE_UP || (!typing && k == KeyCode.LEFT)) {
            p.traffic().stepBack();
            e.consume();
        } else if (!typing && k == KeyCode.SPACE) {
            p.traffic().togglePlay();
            e.consume();
        }
    }
}
