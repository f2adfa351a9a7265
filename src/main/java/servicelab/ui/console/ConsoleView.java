package servicelab.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.kubectl.Kubectl;
import servicelab.workspace.ConsoleSession;

/**
 * The kubectl console: a prompt with history (↑/↓) and Tab completion, and the transcript of
 * what was run and what kubectl answered. Commands that change desired state edit the YAML
 * (so Ctrl+Z in the editor undoes them); runtime ones change the cluster as on a live one. The
 * session prints an answer once the cluster has what the command did; opening another text
 * starts a fresh transcript.
 */
public final class ConsoleView extends VBox {
    private final ConsoleSession session;
    private final String welcome;
    private final TextArea transcript = new TextArea();
    private final TextField input = new TextField();
    private final List<String> history = new ArrayList<>();
    private int historyAt;
    private final Label hint = new Label();
    final Label prompt = new Label("$ kubectl");
    /** Where commands go: the simulated cluster, or a connected real one (shown only while there is one). */
    final javafx.scene.control.ChoiceBox<String> target = new javafx.scene.control.ChoiceBox<>();
    final ResourceBundle bundle;

    public ConsoleView(ResourceBundle bundle, ConsoleSession session) {
        this.session = session;
        this.bundle = bundle;
        this.welcome = bundle.getString("console.welcome") + "\n";
        getStyleClass().add("console");
        setId("console");
        transcript.setEditable(false);
        transcript.setWrapText(false);
        transcript.getStyleClass().add("console-transcript");
        transcript.setId("consoleTranscript");
        transcript.setText(welcome);
        session.setOnReset(() -> {
            transcript.setText(welcome);
            hint.setText("");
        });
        VBox.setVgrow(transcript, Priority.ALWAYS);
        prompt.getStyleClass().add("console-prompt");
        prompt.setId("consolePrompt");
        RealTargets.wire(this, bundle);
        input.setId("consoleInput");
        input.getStyleClass().add("console-input");
        input.setPromptText(bundle.getString("console.prompt"));
        HBox.setHgrow(input, Priority.ALWAYS);
        Button clear = new Button(null, new FontIcon("fth-trash-2"));
        clear.getStyleClass().add("flat");
        clear.setTooltip(new Tooltip(bundle.getString("console.clear")));
        clear.setOnAction(e -> transcript.clear());
        HBox line = new HBox(6, target, prompt, input, clear);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("console-line");
        hint.getStyleClass().add("console-hint");
        hint.setId("consoleHint");
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                run(input.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                recall(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                recall(1);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                complete();
                e.consume();
            }
        });
        getChildren().addAll(transcript, hint, line);
    }

    /** Runs one line as if typed (the lesson's run-in-console buttons use this too). */
    public void run(String line) {
        String cmd = line.strip();
        if (cmd.startsWith("$ ")) {
            cmd = cmd.substring(2);
        }
        if (cmd.startsWith("kubectl ")) {
            cmd = cmd.substring("kubectl ".length());
        }
        input.clear();
        hint.setText("");
        if (cmd.isEmpty()) {
            return;
        }
        if (history.isEmpty() || !history.get(history.size() - 1).equals(cmd)) {
            history.add(cmd);
        }
        historyAt = history.size();
        String shown = cmd;
        ConsoleSession.RealTarget real = session.target();
        if (real == null) {
            session.run(cmd, r -> print("$ kubectl " + shown, r));
            return;
        }
        String marked = "[" + real.context() + "] $ kubectl " + shown;
        String refused = RealTargets.refusal(bundle, real, cmd);
        if (refused != null) {
            print(marked, new Kubectl.Result(refused + "\n", 1));
        } else {
            session.runReal(cmd, Platform::runLater, r -> print(marked, r));
        }
    }

    ConsoleSession session() {
        return session;
    }

    void print(String command, Kubectl.Result r) {
        transcript.appendText(command + "\n" + r.output());
        transcript.positionCaret(transcript.getLength()); // the newest answer in view
        Platform.runLater(() -> transcript.setScrollTop(Double.MAX_VALUE));
    }

    private void recall(int step) {
        if (history.isEmpty()) {
            return;
        }
        historyAt = Math.max(0, Math.min(history.size(), historyAt + step));
        input.setText(historyAt == history.size() ? "" : history.get(historyAt));
        input.positionCaret(input.getText().length());
    }

    private void complete() {
        String typed = input.getText();
        List<String> options = session.completions(typed);
        if (session.target() != null) {
            options = options.stream().filter(o -> !typed.isBlank() || o.equals("get") || o.equals("describe")).toList();
        }
        if (options.isEmpty()) {
            hint.setText("");
            return;
        }
        String prefix = typed.isEmpty() || Character.isWhitespace(typed.charAt(typed.length() - 1)) ? ""
                : typed.substring(typed.lastIndexOf(' ') + 1);
        String common = options.get(0);
        for (String o : options) {
            int i = 0;
            while (i < common.length() && i < o.length() && common.charAt(i) == o.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        String base = typed.substring(0, typed.length() - prefix.length());
        input.setText(base + common + (options.size() == 1 ? " " : ""));
        input.positionCaret(input.getText().length());
        hint.setText(options.size() == 1 ? "" : String.join("   ", options));
    }

    public TextArea transcript() {
        return transcript;
    }

    public TextField input() {
        return input;
    }
}
