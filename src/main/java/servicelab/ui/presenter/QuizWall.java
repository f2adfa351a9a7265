package servicelab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import servicelab.lesson.Quiz;
import servicelab.text.Messages;
import servicelab.ui.lesson.CodeText;

/**
 * The quiz on the wall: one question over the whole window, its choices large. The class answers
 * by show of hands; the teacher may type the count of hands per choice, then clicks the room's
 * choice (or the show-answer button), and the reveal marks the right answer, the room's, the hands for each and
 * the explanation. After the last question the session's results are shown. Esc closes it.
 */
public final class QuizWall extends VBox {
    /** One question as the room answered it: the choice it picked (-1: none) and the hands per choice. */
    public record Answer(Quiz.Item item, int picked, int[] hands, boolean revealed) {
        /** Right, wrong, or null when the room picked nothing (the answer was only shown). */
        public Boolean right() {
            return picked < 0 ? null : item.isRight(Set.of(picked));
        }

        /** Hands raised for a right choice, of all hands; -1 when none were counted. */
        public int rightPercent() {
            int all = 0;
            int right = 0;
            for (int i = 0; i < hands.length; i++) {
                all += hands[i];
                if (item.correctChoices().contains(i)) {
                    right += hands[i];
                }
            }
            return all == 0 ? -1 : Math.round(right * 100f / all);
        }
    }

    private static final String LETTERS = "ABCDEFGH";
    private final Messages msg;
    private final Label progress = new Label();
    private final VBox body = new VBox(14);
    private final ToggleButton countHands = new ToggleButton();
    private final Button showAnswer = new Button();
    private final Button nextButton = new Button();
    private final List<Answer> answers = new ArrayList<>();
    private List<Quiz.Item> items = List.of();
    private int index;
    private int picked = -1;
    private boolean revealed;
    private final List<TextField> handFields = new ArrayList<>();
    private final List<HBox> choiceButtons = new ArrayList<>();
    private final List<Label> handLabels = new ArrayList<>();
    private TextFlow explanation;
    private Label verdict;
    private Runnable onClose = () -> { };

