package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.lesson.Exercise;
import servicelab.lesson.Lesson;
import servicelab.lesson.LessonChecker;
import servicelab.lesson.LessonLibrary;

/**
 * One whole exercise per chapter, as a student does it: choose the chapter, start its first
 * exercise, work in the YAML until the goals tick, send traffic, answer the exercise's questions,
 * press check and read the success message.
 */
@ExtendWith(ApplicationExtension.class)
class ChapterExercisesTest {
    private static final String BEFORE = System.getProperty("servicelab.lessons");
    private MainWindow c;

    @BeforeAll
    static void realLessons() {
        System.setProperty("servicelab.lessons", "lessons");
    }

    @AfterAll
    static void restore() {
        if (BEFORE == null) {
            System.clearProperty("servicelab.lessons");
        } else {
            System.setProperty("servicelab.lessons", BEFORE);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        c = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN));
        stage.show();
    }

    @Test
    void theFirstExerciseOfEveryChapterCanBeCompleted(FxRobot robot) throws Exception {
        List<Lesson> lessons = LessonLibrary.load(Path.of("lessons")).lessons();
        assertEquals(15, lessons.size());
        for (Lesson l : lessons) {
            Exercise e = LessonChecker.exercisesOf(l).get(0);
            Screen screen = new Screen(robot);
            // choosing a chapter brings its cluster; the previous chapter's work is unsaved: the window asks
            javafx.application.Platform.runLater(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<Lesson> chooser = robot.lookup("#lessonChooser").queryAs(javafx.scene.control.ComboBox.class);
                chooser.setValue(l);
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#unsavedDialog").tryQuery().filter(Screen::showing).isPresent()
                    || robot.lookup("#start-" + e.id()).tryQuery().isPresent()));
            screen.discardIfAsked();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#start-" + e.id()).tryQuery().isPresent()));
            javafx.application.Platform.runLater(() -> robot.lookup("#start-" + e.id()).queryButton().fire());
            // the previous chapter's solution is unsaved work: the window asks, and the learner discards it
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#unsavedDialog").tryQuery().filter(Screen::showing).isPresent()
                    || screen.yaml().strip().equals(e.start().strip())));
            if (robot.lookup("#unsavedDialog").tryQuery().filter(Screen::showing).isPresent()) {
                screen.clickVisible("저장 안 함");
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(e.start().strip(), screen.yaml().strip(), l.id());
            // work in the YAML until it is the reference solution
            screen.paste(e.solution());
            screen.awaitChecked();
            for (Exercise.Question q : e.questions()) {
                robot.interact(() -> {
                    javafx.scene.control.TextField f = robot.lookup("#question-" + q.id()).queryAs(javafx.scene.control.TextField.class);
                    f.setText(q.answers().get(0));
                    f.fireEvent(new javafx.event.ActionEvent());
                });
            }
            // any request will do: the check unlocks once the learner has looked at traffic
            robot.interact(() -> robot.lookup("#trafficTarget").queryAs(javafx.scene.control.ComboBox.class).getEditor()
                    .setText("http://192.168.0.11:30000/"));
            if (e.predict() != null) {
                // the first request waits for the prediction; the goals that would give it away are not shown yet
                long hidden = e.goals().stream().filter(Exercise.Goal::hiddenUntilPredicted).count();
                assertEquals(e.goals().size() - hidden, Screen.fx(() -> robot.lookup(".goal").queryAll().stream().filter(Screen::shown).count()),
                        l.id());
                robot.interact(() -> robot.lookup("#sendButton").queryButton().fire());
                assertEquals("요청을 보내기 전에 위에서 예측을 하나 골라 주세요.", Screen.fx(() -> robot.lookup("#predictStatus").queryAs(Label.class).getText()));
                robot.interact(() -> {
                    robot.lookup("#predictChoice-" + e.predict().answer()).queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
                    robot.lookup("#predictCommit").queryButton().fire();
                });
            }
            robot.interact(() -> robot.lookup("#sendButton").queryButton().fire());
            if (e.predict() != null) {
                String revealed = Screen.fx(() -> robot.lookup("#predictStatus").queryAs(Label.class).getText());
                assertTrue(revealed.startsWith("예측이 맞았어요") && revealed.endsWith(e.predict().reveal().replace("`", "")), l.id() + ": " + revealed);
            }
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup(".goal.met").queryAll().stream()
                    .filter(Screen::shown).count() == e.goals().size()));
            robot.interact(() -> robot.lookup("#exerciseCheck").queryButton().fire());
            assertEquals("목표를 모두 이뤘어요! 잘했어요.", robot.lookup("#exerciseResult").queryAs(Label.class).getText(), l.id());
            assertTrue(robot.lookup("#exerciseResult").query().getStyleClass().contains("right"));
        }
    }
}
