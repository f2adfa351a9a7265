package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.lesson.Exercise;
import servicelab.lesson.LessonChecker;
import servicelab.lesson.LessonLibrary;

/** The open exercise's goals come from the check the editor already has: no second check of the text. */
class ExerciseSessionTest {
    private static Exercise first(String lesson) {
        return LessonChecker.exercisesOf(LessonLibrary.load(Path.of("lessons")).find(lesson).orElseThrow()).get(0);
    }

    @Test
    void goalsAreEvaluatedFromThePublishedCheckWithoutCheckingAgain() {
        Harness h = new Harness();
        Exercise e = first("03-creating-services");
        List<ExerciseSession.Goals> seen = new ArrayList<>();
        h.wb.exercises().addListener(seen::add);
        h.wb.exercises().start(e);
        h.open(e.start());
        int checks = h.checks.get();
        assertEquals(1, seen.size());
        assertFalse(seen.get(0).allMet(), "the start does not pass");
        h.wb.document().typed(e.solution());
        h.pause.elapse();
        h.settle();
        assertEquals(checks + 1, h.checks.get(), "one check of the new text, for editor, cluster and goals alike");
        assertTrue(seen.get(seen.size() - 1).allMet(), seen.toString());
        assertEquals(h.wb.document().revision(), seen.get(seen.size() - 1).revision());
    }

    @Test
    void theCheckUnlocksOnlyAfterTrafficAndAnswersCount() {
        Harness h = new Harness();
        Exercise e = first("03-creating-services");
        h.wb.exercises().start(e);
        h.open(e.solution());
        assertFalse(h.wb.exercises().canCheck());
        h.wb.exercises().trafficSent();
        assertTrue(h.wb.exercises().canCheck());
        h.wb.exercises().stop();
        assertFalse(h.wb.exercises().canCheck());
    }
}
