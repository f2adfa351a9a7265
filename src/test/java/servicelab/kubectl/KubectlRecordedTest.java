package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import servicelab.sim.World;
import servicelab.workspace.Workspace;

/**
 * The console beside real kubectl: every command in {@code kubectl/offline/commands.txt} was run
 * through kubectl v1.32 without a cluster ({@code record.sh}), and the console must print the same
 * bytes and exit with the same code. kubectl 1.32 reports a missing required flag through klog
 * ({@code E1126 10:10:37.174252 14544 run.go:72] "command failed" err="…"}), with a time and a
 * process id no two runs share; the console prints the same error as {@code error: …}, which is
 * how kubectl printed it before klog, so those lines are compared in that form.
 */
class KubectlRecordedTest {
    private static final Path DIR = Path.of("src/test/resources/kubectl/offline");

    @TestFactory
    Stream<DynamicTest> matchesRealKubectl() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path cmd : files.filter(p -> p.toString().endsWith(".cmd")).sorted().toList()) {
                String base = cmd.getFileName().toString().replace(".cmd", "");
                String line = Files.readString(cmd).strip();
                String expected = normalize(Files.readString(DIR.resolve(base + ".out")));
                int code = Integer.parseInt(Files.readString(DIR.resolve(base + ".rc")).strip());
                tests.add(DynamicTest.dynamicTest(base + ": kubectl " + line, () -> {
                    Kubectl k = new Kubectl(new TextHost(new Workspace(World.defaults(), 42), ""));
                    Kubectl.Result r = k.run(line);
                    assertEquals(expected, r.output(), line);
                    assertEquals(code, r.exitCode(), line);
                }));
            }
        }
        assertTrue(tests.size() >= 20, "the recordings are there");
        return tests.stream();
    }

    static String normalize(String out) {
        return out.replaceAll("(?m)^E\\d{4} [0-9:.]+\\s+\\d+ run\\.go:\\d+] \"command failed\" err=\"(.*)\"$", "error: $1")
                .replace("\\\"", "\"");
    }
}
