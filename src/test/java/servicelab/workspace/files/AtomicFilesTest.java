package servicelab.workspace.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves replace the file's contents, never the file's nature: links stay links, modes stay modes. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void savingOverASymlinkWritesThroughToItsTarget() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("svc.yaml"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("real/svc.yaml"));
        AtomicFiles.write(link, "new\n");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new\n", Files.readString(real));
    }

    @Test
    void theFileKeepsItsPermissions() throws IOException {
        Path f = Files.writeString(dir.resolve("shared.yaml"), "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(f, "new\n");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Path fresh = dir.resolve("fresh.yaml");
        AtomicFiles.write(fresh, "x\n");
        assertTrue(Files.getPosixFilePermissions(fresh).contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                || Files.getPosixFilePermissions(fresh).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "a new file gets the user's default mode, not a temporary file's 0600");
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = Files.createDirectories(dir.resolve("a-folder-not-a-file"));
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "new\n"));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file stays behind");
        }
    }

    @Test
    void leftoversOfKilledWritesAreRemovedWhenOldEnough() throws IOException {
        Path old = Files.writeString(dir.resolve(".svc.yaml.1234" + AtomicFiles.TMP), "half");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path legacy = Files.writeString(dir.resolve("progress123456.tmp"), "half");
        Files.setLastModifiedTime(legacy, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path young = Files.writeString(dir.resolve(".other.yaml.99" + AtomicFiles.TMP), "being written");
        Path mine = Files.writeString(dir.resolve("notes.tmp"), "the learner's own file");
        Files.setLastModifiedTime(mine, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        assertEquals(2, AtomicFiles.removeLeftovers(dir));
        assertTrue(Files.exists(young), "a write in progress elsewhere is left alone");
        assertTrue(Files.exists(mine), "files the app did not make are never touched");
    }
}
