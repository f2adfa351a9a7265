package servicelab.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.text.Messages;
import servicelab.workspace.CheckService;
import servicelab.workspace.ManifestDocument;
import servicelab.workspace.Recovery;
import servicelab.workspace.files.Journal;

/**
 * The window's side of crash recovery: starts this window's journal, writes it when the window
 * loses the focus, clears it on a clean close, and offers what an earlier instance left behind
 * in a bar above the editor (when it was written, which file). A restored text is never marked
 * saved, and if its file changed on disk afterwards it opens as an untitled copy, so saving can
 * never overwrite the newer file.
 */
public final class RecoveryBar {
    private final Messages msg;
    private final ManifestDocument doc;
    private final Consumer<String> status;
    private final Locale locale;
    private final javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(6);
    private final Deque<Journal.Entry> offers = new ArrayDeque<>();
    private Recovery recovery;

    public RecoveryBar(Stage stage, Pane host, int index, Messages msg, ManifestDocument doc, Path home,
                       CheckService.Scheduler scheduler, Executor io, Consumer<String> status, Locale locale) {
        this.msg = msg;
        this.doc = doc;
        this.status = status;
        this.locale = locale;
        bar.setId("recoveryBar");
        bar.getStyleClass().add("recovery-bar");
        bar.setAlignment(Pos.CENTER_LEFT); // the text above, the choice below: it fits a narrow editor too
        bar.setVisible(false);
        bar.setManaged(false);
        host.getChildren().add(index, bar);
        offers.addAll(Journal.orphans(home)); // before this window's own journal exists
        try {
            recovery = new Recovery(doc, Journal.start(home), scheduler, io);
            recovery.setOnFailure(e -> Platform.runLater(() -> status.accept(msg.get("recovery.failed", e.getMessage()))));
        } catch (IOException e) {
            Platform.runLater(() -> status.accept(msg.get("recovery.unavailable", e.getMessage())));
        }
        this.stage = stage;
        stage.focusedProperty().addListener(onFocus);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
        showNext();
    }

    private Stage stage;
    /** The window's hooks, taken off at close: a stage that shows another window must not keep this one. */
    private final javafx.beans.value.ChangeListener<Boolean> onFocus = (o, was, now) -> {
        if (!now && recovery != null) {
            recovery.writeSoon();
        }
    };
    private final javafx.event.EventHandler<WindowEvent> onHidden = e -> close();

    /** A clean close: the learner has answered for the unsaved text. */
    public void close() {
        if (stage != null) {
            stage.focusedProperty().removeListener(onFocus);
            stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
        }
        if (recovery != null) {
            try {
                recovery.close();
            } catch (IOException ignored) {
                // a journal left behind is offered once more at the next start; nothing is lost
            }
            recovery = null;
        }
    }

    private void showNext() {
        Journal.Entry e = offers.peek();
        bar.getChildren().clear();
        if (e == null) {
            bar.setVisible(false);
            bar.setManaged(false);
            return;
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .format(e.savedAt().atZone(ZoneId.systemDefault()));
        String name = e.file() != null ? e.file().getFileName().toString() : e.name() != null ? e.name() : msg.get("file.untitled");
        Label text = new Label(msg.get("recovery.found", name, when), new FontIcon("fth-life-buoy"));
        text.setWrapText(true);
        text.setId("recoveryText");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setTooltip(new javafx.scene.control.Tooltip(msg.get("recovery.why")));
        Button restore = new Button(msg.get("recovery.restore"));
        restore.setId("recoveryRestore");
        restore.getStyleClass().add("accent");
        restore.setOnAction(a -> restore(e, name));
        Button discard = new Button(msg.get("recovery.discard"));
        discard.setId("recoveryDiscard");
        discard.setOnAction(a -> {
            Journal.remove(offers.poll());
            showNext();
        });
        restore.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the choice is never cut to "..."
        discard.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox choice = new HBox(8, restore, discard);
        choice.setAlignment(Pos.CENTER_RIGHT);
        bar.getChildren().addAll(text, choice);
        bar.setVisible(true);
        bar.setManaged(true);
    }

    private void restore(Journal.Entry e, String name) {
        if (doc.isDirty()) {
            // never replace unsaved work with other unsaved work: save or discard it first
            status.accept(msg.get("recovery.saveFirst"));
            return;
        }
        boolean newer = e.fileIsNewer();
        Path file = newer ? null : e.file();
        String shown = newer ? msg.get("recovery.copyName", name) : name;
        doc.open(e.text(), file, shown, false); // unsaved: the learner decides where it goes
        if (recovery != null) {
            recovery.writeNow(); // this window's journal holds it before the old one goes
        }
        status.accept(msg.get(newer ? "recovery.restoredCopy" : "recovery.restored", name));
        Journal.remove(offers.poll());
        showNext();
    }

    /** For tests: the journal this window keeps. */
    public Recovery recovery() {
        return recovery;
    }
}
