package servicelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import servicelab.check.Diagnostic;
import servicelab.check.Explainer;
import servicelab.check.IncrementalChecker;
import servicelab.check.ManifestChecker;
import servicelab.sim.World;
import servicelab.text.Messages;
import servicelab.ui.console.ConsoleView;
import servicelab.ui.diagram.DiagramActions;
import servicelab.ui.diagram.DiagramView;
import servicelab.ui.editor.EditorPane;
import servicelab.ui.editor.ProblemsPane;
import servicelab.ui.editor.YamlHighlighter;
import servicelab.ui.files.FileActions;
import servicelab.ui.lesson.LessonPane;
import servicelab.ui.presenter.Presenter;
import servicelab.ui.presenter.TeacherWindow;
import servicelab.ui.presenter.ZoomPane;
import servicelab.ui.traffic.TrafficPanel;
import servicelab.workspace.CheckService;
import servicelab.workspace.Workbench;
import servicelab.workspace.progress.Progress;
import servicelab.ui.files.RecoveryBar;
import servicelab.ui.files.Export;
import servicelab.workspace.settings.Settings;

/**
 * The window: it builds the workbench's view-model and assembles the panes around it (lesson,
 * diagram and traffic, editor with problems and console), the toolbar and the status bar. Every
 * pane draws from what the view-model publishes; this class only connects them.
 */
public final class MainWindow {
    @FXML private BorderPane root;
    @FXML private VBox editorBox;
    @FXML private Label fileLabel;
    @FXML private Label statusPill;
    @FXML private Label statusMessage;
    @FXML private Label statusDocs;
    @FXML private Label cursorLabel;
    @FXML private Label problemSummary;
    @FXML private Label problemsEmpty;
    @FXML private ListView<Diagnostic> problemList;
    @FXML private StackPane diagramHost;
    @FXML private StackPane trafficHost;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane centerSplit;
    @FXML private SplitPane rightSplit;
    @FXML private MenuButton menuButton;
    @FXML private Label appTitle;
    @FXML private Label seedLabel;
    @FXML private Label answersState;
    @FXML private ToggleButton darkToggle;
    @FXML private MenuButton examplesButton;
    @FXML private TabPane bottomTabs;
    @FXML private Tab consoleTab;
    @FXML private StackPane consoleHost;
    @FXML private TextField seedField;
    @FXML private MenuButton zoomButton;
    @FXML private ToggleButton presenterToggle;
    @FXML private HBox statusBar;
    @FXML private Button continueButton;
    @FXML private ToolBar toolbar;
    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Button saveAsButton;
    @FXML private Button addPodButton;
    @FXML private Button teacherButton;

    private final ExecutorService checkThread = daemon("manifest-check");
    private final ExecutorService goalThread = daemon("exercise-goals");
    private final ExecutorService ioThread = daemon("progress-io");
    private Stage stage;
    private Messages msg;
    /** The real-cluster window, built (and the bridge loaded) the first time it opens. */
    private servicelab.ui.realcluster.RealClusterWindow realCluster;
    private servicelab.realcluster.Sources realSources = servicelab.realcluster.Sources.REAL;
    private Workbench wb;
    private EditorPane editor;
    private StatusBar status;
    private FileActions files;
    private DiagramView diagram;
    private TrafficPanel traffic;
    private LessonPane lessons;
    private ConsoleView console;
    private Presenter presenter;
    private Theme theme;
    private TeacherWindow teacher;
    private SelfStudy selfStudy;
    private RecoveryBar recoveryBar;
    private Columns columns;
    private WindowSettings settings;
    private Export export;
    private servicelab.ui.presenter.Annotations annotations;
    private servicelab.ui.presenter.StageOnly stageOnly;
    private IngressMigration migration;
    private Classroom classroom;
    private java.util.function.Consumer<Carry> reopen;

