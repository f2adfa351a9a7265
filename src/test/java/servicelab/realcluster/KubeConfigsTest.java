package servicelab.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kubeconfig read as kubectl reads it, and which servers count as this machine. */
class KubeConfigsTest {
    @TempDir
    Path dir;

    static final Function<String, InetAddress[]> HOSTS = host -> {
        try {
            return switch (host) {
                case "kubernetes.docker.internal" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
                case "class.example.edu" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7})};
                default -> new InetAddress[0];
            };
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    };

    Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    static final String KIND = """
            apiVersion: v1
            kind: Config
            current-context: kind-lab
            clusters:
            - name: kind-lab
              cluster:
                server: https://127.0.0.1:36443
                certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
            contexts:
            - name: kind-lab
              context: {cluster: kind-lab, user: kind-lab}
            users:
            - name: kind-lab
              user:
                client-key-data: U0VDUkVULUtFWQ==
                token: very-secret-token
            """;

    static final String CLASSROOM = """
            apiVersion: v1
            kind: Config
            current-context: classroom
            clusters:
            - name: classroom
              cluster: {server: "https://class.example.edu:6443"}
            - name: kind-lab
              cluster: {server: "https://10.9.9.9:1"}
            - name: docker-desktop
              cluster: {server: "https://kubernetes.docker.internal:6443"}
            contexts:
            - name: classroom
              context: {cluster: classroom, user: student, namespace: team-3}
            - name: kind-lab
              context: {cluster: kind-lab, user: other}
            - name: docker-desktop
              context: {cluster: docker-desktop, user: docker-desktop}
            """;

    @Test
    void severalFilesMergeWithTheFirstToNameSomethingWinning() throws Exception {
        Path a = write("a", KIND), b = write("b", CLASSROOM);
        var kc = KubeConfigs.load(KubeConfigs.files(a + File.pathSeparator + dir.resolve("missing") + File.pathSeparator + b,
                dir), HOSTS);
        assertEquals("kind-lab", kc.currentName(), "the first file that sets current-context decides it");
        assertEquals(List.of("kind-lab", "classroom", "docker-desktop"), kc.contexts().stream().map(KubeContext::name).toList());
        KubeContext kind = kc.find("kind-lab");
        assertEquals("https://127.0.0.1:36443", kind.server(), "the first file's cluster wins over the second's");
        assertTrue(kind.loopback() && kind.current());
        KubeContext classroom = kc.find("classroom");
        assertEquals("team-3", classroom.namespaceOrDefault());
        assertFalse(classroom.loopback());
        assertTrue(kc.find("docker-desktop").loopback(), "a name that resolves only to loopback is this machine");
        assertEquals("default", kind.namespaceOrDefault());
    }

    @Test
    void withoutKubeconfigTheHomeFileIsRead() {
        assertEquals(List.of(dir.resolve(".kube").resolve("config")), KubeConfigs.files(null, dir));
        assertEquals(List.of(dir.resolve(".kube").resolve("config")), KubeConfigs.files("  ", dir));
    }

    @Test
    void anUnknownContextOrNoCurrentOneIsReportedAsSuch() throws Exception {
        var kc = KubeConfigs.load(List.of(write("c", CLASSROOM.replace("current-context: classroom\n", ""))), HOSTS);
        assertNull(kc.currentName());
        assertEquals(ClusterException.Reason.UNKNOWN_CONTEXT, assertThrows(ClusterException.class, () -> kc.find(null)).reason());
        var e = assertThrows(ClusterException.class, () -> kc.find("minikube"));
        assertEquals(ClusterException.Reason.UNKNOWN_CONTEXT, e.reason());
        assertTrue(e.getMessage().contains("minikube"));
    }

    @Test
    void credentialsNeverEnterWhatIsRead() throws Exception {
        var kc = KubeConfigs.load(List.of(write("a", KIND)), HOSTS);
        String all = kc.contexts().toString();
        assertFalse(all.contains("very-secret-token") || all.contains("U0VDUkVULUtFWQ") || all.contains("LS0tLS1CRUdJTi"), all);
    }

    @Test
    void aBrokenFileIsOneClearError() throws Exception {
        Path bad = write("bad", "contexts: [\n");
        var e = assertThrows(ClusterException.class, () -> KubeConfigs.load(List.of(bad), HOSTS));
        assertTrue(e.getMessage().startsWith("error loading config file"), e.getMessage());
        Path bomb = write("bomb", "a: &a [x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n".repeat(1)
                + "c: [" + "*b, ".repeat(60) + "*b]\n");
        assertThrows(ClusterException.class, () -> KubeConfigs.load(List.of(bomb), HOSTS), "aliases are limited");
    }

    @Test
    void loopbackMeansThisMachineOnly() {
        for (String s : List.of("https://127.0.0.1:6443", "https://127.0.1.1:8443", "https://localhost:6443", "https://[::1]:6443",
                "https://kubernetes.docker.internal:6443")) {
            assertTrue(Loopback.isLoopback(s, HOSTS), s);
        }
        for (String s : List.of("https://192.168.49.2:8443", "https://10.0.0.1", "https://class.example.edu:6443",
                "https://unknown.example:6443", "", "not a url", "https://0.0.0.0:6443")) {
            assertFalse(Loopback.isLoopback(s, HOSTS), s);
        }
    }
}
