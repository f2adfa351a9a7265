package servicelab.workspace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import servicelab.check.CheckReport;

/**
 * Checks the document as the API server would, on one background thread, and publishes each
 * result once, on the UI thread, to everyone who draws from it. Typing is checked after a pause
 * (the debounce); a diagram edit, a console command, a fix or a newly opened text at once. A
 * result whose revision is no longer the document's is dropped: a newer one is on its way.
 */
public final class CheckService {
    /** Read on the check thread, set on the UI thread. */
    private volatile boolean warningsHeld;
    /**
     * A published check: the revision and text it is of, the report, what the styler made of
     * them, and how long the check and the styling took on the check thread.
     */
    public record Checked(long revision, String text, CheckReport report, Object styling, long checkNanos) {
        public Checked(long revision, String text, CheckReport report, Object styling) {
            this(revision, text, report, styling, 0);
        }
    }

    /** Runs a task after a delay; the returned handle cancels it. */
    public interface Scheduler {
        Runnable schedule(Duration delay, Runnable task);
    }

    private final ManifestDocument doc;
    private final Function<String, CheckReport> checker;
    private final Executor worker;
    private final Executor ui;
    private final Scheduler scheduler;
    private final Duration debounce;
    private BiFunction<String, CheckReport, Object> styler = (t, r) -> null;
    private Runnable pendingDebounce;
    private Checked latest;
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private final List<Consumer<Checked>> listeners = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();

    private record Waiter(long revision, Consumer<Checked> action) {
    }

    /**
     * @param worker   runs checks (one thread, so they finish in order)
     * @param ui       runs publication (the FX thread in the app; direct in tests)
     * @param scheduler runs the debounce timer's task on the UI thread
     */
    public CheckService(ManifestDocument doc, Function<String, CheckReport> checker, Executor worker, Executor ui,
                        Scheduler scheduler, Duration debounce) {
        this.doc = doc;
        this.checker = checker;
        this.worker = worker;
        this.ui = ui;
        this.scheduler = scheduler;
        this.debounce = debounce;
        doc.addListener(c -> {
            checking.set(true);
            if (c.origin() == Origin.EDITOR) {
                restartDebounce();
            } else {
                checkNow();
            }
        });
    }

    /** Extra work done on the check thread with each result (the editor's highlighting), published with it. */
    public void setStyler(BiFunction<String, CheckReport, Object> styler) {
        this.styler = styler;
    }

    /** Told every published check, in the order listeners were added. */
    public void addListener(Consumer<Checked> l) {
        listeners.add(l);
    }

    /** The newest published check (null before the first). */
    public Checked latest() {
        return latest;
    }

    /** True from a change until the check of the current revision is published. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public boolean isChecking() {
        return checking.get();
    }

    /** Runs the action with the first published check of this revision or a later one (now, if there is one). */
    public void whenChecked(long revision, Consumer<Checked> action) {
        if (latest != null && latest.revision() >= revision) {
            action.accept(latest);
        } else {
            waiters.add(new Waiter(revision, action));
        }
    }

    /** Runs the action once the document's current text is checked. */
    public void whenCurrent(Consumer<Checked> action) {
        whenChecked(doc.revision(), action);
    }

    /**
     * Keeps the checker's warnings (never its errors) out of what is published: an exercise where
     * the learner diagnoses a fault from its symptoms would otherwise be handed the answer by a
     * warning ("no pod matches the selector"). Changing it republishes the current text.
     */
    public void setWarningsHeld(boolean held) {
        if (held != warningsHeld) {
            warningsHeld = held;
            checkNow();
        }
    }

    public boolean warningsHeld() {
        return warningsHeld;
    }

    /** Checks the current text without waiting for the typing pause. */
    public void checkNow() {
        if (pendingDebounce != null) {
            pendingDebounce.run();
            pendingDebounce = null;
        }
        checking.set(true);
        long revision = doc.revision();
        String text = doc.text();
        worker.execute(() -> {
            long t0 = System.nanoTime();
            long b0 = allocated.getAsLong();
            CheckReport checked = checker.apply(text);
            CheckReport report = warningsHeld ? checked.withoutWarnings() : checked;
            Object styling = styler.apply(text, report);
            Checked c = new Checked(revision, text, report, styling, System.nanoTime() - t0);
            lastCheckBytes = allocated.getAsLong() - b0;
            ui.execute(() -> publish(c));
        });
    }

    private void restartDebounce() {
        if (pendingDebounce != null) {
            pendingDebounce.run();
        }
        pendingDebounce = scheduler.schedule(debounce, () -> {
            pendingDebounce = null;
            checkNow();
        });
    }

    /** How long the last publication took its listeners on the UI thread (bench mode reports it). */
    public long lastPublishNanos() {
        return lastPublishNanos;
    }

    private long lastPublishNanos;
    /** Bytes the current thread has allocated so far (bench mode sets one; the app does not measure). */
    private volatile java.util.function.LongSupplier allocated = () -> 0;
    private volatile long lastCheckBytes;

    /** Bench mode: how to read the current thread's allocated bytes, so that {@link #lastCheckBytes()} means something. */
    public void meterAllocation(java.util.function.LongSupplier currentThreadBytes) {
        allocated = currentThreadBytes;
    }

    /** Bytes the last check allocated on the check thread (0 unless metered). */
    public long lastCheckBytes() {
        return lastCheckBytes;
    }

    private void publish(Checked c) {
        if (c.revision() != doc.revision()) {
            return; // the text moved on; its own check is coming
        }
        long t0 = System.nanoTime();
        latest = c;
        checking.set(false);
        for (Consumer<Checked> l : List.copyOf(listeners)) {
            l.accept(c);
        }
        lastPublishNanos = System.nanoTime() - t0;
        List<Consumer<Checked>> due = new ArrayList<>();
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter w = it.next();
            if (w.revision() <= c.revision()) {
                due.add(w.action());
                it.remove();
            }
        }
        due.forEach(a -> a.accept(c));
    }
}
