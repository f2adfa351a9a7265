package servicelab.workspace.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.text.Json;
import servicelab.text.TextFiles;

/**
 * The editor's unsaved text, kept on disk under {@code <home>/recovery/} so that a crash, a kill or
 * a power cut loses at most the last moments of typing. Each running instance owns one journal
 * and holds a lock on it while it lives; a journal whose lock is free belongs to an instance that
 * ended without clearing it, and the next start offers it. A journal is one file: a header line
 * (when, which file, that file's time stamp when the text was loaded or saved) and the text.
 * Writes go to a temporary file that then replaces the journal, so a journal is never half written.
 */
public final class Journal implements AutoCloseable {
    static final String MARK = "# servicelab-recovery: ";
    static final String SUFFIX = ".journal.yaml";

    /** A journal left by an instance that ended without clearing it. */
    public record Entry(Path path, Instant savedAt, Path file, long fileModified, String name, String text) {
        /** Whether the file changed on disk after this text was loaded or saved from it (restoring over it would lose that). */
        public boolean fileIsNewer() {
            if (file == null || !Files.isRegularFile(file)) {
                return false;
            }
            try {
                return Files.getLastModifiedTime(file).toMillis() > fileModified;
            } catch (IOException e) {
                return true;
            }
        }
    }

    private final Path dir;
    private final Path journal;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private Journal(Path dir, String id) throws IOException {
        this.dir = dir;
        this.journal = dir.resolve(id + SUFFIX);
        this.lockFile = dir.resolve(id + ".lock");
        this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.lock = lockChannel.lock();
    }

    /** Starts this instance's journal in {@code <home>/recovery}. */
    public static Journal start(Path home) throws IOException {
        Path dir = Files.createDirectories(home.resolve("recovery"));
        String id = System.currentTimeMillis() + "-" + ProcessHandle.current().pid();
        return new Journal(dir, id);
    }

    public Path path() {
        return journal;
    }

    /**
     * Writes the text (atomically).
     *
     * @param file         the file the text belongs to, or null
     * @param fileModified the file's modification time when the text was last loaded from or saved to it
     */
    public synchronized void write(String text, Path file, long fileModified, String name) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("savedAt", System.currentTimeMillis());
        header.put("file", file == null ? null : file.toAbsolutePath().toString());
        header.put("fileModified", fileModified);
        header.put("name", name);
        AtomicFiles.write(journal, MARK + Json.write(header) + "\n" + text);
    }

    /** Nothing to recover any more (the text was saved, or the learner discarded it). */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(journal);
    }

    /** A clean exit: the journal and its lock go. */
    @Override
    public synchronized void close() throws IOException {
        clear();
        lock.release();
        lockChannel.close();
        Files.deleteIfExists(lockFile);
    }

    /** Journals of instances that are gone, newest first; temporary files they left are removed. */
    public static List<Entry> orphans(Path home) {
        Path dir = home.resolve("recovery");
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                if (n.endsWith(".lock") && !Files.exists(dir.resolve(n.replace(".lock", SUFFIX))) && free(p)) {
                    Files.deleteIfExists(p); // a clean exit's leftover, or a crash with nothing unsaved
                } else if (n.endsWith(SUFFIX) && free(dir.resolve(n.replace(SUFFIX, ".lock")))) {
                    Entry e = read(p);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        AtomicFiles.removeLeftovers(dir);
        out.sort(Comparator.comparing(Entry::savedAt).reversed());
        return out;
    }

    /** Whether no living instance holds this lock file. */
    private static boolean free(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this very process holds it
        } catch (IOException e) {
            return false;
        }
    }

    static Entry read(Path p) {
        try {
            String all = new String(TextFiles.read(p, servicelab.manifest.ManifestText.MAX_BYTES + 64 * 1024L),
                    StandardCharsets.UTF_8);
            if (!all.startsWith(MARK)) {
                return null;
            }
            int nl = all.indexOf('\n');
            if (nl < 0) {
                return null;
            }
            if (!(Json.parse(all.substring(MARK.length(), nl)) instanceof Map<?, ?> h)) {
                return null;
            }
            Instant at = Instant.ofEpochMilli(h.get("savedAt") instanceof Number n ? n.longValue() : 0);
            Path file = h.get("file") instanceof String s ? Path.of(s) : null;
            long modified = h.get("fileModified") instanceof Number n ? n.longValue() : Long.MAX_VALUE;
            String name = h.get("name") instanceof String s ? s : null;
            return new Entry(p, at, file, modified, name, all.substring(nl + 1));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The learner restored or discarded an orphan: it goes, with its lock file. */
    public static void remove(Entry e) {
        try {
            Files.deleteIfExists(e.path());
            String n = e.path().getFileName().toString();
            Files.deleteIfExists(e.path().resolveSibling(n.replace(SUFFIX, ".lock")));
        } catch (IOException ignored) {
            // it will be offered again next time; nothing is lost
        }
    }
}
