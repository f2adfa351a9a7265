package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.ui.dev.LayoutReport;

/**
 * The README's scenes at a projector's 1024×768, a laptop's 1366×768 and a monitor's 1920×1080,
 * with the lesson open, and in presenter mode: the layout report (what {@code gui
 * --layout-report} writes) finds no elided or clipped text and no control outside the window.
 */
@ExtendWith({RealLessons.class, ApplicationExtension.class})
class LayoutFitTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private record Case(String scene, String lesson, String from, String to, boolean presenter, Locale locale, boolean stageOnly) {
        Case(String scene, String lesson, String from, String to, boolean presenter) {
            this(scene, lesson, from, to, presenter, Locale.KOREAN, false);
        }

        Case(String scene, String lesson, String from, String to, boolean presenter, Locale locale) {
            this(scene, lesson, from, to, presenter, locale, false);
        }

        /** A chapter's scene in presenter mode's stage-only view (F11). */
        static Case stage(String lesson, String from, String to) {
            return new Case("lessons/" + lesson + "/scene.yaml", lesson, from, to, true, Locale.KOREAN, true);
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("clusterip", "06-clusterip-affinity", "pod/client", "http://kubia/", false),
            new Case("nodeport", "07-nodeport", "laptop", "http://192.168.0.12:30123/", false),
            new Case("loadbalancer", "08-loadbalancer", "laptop", "http://198.51.100.10/", false),
            new Case("externalname", "09-externalname", "pod/client", "http://external-service/", false),
            new Case("headless", "10-headless", "pod/client", "http://kubia-headless/", false),
            new Case("nodeport", "07-nodeport", "laptop", "http://192.168.0.12:30123/", true),
            // the English UI has room for its longer words too
            new Case("loadbalancer", "08-loadbalancer", "laptop", "http://198.51.100.10/", false, Locale.ENGLISH));

