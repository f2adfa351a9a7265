package servicelab.ui.lesson;

import java.util.ResourceBundle;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import servicelab.lesson.Exercise;
import servicelab.lesson.Lesson;

/**
 * The teacher's window in presenter mode (curriculum C1): the lesson text, and for the exercise
 * the class is doing its hints and reference solution, which the projected screen never shows.
 * Meant for a second screen; with one screen it is a window the teacher keeps to themselves.
 */
public final class TeacherView extends VBox {
    private final ResourceBundle bundle;
    private final Label title = new Label();
    private final MarkdownView lesson;
    private final VBox exercise = new VBox(6);
    private final Label planNote = new Label();

    public TeacherView(ResourceBundle bundle) {
        super(10);
        this.bundle = bundle;
        setPadding(new Insets(12));
        getStyleClass().add("teacher-view");
        setId("teacherView");
        title.getStyleClass().add("teacher-title");
        title.setWrapText(true);
        lesson = new MarkdownView(bundle);
        exercise.setId("teacherExercise");
        VBox body = new VBox(12, exercise, lesson);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        planNote.setId("teacherPlanNote");
        planNote.getStyleClass().add("teacher-plan-note");
        planNote.setWrapText(true);
        planNote.setVisible(false);
        planNote.setManaged(false);
        getChildren().addAll(title, planNote, scroll);
    }

    /** The class plan's step and its notes (what to point at, what to ask); null hides them. */
    public void showPlanNote(String text) {
        planNote.setText(text == null ? "" : text.replace("`", ""));
        planNote.setVisible(text != null);
        planNote.setManaged(text != null);
    }

    public void show(Lesson l, Exercise active) {
        title.setText(l == null ? "" : l.title().replace("`", ""));
        if (l != null) {
            lesson.show(l);
        }
        exercise.getChildren().clear();
        if (active == null) {
            return;
        }
        Label name = new Label(bundle.getString("teacher.exercise") + " " + active.title());
        name.getStyleClass().add("teacher-title");
        name.setWrapText(true);
        exercise.getChildren().add(name);
        for (int i = 0; i < active.hints().size(); i++) {
            Label h = new Label((i + 1) + ". " + active.hints().get(i).replace("`", ""));
            h.setWrapText(true);
            h.getStyleClass().add("teacher-hint");
            exercise.getChildren().add(h);
        }
        Label sol = new Label(bundle.getString("teacher.solution"));
        sol.getStyleClass().add("teacher-title");
        TextArea yaml = new TextArea(active.solution());
        yaml.setId("teacherSolution");
        yaml.setEditable(false);
        yaml.getStyleClass().add("teacher-solution");
        yaml.setPrefRowCount(Math.min(24, (int) active.solution().lines().count() + 1));
        exercise.getChildren().addAll(sol, yaml);
    }

    public MarkdownView lesson() {
        return lesson;
    }
}
