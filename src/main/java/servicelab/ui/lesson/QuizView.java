package servicelab.ui.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.lesson.Quiz;

/**
 * A chapter's quiz under its lesson: each item answered in place with immediate feedback and its
 * one-line explanation; wrong answers gather in the wrong-answer note at the end.
 */
public final class QuizView extends VBox {
    private final ResourceBundle bundle;
    private final VBox wrongList = new VBox(6);
    private final TitledPane wrongNote = new TitledPane();
    private final Map<String, Quiz.Item> wrong = new LinkedHashMap<>();
    /** The quiz whose cards are not built yet (below the fold), or null. */
    private Quiz waiting;
    private final Region rest = new Region();
    private boolean onDemand;
    /** Orders each item's choices for this learner; null keeps the source order. */
    private Long learnerSeed;

    public QuizView(ResourceBundle bundle) {
        this.bundle = bundle;
        getStyleClass().add("quiz");
        setId("quiz");
        setSpacing(12);
        wrongNote.setContent(wrongList);
        wrongNote.setId("wrongNote");
        wrongNote.getStyleClass().add("quiz-wrong-note");
        rest.getStyleClass().add("lesson-pending");
        rest.setMinHeight(Region.USE_PREF_SIZE);
    }

    private String t(String key, Object... args) {
        return new servicelab.text.Messages(bundle).get(key, args);
    }

    private java.util.function.BiConsumer<String, Boolean> onAnswered;

    /** Told each checked answer: the item's id and whether it was right (the learner's progress keeps it). */
    public void setOnAnswered(java.util.function.BiConsumer<String, Boolean> c) {
        onAnswered = c;
    }

    private Runnable onWall;

    /** What the put-on-the-wall button does (the quiz on the wall); set before {@link #show}. */
    public void setOnWall(Runnable r) {
        onWall = r;
    }

    /** The learner's seed: from now on each item's choices are shown in this learner's own, stable order. */
    public void setLearnerSeed(long seed) {
        learnerSeed = seed;
    }

    /** From the next {@link #show} on, the cards wait (as one region of about their height) for {@link #buildAll}. */
    public void setBuildOnDemand(boolean on) {
        onDemand = on;
    }

    public void show(Quiz quiz) {
        getChildren().clear();
        wrong.clear();
        wrongList.getChildren().clear();
        waiting = null;
        if (quiz.items().isEmpty()) {
            return;
        }
        if (onDemand) {
            waiting = quiz;
            rest.setPrefHeight(64 + 190.0 * quiz.items().size());
            getChildren().add(rest);
            return;
        }
        build(quiz);
    }

    public boolean hasPending() {
        return waiting != null;
    }

    /** The region standing for the cards while they wait. */
    public Region pendingMarker() {
        return rest;
    }

    /** Builds the waiting cards. */
    public void buildAll() {
        if (waiting != null) {
            Quiz quiz = waiting;
            waiting = null;
            getChildren().clear();
            build(quiz);
        }
    }

    private void build(Quiz quiz) {
        Label title = new Label(t("quiz.title", quiz.items().size()), icon("fth-help-circle"));
        title.getStyleClass().add("quiz-title");
        if (onWall != null) {
            // the whole class answers together: the quiz over the window, one question at a time
            Button wall = new Button(t("quiz.onWall"), icon("fth-monitor"));
            wall.setId("quizOnWall");
            wall.getStyleClass().add("flat");
            wall.setTooltip(new javafx.scene.control.Tooltip(t("quiz.onWallTip")));
            wall.setOnAction(e -> onWall.run());
            Region gap = new Region();
            HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            HBox head = new HBox(8, title, gap, wall);
            head.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(head);
        } else {
            getChildren().add(title);
        }
        int n = 1;
        for (Quiz.Item item : quiz.items()) {
            getChildren().add(card(learnerSeed == null ? item : item.shuffled(learnerSeed), n++));
        }
        updateWrongNote();
        getChildren().add(wrongNote);
    }

