package servicelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code bin/servicelab} launcher after {@code mvn package}, from another working directory. */
class LauncherIT {
    @TempDir
    Path dir;

    private record Result(int code, String out) {
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        return launch(java.util.Map.of(), args);
    }

    private Result launch(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path launcher = Path.of("bin/servicelab").toAbsolutePath();
        String[] cmd = new String[args.length + 1];
        cmd[0] = launcher.toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    @Test
    void checksFilesFromAnyDirectory() throws Exception {
        Files.writeString(dir.resolve("ok.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n  selector:\n    app: kubia\n");
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n      targetPort: 8080\n");
        Result ok = launch("check", "ok.yaml");
        assertEquals(0, ok.code(), ok.out());
        Result bad = launch("check", "--json", "bad.yaml");
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().startsWith("{\"valid\":false"), bad.out());
        assertTrue(bad.out().contains("targetPort"), bad.out());
        assertEquals(2, launch("check", "missing.yaml").code());
    }

    @Test
    void guiSaysWhatIsWrongInOneLineAndNeverHangs() throws Exception {
        Result help = launch("gui", "--help");
        assertEquals(0, help.code(), help.out());
        assertTrue(help.out().contains("--layout-report"), help.out());
        Result bogus = launch("gui", "--bogus");
        assertEquals(2, bogus.code(), bogus.out());
        assertEquals(1, bogus.out().strip().lines().count(), bogus.out());
        Result missing = launch("gui", "--open", "missing.yaml");
        assertEquals(2, missing.code(), missing.out());
        assertTrue(missing.out().contains("missing.yaml"), missing.out());
        Result size = launch("gui", "--size", "huge", "--snapshot", "x.png");
        assertEquals(2, size.code(), size.out());
        java.util.Map<String, String> noDisplay = new java.util.HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        Result headless = launch(noDisplay, "gui");
        assertEquals(2, headless.code(), headless.out());
        assertEquals(1, headless.out().strip().lines().count(), headless.out());
        assertTrue(headless.out().contains("DISPLAY"), headless.out());
        assertTrue(!headless.out().contains("Exception"), headless.out());
    }

    @Test
    void versionAndHelpOnEveryCommand() throws Exception {
        Result v = launch("--version");
        assertEquals(0, v.code(), v.out());
        assertTrue(v.out().contains(servicelab.model.Release.KUBERNETES), v.out());
        for (String c : servicelab.cli.Main.COMMANDS) {
            Result h = launch(c, "--help");
            assertEquals(0, h.code(), c + ": " + h.out());
        }
    }
}
