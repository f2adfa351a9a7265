package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A class in front of a wall: honest predict-first, answers kept off the projector, the exercise on the wall, dark projectors. */
@ExtendWith({RealLessons.class, ApplicationExtension.class})
class ClassroomTest {
    private static final String NO_ENDPOINTS = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              selector:
                app: nobody
              ports:
              - port: 80
                targetPort: 8080
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: tester
            spec:
              containers:
              - name: web
                image: luksa/kubia
            """;
    private MainWindow window;
    private Stage stage;
    private Screen screen;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        window = App.open(stage, AppOptions.of(null, 1280, 720, Locale.KOREAN));
        window.traffic().setClockRunning(false);
        stage.show();
    }

    private void load(FxRobot robot, String text) throws Exception {
        screen = new Screen(robot);
        screen.awaitFirstChapter(); // the window opens on chapter 1's cluster; then the test's own text
        screen.paste(text);
        screen.awaitChecked();
        screen.fastForward(4); // chapter 1's pods finish terminating, these start
    }

    private String prompt(FxRobot robot) {
        return Screen.fx(() -> robot.lookup("#diagramPrompt").tryQuery().filter(Screen::shown)
                .map(n -> ((Label) n).getText()).orElse(null));
    }

    @Test
    void predictFirstHidesTheOutcomeAndAsksTheQuestionThatFits(FxRobot robot) throws Exception {
        load(robot, WorkbenchTest.APP);
        robot.clickOn("#predictFirst");
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(4));
        String from = "pod/" + screen.pods().stream().filter(p -> p.startsWith("kubia-")).findFirst().orElseThrow();
        robot.interact(() -> window.traffic().compose(from, "http://kubia/", 1));
        robot.interact(() -> window.traffic().send());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prompt(robot) != null);
        assertTrue(prompt(robot).contains("어느 파드"), prompt(robot));
        assertTrue(screen.hops().isEmpty(), "the path would tell: " + screen.hops());
        assertFalse(screen.summary().contains("전달됨"), screen.summary());
        assertTrue(Screen.fx(() -> robot.lookup("#eventsConcealed").query().isVisible()));
        assertEquals(0, screen.hits());
        // the teacher clicks what the room chose; the reveal says whether it was right
        robot.clickOn("#predict-choice-0");
        robot.interact(() -> window.traffic().stepForward());
        WaitForAsyncUtils.waitForFxEvents();
        String verdict = prompt(robot);
        assertNotNull(verdict);
        assertTrue(verdict.startsWith("맞았어요") || verdict.startsWith("아니에요"), verdict);
        assertFalse(screen.hops().isEmpty(), "the path shows after the reveal");
        assertEquals(1, screen.hits());
        assertTrue(screen.summary().contains("전달됨"), screen.summary());
    }

    @Test
    void aRequestThatReachesNoPodAsksWhatHappens(FxRobot robot) throws Exception {
        load(robot, NO_ENDPOINTS);
        robot.clickOn("#predictFirst");
        robot.interact(() -> window.traffic().compose("pod/tester", "http://kubia/", 1));
        robot.interact(() -> window.traffic().send());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prompt(robot) != null);
        assertTrue(prompt(robot).contains("어떻게 될까요"), prompt(robot));
        List<String> choices = Screen.fx(() -> robot.lookup(".predict-choice").queryAll().stream()
                .map(n -> ((javafx.scene.control.Button) n).getText()).toList());
        assertTrue(choices.contains("연결 거부(REFUSED)") && choices.contains("전달됨"), choices::toString);
        robot.clickOn("연결 거부(REFUSED)");
        robot.interact(() -> window.traffic().stepForward());
        assertTrue(prompt(robot).startsWith("맞았어요"), prompt(robot));
        // where it stopped, the request says in words what happened, for the back row
        Label callout = robot.lookup("#trafficCallout").queryAs(Label.class);
        assertTrue(Screen.fx(callout::isVisible));
        assertTrue(Screen.fx(callout::getText).startsWith("연결 거부(REFUSED)\n"), Screen.fx(callout::getText));
    }

    @Test
    void theCalloutStaysBesideWhereTheRequestStoppedWhenTheWindowChangesSize(FxRobot robot) throws Exception {
        load(robot, NO_ENDPOINTS);
        robot.interact(() -> window.traffic().sendAndShow("pod/tester", "http://kubia/"));
        WaitForAsyncUtils.waitForFxEvents();
        Label callout = robot.lookup("#trafficCallout").queryAs(Label.class);
        assertTrue(Screen.fx(callout::isVisible));
        assertBesideItsPoint(callout);
        // a projector's 1024 x 768: the diagram is laid out again, smaller; the callout goes with it
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Screen.fx(callout::isVisible));
        assertBesideItsPoint(callout);
        // presenter mode: the diagram is drawn for the back row and the callout's text is larger
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".root.presenter").tryQuery().isPresent());
        assertBesideItsPoint(callout);
    }

    @Test
    void theCalloutLeavesThePodsNextToWhereTheRequestStoppedInSight(FxRobot robot) throws Exception {
        // chapter 7 on a projector: a request to a nodePort nothing listens on is refused at node-2, whose
        // pods sit right below; there is room above them, left of the point
        load(robot, java.nio.file.Files.readString(java.nio.file.Path.of("docs/scenes/nodeport.yaml")));
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.traffic().sendAndShow("laptop", "http://192.168.0.12:30999/"));
        WaitForAsyncUtils.waitForFxEvents();
        Label callout = robot.lookup("#trafficCallout").queryAs(Label.class);
        assertTrue(Screen.fx(callout::isVisible));
        assertBesideItsPoint(callout);
        Screen.fx(() -> {
            javafx.geometry.Bounds box = callout.localToScene(callout.getLayoutBounds());
            int pods = 0;
            for (javafx.scene.Node pod : window.diagram().lookupAll(".diagram-pod")) {
                if (!Screen.shown(pod)) {
                    continue; // a badge kept for reuse
                }
                javafx.geometry.Bounds b = pod.localToScene(pod.getBoundsInLocal());
                assertTrue(!b.intersects(box.getMinX() + 1, box.getMinY() + 1, box.getWidth() - 2, box.getHeight() - 2),
                        "covers the pod at " + b + ": " + box);
                pods++;
            }
            assertTrue(pods >= 4, "the scene's pods are drawn: " + pods);
            return null;
        });
    }

    /** Inside the diagram, its near edge a few pixels from the point its request stopped at, level with that point. */
    private void assertBesideItsPoint(Label callout) {
        Screen.fx(() -> {
            var diagram = window.diagram();
            String stop = window.traffic().player().flights().get(0).at(window.traffic().player().flights().get(0).end());
            javafx.geometry.Point2D at = diagram.packetLayer().localToScene(diagram.anchor(stop));
            javafx.geometry.Bounds box = callout.localToScene(callout.getLayoutBounds());
            javafx.geometry.Bounds room = diagram.localToScene(diagram.getLayoutBounds());
            assertTrue(room.contains(box), "inside the diagram: " + box + " in " + room);
            double gap = Math.min(Math.abs(box.getMinX() - at.getX()), Math.abs(at.getX() - box.getMaxX()));
            double scale = diagram.packetLayer().getLocalToSceneTransform().getMxx(); // the callout keeps 14 px of the picture's off
            assertTrue(gap < 16 * scale, "beside " + at + " at scale " + scale + ": " + box);
            assertTrue(at.getY() >= box.getMinY() - 4 && at.getY() <= box.getMaxY() + 4, "level with " + at + ": " + box);
            return null;
        });
    }

    @Test
    void eachPodsCounterHasABarForItsShareOfTheRequests(FxRobot robot) throws Exception {
        load(robot, WorkbenchTest.APP);
        String from = "pod/" + screen.pods().stream().filter(p -> p.startsWith("kubia-")).findFirst().orElseThrow();
        robot.interact(() -> window.traffic().sendAndShow(from, "http://kubia/"));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, Integer> hits = Screen.fx(() -> window.diagram().hits());
        int total = hits.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(30, total);
        for (String pod : screen.pods()) {
            Integer n = hits.entrySet().stream().filter(e -> e.getKey().endsWith("/" + pod)).map(java.util.Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (n == null) {
                continue;
            }
            double w = Screen.fx(() -> ((javafx.scene.layout.Region) robot.lookup("#hitbar-" + pod).query()).getWidth());
            assertEquals(Math.max(4, 64.0 * n / total), w, 1.0, pod + " got " + n + " of " + total);
        }
    }

    @Test
    void theTeacherWindowNeverOpensOnTheOnlyScreen(FxRobot robot) throws Exception {
        load(robot, WorkbenchTest.APP);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Screen.fx(() -> window.teacher().isShowing()), "one screen: it would be on the wall");
        assertTrue(Screen.fx(() -> ((Label) stage.getScene().lookup("#statusMessage")).getText()).contains("화면이 하나뿐"));
        // a second screen (extended, not mirrored): it opens there, and Esc puts it away
        robot.interact(() -> window.teacher().setScreens(() -> List.of(new Rectangle2D(0, 0, 1280, 720),
                new Rectangle2D(1280, 0, 1920, 1080))));
        robot.interact(() -> window.onTeacherWindow());
        assertTrue(Screen.fx(() -> window.teacher().isShowing()));
        robot.interact(() -> robot.lookup("#teacherView").query().getScene().getWindow().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Screen.fx(() -> window.teacher().isShowing()));
    }

    @Test
    void presenterModeKeepsTheExerciseOnTheWallAndSaysWhetherAnswersShow(FxRobot robot) throws Exception {
        screen = new Screen(robot);
        screen.awaitChecked();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#start-ex1-1").tryQuery().isPresent()));
        javafx.application.Platform.runLater(() -> robot.lookup("#start-ex1-1").queryButton().fire());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        screen.discardIfAsked();
        screen.awaitChecked();
        // the learner had scrolled back to the chapter's top
        robot.interact(() -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#lessonScroll")).setVvalue(0));
        robot.interact(() -> window.presenter().setPresenter(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Screen.fx(() -> robot.lookup("#presenterExercise").query().isVisible()), "the exercise stays on the wall");
        assertFalse(Screen.fx(() -> robot.lookup("#presenterExercise .goal").queryAll().isEmpty()));
        Label answers = robot.lookup("#answersState").queryAs(Label.class);
        assertTrue(Screen.fx(answers::isVisible));
        assertEquals("정답 숨김", Screen.fx(answers::getText));
        robot.interact(() -> window.presenter().toggleAnswers());
        assertEquals("정답 보임", Screen.fx(answers::getText));
        // the lesson pane the answers bring back opens at the exercise, not at the chapter's top
        WaitForAsyncUtils.waitForFxEvents();
        double v = Screen.fx(() -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#lessonScroll")).getVvalue());
        assertTrue(v > 0.05, "scrolled to the exercise: " + v);
        // a dark room: the dark projector palette, presenter mode stays on
        robot.interact(() -> window.theme().setDark(true));
        assertTrue(Screen.fx(() -> window.presenter().isPresenter()));
        assertNotNull(stage.getScene().lookup(".root.presenter.dark"));
    }

    @Test
    void thePenDrawsOverTheDiagramAndOneKeyWipesIt(FxRobot robot) throws Exception {
        load(robot, WorkbenchTest.APP);
        String yaml = screen.yaml();
        robot.type(KeyCode.F8);
        javafx.geometry.Bounds b = Screen.fx(() -> {
            javafx.scene.Node d = robot.lookup("#annotations").query();
            return d.localToScreen(d.getBoundsInLocal());
        });
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 200, b.getMinY() + 120)).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(b.getMinX() + 320, b.getMinY() + 180)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, Screen.fx(() -> window.annotations().strokes()));
        assertEquals(yaml, screen.yaml(), "chalk is not part of the scene");
        robot.type(KeyCode.F9);
        assertEquals(0, Screen.fx(() -> window.annotations().strokes()));
        robot.type(KeyCode.ESCAPE);
        assertEquals(servicelab.ui.presenter.Annotations.Mode.OFF, Screen.fx(() -> window.annotations().mode()));
    }
}