    /** What a reopened window (another language) takes over from this one: the work and the place. */
    record Carry(String text, java.nio.file.Path file, String name, boolean saved, String lesson, long seed) {
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds the window's content once its scene exists; settings may be null (nothing remembered). */
    void attach(Stage stage, ResourceBundle bundle, AppOptions opts, ZoomPane zoomPane, Settings saved, Carry carry) {
        this.stage = stage;
        this.msg = new Messages(bundle);
        CheckService.Scheduler onUiThread = (delay, task) -> {
            PauseTransition p = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            p.setOnFinished(e -> task.run());
            p.play();
            return p::stop;
        };
        wb = new Workbench(World.defaults(), 42, new IncrementalChecker(new ManifestChecker(new Explainer(opts.locale()))),
                Platform::runLater, checkThread, goalThread, onUiThread, Workbench.TYPING_PAUSE);
        columns = new Columns(mainSplit, msg.get("tab.lesson"), msg.get("tab.yaml"));
        buildEditor();
        status = new StatusBar(statusPill, statusMessage, statusDocs, cursorLabel, msg, wb.checks());
        editor.onCaret(lc -> status.cursor(lc[0], lc[1]));
        boolean firstRun = saved != null && !java.nio.file.Files.exists(Progress.defaultFile())
                && !java.nio.file.Files.exists(saved.file());
        settings = new WindowSettings(stage, saved, ioThread, msg, status::message,
                Map.of("main", mainSplit, "center", centerSplit, "right", rightSplit));
        files = new FileActions(stage, msg, wb.document(), wb.cluster(), wb.layout(), status::message);
        files.setOnOpened(settings::opened);
        diagram = new DiagramView(msg, wb.cluster(), wb.layout());
        diagram.setActions(new DiagramActions(wb, msg, diagram, status::message));
        diagramHost.getChildren().add(diagram);
        annotations = new servicelab.ui.presenter.Annotations(diagramHost, stage.getScene());
        traffic = new TrafficPanel(msg, wb.cluster(), diagram);
        trafficHost.getChildren().add(traffic);
        // the console is built when first shown: most sessions start in the lesson and the diagram
        consoleTab.setOnSelectionChanged(e -> {
            if (consoleTab.isSelected()) {
                console();
            }
        });
        theme = new Theme(root, darkToggle);
        theme.addListener(editor::setDark);
        selfStudy = new SelfStudy(stage.getScene(), stage, continueButton, msg, wb, ioThread, status::message);
        recoveryBar = new RecoveryBar(stage, editorBox, 1, msg, wb.document(), Progress.home(), onUiThread, ioThread,
                status::message, opts.locale());
        setUpLessons(bundle);
        presenter = new Presenter(new Presenter.Parts(root, presenterToggle, zoomButton, zoomPane, statusBar,
                fileCommands(), teacherButton, theme, this::setLessonShown,
                lessons == null ? null : lessons.exercises(), traffic, status::message), msg);
        presenter.install(stage.getScene());
        presenter.addListener(this::stageView);
        presenter.setAnswersLabel(answersState);
        stageOnly = new servicelab.ui.presenter.StageOnly(msg, toolbar, answersState, traffic, presenter, stage.getScene());
        if (lessons != null) {
            presenter.addListener(new servicelab.ui.presenter.ExerciseCard(msg, wb.exercises(), diagramHost)::setPresenter);
            classroom = new Classroom(new Classroom.Parts(msg, wb, files, lessons, traffic, teacher, diagramHost, zoomPane,
                    presenter, command -> {
                        bottomTabs.getSelectionModel().select(consoleTab);
                        console().run(command);
                    }, root));
        }
        export = new Export(stage, msg, () -> diagram, theme, wb.document(), files, status::message);
        setUpToolbar(opts);
        setUpKeys();
        settings.restore(theme, presenter, root);
        start(opts, carry, firstRun);
    }

    /** What the window shows first: the work carried over, the file asked for, or a chapter with its cluster. */
    private void start(AppOptions opts, Carry carry, boolean firstRun) {
        if (carry != null) {
            wb.document().open(carry.text(), carry.file(), carry.name(), carry.saved());
            wb.cluster().reset(carry.seed());
        } else if (opts.open() != null) {
            files.openFile(opts.open());
        } else if (lessons == null) {
            files.loadExample("seed-service");
        }
        if (lessons == null) {
            return;
        }
        // render the lesson right after the window's first frame, not before it
        Platform.runLater(() -> {
            servicelab.ui.dev.Startup.mark("lesson_open_begin");
            boolean exercise = carry == null && opts.exercise() != null && lessons.startExercise(opts.exercise());
            if (!exercise) {
                // what the start had to say (a progress file set aside, a shared profile) outlives the chapter's scene
                String said = statusMessage.getText();
                lessons.setLoadScenes(carry == null && opts.open() == null);
                lessons.open(carry != null ? carry.lesson() : opts.lesson());
                if (said != null && !said.isEmpty() && statusMessage.getText().isEmpty()) {
                    status.message(said);
                }
            }
            lessons.setLoadScenes(true);
            if (firstRun) {
                lessons.showWelcome(Welcome.text(msg.locale()), msg.get("welcome.close"));
            }
            servicelab.ui.dev.Startup.mark("lesson_open_end");
        });
    }

