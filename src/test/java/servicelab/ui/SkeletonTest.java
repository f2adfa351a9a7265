package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.workspace.settings.Settings;

/**
 * The start as a learner sees it: the window is on screen at once as its skeleton, in the theme
 * and size the learner left, and the real window takes its place on the same stage after that
 * first frame, with nothing of the skeleton left behind.
 */
@ExtendWith(ApplicationExtension.class)
class SkeletonTest {
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void theSkeletonShowsFirstThenTheRealWindowTakesTheStage(FxRobot robot) throws Exception {
        Settings settings = Settings.load(Files.createTempDirectory(dir, "profile").resolve("settings.json"));
        settings.setDark(true);
        AtomicReference<MainWindow> built = new AtomicReference<>();
        boolean[] skeletonFirst = new boolean[2];
        String[] title = new String[1];
        javafx.scene.Scene[] first = new javafx.scene.Scene[1];
        javafx.scene.paint.Color[] middle = new javafx.scene.paint.Color[1];
        javafx.scene.paint.Color[] band = new javafx.scene.paint.Color[1];
        robot.interact(() -> {
            App.showThenBuild(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN), settings, built::set);
            // before any frame: the stage is up with the skeleton in the learner's dark theme
            skeletonFirst[0] = stage.isShowing() && stage.getScene().getRoot().getStyleClass().contains("skeleton");
            skeletonFirst[1] = stage.getScene().getRoot().getStyleClass().contains("dark");
            title[0] = stage.getTitle();
            first[0] = stage.getScene();
            javafx.scene.image.WritableImage img = stage.getScene().snapshot(null);
            middle[0] = img.getPixelReader().getColor(640, 400);
            band[0] = img.getPixelReader().getColor(640, 20);
        });
        assertTrue(skeletonFirst[0], "the skeleton is the first thing on the stage");
        assertTrue(skeletonFirst[1], "in the theme the learner left");
        // the diagram's column in the dark theme's background (#0d1117), the toolbar band in its surface (#161b22)
        assertEquals(javafx.scene.paint.Color.web("#0d1117"), middle[0]);
        assertEquals(javafx.scene.paint.Color.web("#161b22"), band[0]);
        assertEquals("\uc11c\ube44\uc2a4 \ub7a9", title[0]); // app.title
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> built.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Screen.fx(() -> stage.getScene().lookup(".skeleton") != null), "no skeleton left");
        assertTrue(Screen.fx(() -> stage.getScene().lookup(".root.dark") != null), "the real window is dark too");
        assertEquals(1280, Screen.fx(() -> stage.getScene().getWidth()), 1);
        // on the skeleton's own scene: a new one would render into a second frame buffer
        org.junit.jupiter.api.Assertions.assertSame(first[0], Screen.fx(stage::getScene), "the skeleton's scene carries on");
        assertTrue(Screen.fx(() -> stage.getScene().lookup("#statusMessage") != null), "the real window's status bar");
        robot.interact(() -> built.get().shutdown());
    }
}
