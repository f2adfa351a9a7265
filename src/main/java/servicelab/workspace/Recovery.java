package servicelab.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import servicelab.workspace.files.Journal;

/**
 * Keeps the journal ({@link Journal}) in step with the document: unsaved text is written a
 * moment after typing stops, and at the latest {@link #MAX_DELAY} after the first unwritten key
 * even while typing goes on, so a crash loses under two seconds of work. The window also writes
 * it when it loses the focus, and the document before a text replaces it. Saving clears the
 * journal; a replaced text stays in it until new typing takes its place.
 */
public final class Recovery implements AutoCloseable {
    /** Typing pause after which the text is written. */
    public static final Duration QUIET = Duration.ofMillis(800);
    /** Longest time typed text stays unwritten while typing goes on. */
    public static final Duration MAX_DELAY = Duration.ofMillis(1500);

    private final ManifestDocument doc;
    private final Journal journal;
    private final CheckService.Scheduler scheduler;
    private final Executor io;
    private Runnable cancel;
    private long firstUnwritten = -1;
    /** The file's time stamp when the text was last loaded from or saved to it. */
    private long fileModified = -1;
    private boolean opening;
    private Consumer<IOException> onFailure = e -> { };

    public Recovery(ManifestDocument doc, Journal journal, CheckService.Scheduler scheduler, Executor io) {
        this.doc = doc;
        this.journal = journal;
        this.scheduler = scheduler;
        this.io = io;
        doc.setBeforeReplace(this::beforeReplace);
        doc.addListener(this::changed);
        doc.dirtyProperty().addListener((o, was, now) -> {
            if (was && !now && !opening) {
                saved();
            }
        });
    }

    /** Where a failed journal write is reported (the window shows it). */
    public void setOnFailure(Consumer<IOException> onFailure) {
        this.onFailure = onFailure;
    }

    public Journal journal() {
        return journal;
    }

    private void beforeReplace() {
        opening = true;
        if (doc.isDirty()) {
            writeNow();
        }
    }

    private void changed(ManifestDocument.Change c) {
        if (c.opened()) {
            opening = false;
            fileModified = modified(doc.file());
            if (!doc.isDirty()) {
                return; // the replaced text stays in the journal until there is new unsaved text
            }
        }
        if (!doc.isDirty()) {
            return;
        }
        long now = System.nanoTime();
        if (firstUnwritten < 0) {
            firstUnwritten = now;
        }
        if (cancel != null) {
            cancel.run();
        }
        long left = MAX_DELAY.toNanos() - (now - firstUnwritten);
        if (left <= 0) {
            writeSoon();
        } else {
            cancel = scheduler.schedule(Duration.ofNanos(Math.min(QUIET.toNanos(), left)), this::writeSoon);
        }
    }

    private void saved() {
        fileModified = modified(doc.file());
        cancelPending();
        io.execute(() -> {
            try {
                journal.clear();
            } catch (IOException e) {
                onFailure.accept(e);
            }
        });
    }

    private void cancelPending() {
        if (cancel != null) {
            cancel.run();
            cancel = null;
        }
        firstUnwritten = -1;
    }

    /** Writes the current text on the IO thread (the window calls this when it loses the focus). */
    public void writeSoon() {
        if (!doc.isDirty()) {
            return;
        }
        cancelPending();
        String text = doc.text();
        Path file = doc.file();
        long mod = fileModified;
        String name = doc.name();
        io.execute(() -> write(text, file, mod, name));
    }

    /** Writes the current text before returning (before a replacing action). */
    public void writeNow() {
        cancelPending();
        write(doc.text(), doc.file(), fileModified, doc.name());
    }

    private void write(String text, Path file, long mod, String name) {
        try {
            journal.write(text, file, mod, name);
        } catch (IOException e) {
            onFailure.accept(e);
        }
    }

    private static long modified(Path file) {
        try {
            return file == null || !Files.exists(file) ? -1 : Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A clean exit: the learner answered for the unsaved text, so the journal goes. */
    @Override
    public void close() throws IOException {
        cancelPending();
        journal.close();
    }
}
