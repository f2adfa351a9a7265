package servicelab.workspace;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import servicelab.check.ManifestChecker;
import servicelab.sim.World;

/**
 * A workbench for plain tests: the check thread, the UI thread and the typing pause are queues
 * the test runs by hand, so every step (typed, checked, published) is visible and in order.
 */
final class Harness {
    /** A queue of tasks that runs only when told. */
    static final class Queue implements Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        /** Runs what is queued, and what that queues, until nothing is left. */
        int runAll() {
            int n = 0;
            while (!tasks.isEmpty()) {
                tasks.poll().run();
                n++;
            }
            return n;
        }
    }

    /** The typing pause: scheduled tasks fire only when the test says the pause has passed. */
    static final class Pause implements CheckService.Scheduler {
        final List<Runnable> pending = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            pending.add(task);
            delays.add(delay);
            return () -> pending.remove(task);
        }

        void elapse() {
            List<Runnable> due = new ArrayList<>(pending);
            pending.clear();
            due.forEach(Runnable::run);
        }
    }

    final Queue worker = new Queue();
    final Queue ui = new Queue();
    final Queue goals = new Queue();
    final Pause pause = new Pause();
    final AtomicInteger checks = new AtomicInteger();
    final Workbench wb;

    Harness() {
        ManifestChecker checker = new ManifestChecker();
        wb = new Workbench(World.defaults(), 42, text -> {
            checks.incrementAndGet();
            return checker.check(text);
        }, ui, worker, goals, pause, Duration.ofMillis(220));
    }

    /** Runs the check thread and the UI thread until both are idle. */
    void settle() {
        while (!worker.tasks.isEmpty() || !ui.tasks.isEmpty() || !goals.tasks.isEmpty()) {
            worker.runAll();
            goals.runAll();
            ui.runAll();
        }
    }

    /** Opens a text and lets its check arrive. */
    Harness open(String text) {
        wb.document().open(text, null, "test.yaml", true);
        settle();
        return this;
    }
}
