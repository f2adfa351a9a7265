package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The gutter's problem marks and the problems list follow each check: a mark appears, changes
 * kind and goes on the same line without the editor's lines being rebuilt, and a problem list
 * cell that keeps its nodes still shows the problem of the latest check.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemMarksTest {
    private Screen screen;

    @Start
    void start(Stage stage) throws Exception {
        MainWindow window = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN));
        window.traffic().setClockRunning(false);
        stage.show();
    }

    /** The mark in the gutter of a 1-based line, scrolled into view. */
    private Circle mark(FxRobot robot, int line) {
        robot.interact(() -> screen.editor().showParagraphInViewport(line - 1));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return Screen.fx(() -> robot.lookup(".gutter").queryAll().stream()
                .filter(g -> g.lookup(".lineno") instanceof Label l && l.getText().equals(String.valueOf(line)))
                .map(g -> (Circle) ((javafx.scene.Parent) g).getChildrenUnmodifiable().get(0))
                .findFirst().orElse(null));
    }

    private String problemTexts(FxRobot robot) {
        return Screen.fx(() -> robot.lookup(".problem-cell").queryAll().stream()
                .flatMap(c -> robot.from(c).lookup((java.util.function.Predicate<Node>) n -> n instanceof Text).queryAll().stream())
                .map(n -> ((Text) n).getText()).collect(Collectors.joining(" ")));
    }

    private int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void marksAndProblemsFollowEachCheckOnTheSameLines(FxRobot robot) throws Exception {
        screen = new Screen(robot);
        screen.awaitChecked();
        screen.paste(WorkbenchTest.APP);
        screen.awaitChecked();
        int line = lineOf(WorkbenchTest.APP, "targetPort: http");
        Circle before = mark(robot, line);
        assertFalse(before.isVisible(), "no problem, no mark");

        // a targetPort no container declares: the API server accepts it, the learner is warned
        screen.paste(WorkbenchTest.APP.replace("targetPort: http", "targetPort: 9999"));
        screen.awaitChecked();
        Circle warned = mark(robot, line);
        assertTrue(warned.isVisible());
        assertEquals(List.of("mark-warning"), List.copyOf(warned.getStyleClass()));
        assertEquals(1, screen.problems().size());
        assertTrue(problemTexts(robot).contains("9999"), problemTexts(robot));

        // another port on the same line: the cell shows the new problem, not the one it was built for
        screen.paste(WorkbenchTest.APP.replace("targetPort: http", "targetPort: 9998"));
        screen.awaitChecked();
        assertTrue(problemTexts(robot).contains("9998"), problemTexts(robot));
        assertFalse(problemTexts(robot).contains("9999"), problemTexts(robot));

        // a port out of range is an error: the same line's mark turns red
        screen.paste(WorkbenchTest.APP.replace("targetPort: http", "targetPort: 99999"));
        screen.awaitChecked();
        assertEquals(List.of("mark-error"), List.copyOf(mark(robot, line).getStyleClass()));
        assertTrue(mark(robot, line).isVisible());

        screen.paste(WorkbenchTest.APP);
        screen.awaitChecked();
        assertFalse(mark(robot, line).isVisible(), "the problem fixed, its mark goes");
        assertTrue(screen.problems().isEmpty());
    }
}
