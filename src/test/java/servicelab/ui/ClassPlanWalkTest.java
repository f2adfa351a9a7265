package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.lesson.ClassPlan;
import servicelab.sim.Endpoint;

/** A teacher walks chapter 12's class plan with the clicker, and puts a quiz on the wall. */
@ExtendWith({RealLessons.class, ApplicationExtension.class})
class ClassPlanWalkTest {
    private MainWindow window;
    private Screen screen;

    @Start
    void start(Stage s) throws Exception {
        window = App.open(s, AppOptions.of(null, 1280, 720, Locale.KOREAN));
        window.traffic().setClockRunning(false);
        s.show();
    }

    private void open(FxRobot robot, String chapter) throws Exception {
        screen = new Screen(robot);
        screen.awaitFirstChapter();
        robot.interact(() -> window.lessons().open(chapter));
        screen.discardIfAsked();
        screen.awaitChecked();
        robot.interact(() -> window.presenter().setPresenter(true));
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(4));
    }

    private void pageDown(FxRobot robot) throws Exception {
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        screen.discardIfAsked();
    }

    private String strip(FxRobot robot) {
        return Screen.fx(() -> robot.lookup("#planStrip .plan-caption").queryAs(Label.class).getText());
    }

    private long readyEndpoints() {
        return Screen.fx(() -> {
            var eps = window.workbench().cluster().simulation().endpoints("default", "kubia");
            return eps == null ? 0 : eps.stream().filter(Endpoint::ready).count();
        });
    }

    @Test
    void pageDownWalksChapter12sPlanThroughTheRealProbeDelay(FxRobot robot) throws Exception {
        open(robot, "13-readiness-probes");
        assertTrue(Screen.fx(() -> robot.lookup("#planStrip").query().isVisible()), "the plan's strip over the diagram");
        ClassPlan plan = Screen.fx(() -> window.classroom().walker().plan());
        assertEquals(ClassPlan.Kind.EXPLAIN, plan.steps().get(0).kind());
        pageDown(robot);
        assertEquals(plan.steps().get(0).title(), strip(robot));
        // the teacher's window has the step's notes and the whole period, with the class's place in it
        String notes = Screen.fx(() -> window.teacher().planNote());
        assertTrue(notes.startsWith("수업 1/" + plan.steps().size()) && notes.contains(plan.steps().get(0).say()), notes);
        assertTrue(notes.contains("수업 계획 (50분)") && notes.contains("▶  1. [ 0′]"), notes);
        // the scene, with the plan's seed
        robot.interact(() -> window.workbench().cluster().reset(7)); // a seed the plan must put back
        pageDown(robot);
        screen.awaitChecked();
        // the stage view keeps the YAML behind Ctrl+Shift+Y: read the document itself
        assertTrue(Screen.fx(() -> window.workbench().document().text()).contains("readinessProbe"), "chapter 12's scene");
        assertEquals(42, Screen.fx(() -> window.workbench().cluster().seed()));
        screen.fastForward(2);
        assertEquals(0, readyEndpoints());
        // predict: the question waits for the room, the next PageDown reveals
        pageDown(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> window.traffic().asking()));
        assertTrue(screen.hops().isEmpty(), "the outcome is held back");
        pageDown(robot);
        assertFalse(Screen.fx(() -> window.traffic().asking()));
        // the file that makes the probe pass: not ready at once…
        pageDown(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> window.console().transcript().getText().contains("touch /var/ready")));
        assertEquals(0, readyEndpoints(), "the probe has not run again yet");
        long before = Screen.fx(() -> window.workbench().cluster().now());
        // …the wait lets the clock run; PageDown skips to its end, which is after the next probe
        pageDown(robot);
        assertTrue(strip(robot).contains("기다리기") || strip(robot).contains("periodSeconds"), strip(robot));
        pageDown(robot);
        assertTrue(Screen.fx(() -> window.workbench().cluster().now()) - before >= 10_000);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> readyEndpoints() == 1);
        // on to the quiz: every predict is revealed on the way
        int guard = 0;
        while (Screen.fx(() -> window.classroom().walker().nextStep()) < plan.steps().size() && guard++ < 40) {
            if (Screen.fx(() -> window.classroom().wall().showing())) {
                break;
            }
            pageDown(robot);
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> window.classroom().wall().showing()));
        assertEquals(ClassPlan.Kind.QUIZ, plan.steps().get(Screen.fx(() -> window.classroom().walker().nextStep()) - 1).kind());
    }

    @Test
    void theLessonsQuizGoesOnTheWallFromItsOwnButton(FxRobot robot) throws Exception {
        screen = new Screen(robot);
        screen.awaitFirstChapter();
        robot.interact(() -> window.lessons().open("07-nodeport"));
        screen.discardIfAsked();
        // the quiz is at the chapter's end, built when the reader scrolls there
        assertFalse(Screen.fx(() -> robot.lookup("#quizOnWall").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#lessonScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#quizOnWall").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#quizOnWall").queryButton().fire());
        assertTrue(Screen.fx(() -> window.classroom().wall().showing()));
        assertEquals("퀴즈 1/6", Screen.fx(() -> robot.lookup(".wall-progress").queryAs(Label.class).getText()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(Screen.fx(() -> window.classroom().wall().showing()));
    }

    @Test
    void theQuizOnTheWallCountsHandsRevealsAndSumsUp(FxRobot robot) throws Exception {
        open(robot, "13-readiness-probes");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Screen.fx(() -> window.classroom().wall().showing()));
        assertEquals("퀴즈 1/8", Screen.fx(() -> robot.lookup(".wall-progress").queryAs(Label.class).getText()));
        // hands: 9 for A (the right one), 3 for C; the room's answer is A
        robot.clickOn("#wallCountHands");
        robot.clickOn("#wallHands-0").write("9");
        robot.clickOn("#wallHands-2").write("3");
        robot.clickOn("#wallChoice-0");
        String verdict = Screen.fx(() -> robot.lookup("#wallVerdict").queryAs(Label.class).getText());
        assertTrue(verdict.startsWith("맞았어요") && verdict.contains("75%"), verdict);
        assertTrue(Screen.fx(() -> robot.lookup("#wallExplanation").query().isVisible()), "the explanation comes with the reveal");
        // next question; the room picks a wrong one by number key
        pageDown(robot);
        assertEquals("퀴즈 2/8", Screen.fx(() -> robot.lookup(".wall-progress").queryAs(Label.class).getText()));
        robot.clickOn("#wallQuestion"); // the room answers by key: focus away from the hands field
        robot.type(KeyCode.DIGIT2);
        assertTrue(Screen.fx(() -> robot.lookup("#wallVerdict").queryAs(Label.class).getText()).startsWith("아니에요"));
        // the rest only shown
        for (int i = 0; i < 13; i++) {
            pageDown(robot);
        }
        String summary = Screen.fx(() -> robot.lookup("#wallSummary").queryAs(Label.class).getText());
        assertEquals("2문제 중 1문제를 교실이 맞혔어요.", summary);
        assertEquals(8, Screen.fx(() -> window.classroom().wall().answers().size()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(Screen.fx(() -> window.classroom().wall().showing()));
    }
}
