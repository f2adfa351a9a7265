package servicelab.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/start.sh, run by /bin/sh in a stand-in app image whose "java" and jpackage launcher
 * print the arguments they were given: the JVM must get what jpackage's launcher would give it (the
 * .cfg's options with $APPDIR expanded, its own path, the class path, the main class) and the learner's
 * arguments untouched; anything it cannot reproduce goes to the jpackage launcher unchanged.
 */
class StartScriptTest {
    private static final Path SCRIPT = Path.of("packaging/linux/start.sh");
    private static final String PRINT_ARGS = "#!/bin/sh\necho \"%s\"\nfor a in \"$@\"; do printf '[%%s]\\n' \"$a\"; done\n";

    @TempDir
    Path tmp;
    private Path image;
    private Path app;

    @BeforeEach
    void image() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        image = tmp.resolve("Service Lab image"); // a space, as in a learner's folder name
        app = Files.createDirectories(image.resolve("lib/app"));
        executable(image.resolve("lib/runtime/bin/java"), PRINT_ARGS.formatted("java"));
        executable(image.resolve("bin/servicelab"), PRINT_ARGS.formatted("jpackage launcher"));
        Files.copy(SCRIPT, Files.createDirectories(image.resolve("lib/start")).resolve("servicelab"));
        Files.setPosixFilePermissions(image.resolve("lib/start/servicelab"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(app.resolve("servicelab.cfg"), """
                [Application]
                app.classpath=$APPDIR/servicelab.jar
                app.mainclass=servicelab.cli.Main
                app.classpath=$APPDIR/snakeyaml-2.7.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:TieredStopAtLevel=1
                java-options=-Dservicelab.lessons=$APPDIR/lessons
                java-options=-XX:SharedArchiveFile=$APPDIR/servicelab.jsa
                java-options=-Dservicelab.root=$ROOTDIR -Dx=$BINDIR
                """);
    }

    @Test
    void theJvmGetsTheLaunchersOptionsAndTheLearnersArgumentsStayAsTyped() throws Exception {
        List<String> out = run(image.resolve("lib/start/servicelab"), "check", "my file.yaml", "*", "$HOME", "", "-x");
        String a = app.toRealPath().toString(), root = image.toRealPath().toString();
        assertEquals(List.of("java",
                "[-Djpackage.app-version=0.1.0]", "[-XX:TieredStopAtLevel=1]", "[-Dservicelab.lessons=" + a + "/lessons]",
                "[-XX:SharedArchiveFile=" + a + "/servicelab.jsa]", "[-Dservicelab.root=" + root + " -Dx=" + root + "/bin]",
                "[-Djpackage.app-path=" + root + "/bin/servicelab]", "[-cp]", "[" + a + "/servicelab.jar:" + a + "/snakeyaml-2.7.jar]",
                "[servicelab.cli.Main]", "[check]", "[my file.yaml]", "[*]", "[$HOME]", "[]", "[-x]"), out);
    }

    @Test
    void aLinkOnThePathFindsTheImage() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("usr/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("servicelab"), image.resolve("lib/start/servicelab"));
        List<String> out = run(link, "--version");
        assertEquals("java", out.get(0));
        assertEquals("[-cp]", out.get(out.size() - 4));
        assertEquals("[--version]", out.get(out.size() - 1));
    }

    @Test
    void aSettingItDoesNotKnowGoesToTheJpackageLauncher() throws Exception {
        Files.writeString(app.resolve("servicelab.cfg"), "[ArgOptions]\narguments=--help\n", StandardOpenOption.APPEND);
        assertEquals(List.of("jpackage launcher", "[check]", "[a b]"), run(image.resolve("lib/start/servicelab"), "check", "a b"));
    }

    @Test
    void withoutTheRuntimesJavaTheJpackageLauncherStarts() throws Exception {
        Files.delete(image.resolve("lib/runtime/bin/java"));
        assertEquals(List.of("jpackage launcher", "[--version]"), run(image.resolve("lib/start/servicelab"), "--version"));
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> run(Path launcher, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
