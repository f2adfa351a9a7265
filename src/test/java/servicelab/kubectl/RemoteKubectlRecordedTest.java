package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import servicelab.text.Json;

/**
 * The console's read-only kubectl over a real cluster, beside real kubectl: every get and describe
 * in {@code kubectl/recorded-fakeapi/} that ran on the fixtures as loaded (no {@code .pre}) is
 * replayed through {@link RemoteKubectl} over the same fixture objects, at the recorder's virtual
 * "now", and must print the same bytes with the same exit code. describe is kubectl's own code
 * there; get's cells came from the stand-in server's port of printers.go (see the folder's README).
 */
class RemoteKubectlRecordedTest {
    private static final Path DIR = Path.of("src/test/resources/kubectl/recorded-fakeapi");
    private static final long NOW = Instant.parse("2025-01-15T12:00:00Z").toEpochMilli();
    /** Recordings of flags this console does not offer (over the simulation either). */
    private static final Set<String> NOT_IN_CONSOLE = Set.of(
            "get-pods-label-columns", // -L
            "get-pods-no-headers", // --no-headers
            "get-all", "get-all-selector", // the "all" category
            // a type the console has no printer for: over a real cluster it cannot know whether the server serves
            // it, so it says what it reads instead of kubectl's "the server doesn't have a resource type"
            "err-get-foos", "err-get-foos-name", "err-describe-foos");

