package servicelab.workspace.progress;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Records the learner's progress and writes it on an IO thread, never on the UI thread: saves
 * that come faster than the disk are written once, with the newest state.
 * Recording starts with the learner's first own input, so the app's start-up choices (the first
 * chapter, the example it opens) never overwrite where they left off.
 */
public final class ProgressRecorder {
    private final Progress progress;
    private final Executor io;
    private final AtomicBoolean queued = new AtomicBoolean();
    private boolean armed;

    public ProgressRecorder(Progress progress, Executor io) {
        this.progress = progress;
        this.io = io;
        progress.setSaver(this::saveLater);
    }

    public Progress progress() {
        return progress;
    }

    /** The learner's first own input (a click, a key): from now on, what they do is recorded. */
    public void arm() {
        armed = true;
    }

    public boolean armed() {
        return armed;
    }

    /** Applies a change to the progress if recording has started. */
    public void record(Consumer<Progress> change) {
        if (armed) {
            change.accept(progress);
        }
    }

    private void saveLater() {
        if (queued.compareAndSet(false, true)) {
            io.execute(() -> {
                queued.set(false);
                progress.writeMerged(); // writes the newest state, whatever came in meanwhile
            });
        }
    }
}
