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
 * the text, the chapter, exercises, hints, quiz answers and time with a chapter open are
 * recorded (and written on an IO thread); "continue where I left off" restores the place.
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
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(15), e -> {
            if (stage.isFocused() && lessons != null && lessons.current() != null) {
                record(p -> p.addTime(lessons.current().id(), 15));
            }
        }));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        wb.checks().addListener(c -> record(p -> p.textChanged(c.text(), wb.document().file())));
    }

    void setLessons(LessonPane lessons) {
        this.lessons = lessons;
    }

    void record(Consumer<Progress> change) {
        recorder.record(change);
    }

    /** Continue where I left off: the chapter, exercise, YAML text and file of the last session, exactly. */
    void onContinue(Consumer<String> status) {
        String lesson = progress.lastLesson();
        String exercise = progress.lastExercise();
        String text = progress.lastText();
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
        if (text != null) {
            Path p = lastFile == null ? null : Path.of(lastFile);
            // restored text is saved only if it is what the file holds: otherwise it would be lost without a question
            wb.document().open(text, p, p == null ? msg.get("file.untitled") + ".yaml" : p.getFileName().toString(),
                    p != null && sameAsFile(p, text));
        }
        status.accept(msg.get("progress.continued"));
    }

    private static boolean sameAsFile(Path p, String text) {
        try {
            return Files.isRegularFile(p) && ManifestFile.read(p).equals(text);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
