package servicelab.ui;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.layout.StackPane;

import servicelab.lesson.ClassPlanCheck;
import servicelab.lesson.Lesson;
import servicelab.lesson.LessonChecker;
import servicelab.lesson.Quiz;
import servicelab.text.Messages;
import servicelab.ui.files.FileActions;
import servicelab.ui.lesson.LessonPane;
import servicelab.ui.presenter.PlanWalker;
import servicelab.ui.presenter.Presenter;
import servicelab.ui.presenter.QuizWall;
import servicelab.ui.presenter.TeacherWindow;
import servicelab.ui.presenter.ZoomPane;
import servicelab.ui.traffic.TrafficPanel;
import servicelab.workspace.Workbench;

/**
 * The class tools of presenter mode wired to the window: the chapter's class plan (PageDown walks
 * it) and the quiz on the wall (Ctrl+Shift+Q, or a plan's quiz step).
 */
final class Classroom {
    private final PlanWalker walker;
    private final QuizWall wall;
    private final LessonPane lessons;

    /** What the class tools reach in the window. */
    record Parts(Messages msg, Workbench wb, FileActions files, LessonPane lessons, TrafficPanel traffic,
                 TeacherWindow teacher, StackPane diagramHost, ZoomPane zoomPane, Presenter presenter,
                 Consumer<String> runCommand, javafx.scene.Parent root) {
    }

    Classroom(Parts p) {
        this.lessons = p.lessons();
        wall = new QuizWall(p.msg());
        p.zoomPane().setOverlay(wall);
        wall.followStyle(p.root());
        walker = new PlanWalker(p.msg(), new WindowHost(p), p.traffic()::addToHead);
        p.lessons().onChapter(l -> walker.setPlan(l == null ? null : l.id(), l == null ? null : LessonChecker.planOf(l)));
        Lesson now = p.lessons().current();
        if (now != null) {
            walker.setPlan(now.id(), LessonChecker.planOf(now));
        }
        p.presenter().addListener(on -> {
            walker.setActive(on);
            if (!on && wall.showing()) {
                wall.close();
            }
        });
        p.presenter().setPageDown(() -> {
            if (wall.showing()) {
                wall.next();
                return true;
            }
            // a question takes the step first, and so do requests the teacher sent by hand; the plan's own
            // requests play on by themselves while the class moves to the next step
            if (walker.walking() && !p.traffic().asking() && (!p.traffic().unfinished() || walker.sentLast())) {
                walker.next();
                return true;
            }
            return false;
        });
        wall.setOnClose(() -> p.diagramHost().requestFocus());
        p.lessons().quiz().setOnWall(() -> showQuiz(null));
    }

    /** What a plan step does in this window: the editor, the console, the traffic panel, the lesson pane. */
    private final class WindowHost implements PlanWalker.Host {
        private final Parts p;

        WindowHost(Parts p) {
            this.p = p;
        }

        @Override
        public boolean loadScene(String text, String name, long seed) {
            if (!p.files().openText(text, name)) {
                return false;
            }
            p.wb().cluster().reset(seed);
            p.traffic().resetTraffic();
            return true;
        }

        @Override
        public void kubectl(String line) {
            String expanded = ClassPlanCheck.expand(line, p.wb().cluster().simulation());
            p.runCommand().accept(expanded != null ? expanded : line);
        }

        @Override
        public void send(String from, String to, int count, boolean predict) {
            p.traffic().compose(from, to, count);
            p.traffic().setPredict(predict);
            p.traffic().send();
        }

        @Override
        public boolean asking() {
            return p.traffic().asking();
        }

        @Override
        public void reveal() {
            p.traffic().stepForward(); // at the question the next step is the arrival
        }

        @Override
        public long now() {
            return p.wb().cluster().now();
        }

        @Override
        public void advance(long millis) {
            p.wb().cluster().tick(millis);
        }

        @Override
        public void runClock() {
            p.traffic().setClockRunning(true);
        }

        @Override
        public void exercise(String id) {
            p.lessons().startExercise(id);
        }

        @Override
        public void quiz(List<String> ids) {
            showQuiz(ids);
        }

        @Override
        public String sceneText(String arg) {
            Lesson l = p.lessons().current();
            return l == null ? null
                    : ClassPlanCheck.sceneText(l, LessonChecker.exercisesOf(l), arg);
        }

        @Override
        public void notes(String text) {
            p.teacher().setPlanNote(text);
        }
    }

    /** The chapter's quiz on the wall: these items (all of them when ids is null). */
    void showQuiz(List<String> ids) {
        Lesson l = lessons.current();
        if (l == null) {
            return;
        }
        List<Quiz.Item> all = LessonChecker.quizOf(l).items();
        List<Quiz.Item> items = ids == null ? all
                : ids.stream().flatMap(id -> all.stream().filter(i -> id.equals(i.id()))).toList();
        if (!items.isEmpty()) {
            wall.show(items);
        }
    }

    PlanWalker walker() {
        return walker;
    }

    QuizWall wall() {
        return wall;
    }
}
