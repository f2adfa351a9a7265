package servicelab.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import servicelab.bench.BigFiles;

/**
 * Heap and limits agree: every file under the size limit opens in the app's heap. BigFiles runs
 * the worst files we know (at 4 MiB: thousands of objects, objects with tens of thousands of
 * labels, documents at the node budget, broken documents, long lines, 5,000 pods) in a child JVM
 * with the app's flags but its former 160 MiB ceiling (stricter than today's 512), beside a ballast
 * of twice the heap the running app was measured to hold with a lesson open (36 MiB after a full
 * GC, 2026-12-02).
 */
class HeapLimitsTest {
    static final int APP_BASELINE_MIB = 36;

    @Test
    void everyFileUnderTheLimitOpensInTheAppsHeap() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xms64m", "-Xmx160m", "-Xmn32m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), BigFiles.class.getName(), String.valueOf(2 * APP_BASELINE_MIB))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        System.out.print(out);
        assertTrue(!out.contains("OUT OF MEMORY"), out);
        assertEquals(0, p.exitValue(), out);
    }
}
