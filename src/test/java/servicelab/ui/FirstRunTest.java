package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.lesson.Lesson;
import servicelab.workspace.settings.Settings;

/**
 * A first start as a new learner has it: no progress, no settings. The lesson pane welcomes
 * them, chapter 1 is open with its cluster on the diagram, the first request goes somewhere,
 * and choosing another chapter brings its cluster (asking before unsaved text is replaced).
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {
    private static final String LESSONS = System.getProperty("servicelab.lessons");
    private static final String HOME = System.getProperty("servicelab.home");
    @TempDir
    static Path home;
    private MainWindow window;
    private Screen screen;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("servicelab.lessons", "lessons");
        Path h = Files.createTempDirectory(home == null ? Path.of("target") : home, "home");
        System.setProperty("servicelab.home", h.toString());
        window = App.open(stage, AppOptions.of(null, 1366, 768, Locale.KOREAN), Settings.load(Settings.defaultFile()));
        window.traffic().setClockRunning(false);
        stage.show();
    }

    @AfterEach
    void restore() {
        for (String[] p : new String[][] {{"servicelab.lessons", LESSONS}, {"servicelab.home", HOME}}) {
            if (p[1] == null) {
                System.clearProperty(p[0]);
            } else {
                System.setProperty(p[0], p[1]);
            }
        }
    }

    private void settled(FxRobot robot) throws Exception {
        screen = new Screen(robot);
        WaitForAsyncUtils.waitForFxEvents();
        screen.awaitChecked();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Lesson> chooser(FxRobot robot) {
        return robot.lookup("#lessonChooser").queryAs(ComboBox.class);
    }

    @Test
    void theFirstStartWelcomesAndOpensChapterOneWithItsCluster(FxRobot robot) throws Exception {
        settled(robot);
        Node welcome = robot.lookup("#welcome").query();
        assertNotNull(welcome, "the welcome is in the lesson pane");
        String chapter = Screen.fx(() -> chooser(robot).getValue().id());
        assertEquals("01-why-services", chapter);
        assertEquals(Files.readString(Path.of("lessons/01-why-services/scene.yaml")), screen.yaml());
        assertFalse(screen.pods().isEmpty(), "chapter 1's pods are on the diagram");
        // 1366 pixels: the lesson and the YAML share a column as two tabs
        assertNotNull(robot.lookup("#sideTabs").tryQuery().orElse(null));
        // the composer offers a target that works from a client that can reach it
        assertTrue(Screen.fx(() -> !robot.lookup("#sendButton").queryAs(Button.class).isDisabled()));
        robot.interact(() -> window.traffic().send());
        WaitForAsyncUtils.waitForFxEvents();
        String summary = Screen.fx(() -> robot.lookup(".traffic-summary").queryAs(Label.class).getText());
        assertTrue(summary.contains("전달됨"), summary);
        assertFalse(summary.contains("DELIVERED"), summary);
        robot.clickOn("#welcomeClose");
        assertNull(robot.lookup("#welcome").tryQuery().orElse(null));
    }

    @Test
    void choosingAChapterLoadsItsSceneAndAsksBeforeReplacingWork(FxRobot robot) throws Exception {
        settled(robot);
        Lesson two = Screen.fx(() -> chooser(robot).getItems().get(1));
        robot.interact(() -> chooser(robot).setValue(two));
        screen.awaitChecked();
        assertEquals(Files.readString(two.dir().resolve("scene.yaml")), screen.yaml());
        screen.append("# my note\n");
        screen.awaitChecked();
        Lesson three = Screen.fx(() -> chooser(robot).getItems().get(2));
        javafx.application.Platform.runLater(() -> chooser(robot).setValue(three)); // the question is modal
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#unsavedDialog").tryQuery().filter(Screen::showing).isPresent()));
        assertNotNull(robot.lookup("#unsavedDialog").tryQuery().orElse(null), "asked before the work is replaced");
        screen.clickVisible("취소");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.yaml().contains("# my note"), "cancel keeps the learner's text");
    }

    @Test
    void sendIsOfferedOnlyWhenItCanWork(FxRobot robot) throws Exception {
        settled(robot);
        screen.paste("apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n      targetPort: 8080\n");
        screen.awaitChecked();
        WaitForAsyncUtils.waitForFxEvents();
        Button send = robot.lookup("#sendButton").queryAs(Button.class);
        assertTrue(Screen.fx(send::isDisabled), "broken YAML: nothing to send to");
        Label why = robot.lookup("#sendReason").queryAs(Label.class);
        assertTrue(Screen.fx(why::isVisible));
        assertTrue(Screen.fx(why::getText).contains("YAML"), Screen.fx(why::getText));
    }
}