    static List<Map<String, Object>> fixtures() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<?>) Json.parse(Files.readString(DIR.resolveSibling("tools/fixtures.json")))) {
            out.add(castMap(resolveNow(o)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** The stand-in server stamps "@now-N" as N seconds before the moment it answers. */
    private static Object resolveNow(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), resolveNow(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(RemoteKubectlRecordedTest::resolveNow).toList();
        }
        if (o instanceof String s && s.startsWith("@now-")) {
            return Instant.ofEpochMilli(NOW - Long.parseLong(s.substring(5)) * 1000).toString();
        }
        return o;
    }

    static RemoteKubectl.Source source(List<Map<String, Object>> objects, List<String> asked) {
        return (type, ns) -> {
            asked.add(type.plural() + (ns == null ? "" : "@" + ns));
            return objects.stream().filter(o -> type.kind().equals(o.get("kind")))
                    .filter(o -> ns == null || ns.equals(Raw.namespace(o))).toList();
        };
    }

    @TestFactory
    Stream<DynamicTest> printsWhatKubectlPrints() throws IOException {
        List<Map<String, Object>> objects = fixtures();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path cmd : files.filter(p -> p.toString().endsWith(".cmd")).sorted().toList()) {
                String base = cmd.getFileName().toString().replace(".cmd", "");
                String line = Files.readString(cmd).strip();
                if (!(line.startsWith("get ") || line.startsWith("describe ")) || Files.exists(DIR.resolve(base + ".pre"))
                        || NOT_IN_CONSOLE.contains(base)) {
                    continue;
                }
                // kubectl 1.33 and later print a projected ConfigMap's Optional as false (the folder's README)
                String expected = Files.readString(DIR.resolve(base + ".out"))
                        .replaceAll("(?m)^(\\s*)ConfigMapOptional:(\\s*)<nil>$", "$1Optional:$2         false");
                int code = Integer.parseInt(Files.readString(DIR.resolve(base + ".rc")).strip());
                tests.add(DynamicTest.dynamicTest(base + ": kubectl " + line, () -> {
                    Kubectl.Result r = new RemoteKubectl(source(objects, new ArrayList<>()), "default", () -> NOW).run(line);
                    assertEquals(expected, r.output(), line);
                    assertEquals(code, r.exitCode(), line);
                }));
            }
        }
        assertTrue(tests.size() >= 60, "replayed " + tests.size());
        return tests.stream();
    }

    @Test
    void asksEachTypeOnceInTheContextsNamespaceOrEveryNamespace() throws IOException {
        List<String> asked = new ArrayList<>();
        RemoteKubectl k = new RemoteKubectl(source(fixtures(), asked), "demo", () -> NOW);
        assertEquals("No resources found in demo namespace.\n", k.run("get pods").output());
        k.run("get pods,svc -A");
        k.run("describe svc kubia -n default");
        assertEquals(List.of("pods@demo", "pods", "services", "services@default", "endpointslices@default", "events@default"), asked);
    }

    @Test
    void gatewayApiRowsAreTheirCrdsPrinterColumnsAndPodsSayWhyTheyWait() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String json : List.of(
                "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"Gateway\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\","
                        + "\"creationTimestamp\":\"2025-01-15T11:55:00Z\"},\"spec\":{\"gatewayClassName\":\"eg\"},\"status\":{\"addresses\":"
                        + "[{\"type\":\"IPAddress\",\"value\":\"172.18.0.5\"}],\"conditions\":[{\"type\":\"Programmed\",\"status\":\"True\"}]}}",
                "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"HTTPRoute\",\"metadata\":{\"name\":\"shop\",\"namespace\":\"default\","
                        + "\"creationTimestamp\":\"2025-01-15T11:00:00Z\"},\"spec\":{\"hostnames\":[\"shop.example\",\"www.shop.example\"]}}",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"init\",\"namespace\":\"default\",\"creationTimestamp\":"
                        + "\"2025-01-15T11:59:30Z\"},\"spec\":{\"initContainers\":[{\"name\":\"wait\"}],\"containers\":[{\"name\":\"app\"}]},"
                        + "\"status\":{\"phase\":\"Pending\",\"initContainerStatuses\":[{\"name\":\"wait\",\"restartCount\":0,\"state\":"
                        + "{\"running\":{}}}],\"containerStatuses\":[{\"name\":\"app\",\"state\":{\"waiting\":{\"reason\":\"PodInitializing\"}}}]}}",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"leaving\",\"namespace\":\"default\",\"creationTimestamp\":"
                        + "\"2025-01-15T10:00:00Z\",\"deletionTimestamp\":\"2025-01-15T12:00:30Z\"},\"spec\":{\"containers\":[{\"name\":\"app\"}]},"
                        + "\"status\":{\"phase\":\"Running\",\"containerStatuses\":[{\"name\":\"app\",\"ready\":true,\"restartCount\":0,"
                        + "\"state\":{\"running\":{}}}]}}")) {
            objects.add(castMap(Json.parse(json)));
        }
        RemoteKubectl k = new RemoteKubectl(source(objects, new ArrayList<>()), "default", () -> NOW);
        assertEquals("NAME   CLASS   ADDRESS      PROGRAMMED   AGE\nweb    eg      172.18.0.5   True         5m\n", k.run("get gateways").output());
        assertEquals("NAME   HOSTNAMES                             AGE\nshop   [\"shop.example\",\"www.shop.example\"]   60m\n",
                k.run("get httproutes").output());
        assertEquals("NAME      READY   STATUS        RESTARTS   AGE\n"
                + "init      0/1     Init:0/1      0          30s\n"
                + "leaving   1/1     Terminating   0          120m\n", k.run("get pods").output());
    }

    @Test
    void describePodShowsEnvironmentVolumesAndInitContainersInDescribesLayout() {
        String pod = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"namespace\":\"default\",\"uid\":\"u1\"},"
                + "\"spec\":{\"nodeName\":\"w1\",\"initContainers\":[{\"name\":\"wait\",\"image\":\"busybox\"}],"
                + "\"containers\":[{\"name\":\"app\",\"image\":\"luksa/kubia\",\"env\":["
                + "{\"name\":\"GREETING\",\"value\":\"hello\"},"
                + "{\"name\":\"POD_NAME\",\"valueFrom\":{\"fieldRef\":{\"apiVersion\":\"v1\",\"fieldPath\":\"metadata.name\"}}},"
                + "{\"name\":\"PASSWORD\",\"valueFrom\":{\"secretKeyRef\":{\"name\":\"db\",\"key\":\"password\"}}}],"
                + "\"envFrom\":[{\"configMapRef\":{\"name\":\"conf\"},\"prefix\":\"APP_\"}],"
                + "\"volumeMounts\":[{\"name\":\"cache\",\"mountPath\":\"/cache\"},{\"name\":\"conf\",\"mountPath\":\"/etc/app\",\"readOnly\":true}]}],"
                + "\"volumes\":[{\"name\":\"cache\",\"emptyDir\":{}},{\"name\":\"conf\",\"configMap\":{\"name\":\"conf\"}}]},"
                + "\"status\":{\"phase\":\"Pending\",\"qosClass\":\"BestEffort\"}}";
        RemoteKubectl k = new RemoteKubectl(source(List.of(castMap(Json.parse(pod))), new ArrayList<>()), "default", () -> NOW);
        String out = k.run("describe pod p").output();
        for (String line : List.of("Init Containers:", "  wait:", "    Environment Variables from:",
                "      conf\\s+ConfigMap with prefix 'APP_'\\s+Optional: false", "      GREETING:\\s+hello",
                "      POD_NAME:\\s+p \\(v1:metadata.name\\)",
                "      PASSWORD:\\s+<set to the key 'password' in secret 'db'>\\s+Optional: false",
                "      /cache from cache \\(rw\\)", "      /etc/app from conf \\(ro\\)",
                "    Type:\\s+EmptyDir \\(a temporary directory that shares a pod's lifetime\\)", "    SizeLimit:\\s+<unset>",
                "    Type:\\s+ConfigMap \\(a volume populated by a ConfigMap\\)", "    Name:\\s+conf", "QoS Class:\\s+BestEffort",
                "Events:\\s+<none>")) {
            assertTrue(java.util.regex.Pattern.compile("(?m)^" + line + "$").matcher(out).find(), line + " in\n" + out);
        }
    }

    @Test
    void aFailedListIsKubectlsErrorNotACrash() {
        RemoteKubectl k = new RemoteKubectl((t, ns) -> {
            throw new RemoteKubectl.Failure("Error from server (Forbidden): pods is forbidden: User \"student\" cannot list resource "
                    + "\"pods\" in API group \"\" in the namespace \"default\"");
        }, "default", () -> NOW);
        Kubectl.Result r = k.run("kubectl get pods");
        assertEquals(1, r.exitCode());
        assertTrue(r.output().startsWith("Error from server (Forbidden): pods is forbidden"), r.output());
    }

    @Test
    void onlyReadOnlyCommandsOfKnownTypesGoToTheCluster() {
        assertEquals(RemoteKubectl.Refusal.NONE, RemoteKubectl.refusal("kubectl get svc,ep kubia -o wide"));
        assertEquals(RemoteKubectl.Refusal.NONE, RemoteKubectl.refusal("describe pod/kubia-manual"));
        assertEquals(RemoteKubectl.Refusal.NONE, RemoteKubectl.refusal("get pods -o jsonpath={.items[*].metadata.name}"));
        assertEquals(RemoteKubectl.Refusal.NOT_READ_ONLY, RemoteKubectl.refusal("delete pod kubia-manual"));
        assertEquals(RemoteKubectl.Refusal.NOT_READ_ONLY, RemoteKubectl.refusal("kubectl apply -f svc.yaml"));
        assertEquals(RemoteKubectl.Refusal.UNKNOWN_TYPE, RemoteKubectl.refusal("get secrets"));
        assertEquals(RemoteKubectl.Refusal.UNKNOWN_TYPE, RemoteKubectl.refusal("get pods,secrets"));
        RemoteKubectl k = new RemoteKubectl((t, ns) -> List.of(), "default", () -> NOW);
        assertEquals(1, k.run("scale deploy kubia --replicas=0").exitCode());
        Kubectl.Result secrets = k.run("get secrets");
        assertEquals(1, secrets.exitCode());
        assertTrue(secrets.output().startsWith("error: this console reads only pods, services, endpoints,"), secrets.output());
    }
}
