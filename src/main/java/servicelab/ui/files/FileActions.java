package servicelab.ui.files;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import servicelab.text.Messages;
import servicelab.workspace.ClusterModel;
import servicelab.workspace.Layout;
import servicelab.workspace.ManifestDocument;
import servicelab.workspace.files.ManifestFile;
import servicelab.workspace.files.SceneFile;

/**
 * New, open, save, save as, scenes, examples and dropped files: every way a text comes into the
 * editor or goes to disk. Nothing unsaved is replaced without asking; saves are atomic, and a
 * failed save leaves the old file and keeps the text dirty.
 */
public final class FileActions {
    /** The study note's examples, in the examples menu's order. */
    public static final List<String> EXAMPLES = List.of("sandbox", "seed-service", "service-fixed", "nodeport",
            "seed-ingress-v1beta1", "ingress-v1", "seed-rc", "deployment-readiness");

    private final Stage stage;
    private final Messages msg;
    private final ManifestDocument doc;
    private final ClusterModel cluster;
    private final Layout layout;
    private final Consumer<String> status;
    private Dialogs dialogs = new Dialogs() {
        @Override
        public Path open(FileChooser chooser) {
            File f = chooser.showOpenDialog(stage);
            return f == null ? null : f.toPath();
        }

        @Override
        public Path save(FileChooser chooser) {
            File f = chooser.showSaveDialog(stage);
            return f == null ? null : f.toPath();
        }
    };

    /** Where open and save ask for a path: the system's file chooser (tests answer in its place). */
    public interface Dialogs {
        Path open(FileChooser chooser);

        Path save(FileChooser chooser);
    }

