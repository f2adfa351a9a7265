package servicelab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import servicelab.bench.Scale;

/**
 * The command line's check parses on a second thread while it validates ({@link
 * ManifestChecker#checkOverlapped}): every report must equal the one-thread check's, for valid
 * files, broken ones, and a file that runs out of its node budget part-way.
 */
class OverlappedCheckTest {

    private static Map<String, String> texts() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seed = Files.list(Path.of("src/test/resources/seed"));
             Stream<Path> lessons = Files.walk(Path.of("lessons"))) {
            seed.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
            lessons.filter(p -> p.toString().endsWith("scene.yaml")).forEach(files::add);
        }
        for (Path p : files) {
            m.put(p.toString(), Files.readString(p));
        }
        m.put("3,000 pods", Scale.manifest(3000));
        m.put("broken in the middle", Scale.manifest(30).replaceFirst("\n  ports:\n", "\n  ports:\n - bad\n"));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            // ~40 nodes each: the file's 40,000-node budget runs out near the 1,000th
            big.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c").append(i).append("\ndata:\n");
            for (int k = 0; k < 18; k++) {
                big.append("  k").append(k).append(": v\n");
            }
        }
        m.put("over the node budget", big.toString());
        m.put("empty", "");
        return m;
    }

    @Test
    void overlappedCheckReportsExactlyWhatTheOneThreadCheckDoes() throws IOException {
        ManifestChecker checker = new ManifestChecker();
        Map<String, String> texts = texts();
        assertTrue(texts.size() > 20, "seed examples and lesson scenes found");
        for (var e : texts.entrySet()) {
            CheckReport one = checker.check(e.getValue());
            CheckReport two = checker.checkOverlapped(e.getValue());
            assertEquals(one.documents(), two.documents(), e.getKey());
        }
        CheckReport budget = checker.checkOverlapped(texts.get("over the node budget"));
        assertFalse(budget.valid(), "the budget case reaches its limit");
        assertFalse(checker.checkOverlapped(texts.get("broken in the middle")).valid());
    }
}
