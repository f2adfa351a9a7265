package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A pause collects the young generation only when a keystroke would not fit in what is free. Run
 * in a JVM of its own with the app's collector and young generation (the tests' JVM uses another).
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
}
