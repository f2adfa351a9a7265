package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import servicelab.sim.World;

/**
 * The console never throws: random argument lists built from every command's words, flags with
 * good and bad values, odd names and hostile URLs, over a valid, a broken and an empty manifest.
 * Every answer is kubectl's own: an exit code, and for a failure a message in one of kubectl's,
 * the API server's or curl's forms (never a Java exception, never an empty error).
 */
class ConsolePropertiesTest {
    static final String SERVICE = """
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              type: NodePort
              selector:
                app: kubia
              ports:
              - port: 80
                targetPort: 8080
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: client
            spec:
              containers:
              - name: sh
                image: curlimages/curl
            """;
    public static final String VALID = KubectlTest.DEPLOYMENT + SERVICE;
    public static final String BROKEN = KubectlTest.DEPLOYMENT.replace("  replicas: 3", "  replicas: 3\n   oops: [") + SERVICE;
    static final List<String> MANIFESTS = List.of(VALID, BROKEN, "", "\u0000\u0001binary", "---\n---\n");

    static final List<String> VERBS = List.of("get", "describe", "create", "expose", "apply", "delete", "scale", "label",
            "exec", "annotate", "logs", "kubectl", "쿠비아", "");
    static final List<String> WORDS = List.of("pods", "po", "pod", "svc", "services", "service", "deploy", "deployment",
            "deployments", "rs", "rc", "replicasets", "endpoints", "ep", "endpointslices", "ingress", "ing", "nodes", "all",
            "nodeport", "clusterip", "loadbalancer", "externalname", "kubia", "kubia-nodeport", "client", "쿠비아", "Kubia",
            "kubia.", "a..b", "-", "--", "deployment/kubia", "svc/kubia", "pod/client", "pods/", "/", "x".repeat(300),
            "-o", "yaml", "json", "wide", "name", "jsonpath={.metadata.name}", "-o=yaml", "-oyaml", "-owide",
            "-n", "default", "kube-system", "--namespace=nope", "-A", "--all-namespaces",
            "--replicas=2", "--replicas", "3", "-1", "0x10", "010", "--replicas=abc", "--replicas=", "--replicas=99999999999999999999",
            "--tcp=80:8080", "--tcp=abc", "--tcp=:8080", "--tcp=80:", "--tcp=70000", "--tcp=80:8080:9090", "--tcp=0",
            "--port=80", "--port=abc", "--target-port=8080", "--target-port=x", "--type=NodePort", "--type=Bogus",
            "--node-port=30123", "--node-port=abc", "--external-name=example.com", "--clusterip=None", "--image=luksa/kubia",
            "--name=x", "--selector=app=kubia", "--selector==", "-l", "app=kubia", "app!=x", "=", "app=", "app-", "a=b=c",
            "--overwrite", "--all", "--dry-run=client", "--dry-run=server", "--dry-run=bogus", "--show-labels", "-w",
            "-f", "kubia.yaml", "-", "/dev/null", "/", "/nonexistent", "--filename=x", "-R", "-it", "-x", "--x", "-c", "sh",
            "curl", "-s", "-sS", "-I", "-v", "-m", "1", "--connect-timeout", "nslookup", "wget", "-qO-", "cat", "ls", "env");
    static final List<String> URLS = List.of("http://kubia", "http://kubia:/", "http://[::1]/", "", "file:///etc/passwd",
            "kubia:abc", "http://", "http:///path", "http://kubia/%zz", "ftp://kubia/", "http://kubia:70000/",
            "http://kubia.default.svc.cluster.local", "http://10.96.0.1", "http://[", "http://kubia:80:80/", "kubia",
            "https://kubia", "http://kubia-nodeport:80/x?y#z", "http://user@kubia/", "http://kubia/" + "a".repeat(2000),
            "http://" + "h".repeat(300) + "/", "//kubia", "http://쿠비아/", "http://kubia:-1/", "http://0/", "http://256.1.1.1/");

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> verb = Arbitraries.of(VERBS);
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(URLS),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<List<String>> rest = word.list().ofMaxSize(7);
        return Combinators.combine(verb, rest).as((v, r) -> {
            List<String> all = new ArrayList<>();
            all.add(v);
            all.addAll(r);
            return all;
        });
    }

    @Provide
    Arbitrary<List<String>> execLines() {
        return Combinators.combine(Arbitraries.of("client", "kubia", "nope"),
                Arbitraries.<List<String>>of(List.of(), List.of("-s"), List.of("-sS"), List.of("-I"), List.of("-v"), List.of("-m", "1")),
                Arbitraries.of(URLS), Arbitraries.of("curl", "wget", "nslookup", "cat"))
                .as((pod, flags, url, tool) -> {
                    List<String> all = new ArrayList<>(List.of("exec", pod, "--", tool));
                    all.addAll(flags);
                    all.add(url);
                    return all;
                });
    }

    static final List<String> NAMES = List.of("kubia", "kubia-nodeport", "client", "쿠비아", "Kubia", "a..b", "x".repeat(70),
            "-", "", "kubia.", "0", "my_name");
    static final List<String> RESOURCES = List.of("pods", "pod", "svc", "service", "deploy", "deployment", "rs", "rc",
            "endpoints", "endpointslices", "ingress", "nodes", "deployment/kubia", "bogus");
    static final List<String> FLAGS = List.of("--replicas=2", "--replicas=abc", "--replicas=", "--replicas=-1", "--replicas=0x10",
            "--replicas=99999999999999999999", "--image=luksa/kubia", "--image=", "--port=8080", "--port=abc", "--port=70000",
            "--tcp=80:8080", "--tcp=abc", "--tcp=:8080", "--tcp=80:", "--tcp=70000", "--tcp=0", "--node-port=30123",
            "--node-port=abc", "--node-port=1", "--target-port=8080", "--target-port=bad_name", "--type=NodePort",
            "--type=Bogus", "--name=other", "--name=쿠비아", "--selector=app=kubia", "--selector=!!", "--external-name=x.com",
            "--clusterip=None", "--clusterip=bogus", "--dry-run=client", "-o", "yaml", "-o=json", "-oname", "-o=bogus",
            "--overwrite", "app=v2", "app-", "app=", "=x", "a b=c", "tier=쿠비아", "-l", "app=kubia", "--all", "-n", "other");

    @Provide
    Arbitrary<List<String>> structuredLines() {
        Arbitrary<List<String>> head = Arbitraries.oneOf(
                Arbitraries.of(NAMES).map(n -> List.of("create", "deployment", n)),
                Combinators.combine(Arbitraries.of("clusterip", "nodeport", "loadbalancer", "externalname", "bogus"),
                        Arbitraries.of(NAMES)).as((t, n) -> List.of("create", "service", t, n)),
                Combinators.combine(Arbitraries.of("scale", "label", "expose", "delete", "get", "describe"),
                        Arbitraries.of(RESOURCES), Arbitraries.of(NAMES)).as((v, r, n) -> List.of(v, r, n)),
                Arbitraries.of("kubia.yaml", "/dev/null", "/", "/nonexistent", "-", "").map(f -> List.of("apply", "-f", f)));
        return Combinators.combine(head, Arbitraries.of(FLAGS).list().ofMaxSize(3)).as((h, f) -> {
            List<String> all = new ArrayList<>(h);
            all.addAll(f);
            return all;
        });
    }

    @Property(tries = 1500, seed = "20261202") // reproducible in CI; bin/bench --fuzz explores further
    void anyWellFormedCommandGetsKubectlsOwnAnswer(@ForAll("structuredLines") List<String> argv,
                                                   @ForAll("manifests") String manifest) {
        check(argv, manifest);
    }

    @Property(tries = 600, seed = "20261202")
    void anyCommandLineGetsKubectlsOwnAnswer(@ForAll("commandLines") List<String> argv, @ForAll("manifests") String manifest) {
        check(argv, manifest);
    }

    @Property(tries = 300, seed = "20261202")
    void anyExecOfAnyUrlGetsCurlsOwnAnswer(@ForAll("execLines") List<String> argv, @ForAll("manifests") String manifest) {
        check(argv, manifest);
    }

    @Provide
    Arbitrary<String> manifests() {
        return Arbitraries.of(MANIFESTS);
    }

    static void check(List<String> argv, String manifest) {
        LiveCluster cluster = new LiveCluster(World.defaults(), 42);
        TextHost host = new TextHost(cluster, manifest);
        Kubectl k = new Kubectl(host);
        Kubectl.Result r;
        try {
            r = k.run(argv);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(argv + " threw " + e, e);
        }
        assertNotNull(r, argv.toString());
        assertNotNull(r.output(), argv.toString());
        assertTrue(r.exitCode() >= 0 && r.exitCode() < 256, argv + " → exit " + r.exitCode());
        assertFalse(r.output().contains("Exception") || r.output().contains("\tat servicelab."), argv + " → " + r.output());
        if (r.exitCode() != 0) {
            String out = r.output().strip();
            assertFalse(out.isEmpty() && !argv.contains("-s"), argv + " failed silently");
            // what succeeded is printed first (describe of several names), the error after it
            assertTrue(out.isEmpty() || out.lines().anyMatch(l -> kubectlForm(l)), argv + " → " + out);
        }
    }

    /** The forms kubectl, the API server and the tools in a pod answer with. */
    static boolean kubectlForm(String out) {
        return out.startsWith("error: ") || out.startsWith("Error from server") || out.startsWith("The ")
                || out.startsWith("curl: ") || out.contains("command terminated with exit code")
                || out.startsWith("Create a service") || out.startsWith("wget: ") || out.startsWith("nslookup")
                || out.startsWith("Server:") || out.startsWith("** server can't find") || out.startsWith("No resources found")
                || out.startsWith("cat: ") || out.startsWith("OCI runtime exec failed") || out.startsWith("error parsing")
                || out.startsWith("Unable to ") || out.startsWith("You must specify") || out.startsWith("BusyBox")
                || out.startsWith("Connecting to ") || out.startsWith("rm: ") || out.startsWith("ls: ");
    }
}
