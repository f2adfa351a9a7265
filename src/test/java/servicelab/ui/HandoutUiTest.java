package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher saves the chapter's handout from the menu, and printing says what it can do. */
@ExtendWith({RealLessons.class, ApplicationExtension.class})
class HandoutUiTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        window = App.open(stage, AppOptions.of(null, 1280, 720, Locale.KOREAN));
        window.traffic().setClockRunning(false);
        stage.show();
    }

    private String status() {
        return Screen.fx(() -> ((Label) stage.getScene().lookup("#statusMessage")).getText());
    }

    @Test
    void theFileMenuSavesTheChaptersHandoutAsPdf(FxRobot robot, @TempDir Path dir) throws Exception {
        Screen screen = new Screen(robot);
        screen.awaitFirstChapter();
        Path out = dir.resolve("ch1.pdf");
        Screen.answerFileDialogs(window, out);
        robot.interact(() -> WindowMannersTest.find(window, "handoutTeacher").fire()); // as a click on the menu item
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out) && status().startsWith("유인물을 저장했어요"));
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("교사용"), "the teacher's copy");
            assertTrue(text.contains("파드"), "Korean text");
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.allMatch(p -> p.equals(out)), "no temporary file left behind");
        }
    }

    @Test
    void printingWithoutAPrinterSaysSoInsteadOfFailingSilently(FxRobot robot) throws Exception {
        Screen screen = new Screen(robot);
        screen.awaitFirstChapter();
        String said = Screen.fx(() -> window.handouts().onPrint()).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the test machines have no printer (and run headless): the app says what to do instead
        assertTrue(said.contains("프린터를 찾지 못했어요") || said.startsWith("인쇄를") || said.startsWith("유인물"), said);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status().equals(said));
    }
}
