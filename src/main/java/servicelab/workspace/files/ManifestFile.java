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

    /** Saves atomically, through symlinks, keeping permissions ({@link AtomicFiles}). */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            AtomicFiles.removeLeftovers(dir); // what a killed save left beside this file
        }
        AtomicFiles.write(target, text);
    }
}
