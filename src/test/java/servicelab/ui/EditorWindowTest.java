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
    private MainWindow window;
    private Stage stage;
    private Screen screen;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN));
        stage.show();
    }

    private void awaitCheck(FxRobot robot) throws Exception {
        screen = new Screen(robot);
        screen.awaitChecked();
    }

    @Test
    void seedExampleShowsItsMistakeExplainedInKorean(FxRobot robot) throws Exception {
        awaitCheck(robot);
        assertEquals(1, screen.errors().size());
        Diagnostic d = screen.errors().get(0);
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
        robot.interact(() -> screen.editor().moveTo(9, 0));
        // the explanation says: align with `port` at column 7, i.e. two spaces less
        robot.type(KeyCode.DELETE, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("    - port: 80\n      targetPort: 8080",
                screen.yaml().lines().skip(8).limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
        screen.awaitChecked();
        assertEquals("올바름", screen.pill().getText());
        assertTrue(stage.getTitle().startsWith("● "), stage.getTitle());
        // the remaining problem is a learner warning, not an error
        assertTrue(screen.errors().isEmpty());
        assertFalse(screen.problems().isEmpty());
    }

    @Test
    void clickingAProblemMovesTheCaretToItsLine(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn(".problem-explanation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, screen.editor().getCurrentParagraph());
    }

    @Test
    void typingBreaksAndTheDiagramSideSeesTheNewProblem(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn("예제");
        robot.clickOn("서비스 kubia (고친 매니페스트)");
        awaitCheck(robot);
        assertTrue(screen.valid());
        robot.clickOn("#yamlEditor");
        robot.interact(() -> screen.editor().moveTo(screen.editor().getLength()));
        robot.write("  type: Headless\n");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> screen.pill().getStyleClass().contains("bad")));
        WaitForAsyncUtils.waitForFxEvents();
        Diagnostic d = screen.errors().get(0);
        assertTrue(d.message().startsWith("spec.type: Unsupported value: \"Headless\""), d.message());
        assertEquals(12, d.line());
    }

    @Test
    void hoveringAnErrorShowsItsExplanation(FxRobot robot) throws Exception {
        awaitCheck(robot);
        Diagnostic d = screen.errors().get(0);
        Bounds[] holder = new Bounds[1];
        robot.interact(() -> holder[0] = screen.editor().getCharacterBoundsOnScreen(d.start(), d.start() + 1).orElseThrow());
        Bounds b = holder[0];
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 2, b.getCenterY()));
        robot.moveBy(3, 0);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup(".problem-tooltip").tryQuery().filter(Screen::showing).isPresent()));
        String shown = robot.lookup(".problem-tooltip .problem-original").queryAs(Label.class).getText();
        assertTrue(shown.contains("mapping values are not allowed"), shown);
    }

    @Test
    void saveIsAtomicAndClearsTheDirtyMark(FxRobot robot) throws Exception {
        awaitCheck(robot);
        screen.append("# edited\n");
        assertTrue(stage.getTitle().startsWith("● "), stage.getTitle());
        Path target = dir.resolve("svc.yaml");
        Files.writeString(target, "old");
        Screen.answerFileDialogs(window, target);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(screen.yaml(), Files.readString(target, StandardCharsets.UTF_8));
        assertEquals("svc.yaml — 서비스 랩", stage.getTitle());
        try (var s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void savingIntoAMissingFolderKeepsTheTextAndSaysSo(FxRobot robot) throws Exception {
        awaitCheck(robot);
        screen.append("# edited\n");
        Screen.answerFileDialogs(window, dir.resolve("no/such/dir/svc.yaml"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("● "), "still unsaved: " + stage.getTitle());
        assertNotNull(robot.lookup("#errorDialog").tryQuery().orElse(null));
        robot.clickOn("확인");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        awaitCheck(robot);
        screen.append("# edited\n");
        String text = screen.yaml();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "취소"));
        robot.clickOn(visibleButton(robot, "취소"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertEquals(text, screen.yaml());

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
    void aSceneCanMakeNodesSmallAndThePodsBeyondWaitVisiblyPending(FxRobot robot) throws Exception {
        awaitCheck(robot);
        String manifest = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: kubia\nspec:\n  replicas: 9\n"
                + "  selector:\n    matchLabels:\n      app: kubia\n  template:\n    metadata:\n      labels:\n        app: kubia\n"
                + "    spec:\n      containers:\n      - name: kubia\n        image: luksa/kubia\n";
        Path scene = Files.writeString(dir.resolve("full.yaml"), "# servicelab-scene: {\"seed\": 7, \"positions\": {}, \"maxPods\": 2}\n"
                + manifest);
        robot.interact(() -> window.files().openFile(scene));
        awaitCheck(robot);
        // 3 nodes × 2 pods, one of them the ingress controller's: 5 run, 4 wait for room
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#pendingPods").tryQuery().isPresent());
        javafx.scene.control.Label pending = robot.lookup("#pendingPods").queryAs(javafx.scene.control.Label.class);
        assertTrue(pending.getText().contains("4"), pending.getText());
        assertEquals(2, window.workbench().cluster().world().nodes().get(0).maxPods());
    }

    @Test
    void droppedFileOpensAndBinaryFileIsRefused(FxRobot robot) throws Exception {
        awaitCheck(robot);
        Path yaml = Files.writeString(dir.resolve("drop.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: 실습\n");
        // what the window's drop handler does with a dropped file (a drag from outside cannot be simulated headless)
        robot.interact(() -> window.files().openDropped(List.of(yaml.toFile())));
        assertEquals(Files.readString(yaml), screen.yaml());
        awaitCheck(robot);
        assertEquals("metadata.name", screen.errors().get(0).field());

        Path junk = Files.write(dir.resolve("junk.yaml"), new byte[] {(byte) 0xff, 0, (byte) 0xfe});
        String before = screen.yaml();
        Screen.answerFileDialogs(window, junk);
        robot.clickOn("#openButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, screen.yaml());
        assertNotNull(robot.lookup("#errorDialog").tryQuery().orElse(null));
        robot.clickOn("확인");
    }

    @Test
    void removedIngressApiIsReplacedWithItsV1FormInOneClick(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn("예제");
        robot.clickOn("원본 노트 4절: extensions/v1beta1 인그레스 (원문 그대로)");
        awaitCheck(robot);
        assertEquals(1, screen.errors().size());
        assertEquals(ErrorType.UnsupportedAPI, screen.errors().get(0).type());
        robot.clickOn("networking.k8s.io/v1 매니페스트로 바꾸기");
        screen.awaitChecked();
        assertTrue(screen.valid());
        String text = screen.yaml();
        assertTrue(text.startsWith("# 원본 노트 4절"), "the comment above the document is kept");
        assertTrue(text.contains("apiVersion: networking.k8s.io/v1\n") && text.contains("pathType: Prefix"), text);
        screen.undo();
        assertTrue(screen.yaml().contains("extensions/v1beta1"), "one undo brings the original back");
    }

    @Test
    void examplesMenuLoadsTheCorrectedManifest(FxRobot robot) throws Exception {
        awaitCheck(robot);
        robot.clickOn("예제");
        robot.clickOn("서비스 kubia (고친 매니페스트)");
        awaitCheck(robot);
        assertTrue(screen.valid());
        assertTrue(screen.yaml().contains("targetPort: 8080  # 파드(컨테이너) 포트"));
    }
}
