package servicelab.ui.console;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import javafx.scene.control.Tooltip;

import servicelab.kubectl.Kubectl;
import servicelab.kubectl.RemoteKubectl;
import servicelab.workspace.ConsoleSession;

/**
 * The console's choice of cluster: hidden until the real-cluster view connects; then the learner
 * picks the simulated cluster or the real one, and the prompt names the real context in its own
 * colour so nobody mistakes one cluster's answer for the other's.
 */
final class RealTargets {
    private RealTargets() {
    }

    static void wire(ConsoleView v, ResourceBundle b) {
        ConsoleSession s = v.session();
        v.target.setId("consoleTarget");
        v.target.getStyleClass().add("console-target");
        v.target.setTooltip(new Tooltip(b.getString("console.target.tip")));
        v.target.managedProperty().bind(s.realTargetProperty().isNotNull());
        v.target.visibleProperty().bind(s.realTargetProperty().isNotNull());
        v.target.getSelectionModel().selectedIndexProperty().addListener((o, a, c) -> s.useRealProperty().set(c.intValue() == 1));
        s.useRealProperty().addListener((o, a, c) -> {
            v.target.getSelectionModel().select(c ? 1 : 0);
            show(v, b);
        });
        s.realTargetProperty().addListener((o, a, t) -> {
            if (t == null) {
                v.target.getItems().clear();
            } else {
                v.target.getItems().setAll(b.getString("console.target.sim"), b.getString("console.target.real"));
                v.target.getSelectionModel().select(s.useRealProperty().get() ? 1 : 0);
                if (a == null || !a.context().equals(t.context())) {
                    v.print(MessageFormat.format(b.getString("console.real.connected"), t.context(), t.namespace()),
                            new Kubectl.Result("", 0));
                }
            }
            show(v, b);
        });
    }

    /** The prompt and the input's hint for where the next command goes. */
    private static void show(ConsoleView v, ResourceBundle b) {
        ConsoleSession.RealTarget t = v.session().target();
        v.prompt.getStyleClass().remove("console-prompt-real");
        if (t == null) {
            v.prompt.setText("$ kubectl");
            v.input().setPromptText(b.getString("console.prompt"));
        } else {
            v.prompt.setText(t.context() + " $ kubectl");
            v.prompt.getStyleClass().add("console-prompt-real");
            v.input().setPromptText(MessageFormat.format(b.getString("console.real.prompt"), t.namespace()));
        }
    }

    /** Why a line is not sent to the real cluster, in the learner's words; null when it may go. */
    static String refusal(ResourceBundle b, ConsoleSession.RealTarget t, String line) {
        return switch (RemoteKubectl.refusal(line)) {
            case NONE -> null;
            case NOT_READ_ONLY -> MessageFormat.format(b.getString("console.real.readOnly"), t.context());
            case UNKNOWN_TYPE -> MessageFormat.format(b.getString("console.real.unknownType"), t.context());
        };
    }
}
