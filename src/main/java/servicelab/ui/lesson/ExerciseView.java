package servicelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.lesson.Exercise;
import servicelab.text.Messages;
import servicelab.workspace.ExerciseSession;

/**
 * A chapter's guided exercises. Starting one loads its text into the editor; its goals then show
 * live check marks as the learner edits (the exercise session evaluates them from each check),
 * hints open one at a time, the check button unlocks once the learner has sent traffic, and
 * feedback names a common wrong state.
 */
public final class ExerciseView extends VBox {
    private final Messages msg;
    private final ExerciseSession session;
    private Consumer<String> onLoadText = t -> { };
    private Consumer<Node> onStarted = n -> { };
    private Consumer<String> onDone = id -> { };
    private BiConsumer<String, Integer> onHint = (id, n) -> { };
    private String scene;
    private VBox activeBox;
    private final List<HBox> goalMarks = new ArrayList<>();
    /** Feedback waits for the learner's first try (a check, a request sent, an answer). */
    private boolean attempted;
    private ExerciseSession.Goals lastGoals;
    /** The open exercise's prediction, or null when it asks none. */
    private PredictionBox prediction;
    private BiConsumer<String, Boolean> onPredicted = (id, right) -> { };
    private Consumer<Boolean> onWarningsHeld = held -> { };
    /** The text revision the exercise started from: goals of a later revision follow an edit, an attempt. */
    private long startRevision = -1;
    private Label feedback;
    private Label result;
    private Button checkButton;
    private Button solutionButton;
    private Button hintButton;
    private VBox hintsBox;
    private int hintsShown;
    private boolean solutionHidden;

