package servicelab.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import servicelab.text.Messages;

/** Asks whether to reopen the window in the new language now (the work and the place stay) or at the next start. */
final class LanguageDialog {
    private LanguageDialog() {
    }

    static boolean reopenNow(Stage owner, Messages msg) {
        ButtonType now = new ButtonType(msg.get("language.restartNow"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(msg.get("language.restartLater"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, msg.get("language.restartContent"), now, later);
        a.initOwner(owner);
        a.setTitle(msg.get("language.restartTitle"));
        a.setHeaderText(msg.get("language.restartHeader"));
        a.getDialogPane().setId("languageDialog");
        return a.showAndWait().orElse(later) == now;
    }
}
