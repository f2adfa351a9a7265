package servicelab.ui.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.lesson.Glossary;
import servicelab.lesson.Lesson;
import servicelab.lesson.LessonChecker;
import servicelab.lesson.LessonLibrary;
import servicelab.workspace.ExerciseSession;
import servicelab.workspace.files.ManifestFile;

/**
 * The lesson pane on the left: a chapter chooser above the rendered lesson, its exercises and
 * its quiz. It tells its owner what the learner does here (a YAML block to load, a command to
 * run, an exercise started, a quiz answered) and leaves the editor and the console to it.
 */
public final class LessonPane extends VBox {
    /** What the lesson pane asks of the window and reports to the progress recorder. */
    public interface Owner {
        /** A lesson's YAML block or an exercise's text for the editor (asking before unsaved text goes). */
        void loadText(String text, String name);

        /** A lesson's "run in console" line. */
        void runCommand(String command);

        /** Something the learner did that progress records. */
        void record(Consumer<servicelab.workspace.progress.Progress> change);

        /** The chapter or the open exercise changed (the teacher's window follows). */
        void lessonChanged();
    }

    private final LessonLibrary library;
    private Runnable onFinalTest = () -> { };
    /** The learner's seed for quiz choice order, read once from the profile. */
    private final long learnerSeed;
    private Runnable onSeedNote = () -> { };
    private final MarkdownView lessonView;
    private final ExerciseView exerciseView;
    private final QuizView quizView;
    private final ComboBox<Lesson> chooser = new ComboBox<>();
    private final ResourceBundle bundle;
    private final ScrollPane scroll;
    private final VBox body;
    private final Fold fold;
    private final Owner owner;

    public LessonPane(ResourceBundle bundle, LessonLibrary library, Glossary glossary, ExerciseSession exercises,
                      Owner owner) {
        this.bundle = bundle;
        this.library = library;
        this.owner = owner;
        lessonView = new MarkdownView(bundle);
        lessonView.setGlossary(glossary);
        lessonView.setOnLoadYaml(yaml -> owner.loadText(yaml, bundle.getString("file.untitled") + ".yaml"));
        lessonView.setOnRunCommand(owner::runCommand);
        quizView = new QuizView(bundle);
        learnerSeed = servicelab.workspace.progress.LearnerSeed.load(servicelab.workspace.progress.Progress.home());
        quizView.setLearnerSeed(learnerSeed);
        quizView.setOnAnswered((id, right) -> owner.record(p -> p.quizAnswered(id, right)));
        exerciseView = new ExerciseView(bundle, exercises);
        // a prediction is kept beside the quiz answers, under the exercise's id (never a quiz item's)
        exerciseView.setOnPredicted((id, right) -> owner.record(p -> p.quizAnswered(id + ".predict", right)));
        exerciseView.setOnLoadText(text -> owner.loadText(text,
                (exerciseView.active() == null ? "scene" : exerciseView.active().id()) + ".yaml"));
        exerciseView.setOnDone(id -> owner.record(p -> p.exerciseDone(id)));
        exerciseView.setOnHint((id, shown) -> owner.record(p -> p.hintOpened(id, shown)));
        body = new VBox(lessonView, exerciseView, quizView);
        // the exercise and quiz cards share the lesson's stylesheet
        body.getStylesheets().add(LessonPane.class.getResource("/servicelab/ui/lesson.css").toExternalForm());
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // the lesson wraps to the pane, never wider
        lessonView.setMinWidth(0);
        body.setMinWidth(0);
        body.maxWidthProperty().bind(scroll.widthProperty().subtract(18));
        scroll.setId("lessonScroll");
        lessonView.setBuildOnDemand(true);
        quizView.setBuildOnDemand(true);
        fold = new Fold(scroll, body, lessonView, quizView);
        exerciseView.setOnStarted(card -> Platform.runLater(() -> {
            if (exerciseView.active() != null) {
                String id = exerciseView.active().id();
                owner.record(p -> p.exerciseStarted(id));
            }
            owner.lessonChanged();
            scrollTo(card);
        }));
        setUpChooser(bundle);
        HBox head = new HBox(8, icon("fth-book-open"), chooser, englishToggle(bundle, glossary), glossaryButton(bundle, glossary));
        head.getStyleClass().add("pane-header");
        HBox.setHgrow(chooser, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setMinWidth(260);
        getStyleClass().add("lesson-pane");
    }

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(15);
        return i;
    }

