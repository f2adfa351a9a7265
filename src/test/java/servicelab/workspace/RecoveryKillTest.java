package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import servicelab.workspace.files.Journal;

/**
 * kill -9 in the middle of a typing burst: the next start finds the text with at most two seconds
 * of typing lost. The typist is a separate JVM (JournalTypist) so the kill is real.
 */
class RecoveryKillTest {
    @TempDir
    Path home;

    @Test
    void aKilledInstanceLosesAtMostTwoSecondsOfTyping() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                JournalTypist.class.getName(), home.toString()).redirectErrorStream(true).start();
        List<Long> typedAt = new ArrayList<>(); // arrival time of key n at index n - 1
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("typed ")) {
                    typedAt.add(System.nanoTime());
                    if (typedAt.size() == 40) { // about 3.2 s into an unbroken burst
                        break;
                    }
                } else if (!line.equals("ready")) {
                    throw new AssertionError("the typist said: " + line);
                }
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        }
        long killedAt = System.nanoTime();
        List<Journal.Entry> left = Journal.orphans(home);
        assertEquals(1, left.size(), "the killed instance's journal is offered");
        Journal.Entry e = left.get(0);
        int kept = e.text().length();
        int typed = typedAt.size();
        assertTrue(kept > 0 && kept <= typed + 1, kept + " of " + typed);
        long lostMs = kept >= typed ? 0 : (killedAt - typedAt.get(kept)) / 1_000_000;
        System.out.printf("recovery: typed %d keys, journal kept %d, lost %d keys = %d ms%n", typed, kept, typed - kept, lostMs);
        assertTrue(lostMs <= 2000, "lost " + lostMs + " ms of typing");
        assertFalse(e.fileIsNewer());
    }
}
