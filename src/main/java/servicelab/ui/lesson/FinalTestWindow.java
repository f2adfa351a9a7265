package servicelab.ui.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import servicelab.lesson.FinalTest;
import servicelab.lesson.Lesson;
import servicelab.lesson.LessonLibrary;
import servicelab.lesson.Quiz;
import servicelab.text.Messages;

/**
 * The final test in its own window: twenty items across the course in the learner's own choice
 * order, a running score, and the chapters to read again (those of the items answered wrong),
 * each a button that opens the chapter in the main window.
 */
public final class FinalTestWindow {
    private final Stage owner;
    private final ResourceBundle bundle;
    private final Messages msg;
    private final LessonLibrary library;
    private final List<String> stylesheets;
    private final Consumer<String> openChapter;
    private final BiConsumer<String, Boolean> record;
    private final long learnerSeed;
    private final Map<String, Boolean> answers = new LinkedHashMap<>();
    private Stage stage;
    private FinalTest test;
    private Label score;
    private FlowPane review;

    public FinalTestWindow(Stage owner, ResourceBundle bundle, LessonLibrary library, List<String> stylesheets, long learnerSeed,
                           Consumer<String> openChapter, BiConsumer<String, Boolean> record) {
        this.owner = owner;
        this.bundle = bundle;
        this.msg = new Messages(bundle);
        this.library = library;
        this.stylesheets = stylesheets;
        this.learnerSeed = learnerSeed;
        this.openChapter = openChapter;
        this.record = record;
    }

    public void show() {
        if (stage == null) {
            test = FinalTest.load(library.dir());
            stage = new Stage();
            servicelab.ui.AppIcon.apply(stage);
            stage.initOwner(owner);
            stage.setTitle(msg.get("final.title"));
            QuizView quiz = new QuizView(bundle);
            quiz.setLearnerSeed(learnerSeed);
            quiz.setOnAnswered((id, right) -> {
                answers.put(id, right);
                record.accept(id, right);
                update();
            });
            quiz.show(new Quiz(test.items()));
            score = new Label();
            score.setId("finalScore");
            score.getStyleClass().add("quiz-title");
            score.setWrapText(true);
            review = new FlowPane(6, 6);
            review.setId("finalReview");
            Label intro = new Label(msg.get("final.intro", test.items().size()));
            intro.setWrapText(true);
            VBox top = new VBox(8, intro, score, review);
            top.getStyleClass().add("exercise-panel");
            VBox body = new VBox(12, top, quiz);
            body.getStyleClass().addAll("lesson-body", "final-test-body");
            ScrollPane scroll = new ScrollPane(body);
            scroll.setFitToWidth(true);
            scroll.setId("finalScroll");
            Scene scene = new Scene(scroll, 640, 720);
            scene.getStylesheets().addAll(stylesheets);
            scroll.getStyleClass().add("root");
            servicelab.ui.Theme.follow(owner, scroll);
            stage.setScene(scene);
            update();
        }
        stage.show();
        stage.toFront();
    }

    /** The running score and the chapters to review. */
    private void update() {
        FinalTest.Score s = test.score(answers);
        score.setText(msg.get("final.score", s.right(), s.answered(), s.total()));
        review.getChildren().clear();
        if (s.review().isEmpty()) {
            Label none = new Label(msg.get(s.answered() == 0 ? "final.reviewStart" : "final.reviewNone"));
            none.getStyleClass().add("quiz-hint");
            review.getChildren().add(none);
            return;
        }
        Label head = new Label(msg.get("final.review"));
        review.getChildren().add(head);
        for (String id : s.review()) {
            Lesson l = library.find(id).orElse(null);
            Button b = new Button(l == null ? id : l.title());
            b.setId("review-" + id);
            b.setOnAction(e -> openChapter.accept(id));
            review.getChildren().add(b);
        }
    }

    /** The window, for tests and the layout report; null until shown. */
    public Stage stage() {
        return stage;
    }
}
