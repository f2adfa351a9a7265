package servicelab.ui;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import atlantafx.base.theme.PrimerLight;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import servicelab.ui.dev.Bench;
import servicelab.ui.dev.Snapshot;
import servicelab.ui.presenter.ZoomPane;

/** The Service Lab window (options: {@link AppOptions}). */
public class App extends Application {
    private MainWindow window;

    /** Opens a web page in the system browser, only when the learner asks (the app itself never goes online). */
    static Consumer<String> browser = url -> { };

    @Override
    public void start(Stage stage) throws IOException {
        browser = url -> {
            if (servicelab.lesson.LinkPolicy.allowed(url)) { // lesson files cannot open file: or javascript:
                getHostServices().showDocument(url);
            }
        };
        AppOptions opts = AppOptions.parse(getParameters().getRaw());
        window = open(stage, opts);
        stage.show();
        if (opts.bench() != null) {
            Platform.runLater(() -> Bench.run(new Bench.Parts(window.workbench(), window.diagram(), window.traffic(),
                    window.editorArea(), stage.getScene()), opts.bench()));
        }
        var checks = window.workbench().checks();
        if (!opts.kubectl().isEmpty()) {
            checks.whenCurrent(c -> {
                window.showConsole();
                opts.kubectl().stream().filter(l -> !l.isBlank()).forEach(window.console()::run);
            });
        }
        if (opts.sendFrom() != null && opts.sendTo() != null) {
            checks.whenCurrent(c -> window.traffic().sendAndShow(opts.sendFrom(), opts.sendTo()));
        }
        if (opts.snapshot() != null) {
            // let layout, fonts and the first background check settle, then render and quit
            checks.whenCurrent(c -> {
                PauseTransition settle = new PauseTransition(Duration.millis(400));
                // and a few frames: the event list follows the cluster a frame after the diagram
                settle.setOnFinished(e -> afterFrames(stage.getScene(), 3, () -> {
                    try {
                        Snapshot.write(stage.getScene(), opts.snapshot());
                    } catch (IOException ex) {
                        System.err.println(ex.getMessage());
                    }
                    Platform.exit();
                }));
                settle.play();
            });
        }
    }

    /** Runs the action after n more frames have been laid out. */
    static void afterFrames(Scene scene, int n, Runnable action) {
        int[] left = {n};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (--left[0] == 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(action);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Builds the main window on a stage (also used by the UI tests). */
    public static MainWindow open(Stage stage, AppOptions opts) throws IOException {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle bundle = ResourceBundle.getBundle("servicelab.messages", opts.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        FXMLLoader loader = new FXMLLoader(App.class.getResource("/servicelab/ui/main.fxml"), bundle);
        Parent root = loader.load();
        MainWindow w = loader.getController();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the window takes the screen: laptops, classroom projectors and monitors alike
        double width = opts.width() > 0 ? opts.width() : screen.getWidth();
        double height = opts.height() > 0 ? opts.height() : screen.getHeight();
        // the window's own root is the zoom host: the app's CSS variables live on ".root", so the
        // BorderPane keeps that class
        root.getStyleClass().add("root");
        ZoomPane zoom = new ZoomPane(root);
        stage.setScene(new Scene(zoom, width, height));
        if (opts.width() == 0) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setMaximized(true);
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        w.attach(stage, bundle, opts, zoom);
        if (opts.dark()) {
            w.theme().setDark(true);
        }
        if (opts.presenter()) {
            w.presenter().setPresenter(true);
        }
        return w;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
