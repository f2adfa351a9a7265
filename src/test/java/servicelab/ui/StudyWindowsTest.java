package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.lesson.FinalTest;
import servicelab.lesson.Quiz;

/**
 * The help menu's study windows on the real library: the final test scores as the learner answers
 * and sends them back to the chapters of the wrong answers; the seed note marks what the course
 * corrects and opens the chapter that does.
 */
@ExtendWith(ApplicationExtension.class)
class StudyWindowsTest {
    private static final String BEFORE = System.getProperty("servicelab.lessons");
    private MainWindow c;
    private Stage stage;

    @BeforeAll
    static void realLessons() {
        System.setProperty("servicelab.lessons", "lessons");
    }

    @AfterAll
    static void restore() {
        if (BEFORE == null) {
            System.clearProperty("servicelab.lessons");
        } else {
            System.setProperty("servicelab.lessons", BEFORE);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        c = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN));
        stage.show();
    }

    private static Parent windowWith(FxRobot robot, String id) {
        return (Parent) robot.listTargetWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(id) != null)
                .findFirst().orElseThrow().getScene().getRoot();
    }

    @Test
    void theFinalTestScoresAndSendsBackToTheChapter(FxRobot robot) throws Exception {
        new Screen(robot).awaitFirstChapter();
        robot.interact(() -> c.lessons().openFinalTest());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup("#finalScore") != null)));
        Parent root = windowWith(robot, "#finalScore");
        FinalTest test = FinalTest.load(java.nio.file.Path.of("lessons"));
        assertEquals(20, test.items().size());
        // answer the first choice item wrongly
        Quiz.Item item = test.items().stream().filter(i -> "choice".equals(i.type())).findFirst().orElseThrow();
        robot.interact(() -> {
            Parent card = (Parent) root.lookup("#quiz-" + item.id());
            String wrongText = item.choices().stream().filter(ch -> !ch.correct()).findFirst().orElseThrow().text().replace("`", "");
            card.lookupAll(".radio-button").stream().map(RadioButton.class::cast).filter(r -> r.getText().equals(wrongText))
                    .findFirst().orElseThrow().setSelected(true);
            ((Button) card.lookup("#check-" + item.id())).fire();
        });
        assertEquals("점수: 답한 1문항 중 0문항 정답 (전체 20문항)", Screen.fx(() -> ((Label) root.lookup("#finalScore")).getText()));
        String chapter = test.chapterOf().get(item.id());
        Node review = Screen.fx(() -> root.lookup("#review-" + chapter));
        assertTrue(review != null, "the chapter of the wrong answer is offered for review");
        robot.interact(() -> ((Button) review).fire());
        assertEquals(chapter, Screen.fx(() -> c.lessons().current().id()));
    }

    @Test
    void theStudyWindowsAndTheHelpFollowTheTheme(FxRobot robot) throws Exception {
        new Screen(robot).awaitFirstChapter();
        robot.interact(() -> {
            c.theme().setDark(true);
            c.lessons().openSeedNote();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup("#seedLines") != null)));
        Parent note = windowWith(robot, "#seedLines");
        // the app's dark page colour (-sl-bg), not the light one under dark controls
        assertEquals(javafx.scene.paint.Color.web("#0d1117"), Screen.fx(() -> background(note)), "the seed note opened in the dark theme");
        robot.interact(() -> c.theme().setDark(false));
        assertEquals(javafx.scene.paint.Color.web("#f6f8fa"), Screen.fx(() -> background(note)), "and follows the switch back");
        robot.interact(() -> c.theme().setDark(true));
        assertEquals(javafx.scene.paint.Color.web("#0d1117"), Screen.fx(() -> background(note)));
        robot.interact(() -> note.getScene().getWindow().hide());
        // a help dialog (F1) too
        robot.interact(stage::requestFocus);
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup("#shortcutsDialog") != null)));
        Parent help = (Parent) Screen.fx(() -> windowWith(robot, "#shortcutsDialog").lookup("#shortcutsDialog"));
        assertEquals(javafx.scene.paint.Color.web("#161b22"), Screen.fx(() -> background(help)), "the shortcuts dialog in the dark theme (its surface colour)");
        robot.interact(() -> {
            help.getScene().getWindow().hide();
            c.theme().setDark(false);
        });
    }

    private static javafx.scene.paint.Paint background(Parent p) {
        p.applyCss();
        return ((javafx.scene.layout.Region) p).getBackground().getFills().get(0).getFill();
    }

    @Test
    void theSeedNoteMarksWhatTheCourseCorrects(FxRobot robot) throws Exception {
        new Screen(robot).awaitFirstChapter();
        robot.interact(() -> c.lessons().openSeedNote());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.listTargetWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup("#seedLines") != null)));
        Parent root = windowWith(robot, "#seedLines");
        int lines = Screen.fx(() -> ((Parent) root.lookup("#seedLines")).getChildrenUnmodifiable().size());
        assertEquals(java.nio.file.Files.readString(java.nio.file.Path.of("lessons/seed-note/kubernetes-service-notes.ko.md")).split("\n", -1).length,
                lines, "the note is shown whole");
        long marked = Screen.fx(() -> root.lookupAll(".seed-corrected").size());
        assertTrue(marked >= 30, marked + " corrected lines marked");
        // line 26 is the seed's broken Service YAML: choosing it says so and opens chapter 3
        Node line = Screen.fx(() -> root.lookup("#seed-line-26"));
        assertTrue(line.getStyleClass().contains("seed-corrected"));
        robot.interact(() -> line.getOnMouseClicked().handle(null));
        String detail = Screen.fx(() -> ((Label) root.lookup("#seedDetail")).getText());
        assertTrue(detail.startsWith("26~26번째 줄: "), detail);
        robot.interact(() -> ((Button) root.lookup("#seedChapter")).fire());
        assertTrue(Screen.fx(() -> c.lessons().current().id()).startsWith("03-"), "the chapter that corrects it opens");
    }

    /** Chapter 14's cases are diagnosed from symptoms: the editor's warnings (which would name the fault) wait for the first hint. */
    @Test
    void aSymptomsOnlyCaseHoldsTheWarningsBackUntilAHint(FxRobot robot) throws Exception {
        Screen screen = new Screen(robot);
        screen.awaitFirstChapter();
        robot.interact(() -> c.lessons().open("14-troubleshooting"));
        screen.discardIfAsked();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#start-ex14-1").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#start-ex14-1").queryButton().fire());
        screen.discardIfAsked();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#warningsHeld").tryQuery().isPresent()
                && robot.lookup("#problemSummary").queryAs(Label.class).getText().equals("오류 0개 · 경고 0개")));
        // the planted fault (a selector no pod matches) is only a warning: the first hint lets it show
        robot.interact(() -> robot.lookup("#hintButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> !robot.lookup("#problemSummary").queryAs(Label.class).getText()
                .endsWith("경고 0개")));
    }
}