    public ExerciseView(ResourceBundle bundle, ExerciseSession session) {
        this.msg = new Messages(bundle);
        this.session = session;
        getStyleClass().add("exercises");
        setId("exercises");
        setSpacing(10);
        session.addListener(this::showGoals);
    }

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(15);
        return i;
    }

    private static TextFlow flow(String s, String style) {
        return CodeText.flow(s, style, "quiz-code");
    }

    /** Called with the exercise's start, its solution, or the scene: the owner puts it in the editor. */
    public void setOnLoadText(Consumer<String> c) {
        onLoadText = c;
    }

    /** Told with the exercise's card when one starts, so the owner can bring it into view. */
    public void setOnStarted(Consumer<Node> c) {
        onStarted = c;
    }

    /** Told the exercise's id when its check passes (the learner's progress records it). */
    public void setOnDone(Consumer<String> c) {
        onDone = c;
    }

    /** Told whether the editor's warnings are to be held back (a symptoms-only exercise before its first hint). */
    public void setOnWarningsHeld(Consumer<Boolean> c) {
        onWarningsHeld = c;
    }

    /** Told the exercise's id and whether the prediction matched, once its first request revealed it (progress keeps it). */
    public void setOnPredicted(BiConsumer<String, Boolean> c) {
        onPredicted = c;
    }

    /**
     * Whether requests may be sent now: not before the open exercise's prediction is made (its
     * first request is what reveals it). When not, the prediction box says so.
     */
    public boolean maySend() {
        if (prediction == null || prediction.predicted()) {
            return true;
        }
        prediction.remind();
        return false;
    }

    /** The open exercise's prediction box, or null. */
    public Node predictionBox() {
        return prediction;
    }

    /** Told the exercise's id and how many hints are open after each hint (progress records hint use). */
    public void setOnHint(BiConsumer<String, Integer> c) {
        onHint = c;
    }

    /**
     * Presenter mode hides the answers (the solution button) and the hints, also of an exercise
     * already open; the checker's marks stay, so the class still sees what passes.
     */
    public void setSolutionHidden(boolean hidden) {
        solutionHidden = hidden;
        for (Node n : new Node[] {solutionButton, hintButton, hintsBox}) {
            if (n != null) {
                n.setVisible(!hidden);
                n.setManaged(!hidden);
            }
        }
    }

    public boolean solutionHidden() {
        return solutionHidden;
    }

    public Exercise active() {
        return session.active();
    }

    public void show(List<Exercise> exercises, String sceneText) {
        onWarningsHeld.accept(false);
        getChildren().clear();
        session.stop();
        activeBox = null;
        scene = sceneText;
        if (exercises.isEmpty()) {
            return;
        }
        Label title = new Label(msg.get("exercise.title", exercises.size()), icon("fth-target"));
        title.getStyleClass().add("quiz-title");
        getChildren().add(title);
        for (Exercise e : exercises) {
            VBox card = new VBox(6);
            card.getStyleClass().add("quiz-item");
            card.setId("exercise-" + e.id());
            Label name = new Label(e.title());
            name.getStyleClass().add("exercise-name");
            name.setWrapText(true);
            Button start = new Button(msg.get("exercise.start"), icon("fth-play-circle"));
            start.setId("start-" + e.id());
            start.setOnAction(ev -> start(e, card));
            // a narrow lesson pane wraps the title, never the button
            start.setMinWidth(Region.USE_PREF_SIZE);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox head = new HBox(8, name, start);
            head.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(head);
            getChildren().add(card);
        }
    }

    /** Starts an exercise: its text goes into the editor, its panel opens. */
    public void start(Exercise e, VBox card) {
        if (activeBox != null) {
            activeBox.getChildren().remove(activeBox.getChildren().size() - 1);
        }
        activeBox = card;
        hintsShown = 0;
        goalMarks.clear();
        session.start(e);
        VBox panel = new VBox(6);
        panel.getStyleClass().add("exercise-panel");
        panel.getChildren().add(flow(e.prompt(), "exercise-prompt"));
        onWarningsHeld.accept(e.symptomsOnly());
        if (e.symptomsOnly()) {
            Label held = new Label(msg.get("exercise.warningsHeld"));
            held.setId("warningsHeld");
            held.getStyleClass().add("quiz-hint");
            held.setWrapText(true);
            panel.getChildren().add(held);
        }
        prediction = e.predict() == null ? null : new PredictionBox(e.predict(), msg, e.id());
        if (prediction != null) {
            panel.getChildren().add(prediction);
        }
        attempted = false;
        startRevision = -1;
        addGoals(e, panel);
        for (Exercise.Question q : e.questions()) {
            panel.getChildren().add(question(q));
        }
        feedback = new Label();
        feedback.getStyleClass().add("exercise-feedback");
        feedback.setWrapText(true);
        feedback.setId("exerciseFeedback");
        result = new Label();
        result.getStyleClass().add("quiz-verdict");
        result.setWrapText(true);
        result.setId("exerciseResult");
        hintsBox = new VBox(4);
        FlowPane buttons = buttons(e);
        Label lock = new Label(msg.get("exercise.locked"));
        lock.getStyleClass().add("quiz-hint");
        lock.setWrapText(true);
        lock.visibleProperty().bind(checkButton.disabledProperty());
        lock.managedProperty().bind(checkButton.disabledProperty());
        panel.getChildren().addAll(buttons, lock, hintsBox, feedback, result);
        card.getChildren().add(panel);
        onLoadText.accept(e.start());
        onStarted.accept(card);
    }

    /** The goals as to-do marks; those that would give the prediction away appear once it is made. */
    private void addGoals(Exercise e, VBox panel) {
        for (Exercise.Goal g : e.goals()) {
            // a to-do box, not a radio button; the goal's `code` shown as code, not as backticks
            TextFlow text = flow(g.text(), "goal-text");
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            HBox mark = new HBox(6, icon("fth-square"), text);
            mark.getStyleClass().add("goal");
            mark.setAccessibleText(g.text().replace("`", ""));
            goalMarks.add(mark);
            panel.getChildren().add(mark);
            if (g.hiddenUntilPredicted() && prediction != null) {
                // this goal would give the prediction away: it appears once the learner has committed
                mark.setVisible(false);
                mark.setManaged(false);
            }
        }
        if (prediction != null) {
            List<HBox> marks = List.copyOf(goalMarks);
            prediction.setOnPredicted(() -> marks.forEach(m -> {
                m.setVisible(true);
                m.setManaged(true);
            }));
        }
    }

    private VBox question(Exercise.Question q) {
        TextField field = new TextField();
        field.setId("question-" + q.id());
        field.setPromptText(msg.get("quiz.typeHere"));
        Label verdict = new Label();
        verdict.getStyleClass().add("quiz-hint");
        field.setOnAction(ev -> verdict.setText(attemptedThen() + msg.get(session.answer(q.id(), field.getText())
                ? "exercise.answerRight" : "exercise.answerWrong")));
        VBox box = new VBox(4, flow(q.question(), "exercise-prompt"), new HBox(6, field, verdict));
        box.getStyleClass().add("exercise-question");
        return box;
    }

    private FlowPane buttons(Exercise e) {
        hintButton = new Button(msg.get("exercise.hint", 0, e.hints().size()), icon("fth-help-circle"));
        hintButton.setId("hintButton");
        hintButton.setOnAction(ev -> nextHint(e));
        checkButton = new Button(msg.get("exercise.check"), icon("fth-check-square"));
        checkButton.setId("exerciseCheck");
        checkButton.getStyleClass().add("accent");
        checkButton.setDisable(!session.canCheck());
        checkButton.setOnAction(ev -> checkNow());
        Button reset = new Button(msg.get("exercise.reset"), icon("fth-rotate-ccw"));
        reset.setOnAction(ev -> onLoadText.accept(e.start()));
        Button resetScene = new Button(msg.get("exercise.resetScene"));
        resetScene.setDisable(scene == null);
        resetScene.setOnAction(ev -> onLoadText.accept(scene));
        solutionButton = new Button(msg.get("exercise.solution"));
        solutionButton.setId("solutionButton");
        solutionButton.setOnAction(ev -> onLoadText.accept(e.solution()));
        setSolutionHidden(solutionHidden);
        return new FlowPane(6, 6, checkButton, hintButton, reset, resetScene, solutionButton);
    }

    private void nextHint(Exercise e) {
        onWarningsHeld.accept(false); // a hint opened: the warnings may help now
        if (hintsShown >= e.hints().size()) {
            return;
        }
        TextFlow h = flow(e.hints().get(hintsShown), "exercise-hint");
        h.getStyleClass().add("exercise-hint-box");
        hintsBox.getChildren().add(h);
        hintsShown++;
        hintButton.setText(msg.get("exercise.hint", hintsShown, e.hints().size()));
        onHint.accept(e.id(), hintsShown);
        hintButton.setDisable(hintsShown == e.hints().size());
    }

    /** The learner sent requests: the check button may now be pressed (they have looked at behaviour). */
    public void trafficSent() {
        if (prediction != null && session.active() != null) {
            String id = session.active().id();
            prediction.reveal((right, choice) -> onPredicted.accept(id, right));
        }
        session.trafficSent();
        attempted();
        if (checkButton != null) {
            checkButton.setDisable(!session.canCheck());
        }
    }

    private void showGoals(ExerciseSession.Goals g) {
        lastGoals = g;
        if (startRevision < 0) {
            startRevision = g.revision();
        } else if (g.revision() != startRevision) {
            attempted = true; // the learner edited the YAML
        }
        for (int i = 0; i < g.met().size() && i < goalMarks.size(); i++) {
            HBox mark = goalMarks.get(i);
            boolean met = g.met().get(i);
            mark.getChildren().set(0, icon(met ? "fth-check-square" : "fth-square"));
            mark.getStyleClass().removeAll("met");
            if (met) {
                mark.getStyleClass().add("met");
            }
        }
        boolean show = attempted && g.feedback() != null;
        feedback.setText(show ? g.feedback() : "");
        feedback.setVisible(show);
        feedback.setManaged(show);
    }

    /** Marks an attempt inside an expression (an answer typed); adds nothing to the text. */
    private String attemptedThen() {
        attempted();
        return "";
    }

    /** The learner tried something: from now on the goals' feedback is shown. */
    private void attempted() {
        if (!attempted) {
            attempted = true;
            if (lastGoals != null && feedback != null) {
                showGoals(lastGoals);
            }
        }
    }

    /** The open exercise's card, or null. */
    public Node activeCard() {
        return activeBox;
    }

    /** Whether goal i shows as met. */
    public boolean goalMet(int i) {
        return i < goalMarks.size() && goalMarks.get(i).getStyleClass().contains("met");
    }

    private void checkNow() {
        attempted();
        if (!session.canCheck()) {
            return;
        }
        boolean all = true;
        for (int i = 0; i < goalMarks.size(); i++) {
            all &= goalMet(i);
        }
        result.getStyleClass().removeAll("right", "wrong");
        result.getStyleClass().add(all ? "right" : "wrong");
        result.setGraphic(icon(all ? "fth-award" : "fth-x-circle"));
        result.setText(msg.get(all ? "exercise.done" : "exercise.notYet"));
        if (all) {
            onDone.accept(session.active().id());
        }
    }
}
