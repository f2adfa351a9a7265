package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode as a teacher uses it in front of a class (curriculum C1–C8). */
@ExtendWith(ApplicationExtension.class)
class PresenterTest {
    private static final String BEFORE = System.getProperty("servicelab.lessons");
    private MainController c;

    @org.junit.jupiter.api.BeforeAll
    static void realLessons() {
        System.setProperty("servicelab.lessons", "lessons");
    }

    @org.junit.jupiter.api.AfterAll
    static void restore() {
        if (BEFORE == null) {
            System.clearProperty("servicelab.lessons");
        } else {
            System.setProperty("servicelab.lessons", BEFORE);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        c = App.open(stage, new App.Options(null, null, 1280, 720, Locale.KOREAN));
        stage.show();
    }

    /** The workbench test's Deployment and Service, checked and running, with the clock stopped. */
    private void loadApp(FxRobot robot) throws Exception {
        robot.interact(() -> {
            c.traffic().setClockRunning(false);
            c.editor().replaceText(WorkbenchTest.APP);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.isChecking() && c.report() != null && c.report().valid());
        WaitForAsyncUtils.waitForFxEvents(); // the check's result reaches the cluster on the FX thread
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.workspace().simulation().userPods().isEmpty());
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.isManaged() && n.getScene() != null).orElse(false);
    }

    @Test
    void presenterModeEnlargesTextAndHidesAnswersAndHintsUntilRevealed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#start-ex1-1").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#start-ex1-1").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#solutionButton") && shown(robot, "#hintButton"), "a student sees hints and the solution");
        Label title = robot.lookup(".app-title").queryAs(Label.class);
        double before = title.localToScene(title.getBoundsInLocal()).getHeight();

        assertTrue(c.minLayoutWidth() <= 1280, "nothing is cut off at 1280 px: " + c.minLayoutWidth());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(c.isPresenter());
        assertTrue(c.minLayoutWidth() <= 1280 / MainController.PRESENTER_ZOOM,
                "zoomed, the laid-out window still fits a 1280×720 projector: " + c.minLayoutWidth());
        double after = title.localToScene(title.getBoundsInLocal()).getHeight();
        assertEquals(before * MainController.PRESENTER_ZOOM, after, 0.5, "text is drawn larger");
        assertFalse(shown(robot, "#solutionButton"), "no solution on the projector");
        assertFalse(shown(robot, "#hintButton"), "no hints on the projector");
        assertTrue(robot.lookup(".root.presenter").tryQuery().isPresent(), "the high-contrast palette is on");

        // the teacher reveals deliberately, and hides again
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#solutionButton"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#solutionButton"));

        // the teacher's own window has what the projector hides
        robot.interact(c::showTeacherWindow);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#teacherSolution").tryQuery().isPresent());
        servicelab.lesson.Exercise ex = c.exerciseView().active();
        assertEquals(ex.solution(), robot.lookup("#teacherSolution").queryAs(javafx.scene.control.TextArea.class).getText());
        assertEquals(ex.hints().size(), robot.lookup(".teacher-hint").queryAll().size());
        robot.interact(() -> ((Stage) robot.lookup("#teacherView").query().getScene().getWindow()).close());