    /** A window in another language takes over from this one (App builds it on the same stage). */
    void setReopen(java.util.function.Consumer<Carry> r) {
        reopen = r;
    }

    Carry carry() {
        var d = wb.document();
        return new Carry(d.text(), d.file(), d.name(), !d.isDirty(),
                lessons == null || lessons.current() == null ? null : lessons.current().id(), wb.cluster().seed());
    }

    private void buildEditor() {
        String css = MainWindow.class.getResource("/servicelab/ui/app.css").toExternalForm();
        editor = new EditorPane(wb.document(), wb.checks(), css);
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        editorBox.getChildren().add(editor.node());
        wb.checks().setStyler((text, r) -> YamlHighlighter.compute(text, EditorPane.problems(r)));
        new ProblemsPane(problemList, problemSummary, problemsEmpty, msg, editor, wb.checks());
        IdleCollection.install(wb);
        wb.document().nameProperty().addListener((o, a, b) -> updateTitle());
        wb.document().dirtyProperty().addListener((o, a, b) -> updateTitle());
        wb.document().addListener(c -> {
            if (c.opened()) {
                status.message(""); // the previous file's message does not describe this one
            }
        });
    }

    private void updateTitle() {
        String name = wb.document().name() == null ? msg.get("file.untitled") : wb.document().name();
        String dirty = wb.document().isDirty() ? "● " : "";
        fileLabel.setText(dirty + name);
        stage.setTitle(msg.get("window.title", dirty, name));
    }

    private void setUpLessons(ResourceBundle bundle) {
        LessonColumn c = LessonColumn.build(new LessonColumn.Parts(stage, root, bundle, msg, wb, files, command -> {
            bottomTabs.getSelectionModel().select(consoleTab);
            console().run(command);
        }, selfStudy::record, traffic, status::message));
        if (c != null) {
            lessons = c.lessons();
            teacher = c.teacher();
            selfStudy.setLessons(lessons);
            columns.addLesson(lessons);
        }
    }

    private List<Node> fileCommands() {
        List<Node> nodes = new ArrayList<>(List.of(newButton, openButton, saveButton, saveAsButton, examplesButton, addPodButton));
        toolbar.getItems().stream().filter(n -> n.getStyleClass().contains("file-sep")).forEach(nodes::add);
        return nodes;
    }

    private void setUpToolbar(AppOptions opts) {
        new AppMenu(new AppMenu.Parts(menuButton, msg, files, export, settings, theme, this::toggleLargerText,
                () -> root.getStyleClass().contains("larger-text"),
                () -> setLessonShown(!columns.lessonShown()), () -> setYamlShown(!columns.yamlShown()),
                () -> presenter.setPresenter(!presenter.isPresenter()), diagram::fit, this::setLanguage,
                msg.locale().getLanguage().equals("en") ? "en" : "ko",
                () -> HelpDialogs.shortcuts(stage, msg), () -> {
                    if (lessons != null) {
                        setLessonShown(true);
                        columns.reveal(false);
                        lessons.showChapters();
                    }
                }, () -> {
                    if (lessons != null) {
                        lessons.openGlossary();
                    }
                }, () -> {
                    if (lessons != null) {
                        lessons.openFinalTest();
                    }
                }, () -> {
                    if (lessons != null) {
                        lessons.openSeedNote();
                    }
                }, () -> HelpDialogs.about(stage, msg), handouts(), this::openRealCluster));
        newButton.setOnAction(e -> files.onNew());
        openButton.setOnAction(e -> files.onOpen());
        saveButton.setOnAction(e -> files.onSave());
        saveAsButton.setOnAction(e -> files.onSaveAs());
        files.fillExamplesMenu(examplesButton);
        seedField.setText(String.valueOf(wb.cluster().seed()));
        wb.cluster().addListener(s -> seedField.setText(String.valueOf(s.seed())));
        seedField.setOnAction(e -> {
            // read as the CLI reads --seed (Go's integers: 42, 0x2a)
            if (servicelab.manifest.GoYaml.parseGoInt(seedField.getText().strip()) instanceof Long seed) {
                setSeed(seed);
            } else {
                seedField.setText(String.valueOf(wb.cluster().seed()));
                status.message(msg.get("seed.bad"));
            }
        });
        migration = new IngressMigration(msg, wb, stage, status::message);
        migration.install(menuButton);
        new ToolbarFit(toolbar, statusPill, List.of(appTitle, newButton, openButton, saveButton, examplesButton, addPodButton),
                List.of(seedLabel, darkToggle));
    }

