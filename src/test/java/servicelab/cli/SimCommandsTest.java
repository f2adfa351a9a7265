package servicelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import servicelab.TestFiles;

/** simulate, resolve, env and route as CLI.md specifies them. */
class SimCommandsTest {
    @TempDir
    Path dir;
    Path app;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void files() throws IOException {
        String deploy = TestFiles.read("/seed/seed-8-fixed.yaml"); // Deployment kubia (exec probe) + Service kubia (targetPort http)
        String np = TestFiles.read("/seed/seed-3-fixed.yaml");
        String client = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: client\nspec:\n  containers:\n  - name: sh\n    image: busybox\n";
        app = Files.writeString(dir.resolve("app.yaml"), deploy + "---\n" + np + "---\n" + client);
    }

    private static String firstPod(String json) {
        Matcher m = Pattern.compile("\"name\":\"(kubia-[^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    @Test
    void simulateReportsOutcomesPodsServicesAndTraces() {
        // the seed's exec probe needs /var/ready, which no container has: every pod is unready
        Run r = run("simulate", "--json", "--requests", "5", "--to", "nodeport/kubia-nodeport", app.toString());
        assertEquals(0, r.code(), r.err());
        String j = r.out().strip();
        assertTrue(j.startsWith("{\"seed\":42,\"requests\":5,\"outcomes\":{\"REFUSED\":5},\"byPod\":{},\"pods\":["), j);
        assertTrue(j.contains("\"type\":\"NodePort\""), j);
        assertTrue(j.contains("\"nodePort\":30123"), j);
        assertTrue(j.contains("\"notReadyEndpoints\":[\"10.244."), j);
        assertTrue(j.contains("\"traces\":[{\"outcome\":\"REFUSED\""), j);
        assertTrue(j.contains("\"by\":\"edge\""), j);
    }

    @Test
    void sameSeedSameAnswerAndTheSeedChangesNames() {
        String a = run("simulate", "--json", "--to", "svc/kubia", app.toString()).out();
        String b = run("simulate", "--json", "--to", "svc/kubia", app.toString()).out();
        String c = run("simulate", "--json", "--seed", "7", "--to", "svc/kubia", app.toString()).out();
        assertEquals(a, b);
        assertTrue(!firstPod(a).equals(firstPod(c)));
    }

    @Test
    void unreadyAndAdvanceWorkAndUnknownPodsAreErrors() {
        Run ok = run("simulate", "--json", "--from", "pod/client", "--to", "http://kubia/", "--advance", "30s", app.toString());
        assertTrue(ok.out().contains("\"REFUSED\":1"), ok.out());
        assertEquals(1, run("simulate", "--unready", "pod/nope", "--to", "svc/kubia", app.toString()).code());
        assertEquals(1, run("simulate", "--unready", "pod/client", "--to", "svc/kubia", app.toString()).code(), "no readiness probe");
        assertEquals(1, run("simulate", "--to", "svc/nope", app.toString()).code());
        assertEquals(2, run("simulate", "--to", "svc/kubia", dir.resolve("missing.yaml").toString()).code());
        assertEquals(2, run("simulate", app.toString()).code(), "--to is required");
        assertEquals(2, run("simulate", "--to", "svc/kubia", "--advance", "soon", app.toString()).code());
    }

    @Test
    void invalidFilesExitOneWithTheCheckErrors() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), TestFiles.read("/seed/seed-1.yaml"));
        Run r = run("simulate", "--to", "svc/kubia", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("mapping values are not allowed in this context"), r.out());
    }

    @Test
    void resolveAnswersLikeClusterDns() {
        Run r = run("resolve", "--json", "kubia", app.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)\\{\"query\":\"kubia\",\"type\":\"A\",\"answers\":\\[\\{\"name\":\"kubia\\.default\\.svc\\.cluster\\.local\\.\",\"type\":\"A\",\"value\":\"10\\.96\\.[0-9.]+\"}],\"rcode\":\"NOERROR\"}\\s*"), r.out());
        Run nx = run("resolve", "--json", "--namespace", "prod", "kubia", app.toString());
        assertTrue(nx.out().contains("\"rcode\":\"NXDOMAIN\""), nx.out());
        assertEquals(0, nx.code(), "NXDOMAIN is a result, not a failure");
        Run srv = run("resolve", "--json", "--type", "SRV", "_https._tcp.kubernetes.default.svc.cluster.local", app.toString());
        assertTrue(srv.out().contains("\"value\":\"0 100 443 kubernetes.default.svc.cluster.local.\""), srv.out());
    }

    @Test
    void envShowsTheVariablesOfServicesThatExistedAtStart() {
        Run r = run("env", "--json", "pod/client", app.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"pod\":\"client\","), r.out());
        assertTrue(r.out().contains("\"KUBIA_NODEPORT_SERVICE_PORT\":\"80\""), r.out());
        assertTrue(r.out().contains("\"KUBERNETES_SERVICE_HOST\":\"10.96.0.1\""), r.out());
        assertEquals(1, run("env", "pod/nobody", app.toString()).code());
    }

    @Test
    void routeNamesTheBackend() throws IOException {
        Path ing = Files.writeString(dir.resolve("ing.yaml"), TestFiles.read("/seed/seed-7-fixed.yaml"));
        Run r = run("route", "--json", "--host", "kubia.example.com", "--path", "/any", ing.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"host\":\"kubia.example.com\",\"path\":\"/any\",\"ingress\":\"kubia\",\"namespace\":\"default\",\"rule\":0,"
                + "\"pathIndex\":0,\"matchedPath\":\"/\",\"pathType\":\"Prefix\",\"backend\":{\"service\":\"kubia-nodeport\",\"port\":80}}",
                r.out().strip());
        Run miss = run("route", "--json", "--host", "nope.example.com", "--path", "/", ing.toString());
        assertEquals("{\"host\":\"nope.example.com\",\"path\":\"/\",\"result\":\"HTTP_404\"}", miss.out().strip());
    }

    @Test
    void routeFollowsAGatewaysHttpRoutes() throws IOException {
        // docs/CLI.md's Gateway API contract: the listener, the HTTPRoute, its rule and match, every backendRef with its weight
        String scene = servicelab.sim.GatewayRoutingTest.BASE + "---\n" + servicelab.sim.GatewayRoutingTest.route("store",
                "  - matches:\n    - path:\n        type: PathPrefix\n        value: /store\n      headers:\n      - name: env\n        value: canary\n"
                + "    backendRefs:\n    - name: infra-backend-v2\n      port: 8080\n"
                + "  - matches:\n    - path:\n        type: PathPrefix\n        value: /store\n"
                + "    backendRefs:\n    - name: infra-backend-v1\n      port: 8080\n      weight: 90\n    - name: infra-backend-v3\n      port: 8080\n      weight: 10\n");
        Path file = Files.writeString(dir.resolve("gw.yaml"), scene);
        Run r = run("route", "--json", "--host", "example.com", "--path", "/store/items", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"host\":\"example.com\",\"path\":\"/store/items\",\"gateway\":\"gateway-conformance-infra/same-namespace\","
                + "\"listener\":\"http\",\"httproute\":\"gateway-conformance-infra/store\",\"rule\":1,\"match\":0,\"backends\":["
                + "{\"service\":\"gateway-conformance-infra/infra-backend-v1\",\"port\":8080,\"weight\":90},"
                + "{\"service\":\"gateway-conformance-infra/infra-backend-v3\",\"port\":8080,\"weight\":10}],\"filters\":[],\"result\":\"ROUTED\","
                + "\"routeStatus\":{\"gateway-conformance-infra/store\":{\"parents\":[{\"parentRef\":{\"group\":\"gateway.networking.k8s.io\","
                + "\"kind\":\"Gateway\",\"namespace\":\"gateway-conformance-infra\",\"name\":\"same-namespace\"},"
                + "\"controllerName\":\"gateway.servicelab.dev/controller\",\"conditions\":["
                + "{\"type\":\"Accepted\",\"status\":\"True\",\"reason\":\"Accepted\",\"message\":\"Route accepted\",\"observedGeneration\":1},"
                + "{\"type\":\"ResolvedRefs\",\"status\":\"True\",\"reason\":\"ResolvedRefs\",\"message\":\"All references resolved\","
                + "\"observedGeneration\":1}]}]}},\"gatewayStatus\":{\"addresses\":[{\"type\":\"IPAddress\",\"value\":\"198.51.100.10\"}],",
                r.out().strip().substring(0, r.out().strip().indexOf("\"conditions\":[{\"type\":\"Accepted\",\"status\":\"True\",\"reason\":\"Accepted\",\"message\":\"Gateway")));
        assertTrue(r.out().contains("\"listeners\":[{\"name\":\"http\",\"supportedKinds\":[{\"group\":\"gateway.networking.k8s.io\","
                + "\"kind\":\"HTTPRoute\"},{\"group\":\"gateway.networking.k8s.io\",\"kind\":\"GRPCRoute\"}],\"attachedRoutes\":1,"), r.out());
        Run canary = run("route", "--json", "--header", "env=canary", "--host", "example.com", "--path", "/store", file.toString());
        assertTrue(canary.out().contains("\"rule\":0"), canary.out());
        Run none = run("route", "--json", "--host", "example.com", "--path", "/other", file.toString());
        assertTrue(none.out().contains("\"result\":\"HTTP_404\","), none.out());
        assertEquals(2, run("route", "--gateway", "nope", "--host", "example.com", file.toString()).code());
        Path orphan = Files.writeString(dir.resolve("orphan.yaml"), scene.replace("gatewayClassName: servicelab", "gatewayClassName: nobody"));
        Run unowned = run("route", "--host", "example.com", "--path", "/", orphan.toString());
        assertEquals(1, unowned.code(), "a Gateway no controller here owns has no address and routes nothing");
        assertTrue(unowned.err().contains("gateway-conformance-infra/same-namespace"), unowned.err());
    }

    @Test
    void simulateSendsTheMethodHeadersAndQueryAnHttpRouteMatchesOn() throws IOException {
        // HTTPRouteHeaderMatching, HTTPRouteMethodMatching, HTTPRouteQueryParamMatching: a rule for b matches any of the
        // three, the catch-all rule sends the rest to a
        Path file = Files.writeString(dir.resolve("match.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: a}}
                  template:
                    metadata: {labels: {app: a}}
                    spec:
                      containers: [{name: a, image: luksa/kubia, ports: [{containerPort: 8080}]}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: b}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: b}}
                  template:
                    metadata: {labels: {app: b}}
                    spec:
                      containers: [{name: b, image: luksa/kubia, ports: [{containerPort: 8080}]}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: a}
                spec: {selector: {app: a}, ports: [{port: 80, targetPort: 8080}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: b}
                spec: {selector: {app: b}, ports: [{port: 80, targetPort: 8080}]}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata: {name: web}
                spec:
                  gatewayClassName: servicelab
                  listeners: [{name: http, port: 80, protocol: HTTP}]
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: r}
                spec:
                  parentRefs: [{name: web}]
                  rules:
                  - matches: [{headers: [{name: env, value: canary}]}, {method: POST}, {queryParams: [{name: v, value: "2"}]}]
                    backendRefs: [{name: b, port: 80}]
                  - backendRefs: [{name: a, port: 80}]                """);
        java.util.function.Function<List<String>, String> pod = extra -> {
            List<String> args = new java.util.ArrayList<>(List.of("simulate", "--json", "--from", "laptop", "--to", "gateway/default/web"));
            args.addAll(extra);
            args.add(file.toString());
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            return r.out().contains("\"byPod\":{\"b-") ? "b" : r.out().contains("\"byPod\":{\"a-") ? "a" : r.out();
        };
        assertEquals("a", pod.apply(List.of()));
        assertEquals("b", pod.apply(List.of("--header", "env=canary")));
        assertEquals("b", pod.apply(List.of("--method", "POST")));
        assertEquals("b", pod.apply(List.of("--query", "v=2")));
        assertEquals("a", pod.apply(List.of("--header", "env=stable", "--method", "GET", "--query", "v=1")));
        assertEquals(2, run("simulate", "--from", "laptop", "--to", "gateway/default/web", "--header", "novalue", file.toString()).code());
    }

    @Test
    void kubectlRunsOneConsoleCommandAgainstTheFiles() {
        Run r = run("kubectl", "-f", app.toString(), "--", "get", "svc", "kubia", "-o", "name");
        assertEquals(0, r.code(), r.err());
        assertEquals("service/kubia\n", r.out());
        Run missing = run("kubectl", "-f", app.toString(), "--", "get", "svc", "nope");
        assertEquals(1, missing.code());
        assertEquals("Error from server (NotFound): services \"nope\" not found\n", missing.err());
        Run dry = run("kubectl", "--", "create", "service", "clusterip", "kubia", "--tcp=80:8080", "--dry-run=client", "-o", "name");
        assertEquals("service/kubia\n", dry.out());
        assertEquals(2, run("kubectl", "-f", app.toString()).code(), "no command after --");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            100y     | time: unknown unit "y" in duration "100y"
            2d       | time: unknown unit "d" in duration "2d"
            5        | time: missing unit in duration "5"
            abc      | time: invalid duration "abc"
            9999999999h | time: invalid duration "9999999999h"
            """)
    void durationsAreGoDurationsAndABadOneIsAUsageError(String value, String goMessage) {
        Run r = run("simulate", "--advance", value, app.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains(goMessage), r.err());
    }

    @Test
    void goDurationsWithFractionsAndSequencesAdvanceTheClock() throws Exception {
        Run r = run("simulate", "--json", "--requests", "1", "--to", "nodeport/kubia-nodeport", "--advance", "1m30.5s", app.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(90_500, ClusterArgs.duration("--advance", "1m30.5s", null));
    }

    @Test
    void aNegativeIntervalIsRefusedInsteadOfRunningTheClockBackwards() {
        Run r = run("simulate", "--interval", "-1s", app.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("-1s"), r.err());
    }

    @Test
    void aSeedThatIsNoNumberIsAUsageErrorEverywhere() {
        assertEquals(2, run("simulate", "--seed=abc", app.toString()).code());
        Run k = run("kubectl", "--seed=abc", "-f", app.toString(), "--", "get", "pods");
        assertEquals(2, k.code());
        assertTrue(k.err().contains("abc"), k.err());
        assertEquals(0, run("kubectl", "--seed=0x10", "-f", app.toString(), "--", "get", "pods").code(), "Go's base 0");
    }

    @Test
    void devicesDirectoriesAndFifosAreReadWithBounds() throws Exception {
        Run zero = run("check", "/dev/zero");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("4"), zero.err());
        Run d = run("check", dir.toString());
        assertEquals(2, d.code());
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() == 0) {
            long t0 = System.nanoTime();
            Run f = run("check", fifo.toString());
            assertEquals(2, f.code(), f.err());
            assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "a FIFO without a writer does not hang the command");
        }
    }
}
