package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.check.Diagnostic;
import servicelab.model.ErrorType;

/** The editor window driven as a learner would: read the problem, fix it by keyboard, save, close. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    private MainController controller;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        controller = App.open(stage, new App.Options(null, null, 1280, 800, Locale.KOREAN));
        stage.show();
    }

    private void awaitCheck(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !controller.isChecking() && controller.report() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void seedExampleShowsItsMistakeExplainedInKorean(FxRobot robot) throws Exception {
        awaitCheck(robot);
        assertEquals(1, controller.report().errors().size());
        Diagnostic d = controller.report().errors().get(0);
        assertEquals(ErrorType.YAMLSyntax, d.type());
        assertEquals(10, d.line(), "targetPort sits on line 10 of the preloaded example");
        String explanation = robot.lookup(".problem-explanation").query().getAccessibleText();
        assertTrue(explanation.contains("targetPort") && explanation.contains("같은 열(7열)"), explanation);
        Label original = robot.lookup(".problem-original").queryAs(Label.class);
        assertEquals("yaml: line 10: mapping values are not allowed in this context", original.getText());
        assertEquals("오류 1개", robot.lookup(".status-pill").queryAs(Label.class).getText());
    }

    @Test
    void fixingTheIndentByKeyboardClearsTheError(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn("#yamlEditor");
        robot.interact(() -> controller.editor().moveTo(9, 0));
        // the explanation says: align with `port` at column 7, i.e. two spaces less
        robot.type(KeyCode.DELETE, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("    - port: 80\n      targetPort: 8080",
                controller.editor().getText().lines().skip(8).limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !controller.isChecking()
                && controller.report() != null && controller.report().valid());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("올바름", robot.lookup(".status-pill").queryAs(Label.class).getText());
        assertTrue(controller.isDirty());
        assertTrue(stage.getTitle().startsWith("● "), stage.getTitle());
        // the remaining problem is a learner warning, not an error
        assertFalse(controller.report().warnings().isEmpty());
    }

    @Test
    void clickingAProblemMovesTheCaretToItsLine(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn(".problem-explanation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, controller.editor().getCurrentParagraph());
    }

    @Test
    void typingBreaksAndTheDiagramSideSeesTheNewProblem(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.interact(() -> controller.loadExample("service-fixed"));
        awaitCheck(robot);
        assertTrue(controller.report().valid());
        robot.clickOn("#yamlEditor");
        robot.interact(() -> controller.editor().moveTo(controller.editor().getLength()));
        robot.write("  type: Headless\n");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !controller.isChecking()
                && controller.report() != null && !controller.report().valid());
        WaitForAsyncUtils.waitForFxEvents();
        Diagnostic d = controller.report().errors().get(0);
        assertTrue(d.message().startsWith("spec.type: Unsupported value: \"Headless\""), d.message());
        assertEquals(12, d.line());
    }

    @Test
    void hoveringAnErrorShowsItsExplanation(FxRobot robot) throws Exception {
        awaitCheck(robot);
        Diagnostic d = controller.report().errors().get(0);
        Bounds[] holder = new Bounds[1];
        robot.interact(() -> holder[0] = controller.editor().getCharacterBoundsOnScreen(d.start(), d.start() + 1).orElseThrow());
        Bounds b = holder[0];
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 2, b.getCenterY()));
        robot.moveBy(3, 0);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> controller.tooltipShowing());
        assertTrue(controller.tooltipText().contains("`targetPort`"), controller.tooltipText());
    }

    @Test
    void saveIsAtomicAndClearsTheDirtyMark(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.interact(() -> controller.editor().appendText("# edited\n"));
        assertTrue(controller.isDirty());
        Path target = dir.resolve("svc.yaml");
        Files.writeString(target, "old");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = controller.saveTo(target));
        assertTrue(ok[0]);
        assertEquals(controller.editor().getText(), Files.readString(target, StandardCharsets.UTF_8));
        assertFalse(controller.isDirty());
        assertEquals("svc.yaml — 서비스 랩", stage.getTitle());
        try (var s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void savingIntoAMissingFolderKeepsTheTextAndSaysSo(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.interact(() -> controller.editor().appendText("# edited\n"));
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = controller.saveTo(dir.resolve("no/such/dir/svc.yaml")));
        assertFalse(ok[0]);
        assertTrue(controller.isDirty());
        assertNotNull(robot.lookup("#errorDialog").tryQuery().orElse(null));
        robot.clickOn("OK");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.interact(() -> controller.editor().appendText("# edited\n"));
        String text = controller.editor().getText();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "취소"));
        robot.clickOn(visibleButton(robot, "취소"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertEquals(text, controller.editor().getText());

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "저장 안 함"));
        robot.clickOn(visibleButton(robot, "저장 안 함"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    private static boolean visible(FxRobot robot, String text) {
        return robot.lookup(text).queryAll().stream().anyMatch(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing());
    }

    private static javafx.scene.Node visibleButton(FxRobot robot, String text) {
        return robot.lookup(text).queryAll().stream().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).findFirst().orElseThrow();
    }

    @Test
    void droppedFileOpensAndBinaryFileIsRefused(FxRobot robot) throws Exception {
        awaitCheck(robot);
        Path yaml = Files.writeString(dir.resolve("drop.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: 실습\n");
        robot.interact(() -> controller.openDropped(List.of(yaml.toFile())));
        assertEquals(Files.readString(yaml), controller.editor().getText());
        awaitCheck(robot);
        assertEquals("metadata.name", controller.report().errors().get(0).field());

        Path junk = Files.write(dir.resolve("junk.yaml"), new byte[] {(byte) 0xff, 0, (byte) 0xfe});
        String before = controller.editor().getText();
        robot.interact(() -> controller.openFile(junk));
        assertEquals(before, controller.editor().getText());
        assertNotNull(robot.lookup("#errorDialog").tryQuery().orElse(null));
        robot.clickOn("OK");
    }

    @Test
    void removedIngressApiIsReplacedWithItsV1FormInOneClick(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn("예제");
        robot.clickOn("원본 노트 4절: extensions/v1beta1 인그레스 (원문 그대로)");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !controller.isChecking() && controller.report() != null
                && controller.report().errors().size() == 1 && controller.report().errors().get(0).type() == ErrorType.UnsupportedAPI);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("networking.k8s.io/v1 매니페스트로 바꾸기");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !controller.isChecking() && controller.report().valid());
        String text = controller.editor().getText();
        assertTrue(text.startsWith("# 원본 노트 4절"), "the comment above the document is kept");
        assertTrue(text.contains("apiVersion: networking.k8s.io/v1\n") && text.contains("pathType: Prefix"), text);
        robot.interact(() -> controller.editor().undo());
        assertTrue(controller.editor().getText().contains("extensions/v1beta1"), "one undo brings the original back");
    }

    @Test
    void examplesMenuLoadsTheCorrectedManifest(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn("예제");
        robot.clickOn("서비스 kubia (고친 매니페스트)");
        awaitCheck(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> controller.report().valid());
        assertTrue(controller.editor().getText().contains("targetPort: 8080  # 파드(컨테이너) 포트"));
    }
}
