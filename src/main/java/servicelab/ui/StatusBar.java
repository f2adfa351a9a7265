package servicelab.ui;

import javafx.scene.control.Label;

import servicelab.check.CheckReport;
import servicelab.text.Messages;
import servicelab.workspace.CheckService;

/**
 * The check's state where the learner looks: a pill in the toolbar (checking, valid, n errors),
 * the documents count and the caret position in the status bar, and the last message.
 */
final class StatusBar {
    private final Label pill;
    private final Label message;
    private final Label docs;
    private final Label cursor;
    private final Messages msg;
    private final CheckService checks;

    StatusBar(Label pill, Label message, Label docs, Label cursor, Messages msg, CheckService checks) {
        this.pill = pill;
        this.message = message;
        this.docs = docs;
        this.cursor = cursor;
        this.msg = msg;
        this.checks = checks;
        message.setId("statusMessage");
        checks.checkingProperty().addListener((o, a, b) -> updatePill());
        checks.addListener(c -> {
            CheckReport r = c.report();
            long bad = r.documents().stream().filter(d -> !d.valid()).count();
            docs.setText(bad == 0 ? msg.get("status.validDetail", r.documents().size())
                    : msg.get("status.invalidDetail", r.documents().size(), bad));
            updatePill();
        });
        updatePill();
    }

    void message(String text) {
        message.setText(text);
    }

    void cursor(int line, int column) {
        cursor.setText(msg.get("status.cursor", line, column));
    }

    private void updatePill() {
        pill.getStyleClass().removeAll("ok", "bad", "busy");
        CheckService.Checked c = checks.latest();
        if (checks.isChecking() || c == null) {
            pill.setText(msg.get("status.checking"));
            pill.setGraphic(Ui.icon("fth-loader"));
            pill.getStyleClass().add("busy");
        } else if (c.report().valid()) {
            pill.setText(msg.get("status.valid"));
            pill.setGraphic(Ui.icon("fth-check-circle"));
            pill.getStyleClass().add("ok");
        } else {
            pill.setText(msg.get("status.invalid", c.report().errors().size()));
            pill.setGraphic(Ui.icon("fth-x-circle"));
            pill.getStyleClass().add("bad");
        }
    }
}
