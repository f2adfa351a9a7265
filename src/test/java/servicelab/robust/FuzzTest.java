package servicelab.robust;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import servicelab.bench.Fuzz;

/**
 * The fuzzer in the build: mutated lesson scenes and study-note examples through parse, check,
 * apply, settle, route and the console. Nothing may be thrown, and no case may take a second of
 * CPU (the work budgets bound every step). {@code bin/bench --fuzz N} runs more.
 */
class FuzzTest {
    @Property(tries = 400, seed = "20261202") // reproducible in CI; bin/bench --fuzz N runs more
    void mutatedManifestsGetAnswersNotExceptions(@ForAll long seed) {
        Fuzz.Result r = Fuzz.run(seed);
        assertNull(r.thrown(), () -> "seed " + seed + " threw " + r.thrown() + "\n--- text ---\n" + r.text());
        assertTrue(r.cpuNanos() < 1_000_000_000L, () -> "seed " + seed + " took " + r.cpuNanos() / 1_000_000 + " ms of CPU");
    }
}
