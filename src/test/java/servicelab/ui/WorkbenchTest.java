package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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

    private MainWindow window;
    private Screen screen;

    @Start
    void start(Stage stage) throws Exception {
        window = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN));
        window.traffic().setClockRunning(false); // virtual time moves only when a test presses +10s
        stage.show();
    }

    private void load(FxRobot robot, String text) throws Exception {
        screen = new Screen(robot);
        screen.awaitChecked();
        screen.paste(text);
        screen.awaitChecked();
    }

    @Test
    void typingYamlRedrawsTheDiagram(FxRobot robot) throws Exception {
        load(robot, APP);
        assertEquals(3, screen.pods().size());
        assertEquals("ClusterIP", screen.serviceType("kubia"));
        screen.paste(screen.yaml().replace("  ports:\n  - port: 80", "  type: NodePort\n  ports:\n  - port: 80"));
        screen.awaitChecked();
        assertEquals("NodePort", screen.serviceType("kubia"));
        assertEquals(3, screen.pods().size(), "pods survive a Service edit");
    }

    @Test
    void aSelectorlessServicesHandWrittenAddressIsDrawnOutsideThePods(FxRobot robot) throws Exception {
        // the database outside the cluster: its address on a card of its own, a line from the Service to it
        load(robot, servicelab.sim.SelectorlessServiceTestData.SCENE);
        boolean drawn = Screen.fx(() -> robot.lookup("#diagram .diagram-external .label").queryAll().stream()
                .anyMatch(n -> "10.240.0.5".equals(((javafx.scene.control.Labeled) n).getText())));
        assertTrue(drawn, "the hand-written address is on the diagram");
        boolean titled = Screen.fx(() -> robot.lookup("#diagram .diagram-external .label").queryAll().stream()
                .anyMatch(n -> "직접 적은 엔드포인트".equals(((javafx.scene.control.Labeled) n).getText())));
        assertTrue(titled, "under its own title");
        long lines = Screen.fx(() -> robot.lookup("#diagram .endpoint-line").queryAll().stream().filter(javafx.scene.Node::isVisible).count());
        assertTrue(lines >= 1, "the Service points at the address");
    }

    @Test
    void switchingTypeInTheDiagramChangesOnlyTheIntendedYamlLines(FxRobot robot) throws Exception {
        load(robot, APP);
        String before = screen.yaml();
        screen.menu("#svc-kubia", "서비스 타입 바꾸기 (type)", "NodePort");
        screen.awaitChecked();
        String after = screen.yaml();
        assertEquals(before.replace("  selector:\n    app: kubia\n", "  selector:\n    app: kubia\n  type: NodePort\n"), after);
        assertTrue(after.contains("# the Service students expose"), "comments stay");
        assertEquals(1, screen.glowingLines().size(), "the written line glows, only it");
        assertEquals("  type: NodePort", screen.editor().getParagraph(screen.glowingLines().get(0)).getText());
        assertEquals("NodePort", screen.serviceType("kubia"), "on screen with the check, no typing pause");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        screen.menu("#svc-kubia", "서비스 타입 바꾸기 (type)", "Headless");
        screen.awaitChecked();
        assertTrue(screen.valid(), () -> screen.errors().toString());
        assertTrue(screen.yaml().contains("  type: ClusterIP\n  clusterIP: None\n"), screen.yaml());
        assertEquals("Headless", screen.serviceType("kubia"));
        // each diagram edit is one step of the editor's undo history
        screen.undo();
        screen.awaitChecked();
        assertEquals(after, screen.yaml());
        screen.undo();
        screen.awaitChecked();
        assertEquals(before, screen.yaml());
    }

    @Test
    void invalidYamlKeepsTheLastClusterMarkedStale(FxRobot robot) throws Exception {
        load(robot, APP);
        screen.paste(screen.yaml().replace("    targetPort: http", "        targetPort: http"));
        screen.awaitChecked();
        assertFalse(screen.valid());
        assertTrue(screen.stale());
        assertEquals(3, screen.pods().size());
    }

    @Test
    void aFileOpenedBrokenShowsItsValidDocumentsNotThePreviousCluster(FxRobot robot, @TempDir Path dir) throws Exception {
        load(robot, APP);
        assertEquals(3, screen.pods().size());
        // one valid bare pod, then a Service whose targetPort is indented too deep
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, """
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
        screen.open(window, f);
        assertFalse(screen.valid());
        assertEquals(List.of("lone"), screen.pods());
        assertFalse(screen.hasService("kubia"), "the previous file's Service is gone");
        assertEquals("YAML에 오류가 있어 오류 없는 문서만 클러스터에 보여 줍니다", screen.staleText());
        // the event list follows the new cluster: its pod starts, none of the previous file's
        List<String> events = screen.eventsSettled();
        assertTrue(events.stream().anyMatch(e -> e.contains("lone")), events::toString);
        assertTrue(events.stream().noneMatch(e -> e.contains("kubia")), events::toString);

        // fixed: a valid cluster, no banner
        screen.paste(screen.yaml().replace("      targetPort: 8080", "    targetPort: 8080"));
        screen.awaitChecked();
        assertTrue(screen.valid(), () -> screen.errors().toString());
        assertFalse(screen.stale());
        assertTrue(screen.hasService("lone"));
    }

    @Test
    void aFileWithNoValidDocumentNeverClaimsALastValidCluster(FxRobot robot, @TempDir Path dir) throws Exception {
        load(robot, APP);
        Path f = dir.resolve("seed.yaml");
        Files.writeString(f, "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n      targetPort: 8080\n");
        screen.open(window, f);
        assertTrue(screen.pods().isEmpty());
        assertEquals("YAML에 오류가 있어 오류 없는 문서만 클러스터에 보여 줍니다", screen.staleText());
    }

    @Test
    void podsANetworkPolicyIsolatesSaySoOnTheDiagram(FxRobot robot) throws Exception {
        // chapter 14's egress case: default-deny-egress selects every pod of the namespace
        servicelab.lesson.Exercise e = servicelab.lesson.LessonChecker.exercisesOf(servicelab.lesson.LessonLibrary.load(Path.of("lessons"))
                .find("14-troubleshooting").orElseThrow()).stream().filter(x -> x.id().equals("ex14-6")).findFirst().orElseThrow();
        load(robot, e.start());
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Screen.fx(() -> robot.lookup(".netpol-chip").queryAll().stream().anyMatch(javafx.scene.Node::isVisible)));
        List<String> chips = Screen.fx(() -> robot.lookup(".netpol-chip").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).distinct().toList());
        assertEquals(List.of("격리: 나감"), chips);
        String tip = Screen.fx(() -> ((javafx.scene.control.Labeled) robot.lookup(".netpol-chip").query()).getTooltip().getText());
        assertTrue(tip.contains("default/default-deny-egress"), tip);
        // the chapter's healthy scene has no policy: no pod says it is isolated
        load(robot, Files.readString(Path.of("lessons/14-troubleshooting/scene.yaml")));
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup(".netpol-chip").queryAll().stream().noneMatch(Screen::shown)));
    }

    @Test
    void aGatewayIsDrawnAtItsAddressWithLinesToTheServicesItsRoutesSendTo(FxRobot robot) throws Exception {
        // chapter 12's scene: Gateway web (class servicelab) and an HTTPRoute to kubia, kubia-v2 and foo
        load(robot, Files.readString(Path.of("lessons/12-gateway-api/scene.yaml")));
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Screen.fx(() -> robot.lookup("#gw-default-web").tryQuery().isPresent()));
        List<String> texts = Screen.fx(() -> robot.lookup("#gw-default-web .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList());
        assertTrue(texts.contains("게이트웨이 web") && texts.contains("198.51.100.10"), texts::toString);
        // GatewayClass → Gateway → listener → route, on the card
        assertTrue(texts.contains("클래스 servicelab") && texts.contains("http :80 → kubia"), texts::toString);
        long lines = Screen.fx(() -> robot.lookup("#diagram .gateway-line-gw").queryAll().stream().filter(javafx.scene.Node::isVisible).count());
        assertEquals(3, lines, "one line to each Service the route sends to");
        // a request to the Gateway flies from its card: the trace's gateway hop names the route's rule
        robot.interact(() -> {
            window.traffic().compose("browser", "http://198.51.100.10/foo/x", 1);
            window.traffic().send();
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.hops().size() >= 3);
        assertTrue(screen.hops().stream().anyMatch(h -> h.contains("게이트웨이 default/web의 리스너 http")), screen.hops()::toString);
    }

    @Test
    void anIngressMovesToGatewayApiThroughADiffTheLearnerAccepts(FxRobot robot) throws Exception {
        // chapter 11's Ingress, converted as ingress2gateway would; the learner sees the added lines first
        String scene = Files.readString(Path.of("lessons/11-ingress/scene.yaml"));
        load(robot, scene);
        robot.interact(() -> javafx.application.Platform.runLater(() -> window.migration().open()));
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#migrateDiff").tryQuery().isPresent()));
        List<String> lines = Screen.fx(() -> robot.lookup("#migrateDiff").queryListView().getItems().stream().map(String::valueOf).toList());
        assertTrue(lines.contains("kind: HTTPRoute") && lines.contains("  name: kubia-kubia-example-com"), lines::toString);
        assertEquals(scene, screen.yaml(), "nothing changes before the learner accepts");
        robot.clickOn("#migrateApply");
        screen.awaitChecked();
        assertTrue(screen.yaml().startsWith(scene) && screen.yaml().contains("kind: HTTPRoute"), "the lines are added after the Ingress");
        assertTrue(screen.valid(), () -> screen.errors().toString());
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Screen.fx(() -> robot.lookup("#gw-default-nginx").tryQuery().isPresent()));
        // one undo takes the whole conversion back
        screen.undo();
        screen.awaitChecked();
        assertEquals(scene, screen.yaml());
    }

    @Test
    void aServicesMenuExposesItThroughAGatewayAndAddsRulesForOthers(FxRobot robot) throws Exception {
        // chapter 11's Services without the Ingress: the first becomes a Gateway and an HTTPRoute, the next a rule
        String scene = Files.readString(Path.of("lessons/11-ingress/scene.yaml"));
        load(robot, scene.substring(0, scene.lastIndexOf("---")));
        screen.menu("#svc-foo", "게이트웨이로 내보내기 (게이트웨이와 HTTP라우트 만들기)");
        screen.awaitChecked();
        assertTrue(screen.valid(), () -> screen.errors().toString());
        assertTrue(screen.yaml().contains("kind: Gateway\nmetadata:\n  name: web\nspec:\n  gatewayClassName: servicelab\n"), screen.yaml());
        assertTrue(screen.yaml().contains("kind: HTTPRoute\nmetadata:\n  name: foo\n"), screen.yaml());
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#gw-default-web").tryQuery().isPresent()));
        screen.menu("#svc-bar", "게이트웨이의 HTTP라우트에 이 서비스로 가는 규칙 더하기");
        screen.awaitChecked();
        assertTrue(screen.yaml().contains("  - matches:\n    - path:\n        type: PathPrefix\n        value: /bar\n    backendRefs:\n    - name: bar\n      port: 80\n"),
                screen.yaml());
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Screen.fx(() -> robot.lookup("#diagram .gateway-line-gw").queryAll().stream().filter(Node::isVisible).count()) == 2);
        // the Gateway now sends /bar to bar and the rest to foo
        robot.interact(() -> {
            window.traffic().compose("browser", "http://198.51.100.10/bar/x", 1);
            window.traffic().send();
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.hops().size() >= 3);
        assertTrue(screen.hops().stream().anyMatch(h -> h.contains("default/bar")), screen.hops()::toString);
        screen.menu("#svc-bar");
        List<String> items = Screen.fx(() -> robot.lookup("#expose-gateway").queryAll().stream().filter(Screen::showing)
                .map(n -> ((javafx.scene.control.Labeled) n.lookup(".label")).getText()).toList());
        // the item says so (and is disabled: Menus sets it with the same plan)
        assertEquals(List.of("게이트웨이가 이미 이 서비스로 보냅니다"), items, "sent to already: nothing more to add");
    }

    @Test
    void sentRequestsTravelHopByHopAndCountPerPod(FxRobot robot) throws Exception {
        load(robot, APP);
        screen.fastForward(3);
        String client = "pod/" + screen.pods().get(0);
        screen.fill("#trafficFrom", client);
        screen.fill("#trafficTarget", "http://kubia/");
        screen.fill("#trafficCount", "30");
        robot.clickOn("#playButton"); // paused before anything moves: the batch is stepped by hand
        robot.clickOn("#sendButton");
        robot.clickOn("#playButton");
        List<String> hops = screen.hops();
        assertTrue(hops.size() == 3 || hops.size() == 4, "dns, kube-proxy, (another node,) pod: " + hops);
        assertTrue(hops.get(1).contains("kube-proxy가 준비된 엔드포인트 3개 중 무작위로"), hops.get(1));
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#stepForward");
        }
        assertEquals(30, screen.hits());
        assertTrue(robot.lookup(".hit-counter").queryAll().stream().filter(Screen::shown).count() >= 2, "spread over several pods");
        robot.clickOn("#stepBack");
        assertTrue(screen.hits() < 30, "stepping back takes arrivals back");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#stepBack");
        }
        assertEquals(0, screen.hits());
        robot.clickOn("#resetTraffic");
        assertTrue(screen.hops().isEmpty());
        assertEquals("", screen.summary());
    }

    @Test
    void aFailingReadinessProbeTakesThePodOutAfterTheProbeDelay(FxRobot robot) throws Exception {
        load(robot, APP);
        screen.fastForward(3);
        String victim = screen.pods().get(0);
        screen.podMenu(victim, "준비성 검사에 실패하게 하기");
        assertTrue(screen.podReady(victim), "nothing changes before the prober notices");
        screen.fastForward(3);
        assertFalse(screen.podReady(victim));
        assertArrayEquals(new int[] {2, 3}, screen.readyEndpoints("kubia"));
    }

    /**
     * The scenario a learner reported: a pod made NotReady, then replicas 3 → 5. Every view must
     * agree at once (without sending traffic): the new pods become Ready after their probe, the
     * Service card counts 4 of 5, and the console says the same.
     */
    @Test
    void afterAReadinessFailureScalingUpShowsTheSameStateEverywhere(FxRobot robot) throws Exception {
        load(robot, Files.readString(Path.of("docs/scenes/nodeport.yaml")));
        // the clock runs as in class (at 4×): probes, endpoints and the diagram follow it by themselves
        window.traffic().setClockRunning(true);
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(4));
        String victim = screen.pods().stream().filter(p -> p.startsWith("kubia-")).findFirst().orElseThrow();
        screen.podMenu(victim, "준비성 검사에 실패하게 하기");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !screen.podReady(victim));
        screen.paste(screen.yaml().replace("replicas: 3", "replicas: 5"));
        screen.awaitChecked();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.pods().stream().filter(p -> p.startsWith("kubia-"))
                .filter(screen::podReady).count() == 4);
        window.traffic().setClockRunning(false);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> pods = screen.pods().stream().filter(p -> p.startsWith("kubia-")).toList();
        assertEquals(5, pods.size());
        assertEquals(4, pods.stream().filter(screen::podReady).count(), pods::toString);
        assertFalse(screen.podReady(victim));
        assertArrayEquals(new int[] {4, 5}, screen.readyEndpoints("kubia-nodeport"));
        screen.kubectl("get endpoints kubia-nodeport");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.transcript().contains("kubia-nodeport "));
        String endpointsLine = screen.transcript().lines().filter(l -> l.startsWith("kubia-nodeport ")).reduce((a, b) -> b).orElseThrow();
        // kubectl lists three addresses and counts the rest: 3 + 1 ready endpoints
        assertTrue(endpointsLine.matches("kubia-nodeport +[\\d.:]+,[\\d.:]+,[\\d.:]+ \\+ 1 more\\.\\.\\. .*"), endpointsLine);
        List<String> events = screen.eventsSettled();
        assertTrue(events.stream().filter(e -> e.contains("준비")).count() >= 2, events::toString);
    }

    /** Opening another text forgets everything of the previous one: requests, summary, console, message, selection. */
    @Test
    void openingAnotherTextResetsWhatBelongedToThePreviousOne(FxRobot robot) throws Exception {
        load(robot, APP);
        screen.fastForward(3);
        robot.clickOn("#svc-kubia"); // selected: its endpoints table is shown
        assertTrue(robot.lookup("#endpointsTable").tryQuery().filter(Screen::shown).isPresent());
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(screen.hops().isEmpty());
        assertFalse(screen.summary().isEmpty());
        screen.kubectl("get pods");
        assertTrue(screen.transcript().contains("$ kubectl get pods"));
        screen.fill("#seedField", "7");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        assertFalse(message.getText().isEmpty());
        screen.example("NodePort 서비스 kubia-nodeport");
        assertTrue(screen.hops().isEmpty(), screen.hops()::toString);
        assertEquals("", screen.summary());
        assertEquals(0, screen.hits());
        assertFalse(screen.transcript().contains("$ kubectl get pods"), "the console starts afresh");
        assertEquals("", message.getText(), "the old message does not describe the new text");
        assertTrue(robot.lookup("#endpointsTable").tryQuery().filter(Screen::shown).isEmpty(), "no selection");
        assertTrue(robot.lookup(".diagram-service.dimmed").tryQuery().filter(Screen::shown).isEmpty());
    }

    @Test
    void doubleClickingANodeAddsAPodThereAsAYamlDocument(FxRobot robot) throws Exception {
        load(robot, APP);
        String before = screen.yaml();
        // in the node's empty lower part (the pods sit at its top, the zoom buttons at the diagram's corner)
        javafx.geometry.Bounds b = Screen.fx(() -> { Node n = robot.lookup("#node-node-3").query(); return n.localToScreen(n.getBoundsInLocal()); });
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getMaxY() - 70)).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        screen.awaitChecked();
        String after = screen.yaml();
        assertTrue(after.startsWith(before), "the existing text is untouched");
        // the only Service's selector: the new pod joins it
        assertEquals("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-1\n  labels:\n    app: kubia\nspec:\n  nodeName: node-3\n"
                + "  containers:\n  - name: app\n    image: luksa/kubia\n    ports:\n    - name: http\n      containerPort: 8080\n",
                after.substring(before.length()));
        Node pod = screen.pod("pod-1");
        Node node3 = robot.lookup("#node-node-3").query();
        assertTrue(node3.localToScene(node3.getBoundsInLocal()).contains(pod.localToScene(0, 0)), "drawn in node-3");
    }

    @Test
    void deletingAControllersPodBringsAReplacementWithANewIp(FxRobot robot) throws Exception {
        load(robot, APP);
        String victim = screen.pods().get(0);
        String ip = screen.podIp(victim);
        screen.podMenu(victim, "파드 삭제");
        screen.fastForward(1);
        List<String> pods = screen.pods();
        assertEquals(3, pods.size());
        assertFalse(pods.contains(victim));
        assertTrue(pods.stream().noneMatch(p -> screen.podIp(p).equals(ip)), "a new address, not the freed one");
    }

    @Test
    void scalingFromThePodMenuEditsReplicas(FxRobot robot) throws Exception {
        load(robot, APP);
        screen.podMenu(screen.pods().get(0), "레플리카 하나 늘리기");
        screen.awaitChecked();
        assertTrue(screen.yaml().contains("  replicas: 4\n"), screen.yaml());
        assertEquals(4, screen.pods().size());
    }

    @Test
    void relabellingAPodFromTheDiagramTakesItOutOfTheService(FxRobot robot) throws Exception {
        load(robot, APP);
        screen.fastForward(3);
        String p = screen.pods().get(0);
        screen.podMenu(p, "레이블 편집");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#labelsDialog .text-field").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#labelsDialog .text-field").queryAs(TextField.class).setText("app=debug"));
        screen.clickVisible("확인");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.allInPod(p, ".label-chip").stream().anyMatch(l -> l.getText().equals("app=debug")));
        assertEquals(4, screen.pods().size(), "a replacement joins the Service");
        robot.clickOn("#svc-kubia");
        assertEquals("app=debug ≠ app=kubia", ((Label) screen.inPod(p, ".why-not")).getText());
    }

    @Test
    void anotherOutsideClientCanBeTyped(FxRobot robot) throws Exception {
        load(robot, APP);
        screen.fill("#trafficFrom", "external:198.51.100.7");
        screen.fill("#trafficTarget", "http://192.168.0.11:1234/");
        robot.clickOn("#sendButton");
        List<String> events = screen.eventsSettled();
        assertTrue(events.stream().anyMatch(e -> e.contains("198.51.100.7")), events::toString);
    }

    @Test
    void aDraggedServiceStaysWhereItWasPutAndTheYamlDoesNotChange(FxRobot robot) throws Exception {
        load(robot, APP);
        String yaml = screen.yaml();
        double x0 = robot.lookup("#svc-kubia").query().localToScene(0, 0).getX();
        robot.drag("#svc-kubia").moveBy(220, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Node moved = robot.lookup("#svc-kubia").query();
        assertTrue(moved.localToScene(0, 0).getX() > x0 + 150, "x moved from " + x0 + " to " + moved.localToScene(0, 0).getX());
        assertEquals(yaml, screen.yaml(), "layout never goes into the YAML");
        // an edit redraws the cluster; the card keeps its place
        screen.paste(screen.yaml().replace("replicas: 3", "replicas: 2"));
        screen.awaitChecked();
        screen.fastForward(1); // the removed replica finishes terminating
        assertEquals(2, screen.pods().size());
        assertTrue(robot.lookup("#svc-kubia").query().localToScene(0, 0).getX() > x0 + 150);
    }

    @Test
    void theDarkThemeSwitchesWithOneClick(FxRobot robot) throws Exception {
        load(robot, APP);
        robot.clickOn("#darkToggle");
        assertTrue(robot.lookup(".root.dark").tryQuery().isPresent(), "the dark palette is on the app's root");
        robot.clickOn("#darkToggle");
        assertTrue(robot.lookup(".root.dark").tryQuery().isEmpty());
    }

    @Test
    void selectingAServiceExplainsWhyAPodIsNotSelected(FxRobot robot) throws Exception {
        String withStray = APP + "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: stray\n  labels:\n    app: Kubia\nspec:\n"
                + "  containers:\n  - name: web\n    image: luksa/kubia\n";
        load(robot, withStray);
        robot.clickOn("#svc-kubia");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("app=Kubia ≠ app=kubia", ((Label) screen.inPod("stray", ".why-not")).getText());
        assertTrue(robot.lookup(".label-chip.match").queryAll().size() >= 3, "matching labels are highlighted");
    }

    @Test
    void aServiceEditRedrawsOnlyWhatChangedAndARolloutRenamesTheBadges(FxRobot robot) throws Exception {
        load(robot, APP);
        List<String> before = screen.pods();
        Node badge = screen.pod(before.get(0));
        Node card = robot.lookup("#svc-kubia").query();
        // a screen reader hears each object as one sentence
        assertTrue(badge.getAccessibleText().matches("파드 " + before.get(0) + ", 준비됨, IP 10\\.244\\.\\d+\\.\\d+, 노드 node-\\d"),
                badge.getAccessibleText());
        assertTrue(card.getAccessibleText().matches("서비스 kubia, 타입 ClusterIP, 10\\.96\\.\\d+\\.\\d+, 준비된 엔드포인트 3개"),
                card.getAccessibleText());
        screen.paste(screen.yaml().replace("targetPort: http", "targetPort: 8080"));
        screen.awaitChecked();
        assertSame(badge, screen.pod(before.get(0)), "an unchanged pod keeps its badge");
        assertSame(card, robot.lookup("#svc-kubia").query(), "the edited Service's card is updated in place");
        assertTrue(robot.lookup("#svc-kubia .diagram-ports").queryAll().stream().anyMatch(n -> ((Label) n).getText().equals("80 → 8080")),
                "and shows the new target port");
        // a template change rolls every pod: the badges show the new names and none of the old; lines and
        // tooltips are kept, not remade or restyled (each cost a CSS pass: most of a keystroke's redraw)
        javafx.scene.control.Tooltip stateTip = ((Label) badge.lookup(".pod-state")).getTooltip();
        int[] restyled = {0};
        for (Node l : robot.lookup(n -> n instanceof javafx.scene.shape.Line).queryAll()) {
            l.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> restyled[0]++);
        }
        screen.paste(screen.yaml().replace("image: luksa/kubia", "image: luksa/kubia:v2"));
        screen.awaitChecked();
        screen.fastForward(1);
        assertSame(stateTip, ((Label) badge.lookup(".pod-state")).getTooltip(), "the badge's state tooltip is kept");
        assertEquals(0, restyled[0], "no line changed its style classes while the endpoints went not ready and back");
        List<String> after = screen.pods();
        assertEquals(before.size(), after.size());
        for (String old : before) {
            assertFalse(after.contains(old), old + " is gone");
        }
        for (String p : after) {
            // a long generated name breaks after its hyphens, every part shown
            assertEquals(p, ((Label) screen.inPod(p, ".diagram-card-title")).getText().replace("\n", ""));
        }
    }

    @Test
    void aWiderDiagramMovesItsPartsWithoutMakingThemAgain(FxRobot robot) throws Exception {
        load(robot, APP);
        javafx.scene.layout.Region diagram = robot.lookup("#diagram").query();
        Node dns = robot.lookup(".diagram-dns").query();
        javafx.scene.layout.Region internet = robot.lookup(".diagram-internet").query();
        double x = dns.getLayoutX(), w = internet.getWidth();
        // the diagram laid out wider (redrawn at once; the window's next layout gives it back its width)
        Object[] after = Screen.fx(() -> {
            diagram.resize(diagram.getWidth() + 500, diagram.getHeight());
            return new Object[] {diagram.lookup(".diagram-dns"), diagram.lookup(".diagram-internet"), dns.getLayoutX(), internet.getWidth()};
        });
        assertSame(dns, after[0], "the DNS label is moved, not made again");
        assertSame(internet, after[1], "the Internet's box is resized, not made again");
        assertTrue((double) after[2] != x && (double) after[3] != w, "both went where the wider picture has them");
    }

    @Test
    void theConsoleExposesADeploymentAsAYamlEditThatUndoTakesBack(FxRobot robot) throws Exception {
        load(robot, APP.substring(0, APP.indexOf("---")));
        String before = screen.yaml();
        screen.kubectl("expose deployment kubia --type=NodePort --port=80 --target-port=8080");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.transcript().contains("service/kubia exposed"));
        assertTrue(screen.transcript().contains("$ kubectl expose deployment kubia --type=NodePort --port=80 --target-port=8080\n"
                + "service/kubia exposed\n"), screen.transcript());
        assertTrue(screen.yaml().startsWith(before), "the Deployment's lines are untouched");
        assertTrue(screen.yaml().contains("kind: Service"));
        // the answer is printed once the cluster has the Service: the diagram shows it already
        assertEquals("NodePort", screen.serviceType("kubia"));
        // the lines the console wrote glow for two seconds, the others not
        int firstNew = (int) before.lines().count();
        List<Integer> lit = screen.glowingLines();
        assertTrue(lit.contains(firstNew + 2) && !lit.contains(0), lit.toString());
        WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, () -> screen.glowingLines().isEmpty());
        // history and completion
        robot.clickOn("#consoleInput").write("get sv");
        robot.type(javafx.scene.input.KeyCode.TAB);
        assertEquals("get svc ", robot.lookup("#consoleInput").queryAs(TextField.class).getText());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.transcript().matches("(?s).*\\$ kubectl get svc\nNAME +TYPE +CLUSTER-IP.*kubia +NodePort .*"), screen.transcript());
        robot.type(javafx.scene.input.KeyCode.UP);
        assertEquals("get svc", robot.lookup("#consoleInput").queryAs(TextField.class).getText());
        // the console's edit is one step of the editor's undo history
        screen.undo();
        screen.awaitChecked();
        assertEquals(before, screen.yaml());
        assertFalse(screen.hasService("kubia"));
    }

    @Test
    void theSandboxIsSavedAndOpenedAsASceneWithItsSeedAndCardPositions(FxRobot robot, @TempDir Path dir) throws Exception {
        screen = new Screen(robot);
        screen.awaitChecked();
        screen.example("자유 실습(샌드박스): 모든 구성 요소가 있는 장면");
        for (String type : List.of("ClusterIP", "NodePort", "LoadBalancer", "Headless", "ExternalName")) {
            assertTrue(robot.lookup(".type-badge").queryAll().stream().anyMatch(n -> ((Label) n).getText().equals(type)), type);
        }
        String manifest = screen.yaml();
        screen.fill("#seedField", "7");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.drag("#svc-kubia").moveBy(120, 200).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double x = robot.lookup("#svc-kubia").query().localToScene(0, 0).getX();
        Path scene = dir.resolve("demo.scene.yaml");
        Screen.answerFileDialogs(window, scene);
        robot.clickOn("예제");
        robot.clickOn("#saveScene");
        WaitForAsyncUtils.waitForFxEvents();
        String saved = Files.readString(scene);
        assertTrue(saved.matches("(?s)# servicelab-scene: \\{\"seed\": 7, \"positions\": \\{\"svc:default/kubia\": \\[\\d+, \\d+]}}\n.*"), saved);
        assertTrue(saved.endsWith(manifest), "the YAML itself is saved as the learner wrote it");
        // another file, another seed: then the scene comes back exactly
        screen.fill("#seedField", "42");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        screen.example("NodePort 서비스 kubia-nodeport");
        screen.open(window, scene);
        assertEquals(manifest, screen.yaml(), "the header is not shown in the editor");
        assertEquals("7", robot.lookup("#seedField").queryTextInputControl().getText());
        assertEquals(x, robot.lookup("#svc-kubia").query().localToScene(0, 0).getX(), 1.0);
    }
}
