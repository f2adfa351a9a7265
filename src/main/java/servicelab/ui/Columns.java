package servicelab.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The window's columns: the lesson on the left, diagram and traffic in the middle, YAML with
 * problems and console on the right. The lesson and the YAML column can be put away (presenter
 * mode, a demo that wants the whole width for the diagram) and brought back where they were.
 */
final class Columns {
    private final SplitPane split;
    private final Node right;
    private Node lesson;

    Columns(SplitPane split) {
        this.split = split;
        this.right = split.getItems().get(split.getItems().size() - 1);
    }

    void addLesson(Node pane) {
        lesson = pane;
        split.getItems().add(0, pane);
        split.setDividerPositions(0.24, 0.72);
    }

    boolean lessonShown() {
        return lesson != null && split.getItems().contains(lesson);
    }

    void setLessonShown(boolean shown) {
        if (lesson == null || shown == lessonShown()) {
            return;
        }
        if (shown) {
            split.getItems().add(0, lesson);
        } else {
            split.getItems().remove(lesson);
        }
        dividers();
    }

    boolean yamlShown() {
        return split.getItems().contains(right);
    }

    /** Hide or show the YAML column (curriculum C11). */
    void setYamlShown(boolean shown) {
        if (shown == yamlShown()) {
            return;
        }
        if (shown) {
            split.getItems().add(right);
        } else {
            split.getItems().remove(right);
        }
        dividers();
    }

    private void dividers() {
        int n = split.getItems().size();
        if (n == 3) {
            split.setDividerPositions(0.24, 0.72);
        } else if (n == 2) {
            split.setDividerPositions(lessonShown() ? 0.3 : 0.66);
        }
    }
}
