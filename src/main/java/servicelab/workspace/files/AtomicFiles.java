package servicelab.workspace.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either the old file or the new one, never half of each: the text
 * goes to a temporary file beside the target, reaches the disk, and is renamed over it. A symlink
 * is written through (its target changes, the link stays) and the file keeps its permissions; a new
 * file gets the user's default ones. A failed write (a full disk) removes its temporary file, and
 * temporaries a killed process left behind are removed by {@link #removeLeftovers}.
 */
public final class AtomicFiles {
    static final String TMP = ".servicelab-tmp";
    /** A temporary file younger than this may belong to a write in progress in another instance. */
    static final long LEFTOVER_AGE_MS = 60_000;

    private AtomicFiles() {
    }

    public static void write(Path target, String text) throws IOException {
        Path real = followLinks(target.toAbsolutePath());
        Path dir = real.getParent();
        Path tmp = dir.resolve("." + real.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TMP);
        try {
            // createFile, not createTempFile: a temporary file would be 0600, and so would the saved file
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = StandardCharsets.UTF_8.encode(text);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            keepPermissions(real, tmp);
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file a chain of symlinks ends in (which need not exist yet). */
    static Path followLinks(Path p) throws IOException {
        Path cur = p;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(cur); hops++) {
            Path to = Files.readSymbolicLink(cur);
            cur = cur.getParent().resolve(to).normalize();
        }
        return cur;
    }

    private static void keepPermissions(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (src == null || dst == null) {
            return;
        }
        try {
            dst.setPermissions(src.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // the default permissions stay: the text is still saved
        }
    }

    /** Removes temporary files of writes that a crash interrupted (and the older app's temporaries). */
    public static int removeLeftovers(Path dir) {
        int removed = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                // the older app's progress temporaries had this name (Files.createTempFile "progress", ".tmp")
                boolean ours = n.endsWith(TMP) || n.matches("progress-?\\d+\\.tmp");
                if (!ours || !Files.isRegularFile(p)) {
                    continue;
                }
                FileTime t = Files.getLastModifiedTime(p);
                if (now - t.toMillis() > LEFTOVER_AGE_MS && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }
}
