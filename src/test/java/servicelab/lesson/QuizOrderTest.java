package servicelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import servicelab.workspace.progress.LearnerSeed;

/** The quiz's order: balanced in the source, and shuffled per learner, the same on every start. */
class QuizOrderTest {
    static List<Quiz.Item> library() {
        List<Quiz.Item> items = new ArrayList<>();
        for (Lesson l : LessonLibrary.load(Path.of("lessons")).lessons()) {
            items.addAll(LessonChecker.quizOf(l).items());
        }
        return items;
    }

    /** In source order, no position holds more than 35 % of the single-choice answers, and O/X items have both answers. */
    @Test
    void theSourceOrderIsBalanced() {
        Map<Integer, Integer> positions = new TreeMap<>();
        int choiceItems = 0;
        int o = 0;
        int x = 0;
        for (Quiz.Item i : library()) {
            if (!"choice".equals(i.type())) {
                continue;
            }
            if (i.choices().size() == 2 && i.choices().get(0).text().equals("O")) {
                if (i.correctChoices().contains(0)) {
                    o++;
                } else {
                    x++;
                }
                continue;
            }
            choiceItems++;
            positions.merge(i.correctChoices().iterator().next(), 1, Integer::sum);
        }
        for (var e : positions.entrySet()) {
            assertTrue(e.getValue() <= 0.35 * choiceItems, "position " + (e.getKey() + 1) + " holds " + e.getValue() + " of " + choiceItems);
        }
        assertEquals(4, positions.size(), "every position is used: " + positions);
        assertTrue(o > 0 && x > 0, "O/X items answer both ways: O " + o + ", X " + x);
        assertTrue(library().size() >= 80, "at least 80 items, has " + library().size());
    }

    @Test
    void eachLearnerGetsAStableOrderOfTheirOwn() {
        List<Quiz.Item> items = library().stream().filter(i -> i.choices().size() >= 3).toList();
        int moved = 0;
        int differ = 0;
        for (Quiz.Item i : items) {
            Quiz.Item a = i.shuffled(42);
            assertEquals(a, i.shuffled(42), "the same learner sees the same order");
            assertEquals(new HashSet<>(i.choices()), new HashSet<>(a.choices()), "the same choices, the right one still right");
            assertEquals(i.correctChoices().size(), a.correctChoices().size());
            moved += a.choices().equals(i.choices()) ? 0 : 1;
            differ += a.choices().equals(i.shuffled(7).choices()) ? 0 : 1;
        }
        assertTrue(moved > items.size() / 2, moved + " of " + items.size() + " items reordered");
        assertTrue(differ > items.size() / 2, differ + " of " + items.size() + " items ordered differently for another learner");
        Quiz.Item ox = library().stream().filter(i -> i.choices().size() == 2).findFirst().orElseThrow();
        assertEquals(ox, ox.shuffled(42), "O stays before X");
    }

    @Test
    void theLearnersSeedIsKeptInTheProfile(@TempDir Path home) throws Exception {
        long first = LearnerSeed.load(home);
        assertEquals(first, LearnerSeed.load(home), "the same after a restart");
        Files.writeString(home.resolve("learner-seed"), "not a number");
        long redrawn = LearnerSeed.load(home);
        assertEquals(redrawn, Long.parseLong(Files.readString(home.resolve("learner-seed")).strip()), "a damaged file is replaced");
        assertEquals(redrawn, LearnerSeed.load(home));
    }
}
