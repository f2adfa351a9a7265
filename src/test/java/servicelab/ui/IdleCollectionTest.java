package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.check.ManifestChecker;
import servicelab.sim.World;
import servicelab.workspace.Workbench;

/**
 * A pause collects the young generation only when a keystroke would not fit in what is free (run
 * in a JVM of its own with the app's collector and young generation: the tests' JVM uses another),
 * and only a pause after an edit: not while opening a file, not at every check.
 */
class IdleCollectionTest {
    /** The child JVM: prints "nearly full: collected=true, collections +1, eden after 3%" and so on. */
    public static void main(String[] args) {
        MemoryPoolMXBean eden = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("Eden Space")).findFirst().orElseThrow();
        System.gc(); // an empty eden
        report("empty", eden);
        long target = eden.getUsage().getCommitted() - IdleCollection.HEADROOM / 2;
        Object[] keep = new Object[1];
        while (eden.getUsage().getUsed() < target) {
            keep[0] = new byte[16 * 1024]; // garbage, as a redraw leaves it
        }
        report("nearly full", eden);
    }

    private static void report(String when, MemoryPoolMXBean eden) {
        long before = collections();
        boolean did = IdleCollection.collectIfNearlyFull();
        long after = collections();
        long percent = 100 * eden.getUsage().getUsed() / eden.getUsage().getCommitted();
        System.out.println(when + ": collected=" + did + ", collections +" + (after - before) + ", eden after " + (percent < 25 ? "low" : "high"));
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(b -> b.getName().equals("Copy"))
                .mapToLong(b -> b.getCollectionCount()).sum();
    }

    @Test
    void collectsOnlyWhenAKeystrokeWouldNotFit() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-Xms64m", "-Xmx512m", "-XX:NewSize=16m",
                "-XX:MaxNewSize=32m", "-cp", System.getProperty("java.class.path"), IdleCollectionTest.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(List.of("empty: collected=false, collections +0, eden after low",
                "nearly full: collected=true, collections +1, eden after low"), out.lines().toList(), out);
    }

    @Test
    void onlyAQuietMomentAfterAnEditCollects() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException started) {
            // another test started the toolkit
        }
        AtomicInteger collected = new AtomicInteger();
        Workbench[] wb = new Workbench[1];
        WaitForAsyncUtils.asyncFx(() -> {
            // checks run and publish at once; typing is checked when the test says so
            wb[0] = new Workbench(World.defaults(), 42, new ManifestChecker()::check, Runnable::run, Runnable::run,
                    Runnable::run, (delay, task) -> () -> { }, Duration.ofMillis(220));
            IdleCollection.install(wb[0], collected::incrementAndGet);
            wb[0].document().open("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n", null, "a.yaml", true);
            wb[0].checks().checkNow();
        }).get();
        Thread.sleep(400);
        assertEquals(0, collected.get(), "opening a file is start-up, not a pause after an edit");
        WaitForAsyncUtils.asyncFx(() -> {
            wb[0].document().typed("apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n");
            wb[0].checks().checkNow();
        }).get();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> collected.get() > 0);
        Thread.sleep(200);
        assertEquals(1, collected.get(), "the pause after an edit and its check, once");
        WaitForAsyncUtils.asyncFx(() -> wb[0].checks().checkNow()).get(); // a check with no edit before it
        Thread.sleep(400);
        assertEquals(1, collected.get());
    }
}
