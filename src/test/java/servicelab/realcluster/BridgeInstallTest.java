package servicelab.realcluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** The bridge's download: pinned jars from a repository, checked, moved into place only when all are right. */
class BridgeInstallTest {
    @TempDir
    Path home;
    HttpServer server;
    final Map<String, byte[]> served = new ConcurrentHashMap<>();
    final List<String> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/maven2/", ex -> {
            String path = ex.getRequestURI().getPath().substring("/maven2/".length());
            asked.add(path);
            byte[] b = served.get(path);
            ex.sendResponseHeaders(b == null ? 404 : 200, b == null ? -1 : b.length);
            if (b != null) {
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI repo() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/maven2/");
    }

    static BridgeInstall.Jar jar(String path, byte[] b) {
        return new BridgeInstall.Jar(BridgeInstall.sha256(b), b.length, path);
    }

    @Test
    void everyJarArrivesCheckedAndTheFolderAppearsWhole() throws Exception {
        byte[] a = "client".getBytes(StandardCharsets.UTF_8);
        byte[] b = "model-core".getBytes(StandardCharsets.UTF_8);
        served.put("io/fabric8/kubernetes-client/8.0.0/kubernetes-client-8.0.0.jar", a);
        served.put("io/fabric8/kubernetes-model-core/8.0.0/kubernetes-model-core-8.0.0.jar", b);
        List<BridgeInstall.Progress> seen = new CopyOnWriteArrayList<>();
        Path target = home.resolve("bridge");
        BridgeInstall.install(repo(), target, List.of(jar("io/fabric8/kubernetes-client/8.0.0/kubernetes-client-8.0.0.jar", a),
                jar("io/fabric8/kubernetes-model-core/8.0.0/kubernetes-model-core-8.0.0.jar", b)), seen::add);
        assertArrayEquals(a, Files.readAllBytes(target.resolve("kubernetes-client-8.0.0.jar")));
        assertArrayEquals(b, Files.readAllBytes(target.resolve("kubernetes-model-core-8.0.0.jar")));
        assertEquals(List.of(new BridgeInstall.Progress(6, 16), new BridgeInstall.Progress(16, 16)), seen);
        try (var s = Files.list(home)) {
            assertEquals(List.of(target), s.toList(), "no download folder left behind");
        }
    }

    @Test
    void aFileThatIsNotThePinnedOneLeavesNothingBehind() throws Exception {
        byte[] good = "client".getBytes(StandardCharsets.UTF_8);
        served.put("x/client-1.jar", "CLIENT".getBytes(StandardCharsets.UTF_8)); // same size, other bytes
        Path target = home.resolve("bridge");
        ClusterException e = assertThrows(ClusterException.class,
                () -> BridgeInstall.install(repo(), target, List.of(jar("x/client-1.jar", good)), p -> { }));
        assertEquals(ClusterException.Reason.NO_BRIDGE, e.reason());
        assertTrue(e.getMessage().contains("is not the file this app was built with"), e.getMessage());
        assertFalse(Files.exists(target));
        try (var s = Files.list(home)) {
            assertEquals(0, s.count(), "no download folder left behind");
        }
        served.clear();
        ClusterException missing = assertThrows(ClusterException.class,
                () -> BridgeInstall.install(repo(), target, List.of(jar("x/client-1.jar", good)), p -> { }));
        assertTrue(missing.getMessage().endsWith("x/client-1.jar: HTTP 404"), missing.getMessage());
    }

    @Test
    void theLockPinsTheJarsMavenResolvedForTheBridge() throws Exception {
        // the local repository holds what this build resolved from Maven Central: the lock must name those bytes
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        List<BridgeInstall.Jar> lock = BridgeInstall.lock();
        assertTrue(lock.stream().anyMatch(j -> j.fileName().equals("kubernetes-client-8.0.0.jar")), lock.toString());
        assertTrue(lock.stream().anyMatch(j -> j.fileName().equals("kubernetes-httpclient-jdk-8.0.0.jar")));
        for (BridgeInstall.Jar j : lock) {
            Path f = m2.resolve(j.path());
            assertTrue(Files.isRegularFile(f), "not resolved by this build: " + j.path());
            assertEquals(j.size(), Files.size(f), j.path());
            assertEquals(j.sha256(), BridgeInstall.sha256(Files.readAllBytes(f)), j.path());
        }
        assertEquals(lock.stream().mapToLong(BridgeInstall.Jar::size).sum(), BridgeInstall.size());
    }
}
