package servicelab.ui;

import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import servicelab.ui.files.FileActions;

/** The window's keys, dropped files and the question before closing with unsaved text. */
final class Shortcuts {
    private Shortcuts() {
    }

    static KeyCodeCombination ctrl(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }

    static KeyCodeCombination ctrlShift(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** Installs the keys (besides presenter mode's own) and the window's file handling. */
    static void install(Stage stage, Region root, FileActions files, Map<KeyCombination, Runnable> keys) {
        Scene scene = stage.getScene();
        scene.getAccelerators().put(ctrl(KeyCode.N), files::onNew);
        scene.getAccelerators().put(ctrl(KeyCode.O), files::onOpen);
        scene.getAccelerators().put(ctrl(KeyCode.S), files::onSave);
        scene.getAccelerators().put(ctrlShift(KeyCode.S), files::onSaveAs);
        scene.getAccelerators().put(ctrlShift(KeyCode.E), files::onSaveScene);
        scene.getAccelerators().putAll(keys);
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(e -> {
            root.getStyleClass().remove("drop-target");
            e.setDropCompleted(e.getDragboard().hasFiles() && files.openDropped(e.getDragboard().getFiles()));
            e.consume();
        });
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
    }
}
