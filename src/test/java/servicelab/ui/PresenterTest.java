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
    private MainWindow c;
    private Screen screen;

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
        c = App.open(stage, AppOptions.of(null, 1280, 720, Locale.KOREAN));
        c.traffic().setClockRunning(false); // virtual time moves only when a test presses +10s
        stage.show();
    }

    /** The workbench test's Deployment and Service, checked and running, with the clock stopped. */
    private void loadApp(FxRobot robot) throws Exception {
        loadApp(robot, WorkbenchTest.APP);
    }

    private void loadApp(FxRobot robot, String text) throws Exception {
        screen = new Screen(robot);
        screen.awaitFirstChapter(); // the window opens on chapter 1's cluster; then the test's own text
        screen.paste(text);
        screen.awaitChecked();
        assertTrue(screen.valid(), () -> screen.errors().toString());
        // the window opened on chapter 1's cluster: its pods finish terminating, the new ones start
        screen.fastForward(4);
    }

    /** Sends n requests from the first pod to http://kubia/, as typed in the composer. */
    private void send(FxRobot robot, int n) {
        screen.fill("#trafficFrom", "pod/" + screen.pods().get(0));
        screen.fill("#trafficTarget", "http://kubia/");
        screen.fill("#trafficCount", String.valueOf(n));
        robot.clickOn("#sendButton");
    }

    private int hopSelected(FxRobot robot) {
        return robot.lookup("#hopList").queryListView().getSelectionModel().getSelectedIndex();
    }

    private void presenter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The on-screen height of the first pod's name in the diagram. */
    private static double podNameHeight(FxRobot robot) {
        javafx.scene.Node name = robot.lookup("#diagram .diagram-pod .diagram-card-title").query();
        return name.localToScene(name.getBoundsInLocal()).getHeight();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.isManaged() && n.getScene() != null).orElse(false);
    }

    /** Whether the node is on screen: laid out, and it and every parent visible. */
    private static boolean onScreen(FxRobot robot, String query) {
        return Screen.fx(() -> robot.lookup(query).tryQuery().map(n -> {
            for (Node a = n; a != null; a = a.getParent()) {
                if (!a.isVisible()) {
                    return false;
                }
            }
            return n.isManaged() && n.getScene() != null;
        }).orElse(false));
    }

    @Test
    void presenterModeEnlargesTextAndHidesAnswersAndHintsUntilRevealed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#start-ex1-1").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#start-ex1-1").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#solutionButton") && shown(robot, "#hintButton"), "a student sees hints and the solution");
        Label title = robot.lookup(".app-title").queryAs(Label.class);
        double before = title.localToScene(title.getBoundsInLocal()).getHeight();
        double podBefore = Screen.fx(() -> podNameHeight(robot));

        assertTrue(c.minLayoutWidth() <= 1280, "nothing is cut off at 1280 px: " + c.minLayoutWidth());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".root.presenter").tryQuery().isPresent());
        assertTrue(c.minLayoutWidth() <= 1280 / servicelab.ui.presenter.Presenter.PRESENTER_ZOOM,
                "zoomed, the laid-out window still fits a 1280×720 projector: " + c.minLayoutWidth());
        double after = title.localToScene(title.getBoundsInLocal()).getHeight();
        // a 1280×720 projector keeps the controls at 100 %: its height goes to the diagram, drawn larger
        assertEquals(before, after, 0.5, "the controls keep their size at 1280×720");
        WaitForAsyncUtils.waitForFxEvents();
        double podAfter = Screen.fx(() -> podNameHeight(robot));
        assertTrue(podAfter > podBefore * 1.3, "the diagram's text is drawn larger: " + podBefore + " → " + podAfter);
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

        // the teacher's own window has what the projector hides, on the teacher's screen
        robot.interact(() -> c.teacher().setScreens(() -> java.util.List.of(new javafx.geometry.Rectangle2D(0, 0, 1280, 720),
                new javafx.geometry.Rectangle2D(1280, 0, 1920, 1080))));
        robot.clickOn("#teacherButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#teacherSolution").tryQuery().isPresent()));
        servicelab.lesson.Exercise ex = servicelab.lesson.LessonChecker.exercisesOf(
                servicelab.lesson.LessonLibrary.load(java.nio.file.Path.of("lessons")).find("01-why-services").orElseThrow()).get(0);
        assertEquals(ex.solution(), robot.lookup("#teacherSolution").queryAs(javafx.scene.control.TextArea.class).getText());
        assertEquals(ex.hints().size(), robot.lookup(".teacher-hint").queryAll().size());
        robot.interact(() -> ((Stage) robot.lookup("#teacherView").query().getScene().getWindow()).close());

        // zoom presets
        robot.clickOn("#zoomButton");
        robot.clickOn("#zoom-200");
        assertEquals(before * 2, title.localToScene(title.getBoundsInLocal()).getHeight(), 0.5);
        presenter(robot);
        assertEquals(before, title.localToScene(title.getBoundsInLocal()).getHeight(), 0.5);
        assertTrue(shown(robot, "#solutionButton"));
    }

    @Test
    void clickerKeysStepTheTrafficForwardAndBack(FxRobot robot) throws Exception {
        loadApp(robot);
        robot.clickOn("#playButton"); // paused: the teacher steps the request by hand
        send(robot, 1);
        presenter(robot);
        Node diagram = robot.lookup("#diagram").query();
        robot.interact(diagram::requestFocus); // focus outside any text field, as after a click on the picture
        assertEquals(-1, hopSelected(robot), "nothing has moved yet");
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, hopSelected(robot), "two hops on: the second hop's explanation is highlighted");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, hopSelected(robot));
        robot.type(KeyCode.RIGHT);
        assertEquals(1, hopSelected(robot));
        robot.type(KeyCode.LEFT);
        assertEquals(0, hopSelected(robot));
    }

    @Test
    void theSeedIsVisibleAndSettable(FxRobot robot) throws Exception {
        loadApp(robot);
        assertEquals("42", robot.lookup("#seedField").queryTextInputControl().getText());
        // the cluster starts again from this YAML alone (the window's first scene is history)
        screen.fill("#seedField", "42");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String first = screen.pods().get(0);
        screen.fill("#seedField", "7");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(screen.pods().contains(first), "another seed, other pod names");
        screen.fill("#seedField", "42");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.pods().contains(first), "the same seed, the same pods");
    }

    @Test
    void glossaryTermsExplainThemselvesAndTheGlossaryFindsAliases(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup(".glossary-term").tryQuery().isPresent()));
        Label pod = robot.lookup(".glossary-term").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().equals("파드")).findFirst().orElseThrow();
        assertTrue(pod.getTooltip().getText().startsWith("파드 (Pod)\n"), pod.getTooltip().getText());
        assertEquals(1, robot.lookup(".glossary-term").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().equals("파드")).count(), "a term is marked where it is first met");
        robot.clickOn("#glossaryButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#glossarySearch").tryQuery().isPresent()));
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
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(4));
        send(robot, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#diagramPrompt").tryQuery().filter(Screen::shown).isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        // the path would give the answer away: it waits for the reveal
        assertTrue(screen.hops().isEmpty(), screen.hops()::toString);
        assertEquals(0, screen.hits(), "nobody has arrived yet");
        assertTrue(robot.lookup("#diagramPrompt").queryAs(Label.class).getText().contains("어느 파드"));
        presenter(robot);
        robot.interact(() -> robot.lookup("#diagram").query().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        int hops = screen.hops().size();
        assertTrue(hops >= 3, screen.hops()::toString);
        assertEquals(hops - 1, hopSelected(robot), "the reveal: the path, at its last hop");
        assertEquals(1, screen.hits());
        assertTrue(robot.lookup("#diagramPrompt").tryQuery().filter(Screen::shown).isEmpty());
    }

    @Test
    void oneRequestAtATimePausesAsEachArrives(FxRobot robot) throws Exception {
        loadApp(robot);
        robot.clickOn("#oneAtATime");
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(4));
        send(robot, 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.hits() == 1);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // paused: nothing more arrives
        assertEquals(1, screen.hits(), "paused as the first request arrived");
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.hits() == 2);
    }

    @Test
    void packetsThatArrivedWaitBesideThePodsNamesNotOnThem(FxRobot robot) throws Exception {
        loadApp(robot);
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(4));
        send(robot, 12);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.hits() == 12);
        assertNoPacketOnAName(robot, "at the desk");
        // on the stage a badge drops its state icon, so the name starts at its edge, where packets arrive
        presenter(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertNoPacketOnAName(robot, "on the stage");
    }

    private static void assertNoPacketOnAName(FxRobot robot, String where) throws Exception {
        String covered = Screen.fx(() -> {
            java.util.List<javafx.geometry.Bounds> dots = robot.lookup(".packet").queryAll().stream().filter(Screen::shown)
                    .map(d -> d.localToScene(d.getBoundsInLocal())).toList();
            if (dots.isEmpty()) {
                return "no packet is shown";
            }
            for (Node name : robot.lookup(".diagram-pod .diagram-card-title").queryAll()) {
                if (!Screen.shown(name)) {
                    continue;
                }
                Node text = name.lookup(".text"); // the name's letters (at the desk its icon may be under a packet)
                javafx.geometry.Bounds b = text.localToScene(text.getBoundsInLocal());
                for (javafx.geometry.Bounds d : dots) {
                    if (d.intersects(b)) {
                        return ((Label) name).getText() + " under a packet at " + d;
                    }
                }
            }
            return null;
        });
        assertEquals(null, covered, where);
    }

    @Test
    void selectingAServiceInPresenterModeSpotlightsItsPods(FxRobot robot) throws Exception {
        loadApp(robot, WorkbenchTest.APP + """
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
        presenter(robot);
        robot.clickOn("#svc-kubia");
        Node other = robot.lookup("#svc-other").query();
        Node stray = screen.pod("stray");
        Node kubia = robot.lookup("#svc-kubia").query();
        Node endpoint = screen.pod(screen.pods().stream().filter(p -> p.startsWith("kubia-")).findFirst().orElseThrow());
        assertTrue(other.getStyleClass().contains("dimmed"));
        // they step back by their ground, not by fading: their text keeps its contrast for the back row
        java.util.function.Function<Node, Object> ground = n -> Screen.fx(() -> ((javafx.scene.layout.Region) n).getBackground().getFills().get(0).getFill());
        assertTrue(!ground.apply(other).equals(ground.apply(kubia)), "the other Service steps back");
        assertTrue(stray.getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("unselected")));
        assertTrue(!ground.apply(stray).equals(ground.apply(endpoint)), "so does a pod the selected Service does not select");
        for (Node n : java.util.List.of(other, stray, kubia, endpoint)) {
            assertEquals(1.0, n.getOpacity(), 0.01, "nothing is faded");
        }
    }

    @Test
    void stageOnlyGivesTheToolbarsAndComposersHeightToTheDiagram(FxRobot robot) throws Exception {
        loadApp(robot);
        robot.type(KeyCode.F11);
        assertTrue(onScreen(robot, "#toolbar"), "outside presenter mode F11 changes nothing");
        presenter(robot);
        Node host = robot.lookup("#diagram").query();
        double before = Screen.fx(() -> host.getBoundsInLocal().getHeight());
        assertTrue(onScreen(robot, "#stageOnly") && onScreen(robot, "#sendButton"));
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onScreen(robot, "#toolbar"), "the toolbar steps aside");
        assertFalse(onScreen(robot, "#sendButton"), "and so does the composer");
        Label answers = robot.lookup("#answersState").queryAs(Label.class);
        javafx.scene.control.ToolBar bar = robot.lookup("#toolbar").queryAs(javafx.scene.control.ToolBar.class);
        assertTrue(onScreen(robot, "#answersState") && !Screen.fx(() -> bar.getItems().contains(answers)),
                "whether answers are hidden stays in sight, in the class's row");
        assertEquals("정답 숨김", answers.getText());
        double after = Screen.fx(() -> host.getBoundsInLocal().getHeight());
        assertTrue(after > before + 60, "the diagram takes their height: " + before + " → " + after);
        robot.interact(host::requestFocus);
        robot.type(KeyCode.F11); // F11 again brings it all back
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onScreen(robot, "#toolbar") && onScreen(robot, "#sendButton"));
        assertTrue(Screen.fx(() -> bar.getItems().contains(answers)), "the pill is back in the toolbar");
        assertEquals(before, Screen.fx(() -> host.getBoundsInLocal().getHeight()), 1.0);
        // leaving presenter mode in the stage-only view puts the desk back too
        robot.type(KeyCode.F11);
        presenter(robot);
        assertTrue(onScreen(robot, "#toolbar") && onScreen(robot, "#sendButton"));
        assertFalse(onScreen(robot, "#stageOnly"), "the button belongs to presenter mode");
    }
}
