package servicelab.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.DocumentReport;
import servicelab.check.Explainer;
import servicelab.check.ManifestChecker;
import servicelab.workspace.ManifestFile;

/**
 * The editor window: a YAML editor that checks the manifest as the API server would while the
 * learner types (debounced, off the UI thread), marks each problem in the text, and lists them
 * with a Korean explanation above the API server's own message.
 */
public final class MainController {
    static final String[] EXAMPLES = {"sandbox", "seed-service", "service-fixed", "nodeport", "seed-ingress-v1beta1",
        "ingress-v1", "seed-rc", "deployment-readiness"};
    private static final Duration CHECK_DELAY = Duration.ofMillis(220);

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
    @FXML private javafx.scene.layout.StackPane diagramHost;
    @FXML private javafx.scene.layout.StackPane trafficHost;
    @FXML private javafx.scene.control.SplitPane mainSplit;
    @FXML private javafx.scene.control.ToggleButton darkToggle;
    @FXML private MenuButton examplesButton;
    @FXML private javafx.scene.control.TabPane bottomTabs;
    @FXML private javafx.scene.control.Tab consoleTab;
    @FXML private javafx.scene.layout.StackPane consoleHost;
    private ConsoleView console;
    private boolean choicesPending;
    @FXML private javafx.scene.control.TextField seedField;
    @FXML private MenuButton zoomButton;
    @FXML private javafx.scene.control.ToggleButton presenterToggle;
    @FXML private javafx.scene.layout.HBox statusBar;
    ZoomPane zoomPane;
    @FXML private Button continueButton;
    @FXML private javafx.scene.control.ToolBar toolbar;
    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Button saveAsButton;
    @FXML private Button addPodButton;
    @FXML private Button teacherButton;
    /** Recording starts with the learner's first own input: the app's start-up choices must not overwrite where they left off. */
    private servicelab.workspace.Progress progress;
    private servicelab.workspace.Progress recorded;
    private javafx.scene.control.ComboBox<servicelab.lesson.Lesson> lessonChooser;
    private javafx.scene.Node lessonPane;
    private javafx.scene.Node rightPane;
    private servicelab.lesson.Glossary glossary = servicelab.lesson.Glossary.empty();
    /** In presenter mode answers and hints stay hidden until the teacher reveals them (Ctrl+Shift+A). */
    private boolean answersRevealed;
    static final double[] ZOOMS = {1.0, 1.25, 1.5, 2.0, 2.5};
    /** Presenter zoom: 125 % keeps a 1280×720 projector's layout usable (1024×576 laid out); higher presets are one click away. */
    static final double PRESENTER_ZOOM = 1.25;

