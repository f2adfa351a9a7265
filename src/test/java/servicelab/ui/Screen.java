package servicelab.ui;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.check.Diagnostic;

/**
 * What a learner sees and does, for the UI tests: the editor's text, the status pill, the
 * problems list, the pods and Services on the diagram, the event list, the console, and the
 * controls that act (menus, buttons, keys). Tests read the screen through it, never the
 * window's internals.
 */
final class Screen {
    private final FxRobot robot;

    Screen(FxRobot robot) {
        this.robot = robot;
    }

    /** Reads the screen on the UI thread: the scene graph is the UI thread's, and a lookup from another races with it. */
    static <T> T fx(java.util.concurrent.Callable<T> read) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ files

    /** The file dialogs answer with this path (a native dialog cannot be driven headless). */
    static void answerFileDialogs(MainWindow w, java.nio.file.Path p) {
        w.files().setDialogs(new servicelab.ui.files.FileActions.Dialogs() {
            @Override
            public java.nio.file.Path open(javafx.stage.FileChooser chooser) {
                return p;
            }

            @Override
            public java.nio.file.Path save(javafx.stage.FileChooser chooser) {
                return p;
            }
        });
    }

    /** The toolbar's open button, with the dialog answering this file (and unsaved text discarded). */
    void open(MainWindow w, java.nio.file.Path p) throws Exception {
        answerFileDialogs(w, p);
        robot.clickOn("#openButton");
        discardIfAsked();
        awaitChecked();
    }

    /** Chooses an example from the examples menu (unsaved text discarded). */
    void example(String label) throws Exception {
        robot.clickOn("예제");
        robot.clickOn(label);
        discardIfAsked();
        awaitChecked();
    }

    /** When the window asks about unsaved text, the learner discards it. */
    void discardIfAsked() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#unsavedDialog").tryQuery().filter(Screen::showing).isPresent()) {
            clickVisible("저장 안 함");
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    // ------------------------------------------------------------------ the editor

    CodeArea editor() {
        return robot.lookup("#yamlEditor").queryAs(CodeArea.class);
    }

    String yaml() {
        return fx(() -> {
            return editor().getText();
        });
    }

