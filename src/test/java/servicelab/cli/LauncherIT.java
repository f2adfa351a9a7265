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
        Path launcher = Path.of("bin/servicelab").toAbsolutePath();
        String[] cmd = new String[args.length + 1];
        cmd[0] = launcher.toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
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
}