    private void setUpChooser(ResourceBundle bundle) {
        chooser.setId("lessonChooser");
        chooser.getItems().setAll(library.lessons());
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setPromptText(bundle.getString("lesson.choose"));
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Lesson l) {
                return l == null ? "" : l.title().replace("`", "");
            }

            @Override
            public Lesson fromString(String s) {
                return null;
            }
        });
        chooser.setMinWidth(60);
        // a long chapter title wraps onto a second line in a narrow pane instead of ending in "…"
        // the button names the chapter (chapter N of M): its whole title is the lesson's heading
        // right below, and a long title in a narrow pane would end in "…"
        chooser.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                String t = empty || l == null ? null : chooser.getConverter().toString(l);
                setText(t == null ? bundle.getString("lesson.choose")
                        : java.text.MessageFormat.format(bundle.getString("lesson.chapterOf"),
                                t.contains(". ") ? t.substring(0, t.indexOf(". ")) : t, library.lessons().size()));
                chooser.setTooltip(t == null ? null : new Tooltip(t));
            }
        });
        chooser.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : chooser.getConverter().toString(l));
            }
        });
        chooser.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                owner.record(p -> p.lessonOpened(b.id()));
                Platform.runLater(owner::lessonChanged);
                lessonView.show(b);
                String scene = sceneOf(b);
                if (loadScenes && scene != null) {
                    owner.loadText(scene, b.id() + ".yaml"); // the chapter's cluster beside its text (asks before replacing unsaved work)
                }
                exerciseView.show(LessonChecker.exercisesOf(b), scene);
                quizView.show(LessonChecker.quizOf(b));
                scroll.setVvalue(0);
            }
        });
    }

    private ToggleButton englishToggle(ResourceBundle bundle, Glossary glossary) {
        ToggleButton english = new ToggleButton("EN");
        english.setId("showEnglish");
        english.getStyleClass().add("flat");
        english.setTooltip(new Tooltip(bundle.getString("lesson.showEnglish")));
        english.setDisable(glossary.terms().isEmpty());
        english.setOnAction(e -> {
            lessonView.setShowEnglish(english.isSelected());
            double at = fold.offset();
            if (chooser.getValue() != null) {
                lessonView.show(chooser.getValue());
                fold.reveal(at); // the learner stays where they were reading
            }
        });
        // a narrow lesson pane shortens the chapter title, never these buttons
        english.setMinWidth(Region.USE_PREF_SIZE);
        return english;
    }

    private Button glossaryButton(ResourceBundle bundle, Glossary glossary) {
        Button glossaryButton = new Button(null, icon("fth-search"));
        glossaryButton.setId("glossaryButton");
        glossaryButton.getStyleClass().add("flat");
        glossaryButton.setTooltip(new Tooltip(bundle.getString("glossary.title")));
        glossaryButton.setOnAction(e -> onGlossary.run());
        glossaryButton.setDisable(glossary.terms().isEmpty());
        glossaryButton.setMinWidth(Region.USE_PREF_SIZE);
        return glossaryButton;
    }

    private Runnable onGlossary = () -> { };
    /** Whether choosing a chapter loads its scene: on once the window has opened what it was asked to. */
    private boolean loadScenes;
    private Node welcome;

    public void setLoadScenes(boolean on) {
        loadScenes = on;
    }

    /** The first start's welcome above the chapter: what the panes are, how to send, where the chapters are. */
    public void showWelcome(String markdown, String closeText) {
        MarkdownView text = new MarkdownView(bundle);
        text.showMarkdown(markdown, null);
        Button close = new Button(closeText, icon("fth-x"));
        close.setId("welcomeClose");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> {
            body.getChildren().remove(welcome);
            welcome = null;
        });
        HBox bar = new HBox(close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox card = new VBox(0, bar, text); // closing it is the first thing in reach
        card.getStyleClass().add("welcome-card");
        card.setId("welcome");
        welcome = card;
        body.getChildren().add(0, card);
        scroll.setVvalue(0);
    }

    /** Opens the chapter list (the help menu's "chapters"). */
    public void showChapters() {
        chooser.requestFocus();
        chooser.show();
    }

    public void openGlossary() {
        onGlossary.run();
    }

    /** The final test's window (the help menu's "final test"), once it is wired. */
    public void openFinalTest() {
        onFinalTest.run();
    }

    /** The seed note's viewer (the help menu's "seed note"), once it is wired. */
    public void openSeedNote() {
        onSeedNote.run();
    }

    public void setOnFinalTest(Runnable r) {
        onFinalTest = r;
    }

    public void setOnSeedNote(Runnable r) {
        onSeedNote = r;
    }

    /** Keeps a quiz answer (a chapter's or the final test's) in the learner's progress. */
    public void recordAnswer(String itemId, boolean right) {
        owner.record(p -> p.quizAnswered(itemId, right));
    }

    public LessonLibrary library() {
        return library;
    }

    /** The seed this learner's quiz choices are ordered by (the final test uses it too). */
    public long learnerSeed() {
        return learnerSeed;
    }

    public void setOnGlossary(Runnable r) {
        onGlossary = r;
    }

    /** Brings the open exercise to the top of the pane (presenter mode's lesson opens there, not at the top). */
    public void showActiveExercise() {
        Node card = exerciseView.activeCard();
        if (card != null && card.getScene() != null) {
            scrollTo(card);
        }
    }

    /** Brings a card (the started exercise) to the top of the pane. */
    private void scrollTo(Node card) {
        lessonView.buildAll(); // the cards are below the text: its real height, not an estimate, above them
        scroll.applyCss();
        scroll.layout();
        double y = card.localToScene(0, 0).getY() - body.localToScene(0, 0).getY();
        double room = body.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 8) / room)));
    }

    private static String sceneOf(Lesson l) {
        try {
            Path p = l.dir().resolve("scene.yaml");
            return Files.exists(p) ? ManifestFile.read(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Opens a chapter (or the first, when the id is unknown). */
    public void open(String lessonId) {
        Lesson l = lessonId == null ? null : library.find(lessonId).orElse(null);
        chooser.setValue(l != null ? l : library.lessons().get(0));
    }

    /** Opens the chapter that has this exercise and starts it; false when there is none. */
    public boolean startExercise(String exerciseId) {
        for (Lesson l : library.lessons()) {
            if (LessonChecker.exercisesOf(l).stream().anyMatch(x -> exerciseId.equals(x.id()))) {
                chooser.setValue(l);
                if (exerciseView.lookup("#start-" + exerciseId) instanceof Button b) {
                    b.fire();
                    return true;
                }
            }
        }
        return false;
    }

    /** Told each chapter the pane opens. */
    public void onChapter(java.util.function.Consumer<Lesson> c) {
        chooser.valueProperty().addListener((o, a, b) -> c.accept(b));
    }

    public Lesson current() {
        return chooser.getValue();
    }

    public ExerciseView exercises() {
        return exerciseView;
    }

    public QuizView quiz() {
        return quizView;
    }

    public MarkdownView lesson() {
        return lessonView;
    }

    /** Asked by the traffic panel before a send: an open exercise's prediction comes first. */
    public boolean maySend() {
        boolean ok = exerciseView.maySend();
        if (!ok) {
            scrollTo(exerciseView.predictionBox()); // the question the learner skipped comes into view
        }
        return ok;
    }

    /** Called by the traffic panel after every send. */
    public void trafficSent() {
        exerciseView.trafficSent();
    }

}
