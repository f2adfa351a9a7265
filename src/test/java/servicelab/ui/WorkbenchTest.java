package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.sim.SimPod;

/** The workbench as a learner uses it: YAML and diagram in sync, requests travelling hop by hop. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {
    static final String APP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - name: http
                      containerPort: 8080
                    readinessProbe:
                      httpGet:
                        path: /
                        port: http
            ---
            # the Service students expose
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              ports:
              - port: 80
                targetPort: http
              selector:
                app: kubia
            """;

    private MainController c;

    @Start
    void start(Stage stage) throws Exception {
        c = App.open(stage, new App.Options(null, null, 1280, 800, Locale.KOREAN));
        stage.show();
    }

    private void load(FxRobot robot, String text) throws Exception {
        robot.interact(() -> {
            c.traffic().setClockRunning(false);
            c.editor().replaceText(text);
        });
        settle();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.isChecking() && c.report() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Menus of earlier tests may linger hidden: click the one that is showing. */
    private static void clickVisible(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(text).queryAll().stream().anyMatch(WorkbenchTest::showing));
        robot.clickOn(robot.lookup(text).queryAll().stream().filter(WorkbenchTest::showing).findFirst().orElseThrow());
    }

    private static boolean showing(Node n) {
        return n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventTexts(FxRobot robot) {
        return List.copyOf(((javafx.scene.control.ListView<String>) robot.lookup("#eventList").query()).getItems());
    }

    private List<SimPod> pods() {
        return c.workspace().simulation().userPods();
    }

    @Test
    void typingYamlRedrawsTheDiagram(FxRobot robot) throws Exception {
        load(robot, APP);
        assertEquals(3, pods().size());
        assertTrue(robot.lookup("#svc-kubia").tryQuery().isPresent());
        assertEquals("ClusterIP", robot.lookup("#svc-kubia .type-badge").queryAs(Label.class).getText());
        robot.interact(() -> c.editor().replaceText(c.editor().getText().replace("  ports:\n  - port: 80",
                "  type: NodePort\n  ports:\n  - port: 80")));
        settle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "NodePort".equals(robot.lookup("#svc-kubia .type-badge").queryAs(Label.class).getText()));
        assertEquals(3, pods().size(), "pods survive a Service edit");
    }

    @Test
    void switchingTypeInTheDiagramChangesOnlyTheIntendedYamlLines(FxRobot robot) throws Exception {
        load(robot, APP);
        String before = c.editor().getText();
        robot.clickOn("#svc-kubia", MouseButton.SECONDARY);
        clickVisible(robot, "서비스 타입 바꾸기 (type)");
        clickVisible(robot, "NodePort");
        settle();
        String after = c.editor().getText();
        assertEquals(before.replace("spec:\n  ports:\n  - port: 80", "spec:\n  ports:\n  - port: 80").replace(
                "  selector:\n    app: kubia\n", "  selector:\n    app: kubia\n  type: NodePort\n"), after);
        assertTrue(after.contains("# the Service students expose"), "comments stay");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> c.workspace().simulation().service("default", "kubia").type().equals("NodePort"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "NodePort".equals(robot.lookup("#svc-kubia .type-badge").queryAs(Label.class).getText()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        robot.clickOn("#svc-kubia", MouseButton.SECONDARY);
        clickVisible(robot, "서비스 타입 바꾸기 (type)");
        clickVisible(robot, "Headless");
        settle();
        assertTrue(c.report().valid(), () -> c.report().errors().toString());
        assertTrue(c.editor().getText().contains("  type: ClusterIP\n  clusterIP: None\n"), c.editor().getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> c.workspace().simulation().service("default", "kubia").headless());
    }

    @Test
    void invalidYamlKeepsTheLastClusterMarkedStale(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.interact(() -> c.editor().replaceText(c.editor().getText().replace("    targetPort: http", "        targetPort: http")));
        settle();
        assertFalse(c.report().valid());
        assertTrue(c.workspace().stale());
        assertEquals(3, pods().size());
        assertTrue(robot.lookup(".diagram-stale").tryQuery().isPresent());
    }

    @Test
    void aFileOpenedBrokenShowsItsValidDocumentsNotThePreviousCluster(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        load(robot, APP);
        assertEquals(3, pods().size());
        // one valid bare pod, then a Service whose targetPort is indented too deep
        java.nio.file.Path f = dir.resolve("broken.yaml");
        java.nio.file.Files.writeString(f, """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: lone
                  labels:
                    app: lone
                spec:
                  containers:
                  - name: web
                    image: nginx
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: lone
                spec:
                  selector:
                    app: lone
                  ports:
                  - port: 80
                      targetPort: 8080
                """);
        robot.interact(() -> c.openFile(f));
        settle();
        assertFalse(c.report().valid());
        assertTrue(c.workspace().stale());
        assertTrue(c.workspace().partial());
        assertEquals(List.of("lone"), pods().stream().map(SimPod::name).toList());
        assertTrue(c.workspace().simulation().service("default", "kubia") == null, "the previous file's Service is gone");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".diagram-stale").tryQuery().isPresent());
        assertEquals("YAML에 오류가 있어 오류 없는 문서만 클러스터에 보여 줍니다",
                ((javafx.scene.control.Label) robot.lookup(".diagram-stale").query()).getText());

        // the event list follows the new cluster: its pod starts, none of the previous file's
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> eventTexts(robot).stream().anyMatch(e -> e.contains("lone")));
        assertTrue(eventTexts(robot).stream().noneMatch(e -> e.contains("kubia")), () -> eventTexts(robot).toString());

        // fixed: a valid cluster, no banner
        robot.interact(() -> c.editor().replaceText(c.editor().getText().replace("      targetPort: 8080", "    targetPort: 8080")));
        settle();
        assertTrue(c.report().valid(), () -> c.report().errors().toString());
        assertFalse(c.workspace().stale());
        assertTrue(c.workspace().simulation().service("default", "lone") != null);
    }

    @Test
    void aFileWithNoValidDocumentNeverClaimsALastValidCluster(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        load(robot, APP);
        java.nio.file.Path f = dir.resolve("seed.yaml");
        java.nio.file.Files.writeString(f, "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n      targetPort: 8080\n");
        robot.interact(() -> c.openFile(f));
        settle();
        assertTrue(c.workspace().partial());
        assertTrue(pods().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".diagram-stale").tryQuery().isPresent());
        assertEquals("YAML에 오류가 있어 오류 없는 문서만 클러스터에 보여 줍니다",
                ((Label) robot.lookup(".diagram-stale").query()).getText());
    }

    @Test
    void sentRequestsTravelHopByHopAndCountPerPod(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.interact(() -> c.workspace().advance(30_000));
        robot.interact(() -> c.traffic().player().pause());
        robot.interact(() -> c.traffic().compose("pod/" + pods().get(0).name(), "", 30));
        robot.clickOn("#trafficTarget").write("http://kubia/");
        robot.clickOn("#sendButton");
        robot.interact(() -> c.traffic().player().pause());
        int steps = c.traffic().player().steps();
        assertTrue(steps == 3 || steps == 4, "dns, kube-proxy, (another node,) pod: " + steps);
        List<String> hops = robot.lookup("#hopList").queryListView().getItems().stream().map(String::valueOf).toList();
        assertEquals(3, hops.size());
        assertTrue(hops.get(1).contains("kube-proxy가 준비된 엔드포인트 3개 중 무작위로"), hops.get(1));
        for (int i = 0; i < steps; i++) {
            robot.clickOn("#stepForward");
        }
        int total = c.diagram().hits().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(30, total);
        assertTrue(robot.lookup(".hit-counter").queryAll().size() >= 2, "spread over several pods");
        robot.clickOn("#stepBack");
        assertTrue(c.diagram().hits().values().stream().mapToInt(Integer::intValue).sum() < 30, "stepping back takes arrivals back");
        for (int i = 1; i < steps; i++) {
            robot.clickOn("#stepBack");
        }
        assertEquals(0, c.diagram().hits().values().stream().mapToInt(Integer::intValue).sum());
        robot.clickOn("#resetTraffic");
        assertTrue(c.traffic().player().flights().isEmpty());
    }

    @Test
    void aFailingReadinessProbeTakesThePodOutAfterTheProbeDelay(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.interact(() -> c.workspace().advance(30_000));
        String victim = pods().get(0).name();
        robot.rightClickOn("#pod-" + victim);
        clickVisible(robot, "준비성 검사에 실패하게 하기");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(c.workspace().simulation().findPod(victim).ready(), "nothing changes before the prober notices");
        robot.clickOn("#fastForward");
        robot.clickOn("#fastForward");
        robot.clickOn("#fastForward");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(c.workspace().simulation().findPod(victim).ready());
        Node badge = robot.lookup("#pod-" + victim).query();
        assertTrue(badge.getStyleClass().contains("not-ready"));
        assertEquals(2, c.workspace().simulation().endpoints("default", "kubia").stream().filter(e -> e.ready()).count());
    }

    @Test
    void doubleClickingANodeAddsAPodThereAsAYamlDocument(FxRobot robot) throws Exception {
        load(robot, APP);
        String before = c.editor().getText();
        robot.doubleClickOn("#node-node-3");
        settle();
        String after = c.editor().getText();
        assertTrue(after.startsWith(before), "the existing text is untouched");
        assertEquals("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-1\n  labels:\n    app: web\nspec:\n  nodeName: node-3\n"
                + "  containers:\n  - name: app\n    image: luksa/kubia\n    ports:\n    - name: http\n      containerPort: 8080\n",
                after.substring(before.length()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> c.workspace().simulation().findPod("pod-1") != null);
        assertEquals("node-3", c.workspace().simulation().findPod("pod-1").node());
        assertTrue(robot.lookup("#pod-pod-1").tryQuery().isPresent());
    }

    @Test
    void deletingAControllersPodBringsAReplacementWithANewIp(FxRobot robot) throws Exception {
        load(robot, APP);
        SimPod victim = pods().get(0);
        robot.rightClickOn("#pod-" + victim.name());
        clickVisible(robot, "파드 삭제");
        robot.interact(() -> c.workspace().advance(2_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, pods().size());
        assertTrue(pods().stream().noneMatch(p -> p.name().equals(victim.name())));
        assertTrue(pods().stream().noneMatch(p -> p.ip().equals(victim.ip())), "a new address, not the freed one");
        assertTrue(robot.lookup("#pod-" + victim.name()).tryQuery().isEmpty());
    }

    @Test
    void scalingFromThePodMenuEditsReplicas(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.rightClickOn("#pod-" + pods().get(0).name());
        clickVisible(robot, "레플리카 하나 늘리기");
        settle();
        assertTrue(c.editor().getText().contains("  replicas: 4\n"), c.editor().getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pods().size() == 4);
    }

    @Test
    void relabellingAPodFromTheDiagramTakesItOutOfTheService(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.interact(() -> c.workspace().advance(30_000));
        SimPod p = pods().get(0);
        robot.rightClickOn("#pod-" + p.name());
        clickVisible(robot, "레이블 편집");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#labelsDialog .text-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#labelsDialog .text-field").queryAs(javafx.scene.control.TextField.class).setText("app=debug"));
        clickVisible(robot, "OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("debug", pods().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow().labels().get("app"));
        assertEquals(3, c.workspace().simulation().endpoints("default", "kubia").size(), "a replacement joins the Service");
        assertTrue(c.workspace().simulation().endpoints("default", "kubia").stream().noneMatch(e -> e.pod().equals(p.name())));
    }

    @Test
    void anotherOutsideClientCanBeTyped(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.interact(() -> c.traffic().compose("external:198.51.100.7", "http://192.168.0.11:1234/", 1));
        robot.clickOn("#sendButton");
        assertEquals("198.51.100.7", c.traffic().player().flights().get(0).trace().hops().get(0).srcBefore());
    }

    @Test
    void aDraggedServiceStaysWhereItWasPutAndTheYamlDoesNotChange(FxRobot robot) throws Exception {
        load(robot, APP);
        String yaml = c.editor().getText();
        Node card = robot.lookup("#svc-kubia").query();
        double x0 = card.localToScene(0, 0).getX();
        robot.drag("#svc-kubia").moveBy(220, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(c.workspace().position("svc:default/kubia") != null, "the position is kept in the workspace");
        Node moved = robot.lookup("#svc-kubia").query();
        assertTrue(moved.localToScene(0, 0).getX() > x0 + 150, "x moved from " + x0 + " to " + moved.localToScene(0, 0).getX());
        assertEquals(yaml, c.editor().getText(), "layout never goes into the YAML");
        // an edit redraws the cluster; the card keeps its place
        robot.interact(() -> c.editor().replaceText(c.editor().getText().replace("replicas: 3", "replicas: 2")));
        settle();
        robot.interact(() -> c.workspace().advance(2_000)); // the removed replica finishes terminating
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pods().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#svc-kubia").query().localToScene(0, 0).getX() > x0 + 150);
    }

    @Test
    void theDarkThemeSwitchesWithOneClick(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.clickOn("#darkToggle");
        assertTrue(c.isDark());
        assertTrue(robot.lookup(".root.dark").tryQuery().isPresent(), "the dark palette is on the app's root");
        robot.clickOn("#darkToggle");
        assertFalse(c.isDark());
    }

    @Test
    void selectingAServiceExplainsWhyAPodIsNotSelected(FxRobot robot) throws Exception {
        String withStray = APP + "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: stray\n  labels:\n    app: Kubia\nspec:\n"
                + "  containers:\n  - name: web\n    image: luksa/kubia\n";
        load(robot, withStray);
        robot.clickOn("#svc-kubia");
        WaitForAsyncUtils.waitForFxEvents();
        Label why = robot.lookup("#pod-stray .why-not").queryAs(Label.class);
        assertEquals("app=Kubia ≠ app=kubia", why.getText());
        assertTrue(robot.lookup(".label-chip.match").queryAll().size() >= 3, "matching labels are highlighted");
    }

    @Test
    void aServiceEditRedrawsOnlyWhatChangedAndARolloutRenamesTheBadges(FxRobot robot) throws Exception {
        load(robot, APP);
        List<String> before = pods().stream().map(SimPod::name).toList();
        Node badge = robot.lookup("#pod-" + before.get(0)).query();
        Node card = robot.lookup("#svc-kubia").query();
        // a screen reader hears each object as one sentence
        assertTrue(badge.getAccessibleText().matches("파드 " + before.get(0) + ", 준비됨, IP 10\\.244\\.\\d+\\.\\d+, 노드 node-\\d"),
                badge.getAccessibleText());
        assertTrue(card.getAccessibleText().matches("서비스 kubia, 타입 ClusterIP, 10\\.96\\.\\d+\\.\\d+, 준비된 엔드포인트 3개"),
                card.getAccessibleText());
        robot.interact(() -> c.editor().replaceText(c.editor().getText().replace("targetPort: http", "targetPort: 8080")));
        settle();
        assertSame(badge, robot.lookup("#pod-" + before.get(0)).query(), "an unchanged pod keeps its badge");
        assertNotSame(card, robot.lookup("#svc-kubia").query(), "the edited Service is drawn anew");
        // a template change rolls every pod: the badges show the new names and none of the old
        robot.interact(() -> c.editor().replaceText(c.editor().getText().replace("image: luksa/kubia", "image: luksa/kubia:v2")));
        settle();
        robot.interact(() -> c.workspace().advance(5_000));
        WaitForAsyncUtils.waitForFxEvents();
        for (String old : before) {
            assertTrue(robot.lookup("#pod-" + old).tryQuery().isEmpty(), old + " is gone");
        }
        for (SimPod p : pods()) {
            Label name = robot.lookup("#pod-" + p.name() + " .diagram-card-title").queryAs(Label.class);
            assertEquals(p.name(), name.getText());
        }
        assertEquals(before.size(), robot.lookup(".diagram-pod").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getParent() != null).count());
    }

    @Test
    void theConsoleExposesADeploymentAsAYamlEditThatUndoTakesBack(FxRobot robot) throws Exception {
        load(robot, APP.substring(0, APP.indexOf("---")));
        String before = c.editor().getText();
        robot.interact(c::showConsole);
        robot.clickOn("#consoleInput").write("expose deployment kubia --type=NodePort --port=80 --target-port=8080");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea transcript = robot.lookup("#consoleTranscript").queryAs(javafx.scene.control.TextArea.class);
        assertTrue(transcript.getText().contains("$ kubectl expose deployment kubia --type=NodePort --port=80 --target-port=8080\nservice/kubia exposed\n"),
                transcript.getText());
        assertTrue(c.editor().getText().startsWith(before), "the Deployment's lines are untouched");
        assertTrue(c.editor().getText().contains("kind: Service"));
        // the lines the console wrote glow for two seconds, the others not
        int firstNew = (int) before.lines().count();
        List<Integer> lit = c.flashingLines();
        assertTrue(lit.contains(firstNew + 2) && !lit.contains(0), lit.toString());
        WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, () -> c.flashingLines().isEmpty());
        assertEquals("NodePort", robot.lookup("#svc-kubia .type-badge").queryAs(Label.class).getText());
        // history and completion
        robot.clickOn("#consoleInput").write("get sv");
        robot.type(javafx.scene.input.KeyCode.TAB);
        assertEquals("get svc ", robot.lookup("#consoleInput").queryAs(javafx.scene.control.TextField.class).getText());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(transcript.getText().matches("(?s).*\\$ kubectl get svc\nNAME +TYPE +CLUSTER-IP.*kubia +NodePort .*"), transcript.getText());
        robot.type(javafx.scene.input.KeyCode.UP);
        assertEquals("get svc", robot.lookup("#consoleInput").queryAs(javafx.scene.control.TextField.class).getText());
        // the console's edit is one step of the editor's undo history
        robot.interact(() -> c.editor().undo());
        settle();
        assertEquals(before, c.editor().getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#svc-kubia").tryQuery().isEmpty());
    }

    @Test
    void theSandboxIsSavedAndOpenedAsASceneWithItsSeedAndCardPositions(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        robot.interact(() -> {
            c.traffic().setClockRunning(false);
            c.loadExample("sandbox");
        });
        settle();
        for (String type : List.of("ClusterIP", "NodePort", "LoadBalancer", "Headless", "ExternalName")) {
            assertTrue(robot.lookup(".type-badge").queryAll().stream().anyMatch(n -> ((Label) n).getText().equals(type)), type);
        }
        String manifest = c.editor().getText();
        robot.interact(() -> {
            c.setSeed(7);
            c.workspace().setPosition("svc:default/kubia", 300, 60);
        });
        java.nio.file.Path scene = dir.resolve("demo.scene.yaml");
        robot.interact(() -> assertTrue(c.saveSceneTo(scene)));
        String saved = java.nio.file.Files.readString(scene);
        assertTrue(saved.startsWith("# servicelab-scene: {\"seed\": 7, \"positions\": {\"svc:default/kubia\": [300, 60]}}\n"), saved);
        assertTrue(saved.endsWith(manifest), "the YAML itself is saved as the learner wrote it");
        // another file, another seed: then the scene comes back exactly
        robot.interact(() -> {
            c.setSeed(42);
            c.workspace().clearPositions();
            c.loadExample("nodeport");
        });
        settle();
        robot.interact(() -> assertTrue(c.openFile(scene)));
        settle();
        assertEquals(manifest, c.editor().getText(), "the header is not shown in the editor");
        assertEquals(7, c.workspace().seed());
        assertEquals("7", robot.lookup("#seedField").queryTextInputControl().getText());
        assertEquals(300, c.workspace().position("svc:default/kubia")[0]);
    }
}
