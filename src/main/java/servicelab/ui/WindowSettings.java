package servicelab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import servicelab.text.Messages;
import servicelab.ui.presenter.Presenter;
import servicelab.workspace.settings.Settings;

/**
 * The learner's settings on the window: restored once at start (theme, zoom, larger text, pane
 * sizes), kept up to date as they change, and written on the IO thread, atomically, when one
 * changes and when the window closes (its place and size). Without settings (tests, snapshots)
 * nothing is read or written.
 */
final class WindowSettings {
    private final Stage stage;
    private final Settings settings;
    private final ExecutorService io;
    private final Consumer<String> status;
    private final Messages msg;
    private final Map<String, SplitPane> splits;
    /** The last place and size while the window was neither maximised nor minimised. */
    private double[] normal;

    WindowSettings(Stage stage, Settings settings, ExecutorService io, Messages msg, Consumer<String> status,
                   Map<String, SplitPane> splits) {
        this.stage = stage;
        this.settings = settings;
        this.io = io;
        this.msg = msg;
        this.status = status;
        this.splits = splits;
        remember = (o, a, b) -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
                normal = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
            }
        };
        if (settings != null) {
            stage.xProperty().addListener(remember);
            stage.yProperty().addListener(remember);
            stage.widthProperty().addListener(remember);
            stage.heightProperty().addListener(remember);
        }
    }

    /** Follows the window's place while it is neither maximised nor minimised. */
    private final javafx.beans.value.ChangeListener<Number> remember;

    Settings settings() {
        return settings;
    }

    /** Theme, zoom, larger text and pane sizes as they were left. */
    void restore(Theme theme, Presenter presenter, Parent root) {
        if (settings == null) {
            return;
        }
        if (settings.dark()) {
            theme.setDark(true);
        }
        if (settings.zoom() != 1) {
            presenter.setZoom(settings.zoom());
        }
        setLargerText(root, settings.largerText());
        splits.forEach((name, split) -> {
            List<Double> d = settings.dividers(name + split.getItems().size());
            if (d != null && d.size() == split.getDividers().size()) {
                split.setDividerPositions(d.stream().mapToDouble(Double::doubleValue).toArray());
            }
        });
        theme.addListener(dark -> change(s -> s.setDark(dark)));
        presenter.zoomChanged(z -> {
            if (!presenter.isPresenter()) {
                change(s -> s.setZoom(z)); // presenter mode's zoom belongs to the classroom, not the desk
            }
        });
    }

    static void setLargerText(Parent root, boolean on) {
        root.getStyleClass().remove("larger-text");
        if (on) {
            root.getStyleClass().add("larger-text");
        }
    }

    /** Changes a setting and saves. */
    void change(Consumer<Settings> c) {
        if (settings == null) {
            return;
        }
        c.accept(settings);
        save();
    }

    /** A file opened or saved: the recent list. */
    void opened(Path p) {
        change(s -> s.opened(p));
    }

    List<String> recent() {
        return settings == null ? List.of() : settings.recent();
    }

    /** The window's place and the panes' sizes, then a save (the window is closing). */
    void close() {
        if (settings == null) {
            return;
        }
        for (javafx.beans.value.ObservableValue<Number> p : java.util.List.of(stage.xProperty(), stage.yProperty(),
                stage.widthProperty(), stage.heightProperty())) {
            p.removeListener(remember); // the stage may show another window next
        }
        double[] r = normal != null ? normal : new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        settings.setWindow(new Settings.Window(r[0], r[1], r[2], r[3], stage.isMaximized()));
        splits.forEach((name, split) -> {
            List<Double> d = new ArrayList<>();
            for (double p : split.getDividerPositions()) {
                d.add(Math.round(p * 1000) / 1000.0);
            }
            if (!d.isEmpty()) {
                settings.setDividers(name + split.getItems().size(), d);
            }
        });
        // written now, not on the IO thread: the JVM may end before that thread runs again
        try {
            settings.save();
        } catch (IOException e) {
            status.accept(msg.get("settings.saveFailed", e.getMessage()));
        }
    }

    private void save() {
        io.execute(() -> {
            try {
                settings.save();
            } catch (IOException e) {
                javafx.application.Platform.runLater(() -> status.accept(msg.get("settings.saveFailed", e.getMessage())));
            }
        });
    }
}
