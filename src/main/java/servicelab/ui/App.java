package servicelab.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
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

import servicelab.text.Messages;
import servicelab.ui.dev.Bench;
import servicelab.ui.dev.LayoutReport;
import servicelab.ui.dev.Snapshot;
import servicelab.ui.presenter.ZoomPane;
import servicelab.workspace.settings.Settings;

/** The Service Lab window (options: {@link AppOptions}). */
public class App extends Application {
    /** A window that renders or measures itself and quits gives up after this long, never hangs. */
    static final int ONCE_TIMEOUT_S = 90;
    /**
     * How long the skeleton has the UI thread to itself, then frames, before the real window is
     * built (see showThenBuild). Measured under Xvfb: with no pause the window stayed white until
     * the real one was ready; with 150 ms the skeleton was on screen from then on.
     */
    private static final int SKELETON_IDLE_MS = 200;
    private static final int SKELETON_FRAMES = 2;
    private MainWindow window;
    /** The running app (a reopened window replaces its window). */
    private static App current;
    /** The options main() checked, so start() does not parse them again. */
    private static AppOptions checked;
    private static volatile int exitCode;

    /** Opens a web page in the system browser, only when the learner asks (the app itself never goes online). */
    static Consumer<String> browser = url -> { };

    @Override
    public void start(Stage stage) throws IOException {
        browser = url -> {
            if (servicelab.lesson.LinkPolicy.allowed(url)) { // lesson files cannot open file: or javascript:
                getHostServices().showDocument(url);
            }
        };
        servicelab.ui.dev.Startup.mark("fx_started");
        current = this;
        AppOptions opts = checked;
        if (opts == null) {
            try {
                opts = AppOptions.parse(getParameters().getRaw(), uiMessages(Locale.KOREAN));
            } catch (AppOptions.Usage u) {
                System.err.println(u.getMessage());
                Platform.exit();
                return;
            }
        }
        if (opts.once()) {
            watchdog(uiMessages(Locale.KOREAN));
            window = open(stage, opts, null);
            stage.show();
            whenShown(stage, opts);
            return;
        }
        final AppOptions o = opts;
        showThenBuild(stage, opts, Settings.load(Settings.defaultFile()), w -> {
            window = w;
            if (servicelab.ui.dev.Startup.on()) {
                servicelab.ui.dev.Startup.ready(stage.getScene(), w.workbench().checks());
            }
            whenShown(stage, o);
        });
    }

    /**
     * Puts the window on screen as its {@link Skeleton} (where and how the learner left it) and,
     * once the skeleton has had the UI thread for a moment and a few frames, builds the real window
     * on the same stage and hands it over.
     */
    static void showThenBuild(Stage stage, AppOptions opts, Settings settings, Consumer<MainWindow> built) {
        // the bundled fonts before any scene: one made first leaves the editor's Hangul as empty boxes
        Fonts.load();
        place(stage, Skeleton.build(settings), opts, settings);
        stage.setTitle(uiMessages(locale(opts, settings)).get("app.title"));
        AppIcon.apply(stage);
        if (servicelab.ui.dev.Startup.on()) {
            servicelab.ui.dev.Startup.firstFrame(stage.getScene());
        }
        stage.show();
        Runnable build = () -> {
            MainWindow w;
            try {
                w = open(stage, opts, settings);
            } catch (IOException | RuntimeException e) {
                System.err.println(uiMessages(Locale.KOREAN).get("gui.cannotStart", String.valueOf(e.getMessage())));
                exitCode = 2;
                Platform.exit();
                return;
            }
            servicelab.ui.dev.Startup.mark("window_built");
            built.accept(w);
        };
        // GTK maps and paints the window on this (the FX) thread: it must stay idle a moment, or the
        // skeleton's frames are drawn into a window that is not on screen yet and the learner sees white
        PauseTransition idle = new PauseTransition(Duration.millis(SKELETON_IDLE_MS));
        idle.setOnFinished(e -> Pulses.afterFrames(stage.getScene(), SKELETON_FRAMES, build));
        idle.play();
    }

    private void whenShown(Stage stage, AppOptions opts) {
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
        if (opts.snapshot() != null || opts.layoutReport() != null) {
            // let layout, fonts and the first background check settle, then render or measure and quit
            checks.whenCurrent(c -> {
                PauseTransition settle = new PauseTransition(Duration.millis(400));
                // and a few frames: the event list follows the cluster a frame after the diagram
                settle.setOnFinished(e -> Pulses.afterFrames(stage.getScene(), 3, () -> {
                    int code = 0;
                    try {
                        if (opts.snapshot() != null) {
                            Snapshot.write(stage.getScene(), opts.snapshot());
                        }
                        if (opts.layoutReport() != null) {
                            LayoutReport.write(stage.getScene(), opts.layoutReport());
                        }
                    } catch (IOException | RuntimeException ex) {
                        System.err.println(uiMessages(Locale.KOREAN).get("gui.cannotStart", ex.getMessage()));
                        code = 2;
                    }
                    exitCode = code;
                    Platform.exit(); // stop() closes the journal: a snapshot leaves nothing to recover
                }));
                settle.play();
            });
        }
    }

