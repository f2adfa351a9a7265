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

    public TeacherWindow(Stage owner, ResourceBundle bundle, Glossary glossary, List<String> stylesheets) {
        this.owner = owner;
        this.bundle = bundle;
        this.glossary = glossary;
        this.stylesheets = stylesheets;
    }

    public void show(Lesson lesson, Exercise active) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(bundle.getString("teacher.title"));
            view = new TeacherView(bundle);
            view.lesson().setGlossary(glossary);
            Scene scene = new Scene(view, 640, 760);
            scene.getStylesheets().addAll(stylesheets);
            view.getStyleClass().add("root");
            stage.setScene(scene);
            // another screen than the projector's, if there is one
            Screen here = Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1).stream()
                    .findFirst().orElse(Screen.getPrimary());
            Screen.getScreens().stream().filter(sc -> !sc.equals(here)).findFirst().ifPresent(other -> {
                stage.setX(other.getVisualBounds().getMinX() + 20);
                stage.setY(other.getVisualBounds().getMinY() + 20);
            });
        }
        update(lesson, active);
        stage.show();
        stage.toFront();
    }

    /** Follows the chapter and the open exercise while it is open. */
    public void update(Lesson lesson, Exercise active) {
        if (view != null) {
            view.show(lesson, active);
        }
    }
}
