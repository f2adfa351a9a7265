package servicelab.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's columns: the lesson on the left, diagram and traffic in the middle, YAML with
 * problems and console on the right. The lesson and the YAML column can be put away (presenter
 * mode, a demo that wants the whole width for the diagram) and brought back where they were.
 * On a narrow window (a 1024×768 projector, a zoomed laptop) three columns would squeeze each
 * other: the lesson and the YAML then share one column as two tabs beside the diagram.
 */
final class Columns {
    /** Below this laid-out width the lesson and the YAML share a column. */
    static final double NARROW = 1400;
    private final SplitPane split;
    private final Node center;
    private final Node right;
    private final TabPane side = new TabPane();
    private final Tab lessonTab = new Tab();
    private final Tab yamlTab = new Tab();
    private Node lesson;
    private boolean lessonShown = true;
    private boolean yamlShown = true;
    private boolean narrow;

    Columns(SplitPane split, String lessonTitle, String yamlTitle) {
        this.split = split;
        this.center = split.getItems().get(0);
        this.right = split.getItems().get(split.getItems().size() - 1);
        side.setId("sideTabs");
        side.getStyleClass().add("side-tabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lessonTab.setText(lessonTitle);
        lessonTab.setId("lessonTab");
        yamlTab.setText(yamlTitle);
        yamlTab.setId("yamlTab");
        side.setMinWidth(300);
        split.widthProperty().addListener((o, a, b) -> {
            boolean n = b.doubleValue() > 0 && b.doubleValue() < NARROW;
            if (n != narrow) {
                narrow = n;
                Platform.runLater(this::arrange);
            }
        });
    }

    void addLesson(Node pane) {
        lesson = pane;
        arrange();
    }

    boolean narrow() {
        return narrow;
    }

    boolean lessonShown() {
        return lesson != null && lessonShown;
    }

    void setLessonShown(boolean shown) {
        if (lesson == null || shown == lessonShown) {
            return;
        }
        lessonShown = shown;
        arrange();
        if (shown && narrow) {
            side.getSelectionModel().select(lessonTab);
        }
    }

    boolean yamlShown() {
        return yamlShown;
    }

    /** Hide or show the YAML column (curriculum C11). */
    void setYamlShown(boolean shown) {
        if (shown == yamlShown) {
            return;
        }
        yamlShown = shown;
        arrange();
        if (shown && narrow) {
            side.getSelectionModel().select(yamlTab);
        }
    }

    /** On a narrow window: brings the lesson or the YAML tab to the front. */
    void reveal(boolean yaml) {
        if (narrow) {
            side.getSelectionModel().select(yaml ? yamlTab : lessonTab);
        }
    }

    /** Puts the panes where the width and the shown/hidden choices say. */
    private void arrange() {
        boolean l = lessonShown();
        List<Node> items = new ArrayList<>();
        Tab selected = side.getSelectionModel().getSelectedItem();
        lessonTab.setContent(null);
        yamlTab.setContent(null);
        side.getTabs().clear();
        if (narrow && l && yamlShown) {
            lessonTab.setContent(lesson);
            yamlTab.setContent(right);
            side.getTabs().setAll(lessonTab, yamlTab);
            side.getSelectionModel().select(selected == yamlTab ? yamlTab : lessonTab);
            items.add(center);
            items.add(side);
        } else {
            if (l) {
                items.add(lesson);
            }
            items.add(center);
            if (yamlShown) {
                items.add(right);
            }
        }
        if (!split.getItems().equals(items)) {
            split.getItems().setAll(items);
        }
        int n = items.size();
        if (n == 3) {
            split.setDividerPositions(0.24, 0.72);
        } else if (n == 2) {
            split.setDividerPositions(items.get(0) == lesson ? 0.3 : narrow ? 0.6 : 0.66);
        }
    }
}
