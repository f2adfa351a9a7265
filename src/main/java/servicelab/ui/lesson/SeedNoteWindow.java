package servicelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import servicelab.lesson.Lesson;
import servicelab.lesson.LessonLibrary;
import servicelab.lesson.SeedNote;
import servicelab.text.Messages;

/**
 * The seed note, read-only, as the course received it: every line with its number, the lines the
 * course corrects marked; choosing one shows what is wrong with it and opens the chapter that
 * teaches the correct form. The note is never edited: it is the thing the course corrects.
 */
public final class SeedNoteWindow {
    private final Stage owner;
    private final Messages msg;
    private final LessonLibrary library;
    private final List<String> stylesheets;
    private final Consumer<String> openChapter;
    private final List<HBox> rows = new ArrayList<>();
    private Stage stage;
    private SeedNote note;
    private Label detail;
    private Button goTo;

    public SeedNoteWindow(Stage owner, ResourceBundle bundle, LessonLibrary library, List<String> stylesheets, Consumer<String> openChapter) {
        this.owner = owner;
        this.msg = new Messages(bundle);
        this.library = library;
        this.stylesheets = stylesheets;
        this.openChapter = openChapter;
    }

    public void show() {
        if (stage == null) {
            note = SeedNote.load(library.dir(), new ArrayList<>());
            stage = new Stage();
            servicelab.ui.AppIcon.apply(stage);
            stage.initOwner(owner);
            stage.setTitle(msg.get("seed.title"));
            VBox lines = new VBox(0);
            lines.setId("seedLines");
            if (note != null) {
                for (int i = 0; i < note.lines().size(); i++) {
                    lines.getChildren().add(row(i + 1, note.lines().get(i)));
                }
            }
            ScrollPane scroll = new ScrollPane(lines);
            scroll.setFitToWidth(true);
            detail = new Label(note == null ? msg.get("seed.missing") : msg.get("seed.intro", note.corrections().size()));
            detail.setId("seedDetail");
            detail.setWrapText(true);
            goTo = new Button();
            goTo.setId("seedChapter");
            goTo.setVisible(false);
            goTo.setManaged(false);
            VBox top = new VBox(6, detail, goTo);
            top.getStyleClass().add("exercise-panel");
            BorderPane root = new BorderPane(scroll);
            root.setTop(top);
            root.getStyleClass().add("root");
            servicelab.ui.Theme.follow(owner, root);
            Scene scene = new Scene(root, 760, 720);
            scene.getStylesheets().addAll(stylesheets);
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    private HBox row(int n, String text) {
        Label num = new Label(String.valueOf(n));
        num.getStyleClass().add("seed-line-number");
        num.setMinWidth(36);
        num.setAlignment(Pos.TOP_RIGHT);
        Label line = new Label(text.isEmpty() ? " " : text);
        line.getStyleClass().add("seed-line");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(line, Priority.ALWAYS);
        HBox row = new HBox(10, num, line);
        row.setId("seed-line-" + n);
        SeedNote.Correction c = note.at(n);
        if (c != null) {
            row.getStyleClass().add("seed-corrected");
            row.setOnMouseClicked(e -> select(c));
            row.setAccessibleText(msg.get("seed.correctedLine", n));
        }
        rows.add(row);
        return row;
    }

    /** Shows a correction and offers its chapter; its lines are marked as selected. */
    public void select(SeedNote.Correction c) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).getStyleClass().remove("seed-selected");
            if (c.covers(i + 1)) {
                rows.get(i).getStyleClass().add("seed-selected");
            }
        }
        Lesson l = library.find(c.chapter()).orElse(null);
        detail.setText(msg.get("seed.correction", c.first(), c.last(), c.note()));
        goTo.setText(msg.get("seed.openChapter", l == null ? c.chapter() : l.title()));
        goTo.setOnAction(e -> openChapter.accept(c.chapter()));
        goTo.setVisible(true);
        goTo.setManaged(true);
    }

    /** The window, for tests; null until shown. */
    public Stage stage() {
        return stage;
    }

    public SeedNote note() {
        return note;
    }
}
