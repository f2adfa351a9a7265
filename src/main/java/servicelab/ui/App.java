package servicelab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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

/**
 * The Service Lab window. Options: {@code --open FILE}, {@code --lesson ID}, {@code --size WxH},
 * {@code --snapshot OUT.png} (render the settled window to PNG and exit), {@code --lang en}.
 */
public class App extends Application {

    /** Command-line options of the app. */
    public record Options(Path open, Path snapshot, int width, int height, Locale locale, String lesson, Path bench,
                          String sendFrom, String sendTo) {
        public Options(Path open, Path snapshot, int width, int height, Locale locale, String lesson, Path bench) {
            this(open, snapshot, width, height, locale, lesson, bench, null, null);
        }

        public Options(Path open, Path snapshot, int width, int height, Locale locale) {
            this(open, snapshot, width, height, locale, null, null);
        }

        public Options(Path open, Path snapshot, int width, int height, Locale locale, String lesson) {
            this(open, snapshot, width, height, locale, lesson, null);
        }

        static Options parse(List<String> args) {
            Path open = null, snapshot = null;
            int w = 0, h = 0;
            Locale locale = Locale.KOREAN;
            String lesson = null;
            Path bench = null;
            String sendFrom = null, sendTo = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                String next = i + 1 < args.size() ? args.get(i + 1) : null;
                switch (a) {
                    case "--open" -> { open = next == null ? null : Path.of(next); i++; }
                    case "--snapshot" -> { snapshot = next == null ? null : Path.of(next); i++; }
                    case "--size" -> {
                        if (next != null && next.matches("\\d+x\\d+")) {
                            String[] p = next.split("x");
                            w = Integer.parseInt(p[0]);
                            h = Integer.parseInt(p[1]);
                        }
                        i++;
                    }
                    case "--lang" -> { locale = "en".equals(next) ? Locale.ENGLISH : Locale.KOREAN; i++; }
                    case "--lesson" -> { lesson = next; i++; }
                    case "--dark" -> System.setProperty("servicelab.dark", "true");
                    case "--presenter" -> System.setProperty("servicelab.presenter", "true");
                    case "--exercise" -> { System.setProperty("servicelab.exercise", next == null ? "" : next); i++; }
                    case "--kubectl" -> {
                        // --kubectl "get pods": run console commands once the cluster is up (screenshots, demos)
                        String before = System.getProperty("servicelab.kubectl", "");
                        System.setProperty("servicelab.kubectl", before + (next == null ? "" : next) + "\n");
                        i++;
                    }
                    case "--send" -> {
                        // --send CLIENT URL: send 30 requests once the cluster is up and show them arrived (screenshots)
                        sendFrom = next;
                        sendTo = i + 2 < args.size() ? args.get(i + 2) : null;
                        i += 2;
                    }
                    case "--bench" -> {
                        bench = next != null && !next.startsWith("--") ? Path.of(next) : Path.of("target/bench-ui.txt");
                        if (next != null && !next.startsWith("--")) {
                            i++;
                        }
                    }
                    default -> { }
                }
            }
            return new Options(open, snapshot, w, h, locale, lesson, bench, sendFrom, sendTo);
        }
    }

    private MainController controller;

    /** Opens a web page in the system browser, only when the learner asks (the app itself never goes online). */
    static java.util.function.Consumer<String> browser = url -> { };

    @Override
    public void start(Stage stage) throws IOException {
        browser = url -> getHostServices().showDocument(url);
        Options opts = Options.parse(getParameters().getRaw());
        controller = open(stage, opts);
        stage.show();
        if (opts.bench() != null) {
            javafx.application.Platform.runLater(() -> Bench.run(controller, opts.bench()));
        }
        String commands = System.getProperty("servicelab.kubectl");
        if (commands != null) {
            controller.whenChecked(() -> {
                controller.showConsole();
                commands.lines().filter(l -> !l.isBlank()).forEach(controller.console()::run);
            });
        }
        if (opts.sendFrom() != null && opts.sendTo() != null) {
            controller.whenChecked(() -> controller.sendAndShow(opts.sendFrom(), opts.sendTo()));
        }
        if (opts.snapshot() != null) {
            // let layout, fonts and the first background check settle, then render and quit
            controller.whenChecked(() -> {
                PauseTransition settle = new PauseTransition(Duration.millis(400));
                settle.setOnFinished(e -> {
                    try {
                        Snapshot.write(stage.getScene(), opts.snapshot());
                    } catch (IOException ex) {
                        System.err.println(ex.getMessage());
                    }
                    Platform.exit();
                });
                settle.play();
            });
        }
    }

    /** Builds the main window on a stage (also used by the UI tests). */
    public static MainController open(Stage stage, Options opts) throws IOException {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle bundle = ResourceBundle.getBundle("servicelab.messages", opts.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        FXMLLoader loader = new FXMLLoader(App.class.getResource("/servicelab/ui/main.fxml"), bundle);
        Parent root = loader.load();
        MainController c = loader.getController();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the window takes the screen: laptops, classroom projectors and monitors alike
        double w = opts.width() > 0 ? opts.width() : screen.getWidth();
        double h = opts.height() > 0 ? opts.height() : screen.getHeight();
        // the window's own root is the zoom host: the app's CSS variables live on ".root", so the
        // BorderPane keeps that class
        root.getStyleClass().add("root");
        ZoomPane zoom = new ZoomPane(root);
        c.zoomPane = zoom;
        Scene scene = new Scene(zoom, w, h);
        stage.setScene(scene);
        if (opts.width() == 0) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setMaximized(true);
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        c.attach(stage, bundle, opts);
        if (Boolean.getBoolean("servicelab.dark")) {
            c.setDark(true);
        }
        if (Boolean.getBoolean("servicelab.presenter")) {
            c.setPresenter(true);
        }
        return c;
    }

    @Override
    public void stop() {
        if (controller != null) {
            controller.shutdown();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
