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
    /** The pill's icon per look, made once: a new icon node is styled anew at every check. */
    private final java.util.Map<String, javafx.scene.Node> icons = new java.util.HashMap<>();

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
        CheckService.Checked c = checks.latest();
        String look = checks.isChecking() || c == null ? "busy" : c.report().valid() ? "ok" : "bad";
        pill.setText(switch (look) {
            case "busy" -> msg.get("status.checking");
            case "ok" -> msg.get("status.valid");
            default -> msg.get("status.invalid", c.report().errors().size());
        });
        javafx.scene.Node icon = icons.computeIfAbsent(look,
                k -> Ui.icon(k.equals("busy") ? "fth-loader" : k.equals("ok") ? "fth-check-circle" : "fth-x-circle"));
        if (pill.getGraphic() != icon) {
            pill.setGraphic(icon);
        }
        if (!pill.getStyleClass().contains(look)) {
            pill.getStyleClass().removeAll("ok", "bad", "busy");
            pill.getStyleClass().add(look);
        }
    }
}
