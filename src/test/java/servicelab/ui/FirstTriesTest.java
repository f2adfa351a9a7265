package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a learner meets on their first tries: the readiness menu on a pod without a probe, a probe
 * failing below its threshold, a burst of requests in the event list and its filter, the
 * clients' Korean names.
 */
@ExtendWith(ApplicationExtension.class)
class FirstTriesTest {
    private static final String NO_PROBE = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: luksa/kubia
                ports:
                - containerPort: 8080
            """;
    private MainWindow window;
    private Screen screen;

    @Start
    void start(Stage stage) throws Exception {
        window = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN));
        window.traffic().setClockRunning(false);
        stage.show();
    }

    private void load(FxRobot robot, String text) throws Exception {
        screen = new Screen(robot);
        screen.awaitChecked();
        screen.paste(text);
        screen.awaitChecked();
        screen.fastForward(1);
    }

    @Test
    void aPodWithoutAProbeSaysSoAndOffersOne(FxRobot robot) throws Exception {
        load(robot, NO_PROBE);
        screen.podMenu("web", "준비성 프로브 없음 — 추가하기…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#noProbeDialog").tryQuery().isPresent()));
        screen.clickVisible("프로브 추가");
        screen.awaitChecked();
        String yaml = screen.yaml();
        assertTrue(yaml.contains("    readinessProbe:\n      httpGet:\n        path: /\n        port: 8080\n"), yaml);
        assertTrue(screen.valid(), () -> screen.errors().toString());
    }

    @Test
    void aProbeFailingBelowItsThresholdShowsOnTheBadge(FxRobot robot) throws Exception {
        load(robot, WorkbenchTest.APP);
        screen.fastForward(2);
        String p = screen.pods().get(0);
        screen.podMenu(p, "준비성 검사에 실패하게 하기");
        // the prober runs every 10 s (periodSeconds' default) and needs 3 failures (failureThreshold)
        screen.fastForward(1);
        String state = Screen.fx(() -> ((Label) screen.inPod(p, ".pod-state")).getText());
        assertTrue(state.matches("프로브 실패 [12]/3"), state);
        assertTrue(screen.podReady(p), "still an endpoint below the threshold");
        screen.fastForward(3);
        assertFalse(screen.podReady(p));
        assertEquals("준비 안 됨", Screen.fx(() -> ((Label) screen.inPod(p, ".pod-state")).getText()));
    }

    @Test
    void aBurstOfRequestsIsOneRowAndTheListFiltersByKind(FxRobot robot) throws Exception {
        load(robot, WorkbenchTest.APP);
        screen.fastForward(2);
        robot.interact(() -> window.traffic().sendAndShow("pod/" + screen.pods().get(0), "http://kubia/"));
        List<String> events = screen.eventsSettled();
        List<String> bursts = events.stream().filter(e -> e.contains("30× pod/")).toList();
        assertEquals(1, bursts.size(), events::toString);
        assertTrue(bursts.get(0).contains("전달됨 30") && bursts.get(0).contains("파드 3개"), bursts.get(0));
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = robot.lookup("#eventKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue("pod"));
        List<String> shown = Screen.fx(() -> List.copyOf(robot.lookup("#eventList").queryListView().getItems().stream()
                .map(String::valueOf).toList()));
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(e -> e.contains("파드")) && shown.stream().noneMatch(e -> e.contains("30×")), shown::toString);
        // the clients have Korean names in the composer; what is sent is the client's id
        @SuppressWarnings("unchecked")
        ComboBox<String> from = robot.lookup("#trafficFrom").queryAs(ComboBox.class);
        assertEquals("노트북", Screen.fx(() -> from.getConverter().toString("laptop")));
        assertEquals("laptop", Screen.fx(() -> from.getConverter().fromString("노트북")));
    }
}