    public QuizWall(Messages msg) {
        this.msg = msg;
        setId("quizWall");
        getStyleClass().add("quiz-wall");
        setSpacing(18);
        Button close = new Button(msg.get("wall.close"));
        close.setId("wallClose");
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        progress.getStyleClass().add("wall-progress");
        HBox top = new HBox(12, progress, gap, close);
        top.setAlignment(Pos.CENTER_LEFT);
        countHands.setText(msg.get("wall.countHands"));
        countHands.setId("wallCountHands");
        countHands.setOnAction(e -> handFields.forEach(f -> {
            f.setVisible(countHands.isSelected());
            f.setManaged(countHands.isSelected());
        }));
        showAnswer.setText(msg.get("wall.showAnswer"));
        showAnswer.setId("wallShowAnswer");
        showAnswer.setOnAction(e -> reveal());
        nextButton.setId("wallNext");
        nextButton.setDefaultButton(true);
        nextButton.setOnAction(e -> next());
        HBox bottom = new HBox(12, countHands, showAnswer, nextButton);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("wall-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll, bottom);
        setVisible(false);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        // text at 1/40 of the wall's height (the back row's rule of thumb); the CSS sizes are in em
        heightProperty().addListener((o, a, b) -> setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                Math.max(12, b.doubleValue() / 40))));
    }

    /** Takes the window's stylesheets and palette (the wall lies beside the window's root, not in it). */
    public void followStyle(javafx.scene.Parent root) {
        getStylesheets().setAll(root.getStylesheets());
        Runnable copy = () -> {
            getStyleClass().setAll("quiz-wall");
            root.getStyleClass().stream().filter(c -> List.of("root", "presenter", "dark", "larger-text").contains(c))
                    .forEach(getStyleClass()::add);
        };
        copy.run();
        root.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> copy.run());
    }

    /** Puts these items on the wall, from the first. */
    public void show(List<Quiz.Item> quizItems) {
        items = List.copyOf(quizItems);
        answers.clear();
        index = 0;
        setVisible(true);
        showItem();
        requestFocus();
    }

    public boolean showing() {
        return isVisible();
    }

    public void setOnClose(Runnable r) {
        onClose = r;
    }

    public void close() {
        setVisible(false);
        onClose.run();
    }

    /** The session so far (the results screen reads it; tests too). */
    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** PageDown, Enter or the next button: the reveal first, then the next question, then the results, then away. */
    public void next() {
        if (index < items.size() && !revealed) {
            reveal();
        } else if (index < items.size()) {
            index++;
            if (index < items.size()) {
                showItem();
            } else {
                showResults();
            }
        } else {
            close();
        }
    }

    /** The room's answer: the choice the class chose (the reveal follows). */
    public void pick(int choice) {
        if (revealed || index >= items.size()) {
            return;
        }
        picked = choice;
        reveal();
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextField) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
            next();
            e.consume();
        } else if (e.getCode().isDigitKey() && index < items.size()) {
            int n = e.getText().isEmpty() ? -1 : Character.digit(e.getText().charAt(0), 10) - 1;
            if (n >= 0 && n < items.get(index).choices().size() && !"short".equals(items.get(index).type())) {
                pick(n);
                e.consume();
            }
        }
    }

    private void showItem() {
        Quiz.Item item = items.get(index);
        picked = -1;
        revealed = false;
        handFields.clear();
        choiceButtons.clear();
        handLabels.clear();
        body.getChildren().clear();
        progress.setText(msg.get("wall.progress", index + 1, items.size()));
        TextFlow q = CodeText.flow(item.question(), "wall-question", "wall-code");
        q.setId("wallQuestion");
        body.getChildren().add(q);
        if ("multi".equals(item.type())) {
            Label hint = new Label(msg.get("quiz.multiHint"));
            hint.getStyleClass().add("wall-hint");
            body.getChildren().add(hint);
        }
        for (int i = 0; i < item.choices().size() && !"short".equals(item.type()); i++) {
            body.getChildren().add(choiceRow(item, i));
        }
        verdict = new Label();
        verdict.setId("wallVerdict");
        verdict.getStyleClass().add("wall-verdict");
        verdict.setWrapText(true);
        explanation = CodeText.flow(item.explanation() == null ? "" : item.explanation(), "wall-explanation", "wall-code");
        explanation.setId("wallExplanation");
        for (Node n : new Node[] {verdict, explanation}) {
            n.setVisible(false);
            n.setManaged(false);
        }
        body.getChildren().addAll(verdict, explanation);
        showAnswer.setDisable(false);
        nextButton.setText(msg.get("wall.reveal"));
        countHands.setVisible(!"short".equals(item.type()));
    }

    private Node choiceRow(Quiz.Item item, int i) {
        // a box, not a Button: a button lays a wrapping text flow out one word per line
        Label letter = new Label(LETTERS.charAt(i) + ".");
        letter.getStyleClass().add("wall-letter");
        letter.setMinWidth(Region.USE_PREF_SIZE);
        TextFlow text = CodeText.flow(item.choices().get(i).text(), "wall-choice-text", "wall-code");
        HBox b = new HBox(12, letter, text);
        HBox.setHgrow(text, Priority.ALWAYS);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setId("wallChoice-" + i);
        b.getStyleClass().add("wall-choice");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(true);
        b.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        b.setAccessibleText(LETTERS.charAt(i) + ". " + item.choices().get(i).text());
        b.setOnMouseClicked(e -> pick(i));
        b.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                pick(i);
                e.consume();
            }
        });
        HBox.setHgrow(b, Priority.ALWAYS);
        TextField hands = new TextField();
        hands.setId("wallHands-" + i);
        hands.setPromptText(msg.get("wall.hands"));
        hands.setPrefColumnCount(3);
        hands.getStyleClass().add("wall-hands");
        hands.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        hands.setVisible(countHands.isSelected());
        hands.setManaged(countHands.isSelected());
        Label count = new Label();
        count.getStyleClass().add("wall-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setVisible(false);
        count.setManaged(false);
        handFields.add(hands);
        choiceButtons.add(b);
        handLabels.add(count);
        HBox row = new HBox(10, b, hands, count);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void reveal() {
        if (revealed || index >= items.size()) {
            return;
        }
        revealed = true;
        Quiz.Item item = items.get(index);
        int[] hands = new int[item.choices().size()];
        for (int i = 0; i < handFields.size(); i++) {
            String t = handFields.get(i).getText();
            hands[i] = t == null || t.isEmpty() ? 0 : Integer.parseInt(t);
        }
        Answer a = new Answer(item, picked, hands, true);
        answers.add(a);
        Set<Integer> right = item.correctChoices();
        markChoices(right, hands);
        String said;
        if ("short".equals(item.type())) {
            said = msg.get("wall.answers", String.join(" / ", item.answers()).replace("`", ""));
        } else if (picked < 0) {
            said = msg.get("wall.answerIs", letters(right));
        } else {
            said = msg.get(a.right() ? "wall.roomRight" : "wall.roomWrong", letters(right), LETTERS.charAt(picked));
        }
        if (a.rightPercent() >= 0) {
            said += " " + msg.get("wall.handsRight", a.rightPercent());
        }
        verdict.setText(said);
        verdict.getStyleClass().removeAll("right", "wrong");
        if (a.right() != null) {
            verdict.getStyleClass().add(a.right() ? "right" : "wrong");
        }
        for (Node n : new Node[] {verdict, explanation}) {
            n.setVisible(true);
            n.setManaged(true);
        }
        showAnswer.setDisable(true);
        nextButton.setText(msg.get(index + 1 < items.size() ? "wall.next" : "wall.results"));
    }

    /** The right choices ticked, the room's wrong one crossed (marks, not colour alone), the hands per choice. */
    private void markChoices(Set<Integer> right, int[] hands) {
        int all = java.util.Arrays.stream(hands).sum();
        for (int i = 0; i < choiceButtons.size(); i++) {
            HBox b = choiceButtons.get(i);
            Label letter = (Label) b.getChildren().get(0);
            b.getStyleClass().removeAll("right", "wrong", "picked");
            // marks in words and shapes, not colour alone
            if (right.contains(i)) {
                b.getStyleClass().add("right");
                letter.setText("✓ " + LETTERS.charAt(i) + ".");
            } else if (i == picked) {
                b.getStyleClass().add("wrong");
                letter.setText("✕ " + LETTERS.charAt(i) + ".");
            }
            if (i == picked) {
                b.getStyleClass().add("picked");
            }
            if (all > 0) {
                Label c = handLabels.get(i);
                c.setText(msg.get("wall.handsCount", hands[i], Math.round(hands[i] * 100f / all)));
                c.setVisible(true);
                c.setManaged(true);
                handFields.get(i).setVisible(false);
                handFields.get(i).setManaged(false);
            }
        }
    }

    private static String letters(Set<Integer> set) {
        StringBuilder sb = new StringBuilder();
        set.stream().sorted().forEach(i -> sb.append(sb.length() == 0 ? "" : ", ").append(LETTERS.charAt(i)));
        return sb.toString();
    }

    private void showResults() {
        body.getChildren().clear();
        progress.setText(msg.get("wall.resultsTitle"));
        long asked = answers.stream().filter(a -> a.right() != null).count();
        long right = answers.stream().filter(a -> Boolean.TRUE.equals(a.right())).count();
        Label head = new Label(asked == 0 ? msg.get("wall.summaryShown", answers.size()) : msg.get("wall.summary", asked, right));
        head.setId("wallSummary");
        head.getStyleClass().add("wall-question");
        head.setWrapText(true);
        body.getChildren().add(head);
        int n = 1;
        for (Answer a : answers) {
            String room = a.right() == null ? msg.get("wall.rowShown")
                    : msg.get(a.right() ? "wall.rowRight" : "wall.rowWrong", LETTERS.charAt(a.picked()));
            String hands = a.rightPercent() >= 0 ? " · " + msg.get("wall.handsRight", a.rightPercent()) : "";
            Label row = new Label(n++ + ". " + a.item().question().replace("`", "") + " — " + room + hands);
            row.getStyleClass().add("wall-result");
            row.getStyleClass().add(a.right() == null ? "shown" : a.right() ? "right" : "wrong");
            row.setWrapText(true);
            body.getChildren().add(row);
        }
        showAnswer.setDisable(true);
        countHands.setVisible(false);
        nextButton.setText(msg.get("wall.close"));
    }
}
