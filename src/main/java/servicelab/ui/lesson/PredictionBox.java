package servicelab.ui.lesson;

import java.util.function.BiConsumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import servicelab.lesson.Exercise;
import servicelab.text.Messages;

/**
 * An exercise's prediction, asked before its first request: the learner picks what the cluster
 * will do, the choice is kept, and the first request sent reveals it beside the exercise's
 * explanation. A wrong guess is never a failure: it is the point where the picture teaches.
 */
final class PredictionBox extends VBox {
    private final Exercise.Predict predict;
    private final Messages msg;
    private final ToggleGroup group = new ToggleGroup();
    private final Button commit;
    private final Label status = new Label();
    private int chosen = -1;
    private boolean revealed;
    private Runnable onPredicted = () -> { };

    PredictionBox(Exercise.Predict predict, Messages msg, String exerciseId) {
        super(6);
        this.predict = predict;
        this.msg = msg;
        setId("predict-" + exerciseId);
        getStyleClass().add("exercise-question");
        Label title = new Label(msg.get("exercise.predictTitle"));
        title.getStyleClass().add("exercise-name");
        Label question = new Label(predict.question().replace("`", ""));
        question.getStyleClass().add("exercise-prompt");
        question.setWrapText(true);
        getChildren().addAll(title, question);
        for (int i = 0; i < predict.choices().size(); i++) {
            RadioButton r = new RadioButton(predict.choices().get(i).replace("`", ""));
            r.setId("predictChoice-" + i);
            r.setWrapText(true);
            r.setToggleGroup(group);
            r.setUserData(i);
            getChildren().add(r);
        }
        commit = new Button(msg.get("exercise.predictCommit"));
        commit.setId("predictCommit");
        commit.disableProperty().bind(group.selectedToggleProperty().isNull());
        commit.setOnAction(e -> commit());
        status.getStyleClass().add("quiz-hint");
        status.setWrapText(true);
        status.setId("predictStatus");
        getChildren().addAll(commit, status);
    }

    /** Told once the learner has made a prediction. */
    void setOnPredicted(Runnable r) {
        onPredicted = r;
    }

    boolean predicted() {
        return chosen >= 0;
    }

    private void commit() {
        chosen = (Integer) group.getSelectedToggle().getUserData();
        commit.disableProperty().unbind();
        commit.setDisable(true);
        group.getToggles().forEach(t -> ((RadioButton) t).setDisable(true));
        status.setText(msg.get("exercise.predictKept"));
        onPredicted.run();
    }

    /** The learner tried to send before predicting: the box says so. */
    void remind() {
        status.setText(msg.get("exercise.predictFirst"));
    }

    /** The first request has been sent: says whether the prediction matched, and why; records it once. */
    Boolean reveal(BiConsumer<Boolean, String> record) {
        if (chosen < 0 || revealed) {
            return null;
        }
        revealed = true;
        boolean right = chosen == predict.answer();
        status.setText(msg.get(right ? "exercise.predictRight" : "exercise.predictOther", predict.choices().get(predict.answer()).replace("`", ""))
                + " " + predict.reveal().replace("`", ""));
        status.getStyleClass().setAll(right ? java.util.List.of("quiz-verdict", "right") : java.util.List.of("quiz-hint"));
        record.accept(right, predict.choices().get(chosen));
        return right;
    }
}
