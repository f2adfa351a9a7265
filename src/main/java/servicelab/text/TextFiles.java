package servicelab.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a file bounded by the bytes actually read, never by what the file system says: a device
 * (/dev/zero) reports size 0 and never ends, a FIFO blocks until someone writes, a file may grow
 * while it is read. Regular files are read directly; anything else is read on a helper thread
 * that is abandoned after a timeout.
 */
public final class TextFiles {
    /** How long a FIFO or device may take to give its bytes. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private TextFiles() {
    }

    /** More bytes than the caller accepts. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        public TooLargeException(Path p, long limit) {
            super(p + ": larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** A FIFO or device that gave no end of file in time. */
    public static final class TimedOutException extends IOException {
        public TimedOutException(Path p) {
            super(p + ": no end of file within " + TIMEOUT.toSeconds() + " s");
        }
    }

    /** A directory where a file was expected. */
    public static final class DirectoryException extends IOException {
        public DirectoryException(Path p) {
            super(p + ": is a directory");
        }
    }

    /** At most {@code max} bytes of the file; more is a {@link TooLargeException}. */
    public static byte[] read(Path p, long max) throws IOException {
        return read(p, max, TIMEOUT);
    }

    public static byte[] read(Path p, long max, Duration timeout) throws IOException {
        if (Files.isDirectory(p)) {
            throw new DirectoryException(p);
        }
        if (Files.isRegularFile(p)) {
            try (InputStream in = Files.newInputStream(p)) {
                return read(in, p, max);
            }
        }
        if (!Files.exists(p)) {
            throw new java.nio.file.NoSuchFileException(p.toString());
        }
        // opening a FIFO blocks until a writer comes, and reading a device may never end
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            try (InputStream in = Files.newInputStream(p)) {
                return read(in, p, max);
            }
        });
        Thread t = new Thread(task, "read " + p.getFileName());
        t.setDaemon(true);
        t.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new TimedOutException(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new java.io.InterruptedIOException(p.toString());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private static byte[] read(InputStream in, Path p, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new TooLargeException(p, max);
        }
        return bytes;
    }

    /** UTF-8 text as kubectl reads a file: invalid bytes become U+FFFD, a byte order mark is dropped. */
    public static String readLenient(Path p, long max) throws IOException {
        String s = new String(read(p, max), java.nio.charset.StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