    /** A snapshot or report that cannot settle (a scene that never checks) ends with one line, not a hang. */
    private static void watchdog(Messages msg) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(ONCE_TIMEOUT_S * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println(msg.get("gui.stuck", ONCE_TIMEOUT_S));
            Runtime.getRuntime().halt(3);
        }, "once-watchdog");
        t.setDaemon(true);
        t.start();
    }

    static Messages uiMessages(Locale locale) {
        return Messages.load("servicelab.messages", locale);
    }

    /** The UI language: the option, else the learner's setting, else Korean. */
    static Locale locale(AppOptions opts, Settings settings) {
        if (opts.locale() != null) {
            return opts.locale();
        }
        return settings != null && "en".equals(settings.language()) ? Locale.ENGLISH : Locale.KOREAN;
    }

    /** Builds the main window on a stage without settings (the UI tests). */
    public static MainWindow open(Stage stage, AppOptions opts) throws IOException {
        return open(stage, opts, null);
    }

    /** Builds the main window on a stage; settings (or null: defaults, nothing saved) give its place and looks. */
    public static MainWindow open(Stage stage, AppOptions opts, Settings settings) throws IOException {
        return open(stage, opts, settings, null);
    }

    private static MainWindow open(Stage stage, AppOptions opts, Settings settings, MainWindow.Carry carry) throws IOException {
        // a stage shows one window: the one it showed before lets go of it (its listeners, threads, journal)
        if (stage.getProperties().get(MainWindow.class) instanceof MainWindow before) {
            before.shutdown();
        }
        Fonts.load();
        servicelab.ui.dev.Startup.mark("fonts_loaded");
        Locale locale = locale(opts, settings);
        // JavaFX's own dialog buttons and text-field menus speak the UI's language
        Locale.setDefault(locale);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle bundle = ResourceBundle.getBundle("servicelab.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        FXMLLoader loader = new FXMLLoader(App.class.getResource("/servicelab/ui/main.fxml"), bundle);
        servicelab.ui.dev.Startup.mark("theme_set");
        Parent root = loader.load();
        servicelab.ui.dev.Startup.mark("fxml_loaded");
        MainWindow w = loader.getController();
        // the window's own root is the zoom host: the app's CSS variables live on ".root", so the
        // BorderPane keeps that class
        root.getStyleClass().add("root");
        ZoomPane zoom = new ZoomPane(root);
        place(stage, zoom, opts, settings);
        servicelab.ui.dev.Startup.mark("scene_placed");
        w.attach(stage, bundle, new AppOptions(opts.open(), opts.snapshot(), opts.width(),
                opts.height(), locale, opts.lesson(), opts.bench(), opts.sendFrom(), opts.sendTo(), opts.exercise(),
                opts.dark(), opts.presenter(), opts.kubectl(), opts.layoutReport()), zoom, settings, carry);
        if (settings != null) {
            w.setReopen(c -> reopen(stage, w, opts, settings, c));
        }
        stage.getProperties().put(MainWindow.class, w);
        if (opts.dark()) {
            w.theme().setDark(true);
        }
        if (opts.presenter()) {
            w.presenter().setPresenter(true);
        }
        return w;
    }

    /**
     * The same window in the language just chosen: this one closes its services, the new one is
     * built on the same stage and takes over the text, file, seed and chapter (the option's
     * language gives way to the setting).
     */
    private static void reopen(Stage stage, MainWindow old, AppOptions opts, Settings settings, MainWindow.Carry carry) {
        old.shutdown();
        AppOptions again = new AppOptions(null, null, 0, 0, null, carry.lesson(), null, null, null, null,
                false, false, java.util.List.of(), null);
        try {
            MainWindow w = open(stage, again, settings, carry);
            if (App.current != null) {
                App.current.window = w;
            }
        } catch (IOException e) {
            System.err.println(e.getMessage());
        }
    }

    /** The window's size and place: the option's size, else where the learner left it (on a screen that still exists), else the whole screen. */
    private static void place(Stage stage, Parent zoom, AppOptions opts, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Settings.Window saved = settings == null || opts.width() > 0 ? null : settings.window();
        Rectangle2D on = saved == null ? null : WindowPlace.screenFor(saved, Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        double width;
        double height;
        if (opts.width() > 0) {
            width = opts.width();
            height = opts.height();
        } else if (on != null) {
            Rectangle2D r = WindowPlace.clamp(saved, on);
            width = r.getWidth();
            height = r.getHeight();
            stage.setX(r.getMinX());
            stage.setY(r.getMinY());
        } else {
            width = screen.getWidth();
            height = screen.getHeight();
        }
        Scene shown = stage.getScene();
        if (shown != null && shown.getRoot().getStyleClass().contains("skeleton")
                && shown.getWidth() == width && shown.getHeight() == height) {
            // the real window takes over the skeleton's scene: a new scene would render into a new
            // frame buffer (8 MB at 1920x1080 in software), the old one left behind as garbage
            shown.setRoot(zoom);
        } else {
            stage.setScene(new Scene(zoom, width, height));
        }
        if (opts.width() == 0 && (on == null || saved.maximized())) {
            if (on == null) {
                stage.setX(screen.getMinX());
                stage.setY(screen.getMinY());
            }
            stage.setMaximized(true);
        }
        // never wider than the screen: a 1024×768 projector still gets the whole window
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }

    public static void main(String[] args) {
        Launcher.main(args);
    }

    /** Runs the app with the options {@link Launcher} checked; returns the exit code. */
    static int launchChecked(AppOptions opts, String[] args) {
        checked = opts;
        launch(args);
        return exitCode;
    }

    /** On Linux and the BSDs a window needs X11 or Wayland; headless Monocle (tests) needs neither. */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
