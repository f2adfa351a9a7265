package servicelab.ui.diagram;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The question over the picture (predict, then reveal): the question, the answers the room can
 * choose from (the teacher clicks the one the class chose), and after the reveal whether the room
 * was right. Nothing in it tells the outcome before the reveal.
 */
final class PromptOverlay extends VBox {
    private final Label question = new Label();
    private final FlowPane choices = new FlowPane(8, 8);
    private Consumer<String> onPick = c -> { };

    PromptOverlay() {
        super(10);
        getStyleClass().add("diagram-prompt-box");
        question.getStyleClass().add("diagram-prompt");
        question.setId("diagramPrompt");
        question.setWrapText(true);
        question.setMaxWidth(Double.MAX_VALUE);
        choices.setId("predictChoices");
        choices.setAlignment(Pos.CENTER);
        getChildren().addAll(question, choices);
        setAlignment(Pos.CENTER);
        setPickOnBounds(false);
        setVisible(false);
    }

    /** Asks; with choices, a click marks the room's answer (kept until the reveal). */
    void ask(String text, List<String> answers, Consumer<String> picked) {
        if (text == null) {
            hide();
            return;
        }
        onPick = picked == null ? c -> { } : picked;
        question.setText(text);
        question.getStyleClass().removeAll("right", "wrong");
        choices.getChildren().clear();
        for (int i = 0; i < answers.size(); i++) {
            String a = answers.get(i);
            Button b = new Button(a);
            b.setId("predict-choice-" + i);
            b.getStyleClass().add("predict-choice");
            b.setOnAction(e -> {
                choices.getChildren().forEach(n -> n.getStyleClass().remove("chosen"));
                b.getStyleClass().add("chosen");
                onPick.accept(a);
            });
            choices.getChildren().add(b);
        }
        choices.setVisible(!answers.isEmpty());
        choices.setManaged(!answers.isEmpty());
        setVisible(true);
    }

    /** After the reveal: whether the room was right, in words. */
    void result(String text, boolean right) {
        question.setText(text);
        question.getStyleClass().removeAll("right", "wrong");
        question.getStyleClass().add(right ? "right" : "wrong");
        choices.getChildren().clear();
        choices.setVisible(false);
        choices.setManaged(false);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
        choices.getChildren().clear();
    }

    /** The question shown, or null. */
    String text() {
        return isVisible() ? question.getText() : null;
    }
}
