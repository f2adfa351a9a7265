package servicelab.workspace.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import servicelab.manifest.ManifestParser;
import servicelab.manifest.ManifestText;

/**
 * Reading and writing manifest files. Saves are atomic: the text goes to a temporary file in the
 * same folder, is flushed to disk, and then replaces the target in one move, so a crash or a full
 * disk never leaves a half-written manifest.
 */
public final class ManifestFile {
    private ManifestFile() {
    }

    /** Why a file was not opened. */
    public static final class NotTextException extends IOException {
        public NotTextException(String message) {
            super(message);
        }
    }

    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    public static String read(Path p) throws IOException {
        byte[] bytes;
        try {
            bytes = servicelab.text.TextFiles.read(p, ManifestText.MAX_BYTES);
        } catch (servicelab.text.TextFiles.TooLargeException e) {
            throw new TooLargeException(p.toString());
        }
        String s = ManifestText.decode(bytes);
        if (s == null) {
            throw new NotTextException(p.toString());
        }
        return s;
    }

    public static void writeAtomically(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = StandardCharsets.UTF_8.encode(text);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
