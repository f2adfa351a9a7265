package servicelab.ui.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.check.ManifestChecker;
import servicelab.realcluster.Bridges;
import servicelab.realcluster.ClusterException;
import servicelab.realcluster.KubeConfigs;
import servicelab.realcluster.KubeContext;
import servicelab.realcluster.RealCluster;
import servicelab.realcluster.RealEvent;
import servicelab.realcluster.RealObject;
import servicelab.realcluster.RealWatch;
import servicelab.realcluster.SimVsReal;
import servicelab.sim.Simulation;
import servicelab.sim.World;
import servicelab.text.Json;
import servicelab.workspace.RealClusterSession;

/**
 * The real-cluster window as a learner uses it, against a fake cluster (the bridge itself is
 * tested against fabric8's mock server): only this machine's contexts by default, a remote one
 * only after a confirmation that names it, the scene's dry run compared document by document,
 * the namespace drawn from watch events, the simulation beside it, and a dropped watch shown as
 * stale until it comes back.
 */
@ExtendWith(ApplicationExtension.class)
class RealClusterWindowTest {
    static final String SCENE = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 2
              selector:
                matchLabels: {app: kubia}
              template:
                metadata:
                  labels: {app: kubia}
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              ports:
              - port: 80
                targetPort: 8080
              selector:
                app: kubia
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            """;

    final List<String> connected = new CopyOnWriteArrayList<>();
    volatile boolean bridgeMissing;
    volatile int installs;
    servicelab.workspace.Workbench workbench;
    servicelab.ui.console.ConsoleView console;
    final FakeCluster fake = new FakeCluster();
    RealClusterWindow window;
    Simulation sim;

    @Start
    void start(Stage stage) throws Exception {
        servicelab.ui.Fonts.load(); // as the app does before its first scene: Hangul in the snapshots
        var report = new ManifestChecker().check(SCENE);
        sim = new Simulation(World.defaults(), 42);
        sim.apply(report.objects());
        sim.settle();
        ResourceBundle bundle = ResourceBundle.getBundle("servicelab.messages", Locale.KOREAN);
        servicelab.realcluster.Sources sources = new servicelab.realcluster.Sources() {
            @Override
            public KubeConfigs configs() throws ClusterException {
                return configsOf();
            }

            @Override
            public void installBridge(Consumer<servicelab.realcluster.BridgeInstall.Progress> progress) {
                progress.accept(new servicelab.realcluster.BridgeInstall.Progress(6_000_000, 12_000_000));
                progress.accept(new servicelab.realcluster.BridgeInstall.Progress(12_000_000, 12_000_000));
                installs++;
                bridgeMissing = false;
            }

            @Override
            public long bridgeSize() {
                return 12_000_000;
            }

            @Override
            public Bridges.Connector connector() throws ClusterException {
                if (bridgeMissing) {
                    throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "the real-cluster bridge is not installed");
                }
                return ctx -> {
                    connected.add(ctx.name());
                    fake.context = ctx;
                    return fake;
                };
            }
        };
        window = new RealClusterWindow(new RealClusterWindow.Parts(stage, bundle, List.of(), () -> report, () -> "kubia",
                () -> sim, () -> false, sources));
        // the main window's console, over a workbench of its own (the simulated cluster's side)
        var checker = new ManifestChecker();
        workbench = new servicelab.workspace.Workbench(World.defaults(), 42, checker::check, javafx.application.Platform::runLater,
                Runnable::run, Runnable::run, (delay, task) -> {
                    javafx.application.Platform.runLater(task);
                    return () -> { };
                }, java.time.Duration.ZERO);
        workbench.document().open(SCENE, null, "kubia.yaml", true);
        console = new servicelab.ui.console.ConsoleView(bundle, workbench.console());
        var scene = new javafx.scene.Scene(console, 560, 300); // about the console's width at 1024×768 // a shown stage needs a scene to render
        scene.getStylesheets().add(servicelab.ui.MainWindow.class.getResource("/servicelab/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Opens the window as File › Real cluster does, after the app's own window is up. */
    void open(FxRobot robot) {
        robot.interact(window::show);
    }

    KubeConfigs configsOf() throws ClusterException {
        try {
            var f = java.nio.file.Files.createTempFile("kubeconfig", ".yaml");
            java.nio.file.Files.writeString(f, """
                    current-context: kind-lab
                    clusters:
                    - {name: kind-lab, cluster: {server: "https://127.0.0.1:36443"}}
                    - {name: classroom, cluster: {server: "https://203.0.113.5:6443"}}
                    contexts:
                    - {name: kind-lab, context: {cluster: kind-lab, user: u}}
                    - {name: classroom, context: {cluster: classroom, user: u}}
                    """);
            return KubeConfigs.load(List.of(f), h -> new java.net.InetAddress[0]);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
    }

    Parent root() {
        return window.stage().getScene().getRoot();
    }

    String status() throws Exception {
        return fx(() -> ((Label) root().lookup("#rcStatus")).getText());
    }

    void until(Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(c));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; console: " + (console == null ? "" : fx(() -> console.transcript().getText()
                    + " | input: " + console.input().getText() + " | latest: " + workbench.checks().latest() + " rev " + workbench.document().revision() + " busy " + workbench.console().busy())), e);
        }
    }

    @Test
    void theConsoleReadsTheRealClusterWhenAskedMarkedWithItsContextAndNeverWritesToIt(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> workbench.console().realTargetProperty().bind(window.session().consoleTargetProperty()));
        assertFalse(fx(() -> robot.lookup("#consoleTarget").query().isVisible()), "no real cluster: no choice of target");
        until(() -> robot.lookup("#rcContext").queryComboBox().getValue() != null);
        robot.clickOn("#rcConnect");
        until(() -> status().startsWith("연결됨: kind-lab"));
        until(() -> robot.lookup("#consoleTarget").query().isVisible());
        assertTrue(fx(() -> console.transcript().getText()).contains("실제 클러스터 kind-lab에 연결됐어요"));
        fake.listed.put("pods", List.of(castMap(Json.parse(listedPod("kubia-a", true))), castMap(Json.parse(listedPod("kubia-b", false)))));

        // still the simulation until the learner picks the real cluster
        type(robot, "get pods");
        until(() -> console.transcript().getText().contains("$ kubectl get pods\nNAME"));
        assertEquals(List.of(), fake.asked);

        robot.interact(() -> ((javafx.scene.control.ChoiceBox<?>) robot.lookup("#consoleTarget").query()).getSelectionModel().select(1));
        assertEquals("kind-lab $ kubectl", fx(() -> ((Label) robot.lookup("#consolePrompt").query()).getText()));
        type(robot, "get pods -o wide");
        until(() -> console.transcript().getText().contains("[kind-lab] $ kubectl get pods -o wide\n"));
        until(() -> console.transcript().getText().contains("kubia-b   0/1"));
        String t = fx(() -> console.transcript().getText());
        assertTrue(t.contains("NAME      READY   STATUS    RESTARTS   AGE"), t);
        assertEquals(List.of("pods@servicelab-kubia"), fake.asked, "the scene's namespace when no -n is given");

        // a command that changes something is not sent
        type(robot, "delete pod kubia-a");
        until(() -> console.transcript().getText().contains("[kind-lab] $ kubectl delete pod kubia-a\n# 실제 클러스터 kind-lab에는 읽기 명령"));
        assertEquals(List.of("pods@servicelab-kubia"), fake.asked);
        assertEquals(0, fake.applies + fake.dryRuns);

        robot.interact(this::snapshotConsole);
        robot.clickOn("#rcDisconnect");
        until(() -> !robot.lookup("#consoleTarget").query().isVisible());
        assertEquals("$ kubectl", fx(() -> ((Label) robot.lookup("#consolePrompt").query()).getText()));
        assertNull(workbench.console().target(), "disconnected: commands go to the simulation again");
    }

    /**
     * Puts a line in the console's input and presses Enter on it (a key event to the input: the
     * real-cluster window in front takes the robot's keyboard).
     */
    void type(FxRobot robot, String line) {
        robot.interact(() -> {
            console.input().setText(line);
            console.input().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
        });
    }

    private void snapshotConsole() {
        try {
            servicelab.ui.dev.Snapshot.write(console.getScene(), java.nio.file.Path.of("target/snapshots/console-real-target.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A pod as a list returns it: one container, its status, the pod's IP. */
    static String listedPod(String name, boolean ready) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"servicelab-kubia\","
                + "\"creationTimestamp\":\"2026-12-03T10:00:00Z\"},\"spec\":{\"nodeName\":\"kind-worker\",\"containers\":[{\"name\":\"kubia\","
                + "\"image\":\"luksa/kubia\"}]},\"status\":{\"phase\":\"Running\",\"podIP\":\"10.244.1.2\",\"podIPs\":[{\"ip\":\"10.244.1.2\"}],"
                + "\"containerStatuses\":[{\"name\":\"kubia\",\"ready\":" + ready + ",\"restartCount\":0,\"state\":{\"running\":"
                + "{\"startedAt\":\"2026-12-03T10:00:05Z\"}}}]}}";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void anInstalledAppWithoutTheBridgeOffersItsDownloadAndThenConnects(FxRobot robot) throws Exception {
        bridgeMissing = true;
        open(robot);
        assertFalse(fx(() -> robot.lookup("#rcBridgeBox").query().isVisible()), "nothing to offer before a connection is tried");
        until(() -> robot.lookup("#rcContext").queryComboBox().getValue() != null);
        robot.clickOn("#rcConnect");
        until(() -> status().startsWith("연결하지 못했습니다"));
        assertTrue(fx(() -> robot.lookup("#rcBridgeBox").query().isVisible()));
        assertEquals("연결 모듈 받기 (12.0 MB, Maven Central)", fx(() -> ((javafx.scene.control.Button) robot.lookup("#rcGetBridge").query()).getText()));
        assertEquals(List.of(), connected);
        robot.interact(() -> {
            try {
                servicelab.ui.dev.Snapshot.write(window.stage().getScene(), java.nio.file.Path.of("target/snapshots/real-bridge-offer.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.clickOn("#rcGetBridge");
        until(() -> status().startsWith("연결됨: kind-lab"));
        assertEquals(1, installs);
        assertEquals(List.of("kind-lab"), connected, "connected right after the download");
        assertFalse(fx(() -> robot.lookup("#rcBridgeBox").query().isVisible()));
    }

    @Test
    void onlyThisMachinesContextsUnlessAskedAndARemoteOneNeedsItsNameConfirmed(FxRobot robot) throws Exception {
        open(robot);
        until(() -> robot.lookup("#rcContext").queryComboBox().getItems().size() == 1);
        assertEquals("kind-lab", fx(() -> ((KubeContext) robot.lookup("#rcContext").queryComboBox().getValue()).name()));
        robot.clickOn("#rcAll");
        until(() -> robot.lookup("#rcContext").queryComboBox().getItems().size() == 2);
        robot.interact(() -> robot.lookup("#rcContext").queryComboBox().getSelectionModel().select(1));
        robot.clickOn("#rcConnect");
        until(() -> robot.lookup("#rcRemoteDialog").tryQuery().isPresent());
        String body = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#rcRemoteDialog").query()).getContentText());
        assertTrue(body.contains("classroom") && body.contains("https://203.0.113.5:6443"), body);
        robot.clickOn(fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#rcRemoteDialog").query())
                .lookupButton(javafx.scene.control.ButtonType.CANCEL)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), connected, "cancelled: nothing connected");
        robot.clickOn("#rcConnect");
        until(() -> robot.lookup("#rcRemoteDialog").tryQuery().isPresent());
        robot.clickOn("classroom에 연결");
        until(() -> connected.equals(List.of("classroom")));
    }

    @Test
    void theSceneIsComparedTheNamespaceDrawnAndADroppedWatchShownAsStale(FxRobot robot) throws Exception {
        open(robot);
        until(() -> robot.lookup("#rcContext").queryComboBox().getValue() != null);
        robot.clickOn("#rcConnect");
        until(() -> status().startsWith("연결됨: kind-lab"));
        assertEquals("kind-lab", connected.get(0));
        assertEquals("servicelab-kubia", fake.watched);

        // the real cluster has one ready and one unready pod behind kubia; the simulation two ready ones
        fake.emit(RealEvent.Type.ADDED, "{\"kind\":\"Service\",\"metadata\":{\"name\":\"kubia\",\"namespace\":\"servicelab-kubia\"},"
                + "\"spec\":{\"type\":\"ClusterIP\",\"clusterIP\":\"10.96.7.7\",\"ports\":[{\"port\":80}]}}");
        fake.emit(RealEvent.Type.ADDED, pod("kubia-a", true));
        fake.emit(RealEvent.Type.ADDED, pod("kubia-b", false));
        fake.emit(RealEvent.Type.ADDED, "{\"kind\":\"EndpointSlice\",\"metadata\":{\"name\":\"kubia-1\",\"namespace\":\"servicelab-kubia\","
                + "\"labels\":{\"kubernetes.io/service-name\":\"kubia\"}},\"endpoints\":["
                + "{\"addresses\":[\"10.244.1.2\"],\"conditions\":{\"ready\":true},\"targetRef\":{\"name\":\"kubia-a\"}},"
                + "{\"addresses\":[\"10.244.1.3\"],\"conditions\":{\"ready\":false},\"targetRef\":{\"name\":\"kubia-b\"}}]}");
        TableView<?> table = robot.lookup("#rcCompare").queryTableView();
        until(() -> table.getItems().size() == 1 && ((SimVsReal.Row) table.getItems().get(0)).realNotReady() == 1);
        SimVsReal.Row row = (SimVsReal.Row) table.getItems().get(0);
        assertEquals(2, row.simReady());
        assertEquals(1, row.realReady());
        assertTrue(row.differs());
        until(() -> root().lookupAll(".rc-differs").size() == 1);

        robot.clickOn("#rcDryRun");
        ListView<?> results = robot.lookup("#rcResults").queryListView();
        until(() -> results.getItems().size() == 3);
        assertTrue(fake.dryRuns == 1 && fake.applies == 0);
        String summary = fx(() -> ((Label) root().lookup("#rcSummary")).getText());
        assertEquals("서버 측 드라이 런(저장하지 않음) 문서 2개: 판단 일치 1개, 불일치 1개, 서버가 거부한 문서 1개, 보내지 않은 문서 1개", summary);
        until(() -> root().lookupAll(".rc-row-disagree").size() == 1);

        for (double[] size : new double[][] {{1000, 680}, {720, 560}}) {
            robot.interact(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : List.of("#rcConnect", "#rcReconnect", "#rcDryRun", "#rcApply", "#rcDelete", "#rcStatus")) {
                var b = fx(() -> root().lookup(id).localToScene(root().lookup(id).getBoundsInLocal()));
                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= size[0] && b.getMaxY() <= size[1], id + " inside " + size[0] + ": " + b);
            }
            robot.interact(() -> {
                try {
                    servicelab.ui.dev.Snapshot.write(window.stage().getScene(),
                            java.nio.file.Path.of("target/shots/real-cluster-" + (int) size[0] + ".png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        fake.emit(RealEvent.status(RealEvent.Type.STALE, null));
        until(() -> status().startsWith("연결이 끊겼습니다"));
        assertTrue(fx(() -> root().lookup("#rcStatus").getStyleClass().contains("stale")));
        robot.clickOn("#rcReconnect");
        until(() -> fake.reconnects == 1);
        fake.emit(RealEvent.status(RealEvent.Type.LIVE, null));
        until(() -> status().startsWith("연결됨"));
        fake.emit(RealEvent.Type.DELETED, pod("kubia-b", false));
        fake.emit(RealEvent.Type.MODIFIED, "{\"kind\":\"EndpointSlice\",\"metadata\":{\"name\":\"kubia-1\",\"namespace\":"
                + "\"servicelab-kubia\",\"labels\":{\"kubernetes.io/service-name\":\"kubia\"}},\"endpoints\":["
                + "{\"addresses\":[\"10.244.1.2\"],\"conditions\":{\"ready\":true},\"targetRef\":{\"name\":\"kubia-a\"}}]}");
        until(() -> ((SimVsReal.Row) table.getItems().get(0)).realNotReady() == 0);

        robot.interact(() -> window.stage().hide());
        until(() -> fake.closed);
    }

    static String pod(String name, boolean ready) {
        return "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"servicelab-kubia\"},\"spec\":{\"nodeName\":"
                + "\"kind-worker\"},\"status\":{\"podIP\":\"10.244.1.2\",\"conditions\":[{\"type\":\"Ready\",\"status\":\""
                + (ready ? "True" : "False") + "\"}]}}";
    }

    /** A cluster that answers as the test says: the Service is refused by the server, the Deployment accepted. */
    static final class FakeCluster implements RealCluster {
        volatile KubeContext context;
        volatile Consumer<RealEvent> events;
        volatile String watched;
        volatile int dryRuns, applies, reconnects;
        volatile boolean closed;

        @SuppressWarnings("unchecked")
        void emit(RealEvent.Type type, String json) {
            events.accept(RealEvent.of(type, RealObject.of((Map<String, Object>) Json.parse(json))));
        }

        void emit(RealEvent e) {
            events.accept(e);
        }

        @Override
        public KubeContext context() {
            return context;
        }

        @Override
        public String serverVersion() {
            return "v1.34.0";
        }

        @Override
        public List<ServerAnswer> apply(String namespace, String scene, List<SentDocument> documents, boolean dryRun) {
            if (dryRun) {
                dryRuns++;
            } else {
                applies++;
            }
            List<ServerAnswer> out = new ArrayList<>();
            for (SentDocument d : documents) {
                out.add(d.kind().equals("Service")
                        ? new ServerAnswer(d.index(), d.kind(), d.name(), false, 403, "Forbidden", "services \"kubia\" is forbidden: "
                        + "exceeded quota", List.of())
                        : new ServerAnswer(d.index(), d.kind(), d.name(), true, 200, null, null, List.of()));
            }
            return out;
        }

        @Override
        public void deleteNamespace(String namespace) {
        }

        @Override
        public List<RealObject> list(String kind, String namespace) {
            return List.of();
        }

        /** What the console's lists answer, by plural (objects as the API returns them). */
        final Map<String, List<Map<String, Object>>> listed = new java.util.concurrent.ConcurrentHashMap<>();
        final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public List<Map<String, Object>> list(ApiType type, String namespace) {
            asked.add(type.plural() + "@" + namespace);
            return listed.getOrDefault(type.plural(), List.of()).stream()
                    .filter(o -> namespace == null || namespace.equals(((Map<?, ?>) o.get("metadata")).get("namespace"))).toList();
        }

        @Override
        public RealWatch watch(String namespace, Consumer<RealEvent> sink) {
            watched = namespace;
            events = sink;
            sink.accept(RealEvent.status(RealEvent.Type.LIVE, null));
            return new RealWatch() {
                @Override
                public boolean live() {
                    return true;
                }

                @Override
                public void reconnect() {
                    reconnects++;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
