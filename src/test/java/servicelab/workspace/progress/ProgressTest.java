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
        p.textChanged("apiVersion: v1\nkind: Service # \"quoted\" \\ and\ttab 한글\n", Path.of("/tmp/x.yaml"));
        assertTrue(Files.exists(f));
        Progress q = Progress.load(f);
        assertNull(q.setAside());
        assertEquals("05-discovery", q.lastLesson());
        assertEquals("ex5-1", q.lastExercise());
        assertEquals("apiVersion: v1\nkind: Service # \"quoted\" \\ and\ttab 한글\n", q.lastText());
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
            assertEquals(1, s.count(), "no temporary files left behind");
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
}
