package servicelab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;

/**
 * Parse + decode + default + allocate + validate + warnings, as the editor runs it on every pause
 * in typing. Targets (issue 2): a 50-document, ~1,500-line manifest under 20 ms; a seed-sized
 * example under 1 ms. Run with {@code bin/bench CheckBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBench {
    static final String SEED = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              ports:
              - port: 80
                targetPort: 8080
              selector:
                app: kubia
            """;

    String big;
    String seedBroken;
    ManifestChecker checker;

    @Setup
    public void setup() {
        checker = new ManifestChecker();
        big = BenchData.fiftyDocuments();
        seedBroken = SEED.replace("\n    targetPort", "\n        targetPort");
    }

    @Benchmark
    public CheckReport fiftyDocuments() {
        return checker.check(big);
    }

    @Benchmark
    public CheckReport seedService() {
        return checker.check(SEED);
    }

    @Benchmark
    public CheckReport seedServiceBroken() {
        return checker.check(seedBroken);
    }
}
