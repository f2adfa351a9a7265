package servicelab.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import servicelab.check.ManifestChecker;
import servicelab.realcluster.ClusterException;
import servicelab.realcluster.KubeContext;
import servicelab.realcluster.RealCluster;
import servicelab.realcluster.RealEvent;
import servicelab.realcluster.RealWatch;
import servicelab.realcluster.SceneApply;

/**
 * The bridge against fabric8's mock API server: CRUD mode for namespaces, lists, informers and a
 * dropped watch; expectations for server-side apply (the mock cannot run it), checked by the shape
 * of the request the bridge sends.
 */
class Fabric8ClusterTest {
    static final KubeContext CTX = new KubeContext("kind-lab", "kind-lab", "https://127.0.0.1:6443", null, true, true);
    static final String NS = "servicelab-kubia";

    KubernetesMockServer server;
    KubernetesClient client;
    RealCluster cluster;

    @BeforeEach
    void start() {
        server = crudServer();
        server.init();
        client = server.createClient(new JdkHttpClientFactory());
        cluster = new Fabric8Cluster(client, CTX);
    }

    @AfterEach
    void stop() {
        cluster.close(); // and its client
        try {
            server.destroy();
        } catch (IllegalStateException e) {
            // the mock's own shutdown timed out (seen once, on a loaded 2-core machine, after the dropped-watch
            // test): its port is freed with the JVM; no test here is about the mock's shutdown
        }
    }

