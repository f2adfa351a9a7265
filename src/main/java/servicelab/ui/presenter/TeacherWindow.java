package servicelab.ui.presenter;

import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import servicelab.lesson.Exercise;
import servicelab.lesson.Glossary;
import servicelab.lesson.Lesson;
import servicelab.ui.lesson.TeacherView;

/**
 * The teacher's window (curriculum C1): lesson text, the exercise's hints and its solution, on
 * the second screen when there is one, so the projector shows only diagram and YAML.
 */
public final class TeacherWindow {
    private final Stage owner;
    private final ResourceBundle bundle;
    private final Glossary glossary;
    private final List<String> stylesheets;
    private Stage stage;
    private TeacherView view;
    /** The screens' areas (tests give two; a laptop mirrored to a projector has one). */
    private java.util.function.Supplier<List<javafx.geometry.Rectangle2D>> screens =
            () -> Screen.getScreens().stream().map(Screen::getVisualBounds).toList();

    public void setScreens(java.util.function.Supplier<List<javafx.geometry.Rectangle2D>> s) {
        screens = s;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /**
     * Ctrl+Shift+T: opens the window on another screen, or closes it. With one screen it does not
     * open: on a laptop mirrored to the projector the hints and the solution would be on the wall.
     * Returns the message for the status bar, or null.
     */
    public String toggle(Lesson lesson, Exercise active) {
        if (isShowing()) {
            stage.hide();
            return null;
        }
        if (screens.get().size() < 2) {
            return bundle.getString("teacher.oneScreen");
        }
        show(lesson, active);
        return null;
    }

    public TeacherWindow(Stage owner, ResourceBundle bundle, Glossary glossary, List<String> stylesheets) {
        this.owner = owner;
        this.bundle = bundle;
        this.glossary = glossary;
        this.stylesheets = stylesheets;
    }

    public void show(Lesson lesson, Exercise active) {
        if (stage == null) {
            stage = new Stage();
            servicelab.ui.AppIcon.apply(stage);
            stage.initOwner(owner);
            stage.setTitle(bundle.getString("teacher.title"));
            view = new TeacherView(bundle);
            view.lesson().setGlossary(glossary);
            Scene scene = new Scene(view, 640, 760);
            scene.getStylesheets().addAll(stylesheets);
            view.getStyleClass().add("root");
            servicelab.ui.Theme.follow(owner, view);
            stage.setScene(scene);
            // Esc or the same shortcut puts it away
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE
                        || e.getCode() == javafx.scene.input.KeyCode.T && e.isShortcutDown() && e.isShiftDown()) {
                    stage.hide();
                    e.consume();
                }
            });
            // another screen than the projector's (the owner's)
            screens.get().stream().filter(r -> !r.contains(owner.getX() + 1, owner.getY() + 1)).findFirst().ifPresent(other -> {
                stage.setX(other.getMinX() + 20);
                stage.setY(other.getMinY() + 20);
            });
        }
        update(lesson, active);
        view.showPlanNote(planNote);
        stage.show();
        stage.toFront();
    }

    private String planNote;

    /** The notes the teacher window shows for the class plan's step (null: none). */
    public String planNote() {
        return planNote;
    }

    /** The class plan step's notes for the teacher (kept for when the window opens). */
    public void setPlanNote(String text) {
        planNote = text;
        if (view != null) {
            view.showPlanNote(text);
        }
    }

    /** Follows the chapter and the open exercise while it is open. */
    public void update(Lesson lesson, Exercise active) {
        if (view != null) {
            view.show(lesson, active);
        }
    }
}
