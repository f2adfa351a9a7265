package servicelab.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import servicelab.text.Messages;
import servicelab.ui.Theme;
import servicelab.ui.dev.Snapshot;
import servicelab.workspace.ManifestDocument;
import servicelab.workspace.files.ManifestFile;

/**
 * The diagram as a picture for slides and handouts (PNG at 1×, 2× or 3×, always in the light
 * theme: paper and projectors want dark text on white) or on the clipboard, and the YAML as a
 * file of its own (a copy: the editor keeps its file).
 */
public final class Export {
    public static final List<Integer> SCALES = List.of(1, 2, 3);
    private final Stage stage;
    private final Messages msg;
    private final Supplier<Node> diagram;
    private final Theme theme;
    private final ManifestDocument doc;
    private final FileActions files;
    private final Consumer<String> status;
    /** Asks for the scale; tests answer in its place. */
    private Supplier<Optional<Integer>> askScale = this::askScale;

    public Export(Stage stage, Messages msg, Supplier<Node> diagram, Theme theme, ManifestDocument doc, FileActions files,
                  Consumer<String> status) {
        this.stage = stage;
        this.msg = msg;
        this.diagram = diagram;
        this.theme = theme;
        this.doc = doc;
        this.files = files;
        this.status = status;
    }

    public void setAskScale(Supplier<Optional<Integer>> ask) {
        askScale = ask;
    }

    /** The diagram drawn at this scale in the light theme (the window's theme is put back before the next frame). */
    public WritableImage diagramImage(int scale) {
        boolean dark = theme.isDark();
        Node d = diagram.get();
        try {
            if (dark) {
                theme.setDark(false);
                d.getScene().getRoot().applyCss();
                d.getScene().getRoot().layout();
            }
            SnapshotParameters sp = new SnapshotParameters();
            sp.setFill(Color.WHITE);
            sp.setTransform(Transform.scale(scale, scale));
            return d.snapshot(sp, null);
        } finally {
            if (dark) {
                theme.setDark(true);
            }
        }
    }

    public void onExportPng() {
        Optional<Integer> scale = askScale.get();
        if (scale.isEmpty()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(msg.get("menu.exportPng"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.get("filter.png"), "*.png"));
        fc.setInitialFileName(base() + ".png");
        Path p = files.dialogs().save(fc);
        if (p != null) {
            exportPng(p, scale.get());
        }
    }

    public boolean exportPng(Path p, int scale) {
        try {
            Snapshot.write(diagramImage(scale), p);
            status.accept(msg.get("export.pngDone", p.toAbsolutePath(), scale));
            return true;
        } catch (IOException | RuntimeException e) {
            files.error(msg.get("export.failed", e.getMessage()));
            return false;
        }
    }

    public void copyDiagram() {
        ClipboardContent c = new ClipboardContent();
        c.putImage(diagramImage(2));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        status.accept(msg.get("export.copied"));
    }

    public void onExportYaml() {
        FileChooser fc = new FileChooser();
        fc.setTitle(msg.get("menu.exportYaml"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.get("filter.yaml"), "*.yaml", "*.yml"));
        fc.setInitialFileName(base() + ".yaml");
        Path p = files.dialogs().save(fc);
        if (p != null) {
            exportYaml(p);
        }
    }

    /** Writes the editor's text to p (atomically); the editor stays on its own file. */
    public boolean exportYaml(Path p) {
        try {
            ManifestFile.writeAtomically(p, doc.text());
            status.accept(msg.get("export.yamlDone", p.toAbsolutePath()));
            return true;
        } catch (IOException e) {
            files.error(msg.get("export.failed", e.getMessage()));
            return false;
        }
    }

    private String base() {
        String n = doc.name() == null ? "diagram" : doc.name().replaceAll("(\\.scene)?\\.ya?ml$", "");
        return n.isBlank() ? "diagram" : n;
    }

    private Optional<Integer> askScale() {
        ChoiceDialog<Integer> d = new ChoiceDialog<>(2, SCALES);
        d.initOwner(stage);
        d.setTitle(msg.get("menu.exportPng"));
        d.setHeaderText(msg.get("export.scaleHeader"));
        d.setContentText(msg.get("export.scale"));
        d.getDialogPane().setId("scaleDialog");
        return d.showAndWait();
    }
}
