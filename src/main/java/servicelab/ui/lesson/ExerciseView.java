package servicelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.lesson.Exercise;
import servicelab.lesson.GoalEvaluator;

/**
 * A chapter's guided exercises. Starting one loads its text into the editor; its goals then show
 * live check marks as the learner edits (checked off the UI thread), hints open one at a time,
 * the check button unlocks once the learner has sent traffic, and feedback names a common wrong state.
 */
public final class ExerciseView extends VBox {
    private final ResourceBundle bundle;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "exercise-check");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong version = new AtomicLong();
    private Consumer<String> onLoadText = t -> { };
    private String scene;
    private Exercise active;
    private VBox activeBox;
    private final List<Label> goalMarks = new ArrayList<>();
    private Label feedback;
    private Label result;
    private Button checkButton;
    private int hintsShown;
    private boolean trafficSent;
    private boolean solutionHidden;
    private String lastText = "";
    /** The learner's answers to the active exercise's questions: id → right. */
    private final java.util.Map<String, Boolean> answered = new java.util.concurrent.ConcurrentHashMap<>();

    public ExerciseView(ResourceBundle bundle) {
        this.bundle = bundle;
        getStyleClass().add("exercises");
        setId("exercises");
        setSpacing(10);
    }

    private String t(String key, Object... args) {
        return new servicelab.text.Messages(bundle).get(key, args);
    }

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(15);
        return i;
    }

    private static TextFlow flow(String s, String style) {
        TextFlow f = new TextFlow();
        boolean code = false;
        for (String part : (s == null ? "" : s).split("`", -1)) {
            if (!part.isEmpty()) {
                Text tx = new Text(part);
                tx.getStyleClass().add(code ? "quiz-code" : style);
                f.getChildren().add(tx);
            }
            code = !code;
        }
        return f;
    }

    /** Called with the exercise's start, its solution, or the scene: the owner puts it in the editor. */
    public void setOnLoadText(Consumer<String> c) {
        onLoadText = c;
    }

    private Consumer<javafx.scene.Node> onStarted = n -> { };

    /** Told with the exercise's card when one starts, so the owner can bring it into view. */
    public void setOnStarted(Consumer<javafx.scene.Node> c) {
        onStarted = c;
    }

    private Button solutionButton;
    private Button hintButton;
    private VBox hintsBox;

    /**
     * Presenter mode hides the answers (the solution button) and the hints, also of an exercise
     * already open; the checker's marks stay, so the class still sees what passes.
     */
    public void setSolutionHidden(boolean hidden) {
        solutionHidden = hidden;
        for (javafx.scene.Node n : new javafx.scene.Node[] {solutionButton, hintButton, hintsBox}) {
            if (n != null) {
                n.setVisible(!hidden);
                n.setManaged(!hidden);
            }
        }
    }

    public boolean solutionHidden() {
        return solutionHidden;
    }

    public void show(List<Exercise> exercises, String sceneText) {
        getChildren().clear();
        active = null;
        scene = sceneText;
        if (exercises.isEmpty()) {
            return;
        }
        Label title = new Label(t("exercise.title", exercises.size()), icon("fth-target"));
        title.getStyleClass().add("quiz-title");
        getChildren().add(title);
        for (Exercise e : exercises) {
            VBox card = new VBox(6);
            card.getStyleClass().add("quiz-item");
            card.setId("exercise-" + e.id());
            Label name = new Label(e.title());
            name.getStyleClass().add("exercise-name");
            name.setWrapText(true);
            Button start = new Button(t("exercise.start"), icon("fth-play-circle"));
            start.setId("start-" + e.id());
            start.setOnAction(ev -> start(e, card));
            // a narrow lesson pane wraps the title, never the button
            start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
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
        active = e;
        activeBox = card;
        hintsShown = 0;
        trafficSent = false;
        goalMarks.clear();
        VBox panel = new VBox(6);
        panel.getStyleClass().add("exercise-panel");
        panel.getChildren().add(flow(e.prompt(), "exercise-prompt"));
        for (Exercise.Goal g : e.goals()) {
            Label mark = new Label(g.text(), icon("fth-circle"));
            mark.getStyleClass().add("goal");
            mark.setWrapText(true);
            goalMarks.add(mark);
            panel.getChildren().add(mark);
        }
        answered.clear();
        for (Exercise.Question q : e.questions()) {
            TextField field = new TextField();
            field.setId("question-" + q.id());
            field.setPromptText(t("quiz.typeHere"));
            Label verdict = new Label();
            verdict.getStyleClass().add("quiz-hint");
            field.setOnAction(ev -> {
                boolean ok = q.accepts(field.getText());
                answered.put(q.id(), ok);
                verdict.setText(t(ok ? "exercise.answerRight" : "exercise.answerWrong"));
                textChanged(lastText);
            });
            VBox box = new VBox(4, flow(q.question(), "exercise-prompt"), new HBox(6, field, verdict));
            box.getStyleClass().add("exercise-question");
            panel.getChildren().add(box);
        }
        feedback = new Label();
        feedback.getStyleClass().add("exercise-feedback");
        feedback.setWrapText(true);
        feedback.setId("exerciseFeedback");
        result = new Label();
        result.getStyleClass().add("quiz-verdict");
        result.setWrapText(true);
        result.setId("exerciseResult");
        VBox hints = new VBox(4);
        hintsBox = hints;
        Button hint = new Button(t("exercise.hint", 0, e.hints().size()), icon("fth-help-circle"));
        hintButton = hint;
        hint.setId("hintButton");
        hint.setOnAction(ev -> {
            if (hintsShown < e.hints().size()) {
                TextFlow h = flow(e.hints().get(hintsShown), "exercise-hint");
                h.getStyleClass().add("exercise-hint-box");
                hints.getChildren().add(h);
                hintsShown++;
                hint.setText(t("exercise.hint", hintsShown, e.hints().size()));
                if (onHint != null) {
                    onHint.accept(e.id(), hintsShown);
                }
                hint.setDisable(hintsShown == e.hints().size());
            }
        });
        checkButton = new Button(t("exercise.check"), icon("fth-check-square"));
        checkButton.setId("exerciseCheck");
        checkButton.getStyleClass().add("accent");
        checkButton.setDisable(true);
        checkButton.setOnAction(ev -> checkNow());
        Button reset = new Button(t("exercise.reset"), icon("fth-rotate-ccw"));
        reset.setOnAction(ev -> onLoadText.accept(e.start()));
        Button resetScene = new Button(t("exercise.resetScene"));
        resetScene.setDisable(scene == null);
        resetScene.setOnAction(ev -> onLoadText.accept(scene));
        Button solution = new Button(t("exercise.solution"));
        solution.setId("solutionButton");
        solutionButton = solution;
        setSolutionHidden(solutionHidden);
        solution.setOnAction(ev -> onLoadText.accept(e.solution()));
        FlowPane buttons = new FlowPane(6, 6, checkButton, hint, reset, resetScene, solution);
        Label lock = new Label(t("exercise.locked"));
        lock.getStyleClass().add("quiz-hint");
        lock.setWrapText(true);
        lock.visibleProperty().bind(checkButton.disabledProperty());
        lock.managedProperty().bind(checkButton.disabledProperty());
        panel.getChildren().addAll(buttons, lock, hints, feedback, result);
        card.getChildren().add(panel);
        onLoadText.accept(e.start());
        onStarted.accept(card);
    }

    public Exercise active() {
        return active;
    }

    /** The learner sent requests: the check button may now be pressed (they have looked at behaviour). */
    public void trafficSent() {
        trafficSent = true;
        if (checkButton != null) {
            checkButton.setDisable(false);
        }
    }

    /** The editor's text changed (and was checked): re-evaluate the goals in the background. */
    public void textChanged(String text) {
        lastText = text;
        if (active == null) {
            return;
        }
        Exercise e = active;
        long v = version.incrementAndGet();
        checker.submit(() -> {
            GoalEvaluator eval = new GoalEvaluator(text, answered);
            List<Boolean> met = new ArrayList<>();
            for (Exercise.Goal g : e.goals()) {
                met.add(eval.holds(g.check()));
            }
            String say = null;
            for (Exercise.Feedback f : e.feedback()) {
                if (eval.holds(f.when())) {
                    say = f.say();
                    break;
                }
            }
            String finalSay = say;
            Platform.runLater(() -> {
                if (v != version.get() || e != active) {
                    return;
                }
                for (int i = 0; i < met.size() && i < goalMarks.size(); i++) {
                    Label mark = goalMarks.get(i);
                    mark.setGraphic(icon(met.get(i) ? "fth-check-circle" : "fth-circle"));
                    mark.getStyleClass().removeAll("met");
                    if (met.get(i)) {
                        mark.getStyleClass().add("met");
                    }
                }
                feedback.setText(finalSay == null ? "" : finalSay);
                feedback.setVisible(finalSay != null);
                feedback.setManaged(finalSay != null);
            });
        });
    }

    /** Whether goal i shows as met. */
    public boolean goalMet(int i) {
        return i < goalMarks.size() && goalMarks.get(i).getStyleClass().contains("met");
    }

    private void checkNow() {
        if (active == null || !trafficSent) {
            return;
        }
        boolean all = true;
        for (int i = 0; i < goalMarks.size(); i++) {
            all &= goalMet(i);
        }
        result.getStyleClass().removeAll("right", "wrong");
        result.getStyleClass().add(all ? "right" : "wrong");
        result.setGraphic(icon(all ? "fth-award" : "fth-x-circle"));
        result.setText(all ? t("exercise.done") : t("exercise.notYet"));
        if (all && onDone != null) {
            onDone.accept(active.id());
        }
    }

    private java.util.function.Consumer<String> onDone;
    private java.util.function.BiConsumer<String, Integer> onHint;

    /** Told the exercise's id when its check passes (the learner's progress records it). */
    public void setOnDone(java.util.function.Consumer<String> c) {
        onDone = c;
    }

    /** Told the exercise's id and how many hints are open after each hint (progress records hint use). */
    public void setOnHint(java.util.function.BiConsumer<String, Integer> c) {
        onHint = c;
    }

    public void shutdown() {
        checker.shutdownNow();
    }
}
