package servicelab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import servicelab.model.Release;
import servicelab.text.Messages;

/** The shortcut sheet (F1) and About: version, the Kubernetes release the model follows, licences. */
final class HelpDialogs {
    /** The sheet's rows: the keys as written on the keyboard, and what they do (a bundle key). */
    static final List<String[]> KEYS = List.of(
            new String[] {"keys.group.file", null},
            new String[] {"Ctrl+N", "toolbar.new"},
            new String[] {"Ctrl+O", "menu.open"},
            new String[] {"Ctrl+S", "toolbar.save"},
            new String[] {"Ctrl+Shift+S", "menu.saveAs"},
            new String[] {"Ctrl+Shift+E", "scene.save"},
            new String[] {"Ctrl+Shift+C", "menu.copyDiagram"},
            new String[] {"Ctrl+P", "keys.printHandout"},
            new String[] {"keys.group.traffic", null},
            new String[] {"Ctrl+Enter", "keys.send"},
            new String[] {"F5", "keys.play"},
            new String[] {"F6 / Shift+F6", "keys.step"},
            new String[] {"Ctrl+R", "keys.restart"},
            new String[] {"keys.group.view", null},
            new String[] {"Ctrl+Shift+L", "menu.lesson"},
            new String[] {"Ctrl+Shift+Y", "menu.yaml"},
            new String[] {"Ctrl+Shift+K", "keys.console"},
            new String[] {"Ctrl+Shift+J", "keys.trafficLists"},
            new String[] {"Ctrl+Shift+D", "menu.dark"},
            new String[] {"Ctrl+= / Ctrl+- / Ctrl+0", "keys.zoom"},
            new String[] {"keys.wheelKeys", "keys.diagramZoom"},
            new String[] {"keys.fitKeys", "diagram.fit"},
            new String[] {"F1", "help.shortcuts"},
            new String[] {"keys.group.class", null},
            new String[] {"Ctrl+Shift+P", "presenter.toggle"},
            new String[] {"Ctrl+Shift+T", "teacher.button"},
            new String[] {"Ctrl+Shift+A", "keys.answers"},
            new String[] {"PageDown / PageUp", "keys.clicker"},
            new String[] {"F7 / F8 / F9", "keys.pointerPen"},
            new String[] {"F11", "stageOnly.toggle"},
            new String[] {"Ctrl+Shift+Q", "keys.quizWall"},
            new String[] {"keys.group.editor", null},
            new String[] {"Ctrl+Z / Ctrl+Y", "keys.undo"},
            new String[] {"keys.consoleKeys", "keys.consoleHistory"});

    private HelpDialogs() {
    }

    private static Dialog<Void> dialog(Stage owner, Messages msg, String title, String id) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.getDialogPane().setId(id);
        d.getDialogPane().getButtonTypes().add(new ButtonType(msg.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().getStylesheets().addAll(Ui.stylesheets(owner.getScene()));
        Theme.follow(owner, d.getDialogPane());
        return d;
    }

    static void shortcuts(Stage owner, Messages msg) {
        Dialog<Void> d = dialog(owner, msg, msg.get("help.shortcuts"), "shortcutsDialog");
        GridPane g = new GridPane();
        g.getStyleClass().add("shortcut-sheet");
        g.setHgap(24);
        g.setVgap(6);
        int row = 0;
        for (String[] k : KEYS) {
            if (k[1] == null) {
                Label h = new Label(msg.get(k[0]));
                h.getStyleClass().add("shortcut-group");
                g.add(h, 0, row++, 2, 1);
                continue;
            }
            Label key = new Label(k[0].startsWith("keys.") ? msg.get(k[0]) : k[0]);
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(msg.get(k[1]));
            what.setWrapText(true);
            what.setMaxWidth(360);
            g.add(key, 0, row);
            g.add(what, 1, row++);
        }
        ScrollPane sp = new ScrollPane(g);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(Math.min(560, owner.getHeight() - 160));
        sp.setPrefViewportWidth(600);
        d.getDialogPane().setContent(sp);
        d.show();
    }

    static void about(Stage owner, Messages msg) {
        Dialog<Void> d = dialog(owner, msg, msg.get("about.title"), "aboutDialog");
        Label name = new Label(msg.get("app.title"));
        name.getStyleClass().add("about-name");
        Label version = new Label(msg.get("about.version", Release.app(), Release.KUBERNETES));
        version.setId("aboutVersion");
        version.setWrapText(true);
        Label what = new Label(msg.get("about.what"));
        what.setWrapText(true);
        TextArea licences = new TextArea(licences());
        licences.setId("aboutLicences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(14);
        licences.getStyleClass().add("about-licences");
        VBox box = new VBox(8, name, version, what, new Label(msg.get("about.licences")), licences);
        box.setPrefWidth(Math.min(640, owner.getWidth() - 80));
        d.getDialogPane().setContent(box);
        d.show();
    }

    /** The bundled libraries and fonts with their licences (shipped as a resource). */
    static String licences() {
        try (InputStream in = HelpDialogs.class.getResourceAsStream("/servicelab/about/licences.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
