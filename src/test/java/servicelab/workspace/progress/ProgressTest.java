package servicelab.workspace.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void everyChangeIsOnDiskAndReadsBack() throws Exception {
        Path f = dir.resolve("p/progress.json");
        Progress p = Progress.load(f);
        assertFalse(p.canContinue());
        p.lessonOpened("05-discovery");
        p.exerciseStarted("ex5-1");
        p.hintOpened("ex5-1", 2);
        p.fileChanged(Path.of("/tmp/x.yaml"));
        assertTrue(Files.exists(f));
        Progress q = Progress.load(f);
        assertNull(q.setAside());
        assertEquals("05-discovery", q.lastLesson());
        assertEquals("ex5-1", q.lastExercise());
        assertEquals("/tmp/x.yaml", q.lastFile());
        assertEquals(new Progress.ExerciseState("started", 1, 2), q.exercise("ex5-1"));
        q.exerciseDone("ex5-1");
        q.quizAnswered("q5-1", true);
        q.quizAnswered("q5-2", false);
        q.addTime("05-discovery", 45);
        q.save();
        Progress r = Progress.load(f);
        assertArrayEquals(new int[] {1, 2}, r.quizScore(null));
        assertArrayEquals(new int[] {1, 1}, r.quizScore(java.util.List.of("q5-1")));
        assertEquals(45, r.secondsIn("05-discovery"));
        assertEquals("done", Progress.load(f).exercise("ex5-1").status());
        try (var s = Files.list(f.getParent())) {
            assertEquals(2, s.count(), "no temporary files left behind: the file and its lock");
        }
    }

    @Test
    void aCorruptFileIsSetAsideNotLost() throws Exception {
        Path f = dir.resolve("progress.json");
        Files.writeString(f, "{\"version\": 1, \"visited\": [\"01\"");
        Progress p = Progress.load(f);
        assertNotNull(p.setAside());
        assertFalse(p.canContinue());
        assertFalse(Files.exists(f));
        assertEquals("{\"version\": 1, \"visited\": [\"01\"", Files.readString(p.setAside()), "the old bytes are kept");
        Files.writeString(f, "!!java.lang.ProcessBuilder [\"rm\"]");
        assertNotNull(Progress.load(f).setAside(), "unsafe tags are refused, not run");
    }

    @Test
    void twoWindowsOnOneProfileLoseNothingOfEachOther() throws Exception {
        Path f = dir.resolve("progress.json");
        Progress a = Progress.load(f);
        Progress b = Progress.load(f);
        for (int i = 0; i < 20; i++) {
            a.quizAnswered("a" + i, true);
            b.quizAnswered("b" + i, i % 2 == 0);
        }
        a.addTime("05", 30);
        b.addTime("05", 15);
        a.exerciseDone("ex5-1");
        b.exerciseStarted("ex6-1");
        a.save();
        b.save();
        Progress c = Progress.load(f);
        assertArrayEquals(new int[] {30, 40}, c.quizScore(null), "all 40 answers are there");
        assertEquals(45, c.secondsIn("05"), "both windows' time counts");
        assertEquals("done", c.exercise("ex5-1").status());
        assertEquals("started", c.exercise("ex6-1").status());
        a.addTime("05", 10);
        a.save();
        assertEquals(55, Progress.load(f).secondsIn("05"), "time is added once, not again with every save");
    }

    @Test
    void aHugeOrForeignFileIsSetAsideQuickly() throws Exception {
        Path f = dir.resolve("progress.json");
        Files.writeString(f, "{\"version\": 1, \"visited\": [\"" + "x".repeat(2_000_000) + "\"]}");
        Progress p = Progress.load(f);
        assertNotNull(p.setAside(), "larger than any progress file: not read at every start");
    }

    @Test
    void aFailedWriteIsReportedAndLeavesNoTemporaryFile() throws Exception {
        // a folder that cannot be made (a file stands where it should be) fails even for root
        Path blocker = Files.writeString(dir.resolve("blocker"), "not a folder");
        Progress p = Progress.load(blocker.resolve("progress.json"));
        java.util.List<Exception> failures = new java.util.ArrayList<>();
        p.setOnSaveFailed(failures::add);
        p.quizAnswered("q1", true);
        assertEquals(1, failures.size(), "the window hears of it");
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "nothing half-written is left");
        }
    }
}
