package servicelab.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Lays out what jpackage takes (run by {@code mvn -Ppackage}): {@code input/} holds the app's jar as
 * servicelab.jar, the other runtime jars and the lessons; {@code fx/} holds JavaFX's modular jars, which
 * jlink links into the bundled runtime. Maven's JavaFX artifacts come in pairs, an empty jar and the
 * platform's jar; only the one with a module descriptor is a module.
 *
 * <p>Usage: {@code Staging LIB_DIR APP_JAR LESSONS_DIR OUT_DIR}
 */
public final class Staging {
    private Staging() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) throw new IllegalArgumentException("usage: Staging LIB_DIR APP_JAR LESSONS_DIR OUT_DIR");
        Path lib = Path.of(args[0]), appJar = Path.of(args[1]), lessons = Path.of(args[2]), out = Path.of(args[3]);
        deleteTree(out);
        Path input = Files.createDirectories(out.resolve("input")), fx = Files.createDirectories(out.resolve("fx"));
        Files.copy(appJar, input.resolve("servicelab.jar"));
        int modules = 0, jars = 0;
        for (Path jar : list(lib)) {
            String name = jar.getFileName().toString();
            if (!name.endsWith(".jar")) continue;
            if (name.startsWith("javafx-")) {
                if (isModule(jar)) {
                    Files.copy(jar, fx.resolve(name));
                    modules++;
                }
            } else {
                Files.copy(jar, input.resolve(name));
                jars++;
            }
        }
        if (modules == 0) throw new IllegalStateException("no JavaFX module for this platform in " + lib);
        // lib/bridge (the real-cluster client, 12 MB) is not shipped: the app fetches it when a learner first opens a
        // real cluster (realcluster.BridgeInstall). Under input/ jpackage would also put it on the launchers' class path.
        copyTree(lessons, input.resolve("lessons"));
        System.out.println("[staging] servicelab.jar, " + jars + " jars, " + modules + " JavaFX modules and the lessons in " + out);
    }

    static boolean isModule(Path jar) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.getEntry("module-info.class") != null;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    p.toFile().setWritable(true);
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