    private final CodeArea editor = new CodeArea();
    private final Popup tooltip = new Popup();
    private final VBox tooltipBox = new VBox();
    private String tooltipText = "";
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "manifest-check");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong version = new AtomicLong();
    private final List<Runnable> afterCheck = new ArrayList<>();

    private Stage stage;
    private ResourceBundle bundle;
    private servicelab.workspace.Workspace workspace;
    private servicelab.ui.diagram.DiagramView diagram;
    private servicelab.ui.traffic.TrafficPanel traffic;
    private servicelab.ui.lesson.MarkdownView lessonView;
    private servicelab.ui.lesson.QuizView quizView;
    private servicelab.ui.lesson.ExerciseView exerciseView;
    private ManifestChecker manifestChecker;
    private Path file;
    private String displayName;
    private CheckReport report;
    private boolean checking;

    @FXML
    private void initialize() {
        editor.getStyleClass().add("yaml-editor");
        editor.setId("yamlEditor");
        editor.setParagraphGraphicFactory(this::gutter);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(editor);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        editorBox.getChildren().add(scroll);

        problemList.setId("problemList");
        problemList.setCellFactory(v -> new ProblemCell());
        // the FXML's problemsEmpty label, laid over the list, says why it is empty (no text, or no problems)
        problemList.setPlaceholder(new Region());
        problemList.setOnMouseClicked(e -> {
            Diagnostic d = problemList.getSelectionModel().getSelectedItem();
            if (d != null) {
                jumpTo(d);
            }
        });
        problemList.setOnKeyPressed(e -> {
            Diagnostic d = problemList.getSelectionModel().getSelectedItem();
            if (d != null && e.getCode() == KeyCode.ENTER) {
                jumpTo(d);
            }
        });

        tooltipBox.getStyleClass().add("problem-tooltip");
        tooltipBox.setSpacing(6);
        tooltipBox.getStylesheets().add(MainController.class.getResource("/servicelab/ui/app.css").toExternalForm());
        tooltip.getContent().add(tooltipBox);
        editor.setMouseOverTextDelay(Duration.ofMillis(350));
        editor.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Diagnostic d = problemAt(e.getCharacterIndex());
            if (d != null) {
                tooltipText = tooltipFor(d);
                tooltipBox.getChildren().setAll(RichText.of(d.explanation(), 480));
                if (!d.warning()) {
                    Label original = new Label(d.message());
                    original.getStyleClass().add("problem-original");
                    original.setWrapText(true);
                    original.setMaxWidth(480);
                    tooltipBox.getChildren().add(original);
                }
                tooltip.show(editor, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
            }
        });
        editor.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());

        editor.multiPlainChanges().successionEnds(CHECK_DELAY).subscribe(ignore -> scheduleCheck());
        editor.plainTextChanges().subscribe(ignore -> {
            checking = true;
            updateStatusPill();
        });
        editor.caretPositionProperty().addListener((o, a, b) -> updateCursor());
        editor.getUndoManager().atMarkedPositionProperty().addListener((o, a, b) -> updateTitle());
    }

    /** Wires the controller to its stage once the scene exists. */
    void attach(Stage stage, ResourceBundle bundle, App.Options opts) {
        this.stage = stage;
        this.bundle = bundle;
        this.manifestChecker = new ManifestChecker(new Explainer(opts.locale()));
        workspace = new servicelab.workspace.Workspace(servicelab.sim.World.defaults(), 42);
        diagram = new servicelab.ui.diagram.DiagramView(bundle, workspace);
        diagram.setActions(new DiagramEdits(this, workspace));
        diagramHost.getChildren().add(diagram);
        traffic = new servicelab.ui.traffic.TrafficPanel(bundle, workspace, diagram);
        trafficHost.getChildren().add(traffic);
        // the console is built when first shown: most sessions start in the lesson and the diagram
        consoleTab.setOnSelectionChanged(e -> {
            if (consoleTab.isSelected()) {
                console();
            }
        });
        workspace.onChange(() -> {
            diagram.setEditable(!workspace.stale());
            diagram.refresh();
            // the composer's suggestions matter when the learner next opens them, not for this frame
            if (!choicesPending) {
                choicesPending = true;
                javafx.application.Platform.runLater(() -> {
                    choicesPending = false;
                    traffic.refreshChoices();
                });
            }
        });
        for (String ex : EXAMPLES) {
            MenuItem item = new MenuItem(bundle.getString("example." + ex));
            item.setId("example-" + ex);
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    loadExample(ex);
                }
            });
            examplesButton.getItems().add(item);
            if (ex.equals("sandbox")) {
                examplesButton.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            }
        }
        MenuItem openScene = new MenuItem(bundle.getString("scene.open"));
        openScene.setOnAction(e -> onOpen());
        MenuItem saveScene = new MenuItem(bundle.getString("scene.save"));
        saveScene.setId("saveScene");
        saveScene.setOnAction(e -> onSaveScene());
        examplesButton.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), openScene, saveScene);
        installPresenterKeys(stage.getScene());
        startProgress(stage.getScene());
        var accels = stage.getScene().getAccelerators();
        accels.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew);
        accels.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::onOpen);
        accels.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::onSave);
        accels.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::onSaveAs);
        // traffic: send, play/pause, step, step back
        accels.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> traffic.send());
        accels.put(new KeyCodeCombination(KeyCode.F5), () -> traffic.togglePlay());
        accels.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::showConsole);
        accels.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> setDark(!isDark()));
        accels.put(new KeyCodeCombination(KeyCode.F6), () -> traffic.stepForward());
        accels.put(new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN), () -> traffic.stepBack());

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
            boolean ok = e.getDragboard().hasFiles() && openDropped(e.getDragboard().getFiles());
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setOnCloseRequest(this::onCloseRequest);

        setUpLessons(opts.lesson());
        if (opts.open() != null) {
            openFile(opts.open());
        } else {
            loadExample("seed-service");
        }
        updateCursor();
    }

    /**
     * The lesson pane on the left, when the lessons folder has lessons: a chapter chooser above the
     * rendered lesson. Its YAML blocks load into the editor.
     */
    private void setUpLessons(String wanted) {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("servicelab.lessons", "lessons"));
        servicelab.lesson.LessonLibrary lib = servicelab.lesson.LessonLibrary.load(dir);
        if (lib.lessons().isEmpty()) {
            return;
        }
        lessonView = new servicelab.ui.lesson.MarkdownView(bundle);
        java.nio.file.Path glossaryFile = dir.resolve("glossary.yaml");
        if (java.nio.file.Files.isRegularFile(glossaryFile)) {
            try {
                glossary = servicelab.lesson.Glossary.load(glossaryFile);
                lessonView.setGlossary(glossary);
            } catch (java.io.IOException | RuntimeException e) {
                status(bundle.getString("glossary.unreadable") + " " + e.getMessage());
            }
        }
        lessonView.setOnLoadYaml(yaml -> {
            if (confirmDiscard()) {
                setText(yaml, null, bundle.getString("file.untitled") + ".yaml");
            }
        });
        lessonView.setOnRunCommand(command -> {
            bottomTabs.getSelectionModel().select(consoleTab);
            console().run(command);
        });
        quizView = new servicelab.ui.lesson.QuizView(bundle);
        quizView.setOnAnswered((id, right) -> {
            if (recorded != null) {
                recorded.quizAnswered(id, right);
            }
        });
        exerciseView = new servicelab.ui.lesson.ExerciseView(bundle);
        exerciseView.setOnLoadText(text -> {
            if (text != null && (editor.getText().equals(text) || confirmDiscard())) {
                servicelab.lesson.Exercise ex = exerciseView.active();
                setText(text, null, (ex == null ? "scene" : ex.id()) + ".yaml");
            }
        });
        traffic.setOnSent(() -> exerciseView.trafficSent());
        VBox lessonAndQuiz = new VBox(lessonView, exerciseView, quizView);
        // the exercise and quiz cards share the lesson's stylesheet
        lessonAndQuiz.getStylesheets().add(MainController.class.getResource("/servicelab/ui/lesson.css").toExternalForm());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(lessonAndQuiz);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        // the lesson wraps to the pane, never wider
        lessonView.setMinWidth(0);
        lessonAndQuiz.setMinWidth(0);
        lessonAndQuiz.maxWidthProperty().bind(scroll.widthProperty().subtract(18));
        scroll.setId("lessonScroll");
        exerciseView.setOnDone(id -> {
            if (recorded != null) {
                recorded.exerciseDone(id);
            }
        });
        exerciseView.setOnHint((id, shown) -> {
            if (recorded != null) {
                recorded.hintOpened(id, shown);
            }
        });
        exerciseView.setOnStarted(card -> javafx.application.Platform.runLater(() -> {
            if (recorded != null && exerciseView.active() != null) {
                recorded.exerciseStarted(exerciseView.active().id());
            }
            updateTeacherWindow();
            // bring the started exercise's panel to the top of the lesson pane
            lessonAndQuiz.layout();
            double y = card.localToScene(0, 0).getY() - lessonAndQuiz.localToScene(0, 0).getY();
            double room = lessonAndQuiz.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 8) / room)));
        }));
        javafx.scene.control.ComboBox<servicelab.lesson.Lesson> chooser = new javafx.scene.control.ComboBox<>();
        chooser.setId("lessonChooser");
        chooser.getItems().setAll(lib.lessons());
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setPromptText(bundle.getString("lesson.choose"));
        chooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(servicelab.lesson.Lesson l) {
                return l == null ? "" : l.title().replace("`", "");
            }

            @Override
            public servicelab.lesson.Lesson fromString(String s) {
                return null;
            }
        });
        lessonChooser = chooser;
        chooser.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                if (recorded != null) {
                    recorded.lessonOpened(b.id());
                }
                javafx.application.Platform.runLater(this::updateTeacherWindow);
                lessonView.show(b);
                exerciseView.show(servicelab.lesson.LessonChecker.exercisesOf(b), sceneOf(b));
                quizView.show(servicelab.lesson.LessonChecker.quizOf(b));
                scroll.setVvalue(0);
            }
        });
        Button glossaryButton = new Button(null, icon("fth-search"));
        glossaryButton.setId("glossaryButton");
        glossaryButton.getStyleClass().add("flat");
        glossaryButton.setTooltip(new javafx.scene.control.Tooltip(bundle.getString("glossary.title")));
        glossaryButton.setOnAction(e -> showGlossary());
        glossaryButton.setDisable(glossary.terms().isEmpty());
        javafx.scene.control.ToggleButton english = new javafx.scene.control.ToggleButton("EN");
        english.setId("showEnglish");
        english.getStyleClass().add("flat");
        english.setTooltip(new javafx.scene.control.Tooltip(bundle.getString("lesson.showEnglish")));
        english.setDisable(glossary.terms().isEmpty());
        english.setOnAction(e -> {
            lessonView.setShowEnglish(english.isSelected());
            double v = scroll.getVvalue();
            if (chooser.getValue() != null) {
                lessonView.show(chooser.getValue());
                scroll.layout();
                scroll.setVvalue(v); // the learner stays where they were reading
            }
        });
        // a narrow lesson pane shortens the chapter title, never these buttons
        english.setMinWidth(Region.USE_PREF_SIZE);
        glossaryButton.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setMinWidth(60);
        HBox head = new HBox(8, icon("fth-book-open"), chooser, english, glossaryButton);
        head.getStyleClass().add("pane-header");
        HBox.setHgrow(chooser, Priority.ALWAYS);
        VBox pane = new VBox(head, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        pane.setMinWidth(260);
        pane.getStyleClass().add("lesson-pane");
        mainSplit.getItems().add(0, pane);
        mainSplit.setDividerPositions(0.24, 0.72);
        lessonPane = pane;
        servicelab.lesson.Lesson first = wanted == null ? lib.lessons().get(0)
                : lib.find(wanted).orElse(lib.lessons().get(0));
        // render the lesson right after the window's first frame, not before it
        String exercise = System.getProperty("servicelab.exercise");
        servicelab.lesson.Lesson withExercise = exercise == null ? null : lib.lessons().stream()
                .filter(l -> servicelab.lesson.LessonChecker.exercisesOf(l).stream().anyMatch(x -> exercise.equals(x.id())))
                .findFirst().orElse(null);
        javafx.application.Platform.runLater(() -> {
            chooser.setValue(withExercise != null ? withExercise : first);
            if (withExercise != null) {
                // --exercise ID (screenshots, classroom links): open the chapter with that exercise started
                javafx.scene.Node b = exerciseView.lookup("#start-" + exercise);
                if (b instanceof javafx.scene.control.Button button) {
                    button.fire();
                }
            }
        });
    }

    private static String sceneOf(servicelab.lesson.Lesson l) {
        try {
            java.nio.file.Path p = l.dir().resolve("scene.yaml");
            return java.nio.file.Files.exists(p) ? ManifestFile.read(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    servicelab.ui.lesson.ExerciseView exerciseView() {
        return exerciseView;
    }

    servicelab.ui.lesson.QuizView quizView() {
        return quizView;
    }

    servicelab.ui.lesson.MarkdownView lessonView() {
        return lessonView;
    }

    void shutdown() {
        checker.shutdownNow();
        if (exerciseView != null) {
            exerciseView.shutdown();
        }
    }

    // ------------------------------------------------------------------ checking

    private void scheduleCheck() {
        String text = editor.getText();
        long v = version.incrementAndGet();
        checking = true;
        updateStatusPill();
        checker.submit(() -> {
            CheckReport r = manifestChecker.check(text);
            var spans = YamlHighlighter.compute(text, r.errors().isEmpty() && r.warnings().isEmpty() ? List.of() : all(r));
            Platform.runLater(() -> {
                if (v != version.get() || !editor.getText().equals(text)) {
                    return; // the text moved on; a newer check is coming
                }
                report = r;
                checking = false;
                if (workspace != null) {
                    workspace.accept(r);
                }
                if (exerciseView != null) {
                    exerciseView.textChanged(text);
                }
                if (recorded != null) {
                    recorded.textChanged(text, file);
                }
                editor.setStyleSpans(0, spans);
                showReport(r);
                List<Runnable> waiting = new ArrayList<>(afterCheck);
                afterCheck.clear();
                waiting.forEach(Runnable::run);
            });
        });
    }

    private static List<Diagnostic> all(CheckReport r) {
        List<Diagnostic> all = new ArrayList<>(r.errors());
        all.addAll(r.warnings());
        return all;
    }

    /** Runs the action after the next completed check (or now, if the current text is checked). */
    void whenChecked(Runnable action) {
        if (!checking && report != null) {
            action.run();
        } else {
            afterCheck.add(action);
        }
    }

    private void showReport(CheckReport r) {
        List<Diagnostic> problems = all(r);
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Boolean.compare(a.warning(), b.warning()));
        problemList.getItems().setAll(problems);
        int errors = r.errors().size();
        int warnings = r.warnings().size();
        problemSummary.setText(fmt("problems.summary", errors, warnings));
        boolean empty = r.documents().isEmpty();
        problemsEmpty.setVisible(problems.isEmpty());
        problemsEmpty.setText(empty ? bundle.getString("problems.empty") : bundle.getString("problems.none"));
        long badDocs = r.documents().stream().filter(d -> !d.valid()).count();
        statusDocs.setText(badDocs == 0 ? fmt("status.validDetail", r.documents().size())
                : fmt("status.invalidDetail", r.documents().size(), badDocs));
        editor.setParagraphGraphicFactory(this::gutter);
        updateStatusPill();
    }

    private void updateStatusPill() {
        statusPill.getStyleClass().removeAll("ok", "bad", "busy");
        if (checking || report == null) {
            statusPill.setText(bundle == null ? "" : bundle.getString("status.checking"));
            statusPill.setGraphic(icon("fth-loader"));
            statusPill.getStyleClass().add("busy");
        } else if (report.valid()) {
            statusPill.setText(bundle.getString("status.valid"));
            statusPill.setGraphic(icon("fth-check-circle"));
            statusPill.getStyleClass().add("ok");
        } else {
            statusPill.setText(fmt("status.invalid", report.errors().size()));
            statusPill.setGraphic(icon("fth-x-circle"));
            statusPill.getStyleClass().add("bad");
        }
    }

    private Diagnostic problemAt(int offset) {
        if (report == null) {
            return null;
        }
        for (Diagnostic d : all(report)) {
            int end = Math.max(d.end(), d.start() + 1);
            if (offset >= d.start() && offset < end) {
                return d;
            }
        }
        return null;
    }

    String tooltipFor(Diagnostic d) {
        return d.warning() ? d.explanation() : d.explanation() + "\n\n" + d.message();
    }

    /** Applies a suggested correction as one undoable edit (Ctrl+Z brings the old text back). */
    void applyFix(servicelab.check.Fix fix) {
        if (checking || fix.end() > editor.getLength()) {
            return;
        }
        editor.replaceText(fix.start(), fix.end(), fix.replacement());
        editor.moveTo(fix.start());
        editor.requestFollowCaret();
    }

    private void jumpTo(Diagnostic d) {
        int pos = Math.min(d.start(), editor.getLength());
        editor.moveTo(pos);
        editor.requestFollowCaret();
        editor.requestFocus();
    }

    private Node gutter(int paragraph) {
        Label n = new Label(String.valueOf(paragraph + 1));
        n.getStyleClass().add("lineno");
        Circle mark = new Circle(3.5);
        mark.setVisible(false);
        if (report != null) {
            for (Diagnostic d : all(report)) {
                if (d.line() == paragraph + 1) {
                    mark.setVisible(true);
                    mark.getStyleClass().setAll(d.warning() && !mark.getStyleClass().contains("mark-error") ? "mark-warning" : "mark-error");
                    if (!d.warning()) {
                        break;
                    }
                }
            }
        }
        int digits = Math.max(2, String.valueOf(editor.getParagraphs().size()).length());
        n.setMinWidth(digits * 9 + 4);
        n.setAlignment(Pos.CENTER_RIGHT);
        HBox box = new HBox(mark, n);
        box.getStyleClass().add("gutter");
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void updateCursor() {
        if (bundle != null) {
            cursorLabel.setText(fmt("status.cursor", editor.getCurrentParagraph() + 1, editor.getCaretColumn() + 1));
        }
    }

    // ------------------------------------------------------------------ files

    /** Whether the current file is a scene (saving keeps its seed and card positions). */
    private boolean sceneFile;

    private void setText(String text, Path newFile, String name) {
        sceneFile = false;
        if (workspace != null) {
            workspace.newDocument();
        }
        editor.replaceText(text);
        editor.getUndoManager().forgetHistory();
        editor.getUndoManager().mark();
        editor.moveTo(0);
        editor.showParagraphAtTop(0);
        file = newFile;
        displayName = name;
        updateTitle();
    }

    void loadExample(String id) {
        try (InputStream in = MainController.class.getResourceAsStream("/servicelab/examples/" + id + ".yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            setText(text, null, id + ".yaml");
        } catch (IOException | NullPointerException e) {
            error(fmt("error.open", id));
        }
    }

    /** Opens a file into the editor; reports (and keeps the current text) when it cannot. */
    boolean openFile(Path p) {
        try {
            String text = ManifestFile.read(p);
            if (servicelab.workspace.SceneFile.isScene(text)) {
                openScene(servicelab.workspace.SceneFile.read(text), p);
                return true;
            }
            setText(text, p, p.getFileName().toString());
            statusMessage.setText(fmt("status.opened", p.toAbsolutePath()));
            return true;
        } catch (ManifestFile.NotTextException e) {
            error(fmt("error.notText", p.getFileName()));
        } catch (ManifestFile.TooLargeException e) {
            error(fmt("error.tooLarge", p.getFileName()));
        } catch (IOException e) {
            error(fmt("error.open", e.getMessage()));
        }
        return false;
    }

    boolean openDropped(List<File> files) {
        root.getStyleClass().remove("drop-target");
        if (files.isEmpty() || !confirmDiscard()) {
            return false;
        }
        return openFile(files.get(0).toPath());
    }

    /** Saves to the given path atomically; on failure the old file stays and the text stays dirty. */
    /** A saved scene: its manifest in the editor, its seed, and the cards where the learner put them. */
    private void openScene(servicelab.workspace.SceneFile.Scene scene, Path p) {
        setText(scene.manifest(), p, p.getFileName().toString());
        sceneFile = true;
        workspace.reset(scene.seed());
        seedField.setText(String.valueOf(scene.seed()));
        workspace.clearPositions();
        scene.positions().forEach((k, xy) -> workspace.setPosition(k, xy[0], xy[1]));
        statusMessage.setText(fmt("scene.opened", p.toAbsolutePath()));
    }

    /** Save scene: the YAML with the seed and the moved cards, as one file that is still a manifest. */
    boolean saveSceneTo(Path p) {
        sceneFile = true;
        return saveTo(p);
    }

    boolean saveTo(Path p) {
        try {
            ManifestFile.writeAtomically(p, sceneFile
                    ? servicelab.workspace.SceneFile.write(new servicelab.workspace.SceneFile.Scene(editor.getText(),
                            workspace.seed(), workspace.positions()))
                    : editor.getText());
            file = p;
            displayName = p.getFileName().toString();
            editor.getUndoManager().mark();
            updateTitle();
            statusMessage.setText(fmt("status.saved", p.toAbsolutePath()));
            return true;
        } catch (IOException e) {
            error(fmt("error.save", e.getMessage()));
            return false;
        }
    }

    boolean isDirty() {
        return !editor.getUndoManager().isAtMarkedPosition();
    }

    /** Light or dark: the semantic colour variables switch with one style class on the root. */
    @FXML
    void onToggleDark() {
        setDark(darkToggle.isSelected());
    }

    void setDark(boolean dark) {
        if (dark && isPresenter()) {
            setPresenter(false);
        }
        darkToggle.setSelected(dark);
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        javafx.application.Application.setUserAgentStylesheet(dark
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        tooltipBox.getStyleClass().remove("dark");
        if (dark) {
            tooltipBox.getStyleClass().add("dark");
        }
    }

    /**
     * Presenter mode (curriculum C1–C8): everything enlarged, the high-contrast projector palette,
     * no status bar, answers and hints hidden (Ctrl+Shift+A reveals them), clicker keys step the
     * traffic (PageDown/PageUp, and →/← and Space outside text fields).
     */
    void setPresenter(boolean on) {
        presenterToggle.setSelected(on);
        root.getStyleClass().remove("presenter");
        if (on) {
            if (isDark()) {
                setDark(false); // the projector palette is dark text on light
            }
            root.getStyleClass().add("presenter");
        }
        statusBar.setVisible(!on);
        statusBar.setManaged(!on);
        // file commands are not for the projector: the toolbar keeps what a demo uses
        List<javafx.scene.Node> fileCommands = new ArrayList<>(List.of(newButton, openButton, saveButton, saveAsButton,
                examplesButton, addPodButton));
        toolbar.getItems().stream().filter(n -> n.getStyleClass().contains("file-sep")).forEach(fileCommands::add);
        for (javafx.scene.Node n : fileCommands) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        teacherButton.setVisible(on); // the teacher's window belongs to the classroom
        teacherButton.setManaged(on);
        // the projector shows diagram and YAML; the lesson is the teacher's, one key away (Ctrl+Shift+L)
        setLessonShown(!on);
        setZoom(on ? PRESENTER_ZOOM : 1.0);
        answersRevealed = false;
        if (exerciseView != null) {
            exerciseView.setSolutionHidden(on);
        }
        status(bundle.getString(on ? "presenter.on" : "presenter.off"));
    }

    void setLessonShown(boolean shown) {
        if (lessonPane == null || shown == mainSplit.getItems().contains(lessonPane)) {
            return;
        }
        if (shown) {
            mainSplit.getItems().add(0, lessonPane);
            mainSplit.setDividerPositions(0.24, 0.72);
        } else {
            mainSplit.getItems().remove(lessonPane);
            mainSplit.setDividerPositions(0.66);
        }
    }

    /** The narrowest the laid-out window can be before something is cut off (layout tests). */
    double minLayoutWidth() {
        return root.minWidth(-1);
    }

    boolean isPresenter() {
        return root.getStyleClass().contains("presenter");
    }

    void setZoom(double z) {
        zoomPane.zoomProperty().set(z);
        zoomButton.setText(Math.round(z * 100) + "%");
    }

    double zoom() {
        return zoomPane.zoomProperty().get();
    }

    private void zoomStep(int dir) {
        double z = zoom();
        int i = 0;
        while (i < ZOOMS.length - 1 && ZOOMS[i] < z - 1e-6) {
            i++;
        }
        setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + dir))]);
    }

    @FXML
    void onTogglePresenter() {
        setPresenter(presenterToggle.isSelected());
    }

    private void startProgress(javafx.scene.Scene scene) {
        progress = servicelab.workspace.Progress.load(servicelab.workspace.Progress.defaultFile());
        boolean offer = progress.canContinue();
        continueButton.setVisible(offer);
        continueButton.setManaged(offer);
        if (progress.setAside() != null) {
            String msg = java.text.MessageFormat.format(bundle.getString("progress.corrupt"), progress.setAside().getFileName());
            javafx.application.Platform.runLater(() -> status(msg)); // after the start-up messages
            statusMessage.setId("statusMessage");
        }
        javafx.event.EventHandler<javafx.scene.input.InputEvent> arm = e -> {
            if (recorded == null) {
                recorded = progress;
                if (exerciseView != null && exerciseView.active() != null) {
                    recorded.exerciseStarted(exerciseView.active().id());
                }
            }
        };
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, arm::handle);
        // time with a chapter open, counted while the window has the focus; written with the next save
        javafx.animation.Timeline clock = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(15), e -> {
            if (recorded != null && stage.isFocused() && lessonChooser != null && lessonChooser.getValue() != null) {
                recorded.addTime(lessonChooser.getValue().id(), 15);
            }
        }));
        clock.setCycleCount(javafx.animation.Animation.INDEFINITE);
        clock.play();
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, arm::handle);
    }

    private Stage glossaryStage;
    private Stage teacherStage;
    private servicelab.ui.lesson.TeacherView teacherView;

    /**
     * The teacher's window (curriculum C1): lesson text, the exercise's hints and its solution,
     * on the second screen when there is one, so the projector shows only diagram and YAML.
     */
    @FXML
    void onTeacherWindow() {
        showTeacherWindow();
    }

    void showTeacherWindow() {
        if (lessonView == null) {
            return;
        }
        if (teacherStage == null) {
            teacherStage = new Stage();
            teacherStage.initOwner(stage);
            teacherStage.setTitle(bundle.getString("teacher.title"));
            teacherView = new servicelab.ui.lesson.TeacherView(bundle);
            teacherView.lesson().setGlossary(glossary);
            javafx.scene.Scene scene = new javafx.scene.Scene(teacherView, 640, 760);
            scene.getStylesheets().addAll(root.getStylesheets());
            scene.getStylesheets().addAll(lessonView.getStylesheets());
            teacherView.getStyleClass().add("root");
            teacherStage.setScene(scene);
            // another screen than the projector's, if there is one
            javafx.stage.Screen here = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1).stream()
                    .findFirst().orElse(javafx.stage.Screen.getPrimary());
            javafx.stage.Screen.getScreens().stream().filter(sc -> !sc.equals(here)).findFirst().ifPresent(other -> {
                teacherStage.setX(other.getVisualBounds().getMinX() + 20);
                teacherStage.setY(other.getVisualBounds().getMinY() + 20);
            });
        }
        updateTeacherWindow();
        teacherStage.show();
        teacherStage.toFront();
    }

    private void updateTeacherWindow() {
        if (teacherView != null) {
            teacherView.show(lessonChooser == null ? null : lessonChooser.getValue(), exerciseView == null ? null : exerciseView.active());
        }
    }

    /** The glossary in its own small window, searchable by alias (old spellings learners meet elsewhere) and English. */
    void showGlossary() {
        if (glossaryStage == null) {
            glossaryStage = new Stage();
            glossaryStage.initOwner(stage);
            glossaryStage.setTitle(bundle.getString("glossary.title"));
            servicelab.ui.lesson.GlossaryView view = new servicelab.ui.lesson.GlossaryView(bundle, glossary, url -> App.browser.accept(url));
            javafx.scene.Scene scene = new javafx.scene.Scene(view, 520, 620);
            scene.getStylesheets().addAll(root.getStylesheets());
            view.getStyleClass().add("root");
            glossaryStage.setScene(scene);
        }
        glossaryStage.show();
        glossaryStage.toFront();
    }

    /** Continue where I left off: the chapter, exercise, YAML text and file of the last session, exactly. */
    @FXML
    void onContinue() {
        String lesson = progress.lastLesson();
        String exercise = progress.lastExercise();
        String text = progress.lastText();
        String lastFile = progress.lastFile();
        recorded = progress;
        continueButton.setVisible(false);
        continueButton.setManaged(false);
        if (lesson != null && lessonChooser != null) {
            lessonChooser.getItems().stream().filter(l -> l.id().equals(lesson)).findFirst().ifPresent(lessonChooser::setValue);
        }
        if (exercise != null && exerciseView != null) {
            javafx.scene.Node start = lessonChooser == null ? null : lessonChooser.getScene().lookup("#start-" + exercise);
            if (start instanceof Button b) {
                editor.getUndoManager().mark();
                b.fire();
            }
        }
        if (text != null) {
            Path p = lastFile == null ? null : Path.of(lastFile);
            setText(text, p, p == null ? bundle.getString("file.untitled") + ".yaml" : p.getFileName().toString());
        }
        status(bundle.getString("progress.continued"));
    }

    /** A new random seed: the same YAML, other pod names and other random picks. */
    @FXML
    void onNewSeed() {
        setSeed(new java.util.Random().nextInt(1, 100_000));
    }

    /** The load-balancing randomness restarts from this seed, so a prepared demo always picks the same pods. */
    void setSeed(long seed) {
        workspace.reset(seed);
        seedField.setText(String.valueOf(seed));
        traffic.resetTraffic();
        diagram.clearHits();
        status(java.text.MessageFormat.format(bundle.getString("seed.set"), String.valueOf(seed)));
    }

    /** Scene reset (Ctrl+R): the cluster starts again from the YAML with the same seed. */
    void resetScene() {
        setSeed(workspace.seed());
    }

    /** The toolbar width at which the labels had to go, and how much room they need to come back. */
    private double compactAt;
    private double labelsNeed;

    /**
     * A window too narrow for the whole toolbar (a 1280-pixel screen with wide fonts, a zoomed
     * window) shows the file and edit buttons as icons with tooltips, rather than pushing the
     * seed, zoom, presenter and theme controls into the overflow menu. The toolbar's skin takes
     * overflowing items out of the bar: the status pill, the last item, losing its parent says so.
     */
    private void fitToolbar() {
        List<javafx.scene.control.Labeled> labelled = List.of(newButton, openButton, saveButton, examplesButton, addPodButton);
        boolean compact = newButton.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY;
        boolean overflowing = statusPill.getParent() == null;
        if (!compact && overflowing) {
            compactAt = toolbar.getWidth();
            labelsNeed = 0;
            for (javafx.scene.control.Labeled b : labelled) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(b.getText());
                t.setFont(b.getFont());
                labelsNeed += t.getLayoutBounds().getWidth() + b.getGraphicTextGap();
            }
            labelled.forEach(b -> b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY));
        } else if (compact && toolbar.getWidth() > compactAt + labelsNeed) {
            labelled.forEach(b -> b.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT));
        }
    }

    private void installPresenterKeys(javafx.scene.Scene scene) {
        toolbar.widthProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fitToolbar));
        statusPill.parentProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fitToolbar));
        for (double z : ZOOMS) {
            MenuItem item = new MenuItem(Math.round(z * 100) + "%");
            item.setId("zoom-" + Math.round(z * 100));
            item.setOnAction(e -> setZoom(z));
            zoomButton.getItems().add(item);
        }
        seedField.setText(String.valueOf(workspace.seed()));
        seedField.setOnAction(e -> {
            try {
                setSeed(Long.parseLong(seedField.getText().strip()));
            } catch (NumberFormatException ex) {
                seedField.setText(String.valueOf(workspace.seed()));
                status(bundle.getString("seed.bad"));
            }
        });
        var accels = scene.getAccelerators();
        accels.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> setPresenter(!isPresenter()));
        accels.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(1));
        accels.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(1));
        accels.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(-1));
        accels.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(-1));
        accels.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> setZoom(isPresenter() ? PRESENTER_ZOOM : 1));
        accels.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::resetScene);
        accels.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::showTeacherWindow);
        accels.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> setYamlShown(!yamlShown()));
        accels.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::onSaveScene);
        accels.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> setLessonShown(!mainSplit.getItems().contains(lessonPane)));
        accels.put(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
            if (isPresenter() && exerciseView != null) {
                answersRevealed = !answersRevealed;
                exerciseView.setSolutionHidden(!answersRevealed);
                setLessonShown(answersRevealed); // the answers live in the lesson pane: show it while they are revealed
                status(bundle.getString(answersRevealed ? "presenter.revealed" : "presenter.hidden"));
            }
        });
        scene.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomStep(e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!isPresenter() || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            boolean typing = scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl
                    || scene.getFocusOwner() instanceof org.fxmisc.richtext.GenericStyledArea;
            KeyCode k = e.getCode();
            if (k == KeyCode.PAGE_DOWN || (!typing && k == KeyCode.RIGHT)) {
                traffic.stepForward();
                e.consume();
            } else if (k == KeyCode.PAGE_UP || (!typing && k == KeyCode.LEFT)) {
                traffic.stepBack();
                e.consume();
            } else if (!typing && k == KeyCode.SPACE) {
                traffic.togglePlay();
                e.consume();
            }
        });
    }

    boolean isDark() {
        return root.getStyleClass().contains("dark");
    }

    @FXML
    void onAddPod() {
        if (!workspace.stale()) {
            new DiagramEdits(this, workspace).addPod(null);
        }
    }

    @FXML
    void onNew() {
        if (confirmDiscard()) {
            setText("", null, bundle.getString("file.untitled"));
        }
    }

    @FXML
    void onOpen() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser(bundle.getString("dialog.open.title")).showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    @FXML
    void onSave() {
        if (file == null) {
            onSaveAs();
        } else {
            saveTo(file);
        }
    }

    void onSaveScene() {
        FileChooser fc = chooser(bundle.getString("scene.save"));
        String base = displayName == null ? "scene" : displayName.replaceAll("(\\.scene)?\\.ya?ml$", "");
        fc.setInitialFileName(base + ".scene.yaml");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            saveSceneTo(f.toPath());
        }
    }

    @FXML
    void onSaveAs() {
        FileChooser fc = chooser(bundle.getString("dialog.save.title"));
        fc.setInitialFileName(displayName != null && displayName.endsWith(".yaml") ? displayName : "manifest.yaml");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            saveTo(f.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("filter.yaml"), "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter(bundle.getString("filter.all"), "*"));
        if (file != null && file.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(file.toAbsolutePath().getParent().toFile());
        }
        return fc;
    }

    private void onCloseRequest(WindowEvent e) {
        if (!confirmDiscard()) {
            e.consume();
        }
    }

    /** True when the current text may be replaced: it is saved, or the learner chose to save or discard it. */
    boolean confirmDiscard() {
        if (!isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType(bundle.getString("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(bundle.getString("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(bundle.getString("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, bundle.getString("dialog.unsaved.content"), save, discard, cancel);
        a.initOwner(stage);
        a.setTitle(bundle.getString("dialog.unsaved.title"));
        a.setHeaderText(fmt("dialog.unsaved.header", displayName));
        a.getDialogPane().setId("unsavedDialog");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == cancel) {
            return false;
        }
        if (r.get() == save) {
            if (file == null) {
                onSaveAs();
            } else {
                saveTo(file);
            }
            return !isDirty();
        }
        return true;
    }

    private void error(String message) {
        statusMessage.setText(message);
        if (stage != null && stage.isShowing()) {
            Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            a.initOwner(stage);
            a.setTitle(bundle.getString("dialog.error.title"));
            a.setHeaderText(null);
            a.getDialogPane().setId("errorDialog");
            a.show();
        }
    }

    private void updateTitle() {
        if (bundle == null) {
            return;
        }
        String name = displayName == null ? bundle.getString("file.untitled") : displayName;
        String dirty = isDirty() ? "● " : "";
        fileLabel.setText(dirty + name);
        if (stage != null) {
            stage.setTitle(fmt("window.title", dirty, name));
        }
    }

    // ------------------------------------------------------------------ helpers

    private String fmt(String key, Object... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(a);
    }

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(15);
        return i;
    }

    boolean tooltipShowing() {
        return tooltip.isShowing();
    }

    String tooltipText() {
        return tooltipText;
    }

    /** Sends 30 requests and steps them to their end, so a still picture shows the path and the spread. */
    void sendAndShow(String from, String url) {
        traffic.setClockRunning(false);
        traffic.compose(from, url, 30);
        traffic.send();
        traffic.player().pause();
        int steps = traffic.player().steps();
        for (int i = 0; i < steps; i++) {
            traffic.stepForward();
        }
    }

    void status(String message) {
        statusMessage.setText(message);
    }

    servicelab.ui.diagram.DiagramView diagram() {
        return diagram;
    }

    servicelab.ui.traffic.TrafficPanel traffic() {
        return traffic;
    }

    servicelab.workspace.Workspace workspace() {
        return workspace;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** Replaces the editor's text with an edit's result, as one undoable change of only the edited lines. */
    void applyEdit(servicelab.manifest.ManifestEditor.Edit e) {
        applyText(e.text());
    }

    /** Replaces the editor's text with one undoable change covering only what differs. */
    void applyText(String nt) {
        String old = editor.getText();
        int start = 0;
        while (start < old.length() && start < nt.length() && old.charAt(start) == nt.charAt(start)) {
            start++;
        }
        int endOld = old.length(), endNew = nt.length();
        while (endOld > start && endNew > start && old.charAt(endOld - 1) == nt.charAt(endNew - 1)) {
            endOld--;
            endNew--;
        }
        editor.replaceText(start, endOld, nt.substring(start, endNew));
        flashLines(editor.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor(),
                editor.offsetToPosition(Math.min(editor.getLength(), start + (endNew - start)),
                        org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor());
    }

    /**
     * Lines a diagram or console edit just wrote glow for two seconds (curriculum C11): the class
     * sees which part of the manifest the picture's change is. One steady highlight, no blinking.
     */
    private void flashLines(int from, int to) {
        List<Integer> lit = new ArrayList<>();
        for (int i = Math.max(0, from); i <= Math.min(to, editor.getParagraphs().size() - 1); i++) {
            editor.setParagraphStyle(i, List.of("flash"));
            lit.add(i);
        }
        if (!lit.isEmpty()) {
            // bring the change into view: its end, then its start (a long document stays at its top)
            editor.showParagraphInViewport(lit.get(lit.size() - 1));
            editor.showParagraphInViewport(lit.get(0));
        }
        javafx.animation.PauseTransition off = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        off.setOnFinished(e -> {
            for (int i : lit) {
                if (i < editor.getParagraphs().size()) {
                    editor.setParagraphStyle(i, List.of());
                }
            }
        });
        off.play();
    }

    /** Lines currently lit by {@link #flashLines}. */
    List<Integer> flashingLines() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < editor.getParagraphs().size(); i++) {
            if (editor.getParagraph(i).getParagraphStyle().contains("flash")) {
                out.add(i);
            }
        }
        return out;
    }

    /** Hide or show the YAML column (curriculum C11): a demo may want the whole width for the diagram. */
    void setYamlShown(boolean shown) {
        if (rightPane == null) {
            rightPane = mainSplit.getItems().get(mainSplit.getItems().size() - 1);
        }
        if (shown == mainSplit.getItems().contains(rightPane)) {
            return;
        }
        if (shown) {
            mainSplit.getItems().add(rightPane);
            mainSplit.setDividerPositions(mainSplit.getItems().size() == 3 ? new double[] {0.24, 0.72} : new double[] {0.66});
        } else {
            mainSplit.getItems().remove(rightPane);
        }
    }

    boolean yamlShown() {
        return rightPane == null || mainSplit.getItems().contains(rightPane);
    }

    ConsoleView console() {
        if (console == null) {
            console = new ConsoleView(bundle, new servicelab.kubectl.Kubectl(new servicelab.kubectl.Kubectl.Host() {
                @Override
                public servicelab.workspace.Workspace workspace() {
                    return workspace;
                }

                @Override
                public String text() {
                    return editor.getText();
                }

                @Override
                public void setText(String text) {
                    // one undoable edit in the editor, and the cluster follows before the next command runs
                    applyText(text);
                    workspace.accept(manifestChecker.check(text));
                }

                @Override
                public String fileName() {
                    return file == null ? null : file.getFileName().toString();
                }
            }));
            consoleHost.getChildren().add(console);
        }
        return console;
    }

    void showConsole() {
        bottomTabs.getSelectionModel().select(consoleTab);
        console().input().requestFocus();
    }

    CodeArea editor() {
        return editor;
    }

    CheckReport report() {
        return report;
    }

    boolean isChecking() {
        return checking;
    }

    Path file() {
        return file;
    }

    /** A problem: location and badge, the Korean explanation, then the API server's original message. */
    private final class ProblemCell extends ListCell<Diagnostic> {
        ProblemCell() {
            getStyleClass().add("problem-cell");
        }

        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label badge = new Label(bundle.getString(d.warning() ? "problem.warning" : "problem.error"));
            badge.getStyleClass().addAll("problem-badge", d.warning() ? "warning" : "error");
            Label where = new Label(fmt("problem.location", d.line(), d.column())
                    + (d.field() == null || d.field().isEmpty() ? "" : "  ·  " + d.field()));
            where.getStyleClass().add("problem-where");
            HBox head = new HBox(8, badge, where);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox explanation = RichText.of(d.explanation(), Math.max(300, problemList.getWidth() - 72));
            explanation.getStyleClass().add("problem-explanation");
            VBox box = new VBox(4, head, explanation);
            if (d.fix() != null) {
                // in the header, so it stays in view however long the explanation is
                Button apply = new Button(bundle.getString(d.fix().labelKey()), icon("fth-check"));
                apply.getStyleClass().addAll("fix-button", "accent", "small");
                apply.setDisable(checking);
                apply.setOnAction(e -> applyFix(d.fix()));
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                head.getChildren().addAll(gap, apply);
            }
            if (!d.warning()) {
                Label original = new Label(d.message());
                original.getStyleClass().add("problem-original");
                original.setWrapText(true);
                original.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(original);
            }
            box.maxWidthProperty().bind(problemList.widthProperty().subtract(64));
            box.prefWidthProperty().bind(problemList.widthProperty().subtract(64));
            setText(null);
            setGraphic(box);
        }
    }
}
