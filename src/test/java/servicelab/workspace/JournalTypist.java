package servicelab.workspace;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import servicelab.workspace.files.Journal;

/**
 * A learner typing without pause, for {@link RecoveryKillTest}: a child JVM that journals a
 * document the way the app does and types a key every 80 ms, printing each key's number, until it
 * is killed. One thread plays the UI thread, another the IO thread, as in the window.
 */
public final class JournalTypist {
    private JournalTypist() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor();
        ManifestDocument doc = new ManifestDocument();
        ui.submit(() -> doc.open("", null, "untitled.yaml", true)).get();
        Journal journal = Journal.start(home);
        CheckService.Scheduler scheduler = (delay, task) -> {
            var f = ui.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> f.cancel(false);
        };
        ui.submit(() -> new Recovery(doc, journal, scheduler, Executors.newSingleThreadExecutor())).get();
        System.out.println("ready");
        int[] n = {0};
        ui.scheduleAtFixedRate(() -> {
            n[0]++;
            doc.typed(doc.text() + (char) ('a' + n[0] % 26));
            System.out.println("typed " + n[0]);
            System.out.flush();
        }, 0, 80, TimeUnit.MILLISECONDS);
        Thread.sleep(Long.MAX_VALUE);
    }
}
