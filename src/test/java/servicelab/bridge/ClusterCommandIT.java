package servicelab.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

/**
 * {@code bin/servicelab cluster} end to end, after {@code mvn package}: the launcher's class path
 * has no bridge jar, so these runs also prove that {@code Bridges} finds {@code target/lib/bridge}
 * and loads the client there. The API server is fabric8's mock, over HTTPS on the loopback address.
 */
class ClusterCommandIT {
    @TempDir
    Path dir;
    KubernetesMockServer server;

    @BeforeEach
    void start() {
        server = Fabric8ClusterTest.crudServer();
        server.init();
    }

    @AfterEach
    void stop() {
        server.destroy();
    }

    private Path kubeconfig(String server) throws Exception {
        return Files.writeString(dir.resolve("config"), """
                apiVersion: v1
                kind: Config
                current-context: kind-lab
                clusters:
                - name: kind-lab
                  cluster: {server: "%s", insecure-skip-tls-verify: true}
                contexts:
                - name: kind-lab
                  context: {cluster: kind-lab, user: learner}
                users:
                - name: learner
                  user: {token: not-a-real-token}
                """.formatted(server));
    }

    private Process launch(Path kubeconfig, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of("bin/servicelab").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("KUBECONFIG", kubeconfig.toString());
        return pb.start();
    }

    private static String all(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void theLauncherKeepsTheBridgeOffTheStartUpClassPath() {
        File[] lib = Path.of("target/lib").toFile().listFiles((d, n) -> n.endsWith(".jar"));
        File[] bridge = Path.of("target/lib/bridge").toFile().listFiles((d, n) -> n.endsWith(".jar"));
        assertTrue(lib != null && bridge != null);
        for (File f : lib) {
            assertFalse(f.getName().startsWith("kubernetes-") || f.getName().startsWith("jackson-"), f.getName());
        }
        assertTrue(List.of(bridge).stream().anyMatch(f -> f.getName().startsWith("kubernetes-client-8")));
        // an installed app downloads what bridge.lock pins: exactly these jars (BridgeLock rewrites it after a change)
        assertEquals(List.of(bridge).stream().map(File::getName).sorted().toList(),
                servicelab.realcluster.BridgeInstall.lock().stream().map(j -> j.fileName()).sorted().toList());
    }

    @Test
    void aDryRunTravelsThroughTheLoadedBridgeToTheServer() throws Exception {
        Path kc = kubeconfig(server.url("/").replaceAll("/$", ""));
        Files.writeString(dir.resolve("kubia.yaml"), Fabric8ClusterTest.SERVICE);
        server.expect().patch().withPath("/api/v1/namespaces/servicelab-kubia/services/kubia"
                + "?fieldValidation=Strict&fieldManager=servicelab&dryRun=All&force=true")
                .andReturn(200, "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"kubia\"}}").once();
        Process p = launch(kc, "cluster", "apply", "--dry-run", "--json", "kubia.yaml");
        String out = all(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("\"namespace\":\"servicelab-kubia\"") && out.contains("\"verdict\":\"BOTH_ACCEPT\""), out);
        assertFalse(out.contains("not-a-real-token"), out);
    }

    @Test
    void watchPrintsOneJsonLinePerChange() throws Exception {
        Path kc = kubeconfig(server.url("/").replaceAll("/$", ""));
        Process p = launch(kc, "cluster", "watch", "--json", "servicelab-kubia");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             KubernetesClient c = server.createClient(new JdkHttpClientFactory())) {
            String first = r.readLine();
            assertEquals("{\"type\":\"LIVE\"}", first);
            c.pods().inNamespace("servicelab-kubia").resource(Fabric8ClusterTest.pod("kubia-a", true)).create();
            String line = r.readLine();
            assertTrue(line.startsWith("{\"type\":\"ADDED\",\"kind\":\"Pod\",\"namespace\":\"servicelab-kubia\",\"name\":\"kubia-a\""),
                    line);
            assertTrue(line.contains("\"ready\":true"), line);
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void getAndDescribeReadTheClusterThroughTheBridgeAsKubectlPrintsThem() throws Exception {
        Path kc = kubeconfig(server.url("/").replaceAll("/$", ""));
        try (KubernetesClient c = server.createClient(new JdkHttpClientFactory())) {
            c.pods().inNamespace("default").resource(Fabric8ClusterTest.pod("kubia-a", true)).create();
        }
        Process p = launch(kc, "cluster", "get", "pods", "-o", "wide");
        String out = all(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("NAME      READY   STATUS    RESTARTS   AGE"), out);
        assertTrue(out.contains("kubia-a   0/1     Running   0") && out.contains("   kind-worker   "), out);
        p = launch(kc, "cluster", "describe", "pod", "kubia-a");
        out = all(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("Name:") && out.contains("Namespace:    default\n") && out.contains("Node:         kind-worker/"), out);
        p = launch(kc, "cluster", "get", "pods", "-n", "other");
        assertEquals("No resources found in other namespace.\n", all(p));
        p = launch(kc, "cluster", "get", "svc", "nosuch");
        out = all(p);
        assertEquals(1, p.exitValue(), out);
        assertEquals("Error from server (NotFound): services \"nosuch\" not found\n", out);
    }

    @Test
    void noReachableClusterIsOneLineAndExit2WithinFifteenSeconds() throws Exception {
        Path kc = kubeconfig("https://127.0.0.1:1");
        Files.writeString(dir.resolve("kubia.yaml"), Fabric8ClusterTest.SERVICE);
        long t0 = System.nanoTime();
        Process p = launch(kc, "cluster", "apply", "--dry-run", "kubia.yaml");
        String out = all(p);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(2, p.exitValue(), out);
        assertEquals(1, out.strip().lines().count(), out);
        assertTrue(out.startsWith("servicelab: 클러스터에 연결할 수 없습니다"), out);
        assertTrue(ms < 15_000, ms + " ms");
    }

    @Test
    void anUnknownContextIsOneLineAndExit2() throws Exception {
        Path kc = kubeconfig("https://127.0.0.1:1");
        Process p = launch(kc, "cluster", "watch", "--context", "minikube", "default");
        String out = all(p);
        assertEquals(2, p.exitValue(), out);
        assertEquals("servicelab: kubeconfig에 없는 컨텍스트입니다: context \"minikube\" does not exist", out.strip());
        Process list = launch(kc, "cluster", "contexts", "--json");
        String json = all(list);
        assertEquals("{\"contexts\":[{\"name\":\"kind-lab\",\"cluster\":\"kind-lab\",\"server\":\"https://127.0.0.1:1\","
                + "\"namespace\":null,\"current\":true,\"loopback\":true}]}", json.strip());
    }
}
