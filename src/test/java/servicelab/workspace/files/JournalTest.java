package servicelab.workspace.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path home;

    @Test
    void aLivingInstancesJournalIsNotOfferedAndAClosedOneIsGone() throws IOException {
        Path file = Files.writeString(home.resolve("a.yaml"), "x");
        try (Journal j = Journal.start(home)) {
            j.write("typed text", file, Files.getLastModifiedTime(file).toMillis(), "a.yaml");
            assertTrue(Journal.orphans(home).isEmpty(), "its owner still runs");
        }
        assertTrue(Journal.orphans(home).isEmpty(), "a clean close leaves nothing to offer");
        try (var s = Files.list(home.resolve("recovery"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void anOrphanSaysWhenAndKnowsWhetherItsFileChangedSince() throws IOException {
        Path file = Files.writeString(home.resolve("a.yaml"), "x");
        long mod = Files.getLastModifiedTime(file).toMillis();
        Files.createDirectories(home.resolve("recovery"));
        Files.writeString(home.resolve("recovery/9-9.journal.yaml"), Journal.MARK + "{\"savedAt\":1700000000000,\"file\":"
                + servicelab.text.Json.write(file.toString()) + ",\"fileModified\":" + mod + ",\"name\":\"a.yaml\"}\nline 1\nline 2\n");
        Journal.Entry e = Journal.orphans(home).get(0);
        assertEquals("line 1\nline 2\n", e.text());
        assertEquals(1700000000000L, e.savedAt().toEpochMilli());
        assertFalse(e.fileIsNewer());
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(mod + 5000));
        assertTrue(Journal.orphans(home).get(0).fileIsNewer(), "the file was saved again after the text was journaled");
        Journal.remove(e);
        assertTrue(Journal.orphans(home).isEmpty());
    }

    @Test
    void aDamagedJournalIsSkipped() throws IOException {
        Files.createDirectories(home.resolve("recovery"));
        Files.writeString(home.resolve("recovery/1-1.journal.yaml"), "no header");
        Files.writeString(home.resolve("recovery/2-2.journal.yaml"), Journal.MARK + "{broken\ntext");
        assertTrue(Journal.orphans(home).isEmpty());
    }
}
