package servicelab.ui.editor;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.text.Messages;
import servicelab.ui.Ui;
import servicelab.workspace.CheckService;

/**
 * The problems list: every error and warning of the published check in line order, each with
 * its location, the Korean explanation and the API server's original message; a click jumps to
 * it, a fix button applies the suggested correction.
 */
public final class ProblemsPane {
    private final ListView<Diagnostic> list;
    private final Label summary;
    private final Label empty;
    private final Messages msg;
    private final EditorPane editor;
    private final CheckService checks;

    public ProblemsPane(ListView<Diagnostic> list, Label summary, Label empty, Messages msg, EditorPane editor,
                        CheckService checks) {
        this.list = list;
        this.summary = summary;
        this.empty = empty;
        this.msg = msg;
        this.editor = editor;
        this.checks = checks;
        list.setCellFactory(v -> new ProblemCell());
        // the empty label laid over the list says why it is empty (no text, or no problems)
        list.setPlaceholder(new Region());
        list.setOnMouseClicked(e -> jumpToSelected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToSelected();
            }
        });
        checks.addListener(c -> show(c.report()));
    }

    private void jumpToSelected() {
        Diagnostic d = list.getSelectionModel().getSelectedItem();
        if (d != null) {
            editor.jumpTo(d);
        }
    }

    private void show(CheckReport r) {
        List<Diagnostic> problems = EditorPane.problems(r);
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Boolean.compare(a.warning(), b.warning()));
        if (!problems.equals(list.getItems())) { // the same problems again: the list and its cells stay
            list.getItems().setAll(problems);
        }
        summary.setText(msg.get("problems.summary", r.errors().size(), r.warnings().size()));
        empty.setVisible(problems.isEmpty());
        empty.setText(msg.get(r.documents().isEmpty() ? "problems.empty" : "problems.none"));
    }

    /** A problem: location and badge, the Korean explanation, then the API server's original message. */
    private final class ProblemCell extends ListCell<Diagnostic> {
        ProblemCell() {
            getStyleClass().add("problem-cell");
        }

        /** What the graphic shows: a check that finds the same problem again keeps the cell's nodes. */
        private List<Object> shown;

        @Override
        protected void updateItem(Diagnostic d, boolean isEmpty) {
            super.updateItem(d, isEmpty);
            setText(null);
            if (isEmpty || d == null) {
                setGraphic(null);
                shown = null;
                return;
            }
            List<Object> key = java.util.Arrays.asList(d.warning(), d.line(), d.column(), d.field(), d.explanation(),
                    d.message(), d.fix() == null ? null : d.fix().labelKey(), Math.max(300, list.getWidth() - 72));
            if (key.equals(shown) && getGraphic() != null) {
                return; // each check rebuilt every cell: new labels and their CSS, on every keystroke
            }
            shown = key;
            Label badge = new Label(msg.get(d.warning() ? "problem.warning" : "problem.error"));
            badge.getStyleClass().addAll("problem-badge", d.warning() ? "warning" : "error");
            Label where = new Label(msg.get("problem.location", d.line(), d.column())
                    + (d.field() == null || d.field().isEmpty() ? "" : "  ·  " + d.field()));
            where.getStyleClass().add("problem-where");
            HBox head = new HBox(8, badge, where);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox explanation = RichText.of(d.explanation(), Math.max(300, list.getWidth() - 72));
            explanation.getStyleClass().add("problem-explanation");
            VBox box = new VBox(4, head, explanation);
            if (d.fix() != null) {
                // in the header, so it stays in view however long the explanation is
                Button apply = new Button(msg.get(d.fix().labelKey()), Ui.icon("fth-check"));
                apply.getStyleClass().addAll("fix-button", "accent", "small");
                apply.disableProperty().bind(checks.checkingProperty()); // a fix waits for the check of the text it fixes
                apply.setOnAction(e -> {
                    // the cell's problem now: a later check may have moved it in the text
                    Diagnostic now = getItem();
                    CheckService.Checked c = checks.latest();
                    if (now != null && now.fix() != null && c != null && !checks.isChecking()) {
                        editor.applyFix(now.fix(), c);
                    }
                });
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                head.getChildren().addAll(gap, apply);
            }
            if (!d.warning()) {
                Label original = new Label(d.message());
                original.getStyleClass().add("problem-original");
                original.setWrapText(true);
                original.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(original);
            }
            box.maxWidthProperty().bind(list.widthProperty().subtract(64));
            box.prefWidthProperty().bind(list.widthProperty().subtract(64));
            setGraphic(box);
        }
    }
}