    /** Opens a scene at a size as the README's shots do, sends, lets it settle and measures. */
    private Map<String, Object> measure(FxRobot robot, Case c, int w, int h) throws Exception {
        MainWindow[] win = new MainWindow[1];
        robot.interact(() -> {
            try {
                Path scene = c.scene().endsWith(".yaml") ? Path.of(c.scene()) : Path.of("docs/scenes/" + c.scene() + ".yaml");
                AppOptions o = AppOptions.of(scene, w, h, c.locale())
                        .withLesson(c.lesson()).withPresenter(c.presenter());
                win[0] = App.open(stage, o);
                win[0].traffic().setClockRunning(false);
                stage.show();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Screen screen = new Screen(robot);
        screen.awaitChecked();
        robot.interact(() -> win[0].traffic().sendAndShow(c.from(), c.to()));
        if (c.stageOnly()) {
            robot.interact(() -> win[0].stageOnly().set(true));
        }
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Object> r = new java.util.HashMap<>(Screen.fx(() -> LayoutReport.measure(stage.getScene())));
        r.put("wrappedNames", Screen.fx(() -> wrappedPodNames(stage.getScene())));
        robot.interact(() -> win[0].shutdown());
        return r;
    }

    /** Pod names the label wraps by itself: a line of the name wider than the label's room breaks mid-word ("crz5mlw6m / w-"). */
    private static List<String> wrappedPodNames(javafx.scene.Scene scene) {
        List<String> out = new ArrayList<>();
        for (javafx.scene.Node n : scene.getRoot().lookupAll(".diagram-pod .diagram-card-title")) {
            javafx.scene.control.Label l = (javafx.scene.control.Label) n;
            javafx.scene.text.Text t = (javafx.scene.text.Text) l.lookup(".text");
            if (!Screen.shown(l) || t == null || t.getWrappingWidth() <= 0) {
                continue;
            }
            for (String line : l.getText().split("\n")) {
                javafx.scene.text.Text m = new javafx.scene.text.Text(line);
                m.setFont(l.getFont());
                if (m.getLayoutBounds().getWidth() > t.getWrappingWidth() + 0.5) {
                    out.add(l.getText().replace("\n", "|") + " (" + line + " in " + t.getWrappingWidth() + " px)");
                }
            }
        }
        return out;
    }

    @Test
    void readmeScenesFitEveryScreen(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 768}, {1366, 768}, {1920, 1080}}) {
            for (Case c : CASES) {
                Map<String, Object> r = measure(robot, c, size[0], size[1]);
                assertEquals(size[0] + "x" + size[1], r.get("size"));
                for (String k : List.of("elided", "clipped", "outside", "wrappedNames")) {
                    if (!((List<?>) r.get(k)).isEmpty()) {
                        problems.add(size[0] + "x" + size[1] + " " + c + " " + k + ": " + r.get(k));
                    }
                }
                @SuppressWarnings("unchecked")
                Map<String, Double> fonts = (Map<String, Double>) r.get("minFontPxByArea");
                for (String area : List.of("lesson", "editor", "toolbar", "traffic")) {
                    if (fonts.containsKey(area) && fonts.get(area) < 12) {
                        problems.add(size[0] + "x" + size[1] + " " + c + " " + area + " text " + fonts.get(area) + " px");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void presenterModeIsReadableFromTheBackRow(FxRobot robot) throws Exception {
        // the stage-only view: the diagram fills the window, its smallest text at least 1/40 of the
        // screen's height; the crowded scenes among the chapters (three Services and six pods in
        // chapter 11, three pods on a node in chapter 2, a load balancer and two Services in 13)
        List<Case> stageOnly = List.of(
                Case.stage("01-why-services", "pod/client", "http://10.244.2.2:8080/"),
                Case.stage("02-labels-endpoints", "pod/client", "http://kubia/"),
                Case.stage("07-nodeport", "laptop", "http://192.168.0.11:30123/"),
                Case.stage("09-externalname", "pod/client", "http://external-service/"),
                Case.stage("11-ingress", "laptop", "http://192.168.0.11:30123/"),
                Case.stage("12-gateway-api", "browser", "http://198.51.100.10/products"),
                Case.stage("15-edge-to-pod", "laptop", "http://192.168.0.11:32614/"));
        // with the toolbar and the composer: nothing cut off, and the roomier scenes already meet the rule
        List<Case> readable = List.of(
                new Case("lessons/06-clusterip-affinity/scene.yaml", "06-clusterip-affinity", "pod/client", "http://kubia/", true),
                new Case("lessons/07-nodeport/scene.yaml", "07-nodeport", "laptop", "http://192.168.0.11:30123/", true));
        List<Case> crowded = List.of(
                new Case("lessons/11-ingress/scene.yaml", "11-ingress", "laptop", "http://192.168.0.11:30123/", true));
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 768}, {1280, 720}, {1920, 1080}}) {
            for (Case c : java.util.stream.Stream.of(stageOnly, readable, crowded).flatMap(List::stream).toList()) {
                Map<String, Object> r = measure(robot, c, size[0], size[1]);
                String what = size[0] + "x" + size[1] + " " + c.lesson() + (c.stageOnly() ? " (stage only)" : "");
                for (String k : List.of("elided", "clipped", "outside")) {
                    if (!((List<?>) r.get(k)).isEmpty()) {
                        problems.add(what + " " + k + ": " + r.get(k));
                    }
                }
                @SuppressWarnings("unchecked")
                double diagram = ((Map<String, Double>) r.get("minFontPxByArea")).get("diagram");
                if (!crowded.contains(c) && diagram < size[1] / 40.0 - 0.05) {
                    problems.add(what + " smallest diagram text " + diagram + " px < " + size[1] / 40.0);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theReportSeesWhatIsCutOff(FxRobot robot) throws Exception {
        // the report itself can fail: a label squeezed below its text's width is reported elided
        Map<String, Object> r = Screen.fx(() -> {
            javafx.scene.control.Label l = new javafx.scene.control.Label("kubia-jtx9mvtff-z8dqm");
            l.setMaxWidth(40);
            javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(l);
            box.setId("toolbar");
            javafx.scene.Scene scene = new javafx.scene.Scene(box, 60, 40);
            box.applyCss();
            box.layout();
            return LayoutReport.measure(scene);
        });
        List<?> elided = (List<?>) r.get("elided");
        assertEquals(1, elided.size(), r.toString());
        assertTrue(elided.get(0).toString().contains("toolbar/"), elided.toString());
    }
}