    /** Waits until the window has opened its first chapter's scene (a window with lessons starts there). */
    void awaitFirstChapter() throws Exception {
        String scene = java.nio.file.Files.readString(java.nio.file.Path.of("lessons/01-why-services/scene.yaml"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> yaml().equals(scene));
        awaitChecked();
    }

    /** Replaces the whole text, as a paste over a selection of everything would. */
    void paste(String text) {
        robot.interact(() -> {
            editor().selectAll();
            editor().replaceSelection(text);
        });
    }

    /** Types at the end of the text. */
    void append(String text) {
        robot.interact(() -> editor().appendText(text));
    }

    /** Ctrl+Z in the editor. */
    void undo() {
        robot.clickOn("#yamlEditor");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    /** Lines (0-based) that glow after a diagram or console edit. */
    List<Integer> glowingLines() {
        return fx(() -> {
            CodeArea e = editor();
            return java.util.stream.IntStream.range(0, e.getParagraphs().size())
                    .filter(i -> e.getParagraph(i).getParagraphStyle().contains("flash")).boxed().toList();
        });
    }

    // ------------------------------------------------------------------ the check

    /** The status pill, looked up on the FX thread (a lookup from the test thread races with a redraw). */
    Label pill() {
        return fx(() -> robot.lookup(".status-pill").queryAs(Label.class));
    }

    /** Waits until the status pill shows a finished check (not "checking"). */
    void awaitChecked() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !pill().getStyleClass().contains("busy")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean valid() {
        return fx(() -> {
            return pill().getStyleClass().contains("ok");
        });
    }

    @SuppressWarnings("unchecked")
    List<Diagnostic> problems() {
        return fx(() -> {
            return List.copyOf(((ListView<Diagnostic>) robot.lookup("#problemList").query()).getItems());
        });
    }

    List<Diagnostic> errors() {
        return problems().stream().filter(d -> !d.warning()).toList();
    }

    // ------------------------------------------------------------------ the diagram

    /** The pods drawn (by the name on their badge), in node and row order. */
    List<String> pods() {
        return fx(() -> {
            return robot.lookup(".diagram-pod").queryAll().stream().filter(Screen::shown)
                    .filter(n -> n.getProperties().get("pod") != null)
                    .sorted(Comparator.comparingDouble((Node n) -> n.localToScene(0, 0).getX()).thenComparingDouble(n -> n.localToScene(0, 0).getY()))
                    .map(n -> (String) n.getProperties().get("pod")).toList();
        });
    }

    /** The badge that shows this pod. */
    Node pod(String name) {
        return fx(() -> {
            return robot.lookup(".diagram-pod").queryAll().stream().filter(Screen::shown)
                    .filter(n -> name.equals(n.getProperties().get("pod"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no pod " + name + " on the diagram: " + pods()));
        });
    }

    /** A part of a pod's badge (".why-not", ".label-chip", ...). */
    Node inPod(String name, String query) {
        return fx(() -> {
            return robot.from(pod(name)).lookup(query).query();
        });
    }

    List<Label> allInPod(String name, String query) {
        return fx(() -> {
            return robot.from(pod(name)).lookup(query).queryAll().stream().map(Label.class::cast).toList();
        });
    }

    boolean podReady(String name) {
        return fx(() -> {
            return pod(name).getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("ready"));
        });
    }

    /** Right-clicks a pod's badge and clicks the menu items in order. */
    void podMenu(String name, String... items) throws Exception {
        robot.clickOn(pod(name), MouseButton.SECONDARY);
        for (String item : items) {
            clickVisible(item);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The address on a pod's badge. */
    String podIp(String name) {
        return fx(() -> {
            return ((Label) inPod(name, ".diagram-mono")).getText();
        });
    }

    String serviceType(String name) {
        return fx(() -> {
            return robot.lookup("#svc-" + name + " .type-badge").queryAs(Label.class).getText();
        });
    }

    /** The ready column of the selected Service's endpoints table: how many say true, of how many. */
    int[] readyEndpoints(String service) {
        if (robot.lookup("#endpointsTable").tryQuery().filter(Screen::shown).isEmpty()) {
            robot.clickOn("#svc-" + service);
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> ready = robot.lookup("#endpointsTable .label").queryAll().stream().filter(Screen::shown)
                .map(n -> ((Label) n).getText()).filter(t -> t.equals("true") || t.equals("false")).toList();
        return new int[] {(int) ready.stream().filter("true"::equals).count(), ready.size()};
    }

    boolean hasService(String name) {
        return fx(() -> {
            return robot.lookup("#svc-" + name).tryQuery().filter(Screen::shown).isPresent();
        });
    }

    boolean stale() {
        return fx(() -> {
            return robot.lookup(".diagram-stale").tryQuery().filter(Screen::shown).isPresent();
        });
    }

    String staleText() {
        return fx(() -> {
            return robot.lookup(".diagram-stale").queryAs(Label.class).getText();
        });
    }

    /** Requests counted on the pods' badges. */
    int hits() {
        return fx(() -> {
            return robot.lookup(".hit-counter").queryAll().stream().filter(Screen::shown)
                    .mapToInt(n -> Integer.parseInt(((Label) n).getText())).sum();
        });
    }

    /** Right-clicks a node and clicks the menu items in order (submenus included). */
    void menu(String node, String... items) throws Exception {
        robot.clickOn(node, MouseButton.SECONDARY);
        for (String item : items) {
            clickVisible(item);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Menus of earlier actions may linger hidden: click the one that is showing. */
    void clickVisible(String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(text).queryAll().stream().anyMatch(Screen::showing)));
        robot.clickOn(robot.lookup(text).queryAll().stream().filter(Screen::showing).findFirst().orElseThrow());
    }

    static boolean showing(Node n) {
        return n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    /** In the window's scene graph and visible (badges that left the picture are kept for reuse). */
    static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.getParent() != null;
    }

    // ------------------------------------------------------------------ traffic and time

    /** Clicks a text field, selects what is in it, and types over it. */
    void fill(String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    /** Ten seconds of virtual time per click. */
    void fastForward(int clicks) {
        for (int i = 0; i < clicks; i++) {
            robot.clickOn("#fastForward");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    List<String> events() {
        return fx(() -> {
            return List.copyOf(((ListView<String>) robot.lookup("#eventList").query()).getItems());
        });
    }

    /** Waits until the event list has caught up (it follows the cluster a frame later). */
    List<String> eventsSettled() throws Exception {
        WaitForAsyncUtils.sleep(120, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return events();
    }

    List<String> hops() {
        return fx(() -> {
            return robot.lookup("#hopList").queryListView().getItems().stream().map(String::valueOf).toList();
        });
    }

    String summary() {
        return fx(() -> {
            return robot.lookup("#trafficSummary").queryAs(Label.class).getText();
        });
    }

    // ------------------------------------------------------------------ the console

    /** Opens the console tab and runs a line as typed. */
    void kubectl(String line) throws Exception {
        robot.clickOn("kubectl 콘솔");
        robot.clickOn("#consoleInput").write(line);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String transcript() {
        return fx(() -> {
            return robot.lookup("#consoleTranscript").queryAs(TextArea.class).getText();
        });
    }
}
