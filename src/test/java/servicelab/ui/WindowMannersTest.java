package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.model.Release;
import servicelab.workspace.settings.Settings;

/** A desktop app's manners: help and About, settings that come back, exports, the diagram's own zoom, a language switch. */
@ExtendWith(ApplicationExtension.class)
class WindowMannersTest {
    @TempDir
    static Path dir;
    private Stage stage;
    private MainWindow window;
    private Settings settings;
    private Screen screen;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        settings = Settings.load(Files.createTempDirectory(dir, "profile").resolve("settings.json"));
        window = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN), settings);
        window.traffic().setClockRunning(false);
        stage.show();
    }

    private void settled(FxRobot robot) throws Exception {
        screen = new Screen(robot);
        screen.awaitChecked();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A menu item by id, fired as a click on it would (the menu's popup is not needed). */
    private void fire(FxRobot robot, String id) {
        robot.interact(() -> find(window, id).fire());
    }

    static MenuItem find(MainWindow w, String id) {
        java.util.ArrayDeque<MenuItem> todo = new java.util.ArrayDeque<>(w.menuButton().getItems());
        while (!todo.isEmpty()) {
            MenuItem m = todo.pop();
            if (id.equals(m.getId())) {
                return m;
            }
            if (m instanceof javafx.scene.control.Menu sub) {
                todo.addAll(sub.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void f1ShowsTheShortcutsAndAboutNamesTheVersions(FxRobot robot) throws Exception {
        settled(robot);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent()));
        assertTrue(robot.lookup("Ctrl+Enter").tryQuery().isPresent());
        assertTrue(robot.lookup("요청 보내기").tryQuery().isPresent());
        robot.clickOn("닫기");
        fire(robot, "menuAbout");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#aboutVersion").tryQuery().isPresent()));
        String version = Screen.fx(() -> robot.lookup("#aboutVersion").queryAs(Label.class).getText());
        assertTrue(version.contains(Release.KUBERNETES), version);
        String licences = Screen.fx(() -> robot.lookup("#aboutLicences").queryAs(TextArea.class).getText());
        for (String name : new String[] {"OpenJFX", "RichTextFX", "SnakeYAML", "AtlantaFX", "Nanum"}) {
            assertTrue(licences.contains(name), name);
        }
        robot.clickOn("닫기");
    }

    @Test
    void settingsComeBackAtTheNextStart(FxRobot robot) throws Exception {
        settled(robot);
        fire(robot, "menuDark");
        double before = Screen.fx(() -> ((Label) stage.getScene().lookup("#statusMessage")).getFont().getSize());
        fire(robot, "menuLargerText");
        WaitForAsyncUtils.waitForFxEvents();
        double after = Screen.fx(() -> {
            stage.getScene().getRoot().applyCss();
            return ((Label) stage.getScene().lookup("#statusMessage")).getFont().getSize();
        });
        assertTrue(after > before + 1, "larger text: " + before + " → " + after);
        Path f = Files.writeString(dir.resolve("recent.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n");
        robot.interact(() -> window.files().openFile(f));
        robot.interact(() -> window.shutdown());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the IO thread writes the file
        Settings again = Settings.load(settings.file());
        assertTrue(again.dark());
        assertTrue(again.largerText());
        assertEquals(f.toAbsolutePath().normalize().toString(), again.recent().get(0));
        assertNotNull(again.window());
        assertEquals(1280, again.window().width(), 1);
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            try {
                w[0] = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN), again);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        window = w[0];
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Screen.fx(() -> stage.getScene().lookup(".root.dark") != null), "dark again");
        assertTrue(Screen.fx(() -> stage.getScene().lookup(".root.larger-text") != null), "larger text again");
        robot.interact(() -> w[0].menuButton().getOnShowing().handle(null));
        assertFalse(Screen.fx(() -> find(w[0], "recent-0").isDisable()), "the recent file is in the 열기 submenu");
    }

    @Test
    void theDiagramExportsLightEvenWhenTheAppIsDark(FxRobot robot) throws Exception {
        settled(robot);
        robot.interact(() -> window.theme().setDark(true));
        Path png = dir.resolve("diagram.png");
        assertTrue(Screen.fx(() -> window.export().exportPng(png, 2)));
        BufferedImage img = ImageIO.read(png.toFile());
        double w = Screen.fx(() -> window.diagram().getWidth());
        assertEquals(Math.round(2 * w), img.getWidth(), 2, "drawn at twice the size");
        int rgb = img.getRGB(3, img.getHeight() / 2) & 0xffffff;
        assertTrue((rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) > 200 && (rgb & 0xff) > 200,
                "a light picture: " + Integer.toHexString(rgb));
        assertTrue(Screen.fx(() -> window.theme().isDark()), "the app stays dark");
        robot.interact(() -> window.export().copyDiagram());
        assertTrue(Screen.fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().hasImage()), "on the clipboard too");
        Path yaml = dir.resolve("copy.yaml");
        assertTrue(Screen.fx(() -> window.export().exportYaml(yaml)));
        assertEquals(screen.yaml(), Files.readString(yaml));
    }

    @Test
    void theDiagramZoomsAndFitsAgain(FxRobot robot) throws Exception {
        settled(robot);
        robot.moveTo("#diagram").scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double wheeled = Screen.fx(() -> window.diagram().userZoom());
        assertTrue(wheeled != 1, "the wheel zooms the diagram");
        robot.clickOn("#diagramZoomIn");
        String percent = Screen.fx(() -> robot.lookup("#diagramZoomPercent").queryAs(Label.class).getText());
        assertEquals(Math.round(wheeled * 1.25 * 100), Integer.parseInt(percent.replace("%", "")), 1, percent);
        robot.interact(() -> window.diagram().requestFocus());
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, Screen.fx(() -> window.diagram().userZoom()), 1e-9, "F fits the whole picture again");
        assertEquals("100%", Screen.fx(() -> robot.lookup("#diagramZoomPercent").queryAs(Label.class).getText()));
    }

    @Test
    void englishIsOneMenuAwayAndTheWorkStays(FxRobot robot) throws Exception {
        settled(robot);
        screen.append("# mine\n");
        String before = screen.yaml();
        javafx.application.Platform.runLater(() -> find(window, "language-en").fire()); // the question is modal
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#languageDialog").tryQuery().isPresent()));
        screen.clickVisible("지금 다시 열기");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> "New".equals(
                ((Button) stage.getScene().lookup("#newButton")).getText())));
        assertEquals("en", settings.language());
        assertEquals(before, Screen.fx(() -> ((org.fxmisc.richtext.CodeArea) stage.getScene().lookup("#yamlEditor")).getText()),
                "the learner's text is carried over");
        Node send = stage.getScene().lookup("#sendButton");
        assertEquals("Send", Screen.fx(() -> ((Button) send).getText()));
    }
}
