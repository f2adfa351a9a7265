package servicelab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.kubectl.LiveCluster;
import servicelab.manifest.ManifestText;
import servicelab.sim.World;

/**
 * The largest files a learner can open, each just under the size limit
 * ({@link ManifestText#MAX_BYTES}), through check and cluster in a 160 MiB heap (the window's ceiling
 * until 2026-12-03; it has 512 MiB now, so the core is held to the stricter figure):
 * many small Services, many Deployments, one object with very many labels, many broken
 * documents, long lines. Prints, per case, whether it opened and the peak heap. Run in a child
 * JVM by {@code HeapLimitsTest} and by {@code bin/bench --big}.
 */
public final class BigFiles {
    private BigFiles() {
    }

    static String fill(IntFunction<String> doc) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; ; i++) {
            String d = doc.apply(i);
            if (sb.length() + d.length() > ManifestText.MAX_BYTES - 16) {
                return sb.toString();
            }
            sb.append(d);
        }
    }

    public static Map<String, String> cases() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("services", fill(i -> "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s" + i
                + "\nspec:\n  selector:\n    app: a\n  ports:\n  - port: 80\n"));
        m.put("deployments", fill(i -> "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d" + i
                + "\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: d" + i + "\n  template:\n    metadata:\n"
                + "      labels:\n        app: d" + i + "\n    spec:\n      containers:\n      - name: c\n        image: nginx\n"));
        StringBuilder labels = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: many\n  labels:\n");
        for (int i = 0; labels.length() < ManifestText.MAX_BYTES - 64; i++) {
            labels.append("    k").append(i).append(": v\n");
        }
        m.put("labels", labels + "spec:\n  ports:\n  - port: 80\n");
        m.put("labelDocs", fill(i -> {
            StringBuilder d = new StringBuilder("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: m" + i + "\n  labels:\n");
            for (int k = 0; d.length() < 500_000; k++) {
                d.append("    k").append(k).append(": v\n");
            }
            return d.append("spec:\n  ports:\n  - port: 80\n").toString();
        }));
        m.put("nearLimit", fill(i -> {
            // documents that together stay just under the file's node budget: all of it is kept
            StringBuilder d = new StringBuilder("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: n" + i + "\n  labels:\n");
            for (int k = 0; k < 9_900; k++) { // 4 documents of 19,800 + a few nodes reach the budget
                d.append("    k").append(k).append(": v\n");
            }
            return d.append("spec:\n  ports:\n  - port: 80\n").toString();
        }));
        m.put("flow", fill(i -> {
            StringBuilder d = new StringBuilder("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: f" + i + "\n  labels: {");
            for (int k = 0; d.length() < 500_000; k++) {
                d.append("k").append(k).append(": v, ").append(k % 5000 == 4999 ? "\n    " : "");
            }
            return d.append("z: v}\nspec:\n  ports:\n  - port: 80\n").toString();
        }));
        m.put("pods", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: big\nspec:\n  replicas: 5000\n  selector:\n"
                + "    matchLabels:\n      app: big\n  template:\n    metadata:\n      labels:\n        app: big\n    spec:\n"
                + "      containers:\n      - name: c\n        image: nginx\n        readinessProbe:\n          httpGet:\n"
                + "            port: 80\n");
        m.put("broken", fill(i -> "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b" + i + "\n   oops: [\n"));
        m.put("lines", fill(i -> "# " + "x".repeat(200_000) + "\n"));
        return m;
    }

    /** Checks and applies one case; returns the peak heap in MiB, or -1 after an OutOfMemoryError. */
    static double run(String text) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        try {
            CheckReport r = new ManifestChecker().check(text);
            LiveCluster cluster = new LiveCluster(World.defaults(), 42);
            cluster.accept(r);
            cluster.simulation().settle();
            // the next keystroke is checked while this check is still shown
            CheckReport next = new ManifestChecker().check(text + "\n");
            next.valid();
        } catch (OutOfMemoryError e) {
            return -1;
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }

    /** Heap the running app holds besides the text (its window, lessons, caches): see HeapLimitsTest. */
    static byte[][] ballast;

    public static void main(String[] args) {
        int ballastMiB = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        ballast = new byte[ballastMiB][];
        for (int i = 0; i < ballastMiB; i++) {
            ballast[i] = new byte[1 << 20];
        }
        boolean ok = true;
        for (var e : cases().entrySet()) {
            System.gc();
            long t0 = System.nanoTime();
            double peak = run(e.getValue());
            ok &= peak >= 0;
            System.out.printf("%s: %d bytes, %s, peak heap %.0f MiB, %.1f s%n", e.getKey(), e.getValue().length(),
                    peak < 0 ? "OUT OF MEMORY" : "opened", Math.max(peak, 0), (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("heap limit %.0f MiB, ballast %d MiB%n", Runtime.getRuntime().maxMemory() / 1048576.0, ballastMiB);
        System.exit(ok ? 0 : 1);
    }
}