        // zoom presets
        robot.interact(() -> c.setZoom(2.0));
        assertEquals(before * 2, title.localToScene(title.getBoundsInLocal()).getHeight(), 0.5);
        robot.interact(() -> c.setPresenter(false));
        assertEquals(before, title.localToScene(title.getBoundsInLocal()).getHeight(), 0.5);
        assertTrue(shown(robot, "#solutionButton"));
    }

    @Test
    void clickerKeysStepTheTrafficForwardAndBack(FxRobot robot) throws Exception {
        loadApp(robot);
        robot.interact(() -> {
            c.setPresenter(true);
            c.traffic().compose("pod/" + c.workspace().simulation().userPods().get(0).name(), "http://kubia/", 1);
            c.traffic().send();
            c.traffic().player().pause();
            while (c.traffic().player().step() > 0) {
                c.traffic().stepBack(); // back to the start of the recorded trace
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node diagram = robot.lookup("#diagram").query();
        robot.interact(diagram::requestFocus); // focus outside any text field, as after a click on the picture
        assertEquals(0, c.traffic().player().step());
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(2, c.traffic().player().step());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(1, c.traffic().player().step());
        robot.type(KeyCode.RIGHT);
        assertEquals(2, c.traffic().player().step());
        robot.type(KeyCode.LEFT);
        assertEquals(1, c.traffic().player().step());
    }

    @Test
    void theSeedIsVisibleAndSettable(FxRobot robot) throws Exception {
        loadApp(robot);
        assertEquals("42", robot.lookup("#seedField").queryTextInputControl().getText());
        String first = c.workspace().simulation().userPods().get(0).name();
        robot.doubleClickOn("#seedField").eraseText(2).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, c.workspace().seed());
        String other = c.workspace().simulation().userPods().get(0).name();
        assertFalse(first.equals(other), "another seed, other pod names");
        robot.interact(() -> c.setSeed(42));
        assertEquals(first, c.workspace().simulation().userPods().get(0).name(), "the same seed, the same pods");
    }

    @Test
    void glossaryTermsExplainThemselvesAndTheGlossaryFindsAliases(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".glossary-term").tryQuery().isPresent());
        Label pod = robot.lookup(".glossary-term").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().equals("파드")).findFirst().orElseThrow();
        assertTrue(pod.getTooltip().getText().startsWith("파드 (Pod)\n"), pod.getTooltip().getText());
        assertEquals(1, robot.lookup(".glossary-term").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().equals("파드")).count(), "a term is marked where it is first met");
        robot.clickOn("#glossaryButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#glossarySearch").tryQuery().isPresent());
        robot.clickOn("#glossarySearch").write("라벨");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<servicelab.lesson.Glossary.Term> list = robot.lookup("#glossaryList").queryAs(javafx.scene.control.ListView.class);
        assertEquals("레이블", list.getItems().get(0).term());
        // the kubernetes.io page opens only when asked
        java.util.List<String> opened = new java.util.ArrayList<>();
        App.browser = opened::add;
        robot.lookup(".hyperlink").queryAll().stream().filter(n -> n.getScene() == list.getScene()).findFirst()
                .ifPresent(n -> robot.interact(((javafx.scene.control.Hyperlink) n)::fire));
        assertEquals(java.util.List.of("https://kubernetes.io/ko/docs/concepts/overview/working-with-objects/labels/"), opened);
        robot.interact(() -> ((Stage) list.getScene().getWindow()).close());
        // 영문 용어 함께 보기: every 파드 in the text is followed by (Pod)
        java.util.function.Supplier<Long> withEnglish = () -> robot.lookup(".glossary-en").queryAll().stream()
                .filter(n -> ((javafx.scene.text.Text) n).getText().equals("(Pod)")).count();
        assertEquals(0L, withEnglish.get());
        robot.clickOn("#showEnglish");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(withEnglish.get() >= 3, "(Pod) after every 파드 the text does not already explain: " + withEnglish.get());
        robot.clickOn("#showEnglish");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0L, withEnglish.get());
    }

    @Test
    void predictFirstStopsBeforeThePodAndTheNextStepReveals(FxRobot robot) throws Exception {
        loadApp(robot);
        robot.clickOn("#predictFirst");
        robot.interact(() -> {
            c.traffic().player().setSpeed(4);
            c.traffic().compose("pod/" + c.workspace().simulation().userPods().get(0).name(), "http://kubia/", 1);
            c.traffic().send();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> c.diagram().prompt() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int steps = c.traffic().player().steps();
        assertEquals(steps - 1, c.traffic().player().step(), "stopped one hop before the pod");
        assertFalse(c.traffic().player().playing());
        assertTrue(robot.lookup("#diagramPrompt").queryAs(Label.class).getText().contains("어느 파드"));
        robot.interact(() -> robot.lookup("#diagram").query().requestFocus());
        robot.interact(() -> c.setPresenter(true));
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(steps, c.traffic().player().step(), "the reveal");
        assertEquals(null, c.diagram().prompt());
    }

    @Test
    void oneRequestAtATimePausesAsEachArrives(FxRobot robot) throws Exception {
        loadApp(robot);
        robot.clickOn("#oneAtATime");
        robot.interact(() -> {
            c.traffic().player().setSpeed(4);
            c.traffic().compose("pod/" + c.workspace().simulation().userPods().get(0).name(), "http://kubia/", 2);
            c.traffic().send();
        });
        int first = c.traffic().player().flights().get(0).end();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !c.traffic().player().playing());
        WaitForAsyncUtils.waitForFxEvents(); // the frame that paused also counts the arrival
        assertEquals(first, c.traffic().player().step(), "paused as the first request arrived");
        assertEquals(1, c.diagram().hits().values().stream().mapToInt(Integer::intValue).sum());
        robot.interact(() -> c.traffic().togglePlay());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> c.traffic().player().finished());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, c.diagram().hits().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void selectingAServiceInPresenterModeSpotlightsItsPods(FxRobot robot) throws Exception {
        robot.interact(() -> {
            c.traffic().setClockRunning(false);
            c.editor().replaceText(WorkbenchTest.APP + """
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: other
                    spec:
                      selector:
                        app: other
                      ports:
                      - port: 80
                    ---
                    apiVersion: v1
                    kind: Pod
                    metadata:
                      name: stray
                      labels:
                        app: other
                    spec:
                      containers:
                      - name: web
                        image: luksa/kubia
                    """);
            c.setPresenter(true);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.isChecking() && c.report() != null && c.report().valid());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#svc-kubia").tryQuery().isPresent());
        robot.interact(() -> c.diagram().select("default/kubia"));
        Node other = robot.lookup("#svc-other").query();
        Node stray = robot.lookup("#pod-stray").query();
        Node kubia = robot.lookup("#svc-kubia").query();
        Node endpoint = robot.lookup(".diagram-pod").queryAll().stream().filter(n -> n.getId().startsWith("pod-kubia-"))
                .findFirst().orElseThrow();
        assertTrue(other.getStyleClass().contains("dimmed"));
        assertTrue(other.getOpacity() < kubia.getOpacity(), "the other Service steps back");
        assertTrue(stray.getOpacity() < endpoint.getOpacity(), "so does a pod the selected Service does not select");
        assertEquals(1.0, kubia.getOpacity(), 0.01, "the selected Service stays as it is");
        assertEquals(1.0, endpoint.getOpacity(), 0.01, "and so do its pods");
    }
}
