package servicelab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.stage.Stage;

import servicelab.lesson.Glossary;
import servicelab.lesson.LessonLibrary;
import servicelab.text.Messages;
import servicelab.ui.files.FileActions;
import servicelab.ui.lesson.GlossaryWindow;
import servicelab.ui.lesson.LessonPane;
import servicelab.ui.presenter.TeacherWindow;
import servicelab.ui.traffic.TrafficPanel;
import servicelab.workspace.Workbench;
import servicelab.workspace.progress.Progress;

/**
 * The lesson pane on the left, when the lessons folder has lessons: the pane itself, its
 * glossary window and the teacher's window, wired to the files, console, progress and traffic
 * of the window that holds them.
 */
record LessonColumn(LessonPane lessons, TeacherWindow teacher) {

    /** What the lesson pane reaches in the window. */
    record Parts(Stage stage, Parent root, ResourceBundle bundle, Messages msg, Workbench wb,
                 FileActions files, Consumer<String> runCommand, Consumer<Consumer<Progress>> record,
                 TrafficPanel traffic, Consumer<String> status) {
    }

    /** The column, or null when there are no lessons. */
    static LessonColumn build(Parts p) {
        Path dir = LessonLibrary.defaultDir();
        LessonLibrary lib = LessonLibrary.load(dir);
        if (lib.lessons().isEmpty()) {
            return null;
        }
        Glossary glossary = Glossary.empty();
        if (Files.isRegularFile(dir.resolve("glossary.yaml"))) {
            try {
                glossary = Glossary.load(dir.resolve("glossary.yaml"));
            } catch (IOException | RuntimeException e) {
                p.status().accept(p.msg().get("glossary.unreadable") + " " + e.getMessage());
            }
        }
        TeacherWindow[] teacher = new TeacherWindow[1];
        LessonPane[] pane = new LessonPane[1];
        pane[0] = new LessonPane(p.bundle(), lib, glossary, p.wb().exercises(), new LessonPane.Owner() {
            @Override
            public void loadText(String text, String name) {
                p.files().openText(text, name);
            }

            @Override
            public void runCommand(String command) {
                p.runCommand().accept(command);
            }

            @Override
            public void record(Consumer<Progress> change) {
                p.record().accept(change);
            }

            @Override
            public void lessonChanged() {
                teacher[0].update(pane[0].current(), pane[0].exercises().active());
            }
        });
        LessonPane lessons = pane[0];
        List<String> css = new ArrayList<>(p.root().getStylesheets());
        css.addAll(lessons.lesson().getStylesheets());
        teacher[0] = new TeacherWindow(p.stage(), p.bundle(), glossary, css);
        GlossaryWindow glossaryWindow = new GlossaryWindow(p.stage(), p.bundle(), glossary, p.root().getStylesheets(),
                url -> App.browser.accept(url));
        lessons.setOnGlossary(glossaryWindow::show);
        servicelab.ui.lesson.FinalTestWindow finalTest = new servicelab.ui.lesson.FinalTestWindow(p.stage(), p.bundle(), lessons.library(),
                css, lessons.learnerSeed(), lessons::open, lessons::recordAnswer);
        lessons.setOnFinalTest(finalTest::show);
        servicelab.ui.lesson.SeedNoteWindow seedNote = new servicelab.ui.lesson.SeedNoteWindow(p.stage(), p.bundle(), lessons.library(),
                css, lessons::open);
        lessons.setOnSeedNote(seedNote::show);
        p.traffic().setOnSent(lessons::trafficSent);
        p.traffic().setGate(lessons::maySend);
        lessons.exercises().setOnWarningsHeld(held -> p.wb().checks().setWarningsHeld(held));
        return new LessonColumn(lessons, teacher[0]);
    }
}
