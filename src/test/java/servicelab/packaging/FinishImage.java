package servicelab.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finishes the jpackage app image (run by {@code mvn -Ppackage} between the image and the installer):
 * <ol>
 *   <li>on Linux, strips the symbol table from the bundled libjvm.so (4 MB; only crash reports read it), and
 *       installs the start script as {@code lib/start/APP_NAME} and {@code lib/start/CLI_LAUNCHER}: the menu
 *       entry and the PATH command run those, which skip the jpackage launcher's package-manager queries
 *       (packaging/linux/start.sh says how);</li>
 *   <li>puts in a class-data archive: the launchers' options already name {@code $APPDIR/servicelab.jsa}.
 *       A training run of the image's own launcher starts as a learner's does (the start-up report's run:
 *       skeleton, first frame, then the real window with a lesson, and it quits), listing the classes it
 *       loads (under Xvfb when Linux has no display); of the classes before the first frame it keeps the
 *       first {@code CLASSES} that are not the JDK's (see {@link #select}; the whole list, about 7,000
 *       classes, makes an archive of 40 MB, beyond the image's size budget); the launcher dumps the archive from it
 *       ({@code -Xshare:dump} through {@code JAVA_TOOL_OPTIONS}, which the launcher's JVM reads); the
 *       headless launcher must then start with {@code -Xshare:on}, which fails if the archive does not map;</li>
 *   <li>copies the image without the archive for the installer: a JDK 17 archive holds only for the jar
 *       paths it was made with, so an installed app makes its own from the shipped list (the .deb's
 *       postinst; on other systems the app itself when it ends, see ui.ClassDataRefresh).</li>
 * </ol>
 *
 * <p>Usage: {@code FinishImage IMAGE_DIR APP_NAME CLI_LAUNCHER CLASSES INSTALLER_IMAGE_DIR START_SCRIPT}
 */
public final class FinishImage {
    private FinishImage() {}

    /** Where jpackage puts launchers and the app's files on each system. */
    record Layout(Path launcher, Path cli, Path appDir, Path runtimeLib) {
        static Layout of(Path image, String app, String cli, String os) {
            if (os.startsWith("windows")) {
                return new Layout(image.resolve(app + ".exe"), image.resolve(cli + ".exe"), image.resolve("app"),
                        image.resolve("runtime").resolve("bin"));
            }
            if (os.startsWith("mac")) {
                Path contents = image.resolve("Contents");
                return new Layout(contents.resolve("MacOS").resolve(app), contents.resolve("MacOS").resolve(cli), contents.resolve("app"),
                        contents.resolve("runtime").resolve("Contents").resolve("Home").resolve("lib"));
            }
            return new Layout(image.resolve("bin").resolve(app), image.resolve("bin").resolve(cli), image.resolve("lib").resolve("app"),
                    image.resolve("lib").resolve("runtime").resolve("lib"));
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 6) {
            throw new IllegalArgumentException("usage: FinishImage IMAGE_DIR APP_NAME CLI_LAUNCHER CLASSES INSTALLER_IMAGE_DIR START_SCRIPT");
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Path image = Path.of(args[0]);
        Layout l = Layout.of(image, args[1], args[2], os);
        int limit = Integer.parseInt(args[3]);
        Path installerImage = Path.of(args[4]);

        if (os.startsWith("linux")) {
            Path jvm = l.runtimeLib().resolve("server").resolve("libjvm.so");
            long before = Files.size(jvm);
            run(List.of("strip", "--strip-unneeded", jvm.toString()), null);
            System.out.printf("[image] libjvm.so %.1f → %.1f MB%n", before / 1e6, Files.size(jvm) / 1e6);
            installStartScripts(image, Path.of(args[5]), List.of(args[1], args[2]));
        }

        Path classlist = l.appDir().resolve("servicelab.classlist"), jsa = l.appDir().resolve("servicelab.jsa");
        Path work = Files.createTempDirectory("servicelab-cds");
        Path full = work.resolve("full.classlist"), report = work.resolve("startup.txt");
        List<String> training = new ArrayList<>();
        if (os.startsWith("linux") && System.getenv("DISPLAY") == null) training.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"));
        training.addAll(List.of(l.launcher().toString(), "--size", "1366x768", "--lesson", "01-why-services"));
        run(training, "-XX:DumpLoadedClassList=" + full + " -Dservicelab.home=" + work.resolve("home") + " -Dservicelab.startupReport=" + report);
        if (!Files.isRegularFile(report)) throw new IllegalStateException("the training run did not reach its report");
        List<String> trained = Files.readAllLines(full);
        List<String> kept = select(trained, jdkPackages(), limit);
        Files.write(classlist, kept);
        Staging.deleteTree(jsa);
        run(List.of(l.launcher().toString()), "-Xshare:dump -XX:SharedClassListFile=" + classlist);
        if (!Files.isRegularFile(jsa)) throw new IllegalStateException("no archive at " + jsa);
        run(List.of(l.cli().toString(), "--version"), "-Xshare:on");
        long classes = kept.stream().filter(s -> !s.startsWith("@")).count();
        long offered = select(trained, jdkPackages(), Integer.MAX_VALUE).stream().filter(s -> !s.startsWith("@")).count();
        System.out.printf("[image] class-data archive of %d JavaFX and app classes (of %d before the first frame), %.1f MB: %s%n",
                classes, offered, Files.size(jsa) / 1e6, jsa);

        Staging.deleteTree(installerImage);
        Staging.copyTree(image, installerImage.resolve(image.getFileName().toString()));
        Files.delete(installerImage.resolve(image.getFileName().toString()).resolve(image.relativize(jsa)));
        if (os.startsWith("mac")) {
            // files added after jpackage break the bundle's ad-hoc signature: sign both copies again
            run(List.of("codesign", "--force", "--deep", "--sign", "-", image.toString()), null);
            run(List.of("codesign", "--force", "--deep", "--sign", "-", installerImage.resolve(image.getFileName().toString()).toString()), null);
        }
        System.out.println("[image] the installer's copy, without the archive: " + installerImage);
    }

    /** Linux: the start script under each launcher's name in {@code lib/start}, where it finds the image. */
    static void installStartScripts(Path image, Path script, List<String> names) throws IOException {
        if (!Files.isExecutable(image.resolve("lib/runtime/bin/java"))) {
            throw new IllegalStateException("the runtime has no bin/java for the start script (jlink's --strip-native-commands?)");
        }
        Path dir = Files.createDirectories(image.resolve("lib").resolve("start"));
        for (String name : names) {
            Path target = dir.resolve(name);
            Files.copy(script, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        System.out.println("[image] start scripts " + names + " in " + dir);
    }

    /** The class that loads at the first frame, and only then (ui.dev.Startup). */
    static final String FIRST_FRAME = "servicelab/ui/dev/Startup$FirstFrame";

    /** Packages only the start-up report loads: a learner's start never does. */
    private static final List<String> MEASUREMENT_ONLY = List.of("java/lang/management/", "sun/management/",
            "javax/management/", "com/sun/management/", "jdk/internal/agent/");

    /**
     * What the archive holds: of the classes loaded before the first frame, the first {@code limit} that
     * are not the JDK's (JavaFX, the app, its libraries), with their lambdas, and the JDK's pre-generated
     * method-handle forms. Those classes are the costly ones: the JVM verifies their bytecode as it
     * loads them, while the JDK's own come from the boot loader unverified. (Measured: the 1,100 first
     * classes in load order, mostly the JDK's, left the first frame 11% slower than bin/servicelab's;
     * the same archive size spent on JavaFX and app classes made it faster.) The JDK classes they
     * extend are pulled in by the dump itself.
     */
    static List<String> select(List<String> lines, Set<String> jdkPackages, int limit) {
        List<String> kept = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        boolean found = false;
        for (String line : lines) {
            if (line.isBlank() || MEASUREMENT_ONLY.stream().anyMatch(line::contains)) continue;
            if (line.equals(FIRST_FRAME)) {
                found = true;
                break;
            }
            if (line.startsWith("@lambda-proxy ")) {
                if (classes.contains(line.split(" ")[1])) kept.add(line); // the caller is in the archive
            } else if (line.startsWith("@")) {
                kept.add(line);
            } else if (!isJdk(line, jdkPackages) && classes.size() < limit) {
                classes.add(line);
                kept.add(line);
            }
        }
        if (!found) throw new IllegalStateException("the class list never reached the first frame (" + FIRST_FRAME + ")");
        return kept;
    }

    static boolean isJdk(String className, Set<String> jdkPackages) {
        int slash = className.lastIndexOf('/');
        return slash > 0 && jdkPackages.contains(className.substring(0, slash).replace('/', '.'));
    }

    /** The packages of the JDK's own modules (java.*, jdk.*), as this JDK 17 has them. */
    static Set<String> jdkPackages() {
        Set<String> packages = new HashSet<>();
        for (Module m : ModuleLayer.boot().modules()) {
            if (m.getName().startsWith("java.") || m.getName().startsWith("jdk.")) packages.addAll(m.getPackages());
        }
        return packages;
    }

    private static void run(List<String> command, String javaToolOptions) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        if (javaToolOptions != null) pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (p.exitValue() != 0) throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", command));
    }
}
