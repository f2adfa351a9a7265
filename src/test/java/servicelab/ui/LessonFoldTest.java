package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.lesson.Glossary;
import servicelab.lesson.LessonChecker;
import servicelab.ui.lesson.MarkdownView;

/** A long chapter opens with what the pane shows built; the rest is built as the reader scrolls near it. */
@ExtendWith({RealLessons.class, ApplicationExtension.class})
class LessonFoldTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = App.open(stage, AppOptions.of(null, 1024, 768, Locale.KOREAN).withLesson("07-nodeport"));
        stage.show();
    }

    private ScrollPane scroll(FxRobot robot) {
        return robot.lookup("#lessonScroll").queryAs(ScrollPane.class);
    }

    /** Pixels from the top of the pane's content to the view's top, and to the top of the text still waiting. */
    private double[] viewAndWaiting(FxRobot robot) {
        return Screen.fx(() -> {
            ScrollPane s = scroll(robot);
            Node content = s.getContent();
            double room = Math.max(0, content.getLayoutBounds().getHeight() - s.getViewportBounds().getHeight());
            double top = s.getVvalue() * room;
            MarkdownView text = window.lessons().lesson();
            double waiting = text.hasPending()
                    ? text.pendingMarker().localToScene(0, 0).getY() - content.localToScene(0, 0).getY()
                    : Double.POSITIVE_INFINITY;
            return new double[] {top, top + s.getViewportBounds().getHeight(), waiting};
        });
    }

    @Test
    void theViewIsAlwaysBuiltAndTheRestWaitsUntilTheReaderComesNear(FxRobot robot) throws Exception {
        new Screen(robot).awaitChecked();
        WaitForAsyncUtils.waitForFxEvents();
        MarkdownView text = window.lessons().lesson();
        assertTrue(Screen.fx(text::hasPending), "most of a long chapter waits below the fold");
        assertTrue(Screen.fx(() -> window.lessons().quiz().hasPending()), "the quiz at the end waits too");
        double[] at = viewAndWaiting(robot);
        assertTrue(at[2] > at[1], "what the view shows is built: view ends at " + at[1] + ", waiting text starts at " + at[2]);
        int first = Screen.fx(() -> text.getChildren().size());

        robot.interact(() -> scroll(robot).setVvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        at = viewAndWaiting(robot);
        assertTrue(at[2] > at[1], "half-way down the view is built too: view ends at " + at[1] + ", waiting text at " + at[2]);
        assertTrue(Screen.fx(() -> text.getChildren().size()) > first);

        robot.interact(() -> scroll(robot).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Screen.fx(text::hasPending));
        assertFalse(Screen.fx(() -> window.lessons().quiz().hasPending()));
        assertEquals(1.0, Screen.fx(() -> scroll(robot).getVvalue()), 1e-9, "a reader who went to the end stays at the end");
        int items = LessonChecker.quizOf(window.lessons().current()).items().size();
        assertTrue(items > 0);
        assertEquals(items, Screen.fx(() -> robot.lookup("#quiz .quiz-item").queryAll().size()));
    }

    @Test
    void showingEnglishTermsRedrawsTheChapterWhereTheReaderWas(FxRobot robot) throws Exception {
        new Screen(robot).awaitChecked();
        robot.interact(() -> scroll(robot).setVvalue(0.4));
        WaitForAsyncUtils.waitForFxEvents();
        double before = viewAndWaiting(robot)[0];
        robot.clickOn("#showEnglish");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Screen.fx(() -> window.lessons().lesson().showEnglish()));
        double[] after = viewAndWaiting(robot);
        assertTrue(after[2] > after[1], "the view is built: view ends at " + after[1] + ", waiting text at " + after[2]);
        assertEquals(before, after[0], 1.0, "the reader stays where they were reading");
        assertTrue(Screen.fx(() -> window.lessons().lesson().hasPending()), "the rest still waits");
    }

    @Test
    void tabbingIntoTheLessonBuildsItAllSoNoButtonIsSkipped(FxRobot robot) throws Exception {
        new Screen(robot).awaitChecked();
        assertTrue(Screen.fx(() -> window.lessons().lesson().hasPending()));
        // focus given to a lesson button otherwise than by keys (a click) leaves the rest waiting
        robot.interact(() -> robot.lookup(".lesson-view .button").queryButton().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Screen.fx(() -> window.lessons().lesson().hasPending()));
        // Tab from the chapter's tools above the text into it
        robot.interact(() -> robot.lookup("#glossaryButton").queryButton().requestFocus());
        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Screen.fx(() -> isIn(stageFocus(robot), robot.lookup("#lessonScroll").query())), "focus went into the lesson");
        assertFalse(Screen.fx(() -> window.lessons().lesson().hasPending()));
    }

    @Test
    void builtStepByStepTheChapterIsTheSameAsBuiltAtOnce(FxRobot robot) throws Exception {
        new Screen(robot).awaitChecked();
        MarkdownView lazy = window.lessons().lesson();
        robot.interact(lazy::buildAll);
        List<String> stepped = Screen.fx(() -> outline(lazy));
        List<String> atOnce = Screen.fx(() -> {
            MarkdownView eager = new MarkdownView(ResourceBundle.getBundle("servicelab.messages", Locale.KOREAN));
            eager.setGlossary(Glossary.load(Path.of("lessons/glossary.yaml")));
            eager.show(window.lessons().current());
            return outline(eager);
        });
        assertTrue(atOnce.size() > 300, "a long chapter: " + atOnce.size());
        // the glossary marks a term where it is first met: the same terms, in the same places
        assertTrue(atOnce.stream().anyMatch(s -> s.contains("glossary-term")));
        for (int i = 0; i < Math.min(atOnce.size(), stepped.size()); i++) {
            assertEquals(atOnce.get(i), stepped.get(i), "node " + i + " of " + atOnce.size());
        }
        assertEquals(atOnce.size(), stepped.size());
    }

    @Test
    void theWaitingRegionIsAboutAsTallAsWhatItStandsFor(FxRobot robot) throws Exception {
        // the scroll bar's length comes from it: far off, the bar would jump as the reader scrolls
        servicelab.lesson.LessonLibrary library = servicelab.lesson.LessonLibrary.load(Path.of("lessons"));
        MarkdownView view = Screen.fx(() -> {
            MarkdownView v = new MarkdownView(ResourceBundle.getBundle("servicelab.messages", Locale.KOREAN));
            v.setBuildOnDemand(true);
            ScrollPane scroll = new ScrollPane(v);
            scroll.setFitToWidth(true);
            javafx.scene.Scene scene = new javafx.scene.Scene(scroll, 540, 700);
            scene.getStylesheets().add(MarkdownView.class.getResource("/servicelab/ui/app.css").toExternalForm());
            Stage other = new Stage();
            other.setScene(scene);
            other.show();
            return v;
        });
        List<String> off = new ArrayList<>();
        for (servicelab.lesson.Lesson l : library.lessons()) {
            robot.interact(() -> view.show(l));
            WaitForAsyncUtils.waitForFxEvents();
            double estimated = Screen.fx(view::getHeight);
            assertTrue(Screen.fx(view::hasPending), l.id());
            robot.interact(view::buildAll);
            WaitForAsyncUtils.waitForFxEvents();
            double drawn = Screen.fx(view::getHeight);
            if (estimated < drawn * 0.75 || estimated > drawn * 1.25) {
                off.add(l.id() + ": " + Math.round(estimated) + " px for " + Math.round(drawn));
            }
        }
        assertEquals(List.of(), off);
        robot.interact(() -> view.getScene().getWindow().hide());
    }

    private static Node stageFocus(FxRobot robot) {
        return robot.lookup("#lessonScroll").query().getScene().getFocusOwner();
    }

    private static boolean isIn(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Every node the view built, depth first: its kind, style classes and text. */
    private static List<String> outline(Parent root) {
        List<String> out = new ArrayList<>();
        root.getChildrenUnmodifiable().forEach(n -> visit(n, out));
        return out;
    }

    private static void visit(Node n, List<String> out) {
        String t = n instanceof Text x ? x.getText() : n instanceof Labeled l ? l.getText() : "";
        out.add(n.getClass().getSimpleName() + n.getStyleClass() + " " + t);
        // a control's own parts come from its skin, which only a shown control has
        if (n instanceof ScrollPane sp && sp.getContent() != null) {
            visit(sp.getContent(), out);
        } else if (n instanceof Parent p && !(n instanceof javafx.scene.control.Control)) {
            p.getChildrenUnmodifiable().forEach(c -> visit(c, out));
        }
    }
}