    static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              ports:
              - port: 80
                targetPort: 8080
              selector:
                app: kubia
            """;

    private List<RealCluster.ServerAnswer> applyExpecting(String text, boolean dryRun, int status, String body) throws Exception {
        String query = "fieldValidation=Strict&fieldManager=servicelab" + (dryRun ? "&dryRun=All" : "") + "&force=true";
        server.expect().patch().withPath("/api/v1/namespaces/" + NS + "/services/kubia?" + query)
                .andReturn(status, body).once();
        var report = new ManifestChecker().check(text);
        var plan = SceneApply.plan(report, NS);
        return cluster.apply(NS, "kubia", plan.send(), dryRun);
    }

    @Test
    void serverSideApplySendsTheLearnersFieldsAsAnApplyPatchIntoTheScenesNamespace() throws Exception {
        var answers = applyExpecting(SERVICE, false, 200, "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"kubia\"}}");
        assertEquals(1, answers.size());
        assertTrue(answers.get(0).accepted(), answers.toString());
        var ns = client.namespaces().withName(NS).get();
        assertNotNull(ns, "the scene's namespace is created first");
        assertEquals("servicelab", ns.getMetadata().getLabels().get(RealCluster.MANAGED_BY));
        assertEquals("kubia", ns.getMetadata().getLabels().get(RealCluster.SCENE_LABEL));
        var patch = lastPatch();
        assertEquals("application/apply-patch+yaml", patch.getHeader("Content-Type"));
        String body = patch.getUtf8Body();
        assertTrue(body.contains("\"namespace\":\"" + NS + "\""), body);
        assertTrue(body.contains("\"targetPort\":8080") && body.contains("\"app\":\"kubia\""), body);
    }

    @Test
    void aDryRunAsksTheServerWithDryRunAll() throws Exception {
        var answers = applyExpecting(SERVICE, true, 200, "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"kubia\"}}");
        assertTrue(answers.get(0).accepted());
        String path = lastPatch().getPath();
        assertTrue(path.contains("dryRun=All"), path);
    }

    @Test
    void aRefusalKeepsTheServersMessageAndItsFieldPaths() throws Exception {
        String status = """
                {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
                 "message":"Service \\"kubia\\" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive",
                 "details":{"name":"kubia","kind":"Service","causes":[{"reason":"FieldValueInvalid",
                 "message":"Invalid value: 0: must be between 1 and 65535, inclusive","field":"spec.ports[0].port"}]}}""";
        var answers = applyExpecting(SERVICE.replace("port: 80", "port: 0"), true, 422, status);
        var a = answers.get(0);
        assertFalse(a.accepted());
        assertEquals(422, a.code());
        assertEquals("Invalid", a.reason());
        assertEquals("spec.ports[0].port", a.causes().get(0).get("field"));
        var rows = SceneApply.compare(new ManifestChecker().check(SERVICE.replace("port: 80", "port: 0")), answers);
        assertEquals(SceneApply.Verdict.BOTH_REFUSE, rows.get(0).verdict(), "the app's check refuses port 0 too");
    }

    @Test
    void anApiVersionTheServerDoesNotServeReadsAsKubectlSaysIt() throws Exception {
        String ingress = """
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata:
                  name: kubia
                spec:
                  rules:
                  - host: kubia.example.com
                """;
        server.expect().patch().withPath("/apis/extensions/v1beta1/namespaces/" + NS
                + "/ingresses/kubia?fieldValidation=Strict&fieldManager=servicelab&dryRun=All&force=true")
                .andReturn(404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404,"
                        + "\"message\":\"the server could not find the requested resource\",\"details\":{}}").once();
        var plan = SceneApply.plan(new ManifestChecker().check(ingress), NS);
        var a = cluster.apply(NS, "kubia", plan.send(), true).get(0);
        assertFalse(a.accepted());
        assertEquals("no matches for kind \"Ingress\" in version \"extensions/v1beta1\"", a.message());
        assertTrue(lastPatch().getPath().startsWith("/apis/extensions/v1beta1/namespaces/" + NS + "/ingresses/kubia?"),
                "sent to the group/version the document names");
    }

    @Test
    void aNamespaceThatIsNotTheAppsIsNeitherUsedNorDeleted() throws Exception {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
        var plan = SceneApply.plan(new ManifestChecker().check(SERVICE), NS);
        var e = assertThrows(ClusterException.class, () -> cluster.apply(NS, "kubia", plan.send(), false));
        assertEquals(ClusterException.Reason.REFUSED, e.reason());
        assertThrows(ClusterException.class, () -> cluster.deleteNamespace(NS));
        assertNotNull(client.namespaces().withName(NS).get(), "still there");
    }

    @Test
    void deletingTheScenesNamespaceLeavesEveryOtherNamespaceAlone() throws Exception {
        applyExpecting(SERVICE, false, 200, "{}");
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("default").endMetadata().build()).create();
        client.pods().inNamespace("default").resource(pod("keep-me", true)).create();
        cluster.deleteNamespace(NS);
        assertNull(client.namespaces().withName(NS).get());
        assertNotNull(client.namespaces().withName("default").get());
        assertNotNull(client.pods().inNamespace("default").withName("keep-me").get());
    }

    @Test
    void theConsoleReadsAnyTypeInOneNamespaceOrAllAndPrintsItAsKubectlDoes() throws Exception {
        client.pods().inNamespace(NS).resource(pod("kubia-a", true)).create();
        client.pods().inNamespace("other").resource(pod("kubia-b", false)).create();
        client.nodes().resource(new io.fabric8.kubernetes.api.model.NodeBuilder().withNewMetadata().withName("kind-control-plane")
                .addToLabels("node-role.kubernetes.io/control-plane", "").endMetadata().withNewStatus().addNewCondition()
                .withType("Ready").withStatus("True").endCondition().withNewNodeInfo().withKubeletVersion("v1.34.0").endNodeInfo()
                .endStatus().build()).create();
        var pods = new RealCluster.ApiType("", "v1", "Pod", "pods", true);
        assertEquals(List.of("kubia-a"), cluster.list(pods, NS).stream().map(o -> name(o)).toList());
        assertEquals(List.of("kubia-a", "kubia-b"), cluster.list(pods, null).stream().map(o -> name(o)).sorted().toList());
        assertEquals("Pod", cluster.list(pods, NS).get(0).get("kind"), "a list's items carry their type, as kubectl prints them");

        var kubectl = servicelab.realcluster.RealConsole.kubectl(cluster, NS);
        var get = kubectl.run("get pods -o wide");
        assertEquals(0, get.exitCode(), get.output());
        assertTrue(get.output().startsWith("NAME      READY   STATUS    RESTARTS   AGE"), get.output());
        assertTrue(get.output().contains("kubia-a   0/1     Running   0"), get.output());
        var all = kubectl.run("get pods -A -o name");
        assertEquals("pod/kubia-b\npod/kubia-a\n", all.output(), "namespace by namespace (other, then the scene's)");
        var nodes = kubectl.run("get nodes");
        assertTrue(nodes.output().matches("(?s)NAME\\s+STATUS\\s+ROLES\\s+AGE\\s+VERSION\n"
                + "kind-control-plane\\s+Ready\\s+control-plane\\s+\\S+\\s+v1\\.34\\.0\n"), nodes.output());
        var describe = kubectl.run("describe pod kubia-a");
        assertTrue(describe.output().startsWith("Name:         kubia-a\nNamespace:    " + NS + "\n"), describe.output());
        assertTrue(describe.output().matches("(?s).*\nEvents:\\s+<none>\n"), describe.output());
        var missing = kubectl.run("get pod nosuch");
        assertEquals("Error from server (NotFound): pods \"nosuch\" not found\n", missing.output());
    }

    @SuppressWarnings("unchecked")
    private static String name(java.util.Map<String, Object> o) {
        return String.valueOf(((java.util.Map<String, Object>) o.get("metadata")).get("name"));
    }

    @Test
    void aTypeTheServerDoesNotServeIsKubectlsUnknownTypeAndAFailureIsItsError() throws Exception {
        server.expect().get().withPath("/apis/gateway.networking.k8s.io/v1/namespaces/" + NS + "/gateways")
                .andReturn(404, "404 page not found").once();
        server.expect().get().withPath("/api/v1/namespaces/" + NS + "/services")
                .andReturn(403, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"services is "
                        + "forbidden: User \\\"student\\\" cannot list resource \\\"services\\\" in API group \\\"\\\" in the namespace "
                        + "\\\"" + NS + "\\\"\",\"reason\":\"Forbidden\",\"code\":403}").once();
        var kubectl = servicelab.realcluster.RealConsole.kubectl(cluster, NS);
        var gw = kubectl.run("get gateways");
        assertEquals("error: the server doesn't have a resource type \"gateways\"\n", gw.output());
        assertEquals(1, gw.exitCode());
        var svc = kubectl.run("get svc");
        assertEquals("Error from server (Forbidden): services is forbidden: User \"student\" cannot list resource \"services\" in API "
                + "group \"\" in the namespace \"" + NS + "\"\n", svc.output());
    }

    @Test
    void listReturnsPlainObjectsWithTheirReadings() throws Exception {
        client.pods().inNamespace(NS).resource(pod("kubia-a", true)).create();
        client.pods().inNamespace(NS).resource(pod("kubia-b", false)).create();
        var pods = cluster.list("Pod", NS);
        assertEquals(2, pods.size());
        assertEquals(1, pods.stream().filter(p -> p.podReady()).count());
        assertEquals("kind-worker", pods.get(0).nodeName());
    }

    @Test
    void theWatchDeliversAddsChangesAndDeletesOfPodsServicesAndSlices() throws Exception {
        var q = new LinkedBlockingQueue<RealEvent>();
        try (RealWatch w = cluster.watch(NS, q::add)) {
            await(q, e -> e.type() == RealEvent.Type.LIVE);
            assertTrue(w.live());
            client.pods().inNamespace(NS).resource(pod("kubia-a", false)).create();
            var added = await(q, e -> e.type() == RealEvent.Type.ADDED && "kubia-a".equals(e.object().name()));
            assertFalse(added.object().podReady());
            client.pods().inNamespace(NS).resource(pod("kubia-a", true)).update();
            await(q, e -> e.type() == RealEvent.Type.MODIFIED && e.object().podReady());
            client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName("kubia").endMetadata()
                    .withNewSpec().withType("NodePort").endSpec().build()).create();
            var svc = await(q, e -> e.object() != null && "Service".equals(e.object().kind()));
            assertEquals("NodePort", svc.object().serviceType());
            client.discovery().v1().endpointSlices().inNamespace(NS).resource(new EndpointSliceBuilder().withNewMetadata()
                    .withName("kubia-x1").addToLabels("kubernetes.io/service-name", "kubia").endMetadata()
                    .withAddressType("IPv4").addNewEndpoint().withAddresses("10.244.1.5").withNewConditions().withReady(false)
                    .withServing(true).withTerminating(false).endConditions().endEndpoint().build()).create();
            var slice = await(q, e -> e.object() != null && "EndpointSlice".equals(e.object().kind()));
            assertEquals("kubia", slice.object().sliceService());
            assertFalse(slice.object().sliceEndpoints().get(0).ready());
            client.pods().inNamespace(NS).withName("kubia-a").delete();
            await(q, e -> e.type() == RealEvent.Type.DELETED && "kubia-a".equals(e.object().name()));
        }
    }

    @Test
    void aDroppedConnectionShowsAsStaleAndTheWatchComesBackWithTheNewState() throws Exception {
        var q = new LinkedBlockingQueue<RealEvent>();
        int port = server.getPort();
        try (RealWatch w = cluster.watch(NS, q::add)) {
            await(q, e -> e.type() == RealEvent.Type.LIVE);
            server.destroy();
            await(q, e -> e.type() == RealEvent.Type.STALE);
            assertFalse(w.live());
            server = crudServer();
            server.init(java.net.InetAddress.getByName(new java.net.URI(client.getMasterUrl().toString()).getHost()), port);
            try (KubernetesClient other = server.createClient(new JdkHttpClientFactory())) {
                other.pods().inNamespace(NS).resource(pod("after-the-drop", true)).create();
            }
            await(q, e -> e.type() == RealEvent.Type.ADDED && "after-the-drop".equals(e.object().name()));
            await(q, e -> e.type() == RealEvent.Type.LIVE);
            assertTrue(w.live());
        }
    }

    /**
     * The mock in CRUD mode (it stores what is created and serves lists and watches of it) with
     * expectations answered first, as fabric8's own crud = true extension sets it up.
     */
    static KubernetesMockServer crudServer() {
        var responses = new java.util.HashMap<io.fabric8.mockwebserver.ServerRequest,
                java.util.Queue<io.fabric8.mockwebserver.ServerResponse>>();
        return new KubernetesMockServer(new io.fabric8.mockwebserver.Context(), new io.fabric8.mockwebserver.MockWebServer(),
                responses, new io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher(responses), true);
    }

    static io.fabric8.kubernetes.api.model.Pod pod(String name, boolean ready) {
        return new PodBuilder().withNewMetadata().withName(name).addToLabels("app", "kubia").endMetadata()
                .withNewSpec().withNodeName("kind-worker").addNewContainer().withName("kubia").withImage("luksa/kubia")
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").withPodIP("10.244.1.5").addNewCondition().withType("Ready")
                .withStatus(ready ? "True" : "False").endCondition().endStatus().build();
    }

    private io.fabric8.mockwebserver.http.RecordedRequest lastPatch() throws InterruptedException {
        io.fabric8.mockwebserver.http.RecordedRequest last = null;
        for (var r = server.takeRequest(1, TimeUnit.SECONDS); r != null; r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
            if (r.getMethod().equals("PATCH")) {
                last = r;
            }
        }
        assertNotNull(last, "a PATCH was sent");
        return last;
    }

    static RealEvent await(LinkedBlockingQueue<RealEvent> q, Predicate<RealEvent> p) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            RealEvent e = q.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && p.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no such event within 30 s");
    }
}