    public Map<String, Quiz.Item> wrongAnswers() {
        return Map.copyOf(wrong);
    }

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(16);
        return i;
    }

    /** `code` spans in the code font, as in the lesson text. */
    private static TextFlow flow(String s, String style) {
        return CodeText.flow(s, style, "quiz-code");
    }

    private Node card(Quiz.Item item, int number) {
        VBox card = new VBox(6);
        card.getStyleClass().add("quiz-item");
        card.setId("quiz-" + item.id());
        card.getChildren().add(flow(number + ". " + item.question(), "quiz-question"));
        List<javafx.scene.control.ButtonBase> boxes = new ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        TextField typed = new TextField();
        switch (item.type()) {
            case "short" -> {
                typed.setPromptText(t("quiz.typeHere"));
                typed.setId("answer-" + item.id());
                card.getChildren().add(typed);
            }
            default -> addChoices(card, item, group, boxes);
        }
        Label verdict = new Label();
        verdict.getStyleClass().add("quiz-verdict");
        verdict.setWrapText(true);
        verdict.setVisible(false);
        verdict.setManaged(false);
        TextFlow explanation = flow(item.explanation() == null ? "" : item.explanation(), "quiz-explanation");
        explanation.setVisible(false);
        explanation.setManaged(false);
        Button check = new Button(t("quiz.check"));
        check.setId("check-" + item.id());
        check.getStyleClass().add("quiz-check");
        check.setOnAction(e -> check(item, typed, boxes, verdict, explanation));
        HBox actions = new HBox(8, check);
        actions.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(actions, verdict, explanation);
        return card;
    }

    /** The choices of a single- or multi-choice item, as radio buttons or check boxes. */
    private void addChoices(VBox card, Quiz.Item item, ToggleGroup group, List<javafx.scene.control.ButtonBase> boxes) {
        for (Quiz.Choice c : item.choices()) {
            javafx.scene.control.ButtonBase b;
            if (item.type().equals("multi")) {
                b = new CheckBox(c.text().replace("`", ""));
            } else {
                RadioButton r = new RadioButton(c.text().replace("`", ""));
                r.setToggleGroup(group);
                b = r;
            }
            b.setWrapText(true);
            boxes.add(b);
            card.getChildren().add(b);
        }
        if (item.type().equals("multi")) {
            Label hint = new Label(t("quiz.multiHint"));
            hint.getStyleClass().add("quiz-hint");
            card.getChildren().add(hint);
        }
    }

    /** Checks the answer (nothing when no choice is made), shows the verdict and records it. */
    private void check(Quiz.Item item, TextField typed, List<javafx.scene.control.ButtonBase> boxes, Label verdict,
                       TextFlow explanation) {
        boolean right;
        if (item.type().equals("short")) {
            right = item.isRight(typed.getText());
        } else {
            Set<Integer> chosen = chosen(boxes);
            if (chosen.isEmpty()) {
                return;
            }
            right = item.isRight(chosen);
        }
        verdict.setText(right ? t("quiz.right") : t("quiz.wrong", rightAnswer(item)));
        verdict.getStyleClass().removeAll("right", "wrong");
        verdict.getStyleClass().add(right ? "right" : "wrong");
        verdict.setGraphic(icon(right ? "fth-check-circle" : "fth-x-circle"));
        for (Node n : List.of(verdict, explanation)) {
            n.setVisible(true);
            n.setManaged(true);
        }
        if (right) {
            wrong.remove(item.id());
        } else {
            wrong.put(item.id(), item);
        }
        updateWrongNote();
        if (onAnswered != null) {
            onAnswered.accept(item.id(), right);
        }
    }

    /** The indexes of the selected choices. */
    private static Set<Integer> chosen(List<javafx.scene.control.ButtonBase> boxes) {
        Set<Integer> chosen = new TreeSet<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i) instanceof CheckBox cb && cb.isSelected()
                    || boxes.get(i) instanceof RadioButton rb && rb.isSelected()) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private String rightAnswer(Quiz.Item item) {
        if (item.type().equals("short")) {
            return item.answers().isEmpty() ? "" : item.answers().get(0);
        }
        List<String> texts = new ArrayList<>();
        for (int i : item.correctChoices()) {
            texts.add(item.choices().get(i).text().replace("`", ""));
        }
        return String.join(", ", texts);
    }

    private void updateWrongNote() {
        wrongNote.setText(t("quiz.wrongNote", wrong.size()));
        wrongList.getChildren().clear();
        if (wrong.isEmpty()) {
            Label none = new Label(t("quiz.wrongNoteEmpty"));
            none.getStyleClass().add("quiz-hint");
            wrongList.getChildren().add(none);
        }
        for (Quiz.Item item : wrong.values()) {
            VBox v = new VBox(2, flow(item.question(), "quiz-question"),
                    flow(t("quiz.answerIs", rightAnswer(item)) + " " + (item.explanation() == null ? "" : item.explanation()),
                            "quiz-explanation"));
            v.getStyleClass().add("quiz-wrong-item");
            wrongList.getChildren().add(v);
        }
    }
}
