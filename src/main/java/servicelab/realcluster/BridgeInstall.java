package servicelab.realcluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Fetches the real-cluster bridge into the user's profile ({@code ~/.servicelab/bridge}) for an
 * installed app, which does not ship it (12 MB would take the packages past their size budget;
 * most learners never open a real cluster). The jars come from Maven Central, each checked against
 * the size and SHA-256 pinned in {@code bridge.lock} when the app was built; they are written to a
 * folder beside the target and moved into place only when every one is right, so a broken or
 * tampered download leaves nothing behind.
 */
public final class BridgeInstall {
    /** Maven Central; {@code servicelab.bridgeRepo} names a mirror (a classroom's, or a test's server). */
    public static final String CENTRAL = "https://repo1.maven.org/maven2";

    /** One jar of the lock. */
    public record Jar(String sha256, long size, String path) {
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** How far the download is: bytes so far of the total. */
    public record Progress(long done, long total) {
    }

    private BridgeInstall() {
    }

    /** The jars the app was built with. */
    public static List<Jar> lock() {
        try (InputStream in = BridgeInstall.class.getResourceAsStream("/servicelab/realcluster/bridge.lock")) {
            if (in == null) {
                throw new IllegalStateException("bridge.lock is missing from the app");
            }
            List<Jar> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split(" ");
                out.add(new Jar(f[0], Long.parseLong(f[1]), f[2]));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The total download in bytes. */
    public static long size() {
        return lock().stream().mapToLong(Jar::size).sum();
    }

    /** Where an installed app keeps the bridge: the profile's folder ({@code servicelab.home}, else ~/.servicelab). */
    public static Path userDir() {
        String home = System.getProperty("servicelab.home", Path.of(System.getProperty("user.home"), ".servicelab").toString());
        return Path.of(home).resolve("bridge");
    }

    /** The repository the jars come from. */
    public static URI repository() {
        String r = System.getProperty("servicelab.bridgeRepo", CENTRAL);
        return URI.create(r.endsWith("/") ? r : r + "/");
    }

    /** Downloads and checks every jar of the lock into {@link #userDir()}; progress is told as bytes arrive. */
    public static Path install(Consumer<Progress> progress) throws ClusterException {
        return install(repository(), userDir(), lock(), progress);
    }

    static Path install(URI repo, Path target, List<Jar> jars, Consumer<Progress> progress) throws ClusterException {
        long total = jars.stream().mapToLong(Jar::size).sum();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
        Path staging = null;
        try {
            Files.createDirectories(target.getParent());
            staging = Files.createTempDirectory(target.getParent(), "bridge-download-");
            long done = 0;
            for (Jar j : jars) {
                URI uri = repo.resolve(j.path());
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new ClusterException(ClusterException.Reason.NO_BRIDGE, uri + ": HTTP " + r.statusCode());
                }
                byte[] body = r.body();
                if (body.length != j.size() || !sha256(body).equals(j.sha256())) {
                    throw new ClusterException(ClusterException.Reason.NO_BRIDGE, uri + " is not the file this app was built with "
                            + "(size " + body.length + ", expected " + j.size() + "; SHA-256 differs or size does)");
                }
                Files.write(staging.resolve(j.fileName()), body);
                done += body.length;
                progress.accept(new Progress(done, total));
            }
            deleteTree(target);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            staging = null;
            return target;
        } catch (IOException e) {
            throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "the bridge could not be downloaded: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "the download was interrupted", e);
        } finally {
            if (staging != null) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // a leftover temporary folder is harmless; the next download makes its own
                }
            }
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