    private servicelab.ui.files.HandoutActions handouts;

    /** The chapter's handout (PDF, print); none without lessons. */
    servicelab.ui.files.HandoutActions handouts() {
        if (handouts == null && lessons != null) {
            handouts = new servicelab.ui.files.HandoutActions(msg, files, lessons::current, status::message);
        }
        return handouts;
    }

    private void setUpKeys() {
        Shortcuts.install(stage, root, files, Map.of(
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), traffic::send,
                new KeyCodeCombination(KeyCode.F5), traffic::togglePlay,
                new KeyCodeCombination(KeyCode.F6), traffic::stepForward,
                new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN), traffic::stepBack,
                Shortcuts.ctrlShift(KeyCode.K), this::showConsole,
                Shortcuts.ctrlShift(KeyCode.D), () -> theme.setDark(!theme.isDark()),
                Shortcuts.ctrl(KeyCode.R), () -> setSeed(wb.cluster().seed()),
                Shortcuts.ctrlShift(KeyCode.T), this::onTeacherWindow,

                Shortcuts.ctrlShift(KeyCode.Y), () -> columns.setYamlShown(!columns.yamlShown()),
                Shortcuts.ctrlShift(KeyCode.L), () -> columns.setLessonShown(!columns.lessonShown())));
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> HelpDialogs.shortcuts(stage, msg));
        stage.getScene().getAccelerators().put(Shortcuts.ctrlShift(KeyCode.J), () -> setTrafficCompact(!traffic.compact()));
        stage.getScene().getAccelerators().put(Shortcuts.ctrlShift(KeyCode.Q), () -> {
            if (classroom != null) {
                classroom.showQuiz(null); // the chapter's quiz on the wall
            }
        });
    }

    // ------------------------------------------------------------------ toolbar actions

    @FXML
    void onAddPod() {
        if (diagram.editable()) {
            new DiagramActions(wb, msg, diagram, status::message).addPod(null);
        }
    }

    @FXML
    void onContinue() {
        selfStudy.onContinue(status::message);
    }

    /** A new random seed: the same YAML, other pod names and other random picks. */
    @FXML
    void onNewSeed() {
        setSeed(new java.util.Random().nextInt(1, 100_000));
    }

    @FXML
    void onTeacherWindow() {
        if (lessons != null) {
            String refused = teacher.toggle(lessons.current(), lessons.exercises().active());
            if (refused != null) {
                status.message(refused);
            }
        }
    }

    /** The cluster starts again from the YAML with this seed, so a prepared demo always picks the same pods. */
    void setSeed(long seed) {
        wb.cluster().reset(seed);
        status.message(msg.get("seed.set", String.valueOf(seed)));
    }

    private Boolean yamlBeforeStage;

    /**
     * Presenter mode's stage view: the diagram takes the window (the YAML column behind
     * Ctrl+Shift+Y, the lesson behind Ctrl+Shift+L, the request path and events behind
     * Ctrl+Shift+J); leaving it puts the desk back as it was.
     */
    private void stageView(boolean on) {
        if (on && yamlBeforeStage == null) {
            yamlBeforeStage = columns.yamlShown();
            columns.setYamlShown(false);
        } else if (!on && yamlBeforeStage != null) {
            columns.setYamlShown(yamlBeforeStage);
            yamlBeforeStage = null;
        }
        setTrafficCompact(on);
    }

    private double dividerBeforeCompact = -1;

    private void setTrafficCompact(boolean on) {
        if (on == traffic.compact()) {
            return;
        }
        if (on) {
            dividerBeforeCompact = centerSplit.getDividerPositions()[0];
        }
        traffic.setCompact(on);
        // the traffic bar keeps its own height; the diagram gets the rest
        trafficHost.setMaxHeight(on ? javafx.scene.layout.Region.USE_PREF_SIZE : Double.MAX_VALUE);
        trafficHost.setMinHeight(on ? javafx.scene.layout.Region.USE_PREF_SIZE : 150);
        centerSplit.setDividerPositions(on ? 1.0 : dividerBeforeCompact > 0 ? dividerBeforeCompact : 0.64);
    }

    void setLessonShown(boolean shown) {
        columns.setLessonShown(shown);
        if (shown && lessons != null && presenter != null && presenter.isPresenter()) {
            Platform.runLater(lessons::showActiveExercise); // at the exercise the class is on
        }
    }

    private void toggleLargerText() {
        boolean on = !root.getStyleClass().contains("larger-text");
        WindowSettings.setLargerText(root, on);
        settings.change(s -> s.setLargerText(on));
    }

    /** The UI language: remembered, and applied now by reopening the window (the work stays) if the learner agrees. */
    private void setLanguage(String lang) {
        if (lang.equals(msg.locale().getLanguage())) {
            return;
        }
        settings.change(s -> s.setLanguage(lang));
        if (reopen != null && LanguageDialog.reopenNow(stage, msg)) {
            reopen.accept(carry());
        } else {
            status.message(msg.get("language.later"));
        }
    }

    void setYamlShown(boolean shown) {
        columns.setYamlShown(shown);
    }

    boolean yamlShown() {
        return columns.yamlShown();
    }

    ConsoleView console() {
        if (console == null) {
            console = new ConsoleView(msg.bundle(), wb.console());
            consoleHost.getChildren().add(console);
        }
        return console;
    }

    void showConsole() {
        bottomTabs.getSelectionModel().select(consoleTab);
        console().input().requestFocus();
    }

    private boolean shut;

    /** Releases the window's hooks, threads and files (once; App calls it again when the stage shows a new window). */
    void shutdown() {
        if (shut) {
            return;
        }
        shut = true;
        // the desk's layout is what the settings keep, not the stage view's
        setTrafficCompact(false);
        settings.close();
        recoveryBar.close();
        selfStudy.close();
        checkThread.shutdownNow();
        goalThread.shutdownNow();
        ioThread.shutdown(); // the last progress write finishes
    }

    // ------------------------------------------------------------------ for App, bench mode and tests

    Workbench workbench() {
        return wb;
    }

    TrafficPanel traffic() {
        return traffic;
    }

    org.fxmisc.richtext.CodeArea editorArea() {
        return editor.area();
    }

    DiagramView diagram() {
        return diagram;
    }

    Presenter presenter() {
        return presenter;
    }

    Theme theme() {
        return theme;
    }

    LessonPane lessons() {
        return lessons;
    }

    TeacherWindow teacher() {
        return teacher;
    }

    IngressMigration migration() {
        return migration;
    }

    servicelab.ui.presenter.StageOnly stageOnly() {
        return stageOnly;
    }

    servicelab.ui.presenter.Annotations annotations() {
        return annotations;
    }

    FileActions files() {
        return files;
    }

    Classroom classroom() {
        return classroom;
    }

    MenuButton menuButton() {
        return menuButton;
    }

    Export export() {
        return export;
    }

    /** The narrowest the laid-out window can be before something is cut off (layout tests). */
    double minLayoutWidth() {
        return root.minWidth(-1);
    }

    /** File › Real cluster: the scene beside a real cluster's namespace (tests give their own kubeconfig and bridge). */
    public servicelab.ui.realcluster.RealClusterWindow openRealCluster() {
        if (realCluster == null) {
            realCluster = new servicelab.ui.realcluster.RealClusterWindow(new servicelab.ui.realcluster.RealClusterWindow.Parts(
                    stage, msg.bundle(), root.getStylesheets(), () -> wb.checks().latest() == null ? null : wb.checks().latest().report(),
                    () -> wb.document().name() == null ? "scene" : wb.document().name().replaceAll("\\.(ya?ml|json)$", ""),
                    () -> wb.cluster().simulation(), theme::isDark, realSources));
            realCluster.show();
            wb.console().realTargetProperty().bind(realCluster.session().consoleTargetProperty()); // get/describe there too
        }
        realCluster.show();
        return realCluster;
    }

    void setRealClusterSources(servicelab.realcluster.Sources s) {
        realSources = s;
    }
}
