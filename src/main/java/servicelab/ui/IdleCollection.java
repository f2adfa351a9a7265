package servicelab.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import servicelab.workspace.Workbench;

/**
 * Collects the young generation while the learner pauses, when it is nearly full, so that the
 * collection does not fall in the next keystroke's check and redraw instead. A young collection
 * stops every thread for 6 to 12 ms here, and one fell in about one redraw in twenty: with the
 * redraw's own 5 ms, those were the slowest keystrokes. Typing is checked only after its own pause
 * (Workbench.TYPING_PAUSE), so a collection in the pause costs nobody a frame.
 *
 * <p>How: allocating more than the young generation has free makes the serial collector collect
 * it (an allocation failure), then the array is garbage at once. Nothing happens while the
 * learner types or a check is under way, nor when the young generation has room for a keystroke.
 */
public final class IdleCollection {
    /** Quiet this long after a key or a published check counts as a pause (a typist's keys come 100 to 200 ms apart). */
    static final Duration QUIET = Duration.millis(60);
    /**
     * Room a keystroke needs: from check to redrawn diagram a key allocates 0.5 to 1.5 MB with 30 pods
     * and about 4 MB with 300 (bench mode's keystroke_alloc_mean_kib); the editor's part comes on top.
     */
    static final long HEADROOM = 4L << 20;
    /** Found at the first pause, not at start-up: the management beans load classes the first frame does not need. */
    private static MemoryPoolMXBean eden;
    private static boolean looked;
    /** Where the filler goes, so that the allocation cannot be left out. */
    private static volatile Object sink;
    private static long collections;

    private IdleCollection() {
    }

    /** Starts watching the workbench: a quiet moment after typing or a check collects, if worth it. */
    public static void install(Workbench wb) {
        if ("false".equals(System.getProperty("servicelab.idleCollection"))) {
            return; // the property turns it off for a bench's A/B
        }
        install(wb, IdleCollection::collectIfNearlyFull);
    }

    /** Runs {@code collect} in each quiet moment after an edit (IdleCollectionTest watches it). */
    static void install(Workbench wb, Runnable collect) {
        PauseTransition quiet = new PauseTransition(QUIET);
        // only after an edit: opening a file or a lesson's scene is start-up, where a pause collection
        // cost 8 MiB resident with the lesson open (bin/bench --startup)
        boolean[] edited = {false};
        quiet.setOnFinished(e -> {
            edited[0] = false;
            collect.run();
        });
        wb.document().addListener(c -> {
            edited[0] = !c.opened();
            if (edited[0]) {
                quiet.playFromStart();
            } else {
                quiet.stop();
            }
        });
        wb.checks().addListener(c -> {
            if (edited[0]) {
                quiet.playFromStart(); // the edit's check is its redraw: the pause starts after it
            }
        });
    }

    /** Collects the young generation if less than a keystroke's room is free in it; true if it did. */
    static boolean collectIfNearlyFull() {
        if (!looked) {
            looked = true;
            eden = eden();
        }
        if (eden == null) {
            return false;
        }
        var usage = eden.getUsage();
        long free = usage.getCommitted() - usage.getUsed(); // committed: the eden's size now (the young generation may grow)
        if (free >= HEADROOM || free <= 0) {
            return false;
        }
        sink = new byte[(int) Math.min(Integer.MAX_VALUE - 16, free + 64 * 1024)];
        sink = null;
        collections++;
        return true;
    }

    /** How many collections a pause brought (the bench reports it). */
    public static long collections() {
        return collections;
    }

    /**
     * The serial collector's eden (the app runs with it, ADR 0004). With another collector a large
     * array may be allocated outside the young generation without collecting it: then nothing is done.
     */
    private static MemoryPoolMXBean eden() {
        boolean serial = ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(b -> b.getName().equals("Copy"));
        return !serial ? null : ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().equals("Eden Space")).findFirst().orElse(null);
    }
}