    public void setDialogs(Dialogs d) {
        dialogs = d;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    private Consumer<Path> onOpened = p -> { };

    /** Told every file opened or saved (the recent files). */
    public void setOnOpened(Consumer<Path> l) {
        onOpened = l;
    }

    public FileActions(Stage stage, Messages msg, ManifestDocument doc, ClusterModel cluster, Layout layout,
                       Consumer<String> status) {
        this.stage = stage;
        this.msg = msg;
        this.doc = doc;
        this.cluster = cluster;
        this.layout = layout;
        this.status = status;
    }

    /** The examples menu: the study note's examples, then opening and saving scenes. */
    public void fillExamplesMenu(javafx.scene.control.MenuButton menu) {
        for (String ex : EXAMPLES) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(msg.get("example." + ex));
            item.setId("example-" + ex);
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    loadExample(ex);
                }
            });
            menu.getItems().add(item);
            if (ex.equals("sandbox")) {
                menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            }
        }
        javafx.scene.control.MenuItem openScene = new javafx.scene.control.MenuItem(msg.get("scene.open"));
        openScene.setOnAction(e -> onOpen());
        javafx.scene.control.MenuItem saveScene = new javafx.scene.control.MenuItem(msg.get("scene.save"));
        saveScene.setId("saveScene");
        saveScene.setOnAction(e -> onSaveScene());
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), openScene, saveScene);
    }

    public void onNew() {
        if (confirmDiscard()) {
            doc.open("", null, msg.get("file.untitled"), true);
        }
    }

    public void onOpen() {
        if (!confirmDiscard()) {
            return;
        }
        Path p = dialogs.open(chooser(msg.get("dialog.open.title")));
        if (p != null) {
            openFile(p);
        }
    }

    public void onSave() {
        if (doc.file() == null) {
            onSaveAs();
        } else {
            saveTo(doc.file());
        }
    }

    public void onSaveAs() {
        FileChooser fc = chooser(msg.get("dialog.save.title"));
        String name = doc.name();
        fc.setInitialFileName(name != null && name.endsWith(".yaml") ? name : "manifest.yaml");
        Path p = dialogs.save(fc);
        if (p != null) {
            saveTo(p);
        }
    }

    /** Save scene: the YAML with the seed and the moved cards, as one file that is still a manifest. */
    public void onSaveScene() {
        FileChooser fc = chooser(msg.get("scene.save"));
        String base = doc.name() == null ? "scene" : doc.name().replaceAll("(\\.scene)?\\.ya?ml$", "");
        fc.setInitialFileName(base + ".scene.yaml");
        Path p = dialogs.save(fc);
        if (p != null) {
            saveSceneTo(p);
        }
    }

    /** Puts a text that is not a file into the editor (a lesson's YAML, an exercise's start), asking first if needed. */
    public boolean openText(String text, String name) {
        if (text == null || !(text.equals(doc.text()) || confirmDiscard())) {
            return false;
        }
        doc.open(text, null, name, true);
        return true;
    }

    public void loadExample(String id) {
        try (InputStream in = FileActions.class.getResourceAsStream("/servicelab/examples/" + id + ".yaml")) {
            if (in == null) {
                throw new IOException(id);
            }
            doc.open(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, id + ".yaml", true);
        } catch (IOException e) {
            error(msg.get("error.open", id));
        }
    }

    /** Opens a file into the editor; reports (and keeps the current text) when it cannot. */
    public boolean openFile(Path p) {
        try {
            String text = ManifestFile.read(p);
            if (SceneFile.isScene(text)) {
                openScene(SceneFile.read(text), p);
                return true;
            }
            doc.open(text, p, p.getFileName().toString(), true);
            status.accept(msg.get("status.opened", p.toAbsolutePath()));
            onOpened.accept(p);
            return true;
        } catch (ManifestFile.NotTextException e) {
            error(msg.get("error.notText", p.getFileName()));
        } catch (ManifestFile.TooLargeException e) {
            error(msg.get("error.tooLarge", p.getFileName()));
        } catch (IOException e) {
            error(msg.get("error.open", e.getMessage()));
        }
        return false;
    }

    /** Files dropped on the window: the first one opens. */
    public boolean openDropped(List<File> files) {
        return !files.isEmpty() && confirmDiscard() && openFile(files.get(0).toPath());
    }

    /** A saved scene: its manifest in the editor, its seed, and the cards where the learner put them. */
    private void openScene(SceneFile.Scene scene, Path p) {
        doc.open(scene.manifest(), p, p.getFileName().toString(), true);
        doc.setScene(true);
        cluster.setWorld(cluster.world().withMaxPods(scene.maxPods() > 0 ? scene.maxPods() : servicelab.sim.NodeInfo.DEFAULT_MAX_PODS));
        cluster.reset(scene.seed());
        scene.positions().forEach((k, xy) -> layout.setPosition(k, xy[0], xy[1]));
        status.accept(msg.get("scene.opened", p.toAbsolutePath()));
        onOpened.accept(p);
    }

    /** The scene's node capacity when it is not the default (0 then). */
    private int sceneMaxPods() {
        int n = cluster.world().nodes().get(0).maxPods();
        return n == servicelab.sim.NodeInfo.DEFAULT_MAX_PODS ? 0 : n;
    }

    public boolean saveSceneTo(Path p) {
        doc.setScene(true);
        return saveTo(p);
    }

    /** Saves to the given path atomically; on failure the old file stays and the text stays dirty. */
    public boolean saveTo(Path p) {
        try {
            ManifestFile.writeAtomically(p, doc.isScene()
                    ? SceneFile.write(new SceneFile.Scene(doc.text(), cluster.seed(), layout.positions(), sceneMaxPods()))
                    : doc.text());
            doc.saved(p, p.getFileName().toString());
            status.accept(msg.get("status.saved", p.toAbsolutePath()));
            onOpened.accept(p);
            return true;
        } catch (IOException e) {
            error(msg.get("error.save", e.getMessage()));
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(msg.get("filter.yaml"), "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter(msg.get("filter.all"), "*"));
        Path f = doc.file();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(f.toAbsolutePath().getParent().toFile());
        }
        return fc;
    }

    /** True when the current text may be replaced: it is saved, or the learner chose to save or discard it. */
    public boolean confirmDiscard() {
        if (!doc.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType(msg.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(msg.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(msg.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, msg.get("dialog.unsaved.content"), save, discard, cancel);
        a.initOwner(stage);
        a.setTitle(msg.get("dialog.unsaved.title"));
        a.setHeaderText(msg.get("dialog.unsaved.header", doc.name()));
        a.getDialogPane().setId("unsavedDialog");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == cancel) {
            return false;
        }
        if (r.get() == save) {
            onSave();
            return !doc.isDirty();
        }
        return true;
    }

    /** A message in the status bar and, while the window shows, in a dialog. */
    public void error(String message) {
        status.accept(message);
        if (stage != null && stage.isShowing()) {
            Alert a = new Alert(Alert.AlertType.ERROR, message, new ButtonType(msg.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
            a.initOwner(stage);
            a.setTitle(msg.get("dialog.error.title"));
            a.setHeaderText(null);
            a.getDialogPane().setId("errorDialog");
            a.show();
        }
    }
}
