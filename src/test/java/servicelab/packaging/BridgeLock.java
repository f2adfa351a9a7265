package servicelab.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Writes {@code bridge.lock}: the real-cluster bridge's jars as the app downloads them (realcluster.BridgeInstall),
 * one line each, {@code SHA-256 SIZE PATH} with PATH in Maven Central's layout (read from the jar's own
 * pom.properties). Run it after a dependency change: {@code BridgeLock target/lib/bridge
 * src/main/resources/servicelab/realcluster/bridge.lock}; {@code BridgeLockTest} fails until then.
 */
public final class BridgeLock {
    private BridgeLock() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: BridgeLock BRIDGE_LIB_DIR LOCK_FILE");
        List<String> lines = new ArrayList<>(List.of("# the real-cluster bridge's jars: SHA-256 size path under Maven Central (written by BridgeLock)"));
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                lines.add(sha256(jar) + " " + Files.size(jar) + " " + repoPath(jar));
            }
        }
        Files.write(Path.of(args[1]), lines);
        System.out.println("[bridge.lock] " + (lines.size() - 1) + " jars");
    }

    static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** group/path/artifact/version/artifact-version.jar, from the jar's META-INF/maven/.../pom.properties. */
    static String repoPath(Path jar) throws IOException {
        String name = jar.getFileName().toString();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            var entries = z.stream().filter(e -> e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")).toList();
            for (var e : entries) {
                Properties p = new Properties();
                try (var in = z.getInputStream(e)) {
                    p.load(in);
                }
                String a = p.getProperty("artifactId"), v = p.getProperty("version"), g = p.getProperty("groupId");
                if (name.equals(a + "-" + v + ".jar")) return g.replace('.', '/') + "/" + a + "/" + v + "/" + name;
            }
        }
        throw new IllegalStateException("no pom.properties for " + name + " in it: add its coordinates by hand");
    }
}
