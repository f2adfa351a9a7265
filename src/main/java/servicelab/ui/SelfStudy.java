package servicelab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

import servicelab.text.Messages;
import servicelab.ui.lesson.LessonPane;
import servicelab.workspace.Workbench;
import servicelab.workspace.files.ManifestFile;
import servicelab.workspace.progress.Progress;
import servicelab.workspace.progress.ProgressRecorder;

/**
 * Self-study progress in the window: recording starts with the learner's first click or key;
 * the file, the chapter, exercises, hints, quiz answers and time with a chapter open are
 * recorded (and written on an IO thread, merged with another window's); "continue where I left
 * off" restores the place. A failed write is shown in the status bar.
 */
final class SelfStudy {
    private final Progress progress;
    private final ProgressRecorder recorder;
    private final Messages msg;
    private final Workbench wb;
    private final Button continueButton;
    private LessonPane lessons;

    SelfStudy(Scene scene, Stage stage, Button continueButton, Messages msg, Workbench wb, Executor io, Consumer<String> status) {
        this.msg = msg;
        this.wb = wb;
        this.continueButton = continueButton;
        progress = Progress.load(Progress.defaultFile());
        servicelab.workspace.files.AtomicFiles.removeLeftovers(Progress.home()); // what killed writes left
        recorder = new ProgressRecorder(progress, io);
        boolean offer = progress.canContinue();
        continueButton.setVisible(offer);
        continueButton.setManaged(offer);
        if (progress.setAside() != null) {
            String text = msg.get("progress.corrupt", progress.setAside().getFileName());
            Platform.runLater(() -> status.accept(text)); // after the start-up messages
        }
        Consumer<InputEvent> arm = e -> {
            if (!recorder.armed()) {
                recorder.arm();
                if (wb.exercises().active() != null) {
                    record(p -> p.exerciseStarted(wb.exercises().active().id()));
                }
            }
        };
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, arm::accept);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, arm::accept);
        // time with a chapter open, counted while the window has the focus; written with the next save
        clock = new Timeline(new KeyFrame(Duration.seconds(15), e -> {
            if (stage.isFocused() && lessons != null && lessons.current() != null) {
                record(p -> p.addTime(lessons.current().id(), 15));
            }
        }));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        // the file is recorded; unsaved text is the recovery journal's
        wb.document().addListener(c -> record(p -> p.fileChanged(wb.document().file())));
        wb.document().nameProperty().addListener((o, a, b) -> record(p -> p.fileChanged(wb.document().file())));
        progress.setOnSaveFailed(e -> Platform.runLater(() -> status.accept(msg.get("progress.saveFailed", e.getMessage()))));
        this.stage = stage;
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, onHidden);
        if (anotherWindowShares()) {
            Platform.runLater(() -> status.accept(msg.get("progress.shared")));
        }
    }

    void setLessons(LessonPane lessons) {
        this.lessons = lessons;
    }

    void record(Consumer<Progress> change) {
        recorder.record(change);
    }

    private java.nio.channels.FileChannel instanceChannel;

    /**
     * Holds the profile's instance lock while the window lives; false when another window holds it.
     * Progress is merged on every write, so both windows keep their work; the learner is told.
     */
    private boolean anotherWindowShares() {
        try {
            Files.createDirectories(Progress.home());
            instanceChannel = java.nio.channels.FileChannel.open(Progress.home().resolve("instance.lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            return instanceChannel.tryLock() == null;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    /** The window closes: the lock goes with it. */
    private Timeline clock;
    private Stage stage;
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> onHidden = e -> close();

    void close() {
        // a running timeline and a handler on the stage would keep this window alive after it is gone
        if (clock != null) {
            clock.stop();
        }
        if (stage != null) {
            stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, onHidden);
        }
        try {
            if (instanceChannel != null) {
                instanceChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    /** Continue where I left off: the chapter, exercise and file of the last session. */
    void onContinue(Consumer<String> status) {
        String lesson = progress.lastLesson();
        String exercise = progress.lastExercise();
        String lastFile = progress.lastFile();
        recorder.arm();
        continueButton.setVisible(false);
        continueButton.setManaged(false);
        if (lesson != null && lessons != null) {
            lessons.open(lesson);
        }
        if (exercise != null && lessons != null) {
            lessons.startExercise(exercise);
        }
        if (lastFile != null && !wb.document().isDirty()) {
            // unsaved work in the editor (a recovered text, an exercise) is never replaced by continuing
            Path p = Path.of(lastFile);
            try {
                wb.document().open(ManifestFile.read(p), p, p.getFileName().toString(), true);
            } catch (IOException | RuntimeException e) {
                status.accept(msg.get("progress.fileGone", p.getFileName()));
                return;
            }
        }
        status.accept(msg.get("progress.continued"));
    }
}
