package servicelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import servicelab.model.Release;

/** --version, and --help on every command: printed on stdout, exit 0, nothing run. */
class HelpTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionNamesTheAppAndTheKubernetesRelease() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("servicelab "), r.out());
        assertTrue(r.out().contains(Release.KUBERNETES), r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "simulate", "resolve", "env", "route", "lessons", "kubectl"})
    void everyCommandHasHelp(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            Run r = run(command, flag);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("servicelab " + command), r.out());
            assertTrue(r.out().contains("--help"), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void clusterCommandsListTheSharedOptions() {
        Run r = run("simulate", "--to", "http://kubia", "--help");
        assertEquals(0, r.code());
        for (String o : new String[] {"--to", "--from", "--requests", "--interval", "--seed", "--unready", "--advance", "--json"}) {
            assertTrue(r.out().contains(o), o + " in " + r.out());
        }
    }

    @Test
    void kubectlHelpAfterTheDashesIsKubectls() {
        // after "--" the words are kubectl's: the console answers, as kubectl would
        Run r = run("kubectl", "--", "get", "--help");
        assertTrue(!r.out().contains("servicelab kubectl [--seed N]"), r.out());
    }

    @Test
    void topLevelUsagePointsToHelp() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--version"), r.out());
        assertTrue(r.out().contains("gui --help"), r.out());
    }
}
