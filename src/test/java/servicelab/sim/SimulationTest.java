package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;

/** The simulated cluster against Kubernetes' behaviour: exact, with fixed seeds. */
class SimulationTest {

    static final String DEPLOY = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: %d
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - name: http
                      containerPort: 8080
                    readinessProbe:
                      httpGet:
                        path: /ready
                        port: http
                      periodSeconds: 5
                      failureThreshold: 3
            """;

    static String svc(String name, String type, String extra) {
        return """
                apiVersion: v1
                kind: Service
                metadata:
                  name: %s
                spec:
                  type: %s
                %s  ports:
                  - port: 80
                    targetPort: http
                  selector:
                    app: kubia
                """.formatted(name, type, extra);
    }

    static final String CLIENT = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: client
              labels:
                app: client
            spec:
              containers:
              - name: shell
                image: busybox
            """;

    static Simulation sim(long seed, String... docs) {
        return sim(World.defaults(), seed, docs);
    }

    static Simulation sim(World world, long seed, String... docs) {
        CheckReport r = new ManifestChecker().check(String.join("---\n", docs));
        assertTrue(r.valid(), () -> r.errors().toString());
        Simulation s = new Simulation(world, seed);
        apply(s, r);
        s.settle();
        return s;
    }

    static void apply(Simulation s, CheckReport r) {
        try {
            s.apply(r.objects());
        } catch (Simulation.TooBig e) {
            throw new AssertionError(e);
        }
    }

    static List<SimPod> kubiaPods(Simulation s) {
        return s.userPods().stream().filter(p -> "kubia".equals(p.labels().get("app"))).toList();
    }

    static Router.Client client(Simulation s) {
        return s.router().client("pod/client");
    }

    // ------------------------------------------------------------------ control plane

    @Test
    void externalClientsKeepTheirOrderSoTheDiagramDoesNotShuffleBetweenRuns() {
        assertEquals(List.of("laptop", "browser"), List.copyOf(World.defaults().externalClients().keySet()));
    }

    @Test
    void aDeploymentKeepsItsReplicasSpreadOverTheNodesWithIpsFromEachNodesCidr() {
        Simulation s = sim(42, DEPLOY.formatted(3));
        List<SimPod> pods = kubiaPods(s);
        assertEquals(3, pods.size());
        assertEquals(Set.of("node-1", "node-2", "node-3"), pods.stream().map(SimPod::node).collect(Collectors.toSet()));
        for (SimPod p : pods) {
            assertTrue(p.name().matches("kubia-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}"), p.name());
            NodeInfo n = s.world().node(p.node());
            assertTrue(Ipv4.inCidr(Ipv4.parse(p.ip()), n.podCidr()), p.ip() + " in " + n.podCidr());
            assertTrue(p.ready());
            assertEquals(p.labels().get("pod-template-hash"), p.name().split("-")[1]);
        }
    }

    @Test
    void sameInputsAndSeedGiveTheSameCluster() {
        Simulation a = sim(7, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        Simulation b = sim(7, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        assertEquals(a.pods(), b.pods());
        for (int i = 0; i < 20; i++) {
            assertEquals(a.router().send(client(a), "http://kubia/"), b.router().send(client(b), "http://kubia/"));
        }
        Simulation c = sim(8, DEPLOY.formatted(3));
        assertNotEquals(kubiaPods(a).stream().map(SimPod::name).toList(), kubiaPods(c).stream().map(SimPod::name).toList());
    }

    @Test
    void deletingAPodBringsAReplacementWithNewNameUidAndIp() {
        Simulation s = sim(42, DEPLOY.formatted(3));
        SimPod victim = kubiaPods(s).get(0);
        s.deletePod(s.findPod(victim.name()));
        s.advance(2000);
        List<SimPod> after = kubiaPods(s);
        assertEquals(3, after.size());
        assertTrue(after.stream().noneMatch(p -> p.name().equals(victim.name())));
        SimPod fresh = after.stream().filter(p -> p.startedAtMillis() > victim.startedAtMillis()).findFirst().orElseThrow();
        assertNotEquals(victim.uid(), fresh.uid());
        Set<String> oldIps = Set.of(victim.ip());
        assertFalse(oldIps.contains(fresh.ip()), "a freed address is not reused at once");
    }

    @Test
    void aLivenessRestartKeepsThePodsIpAndUid() {
        String live = DEPLOY.formatted(1).replace("readinessProbe:", "livenessProbe:").replace("path: /ready", "path: /healthz");
        Simulation s = sim(42, live);
        SimPod before = kubiaPods(s).get(0);
        s.findPod(before.name()).behaviour("kubia").httpStatus().put("/healthz", 500);
        s.advance(60_000);
        SimPod after = kubiaPods(s).get(0);
        assertEquals(before.name(), after.name());
        assertEquals(before.uid(), after.uid());
        assertEquals(before.ip(), after.ip());
        assertTrue(after.restartCount() >= 1, "restarts: " + after.restartCount());
    }

    @Test
    void aTemplateChangeRollsTheDeploymentsPodsWithoutLeavingOrphans() throws Exception {
        ManifestChecker checker = new ManifestChecker();
        Simulation s = sim(42, DEPLOY.formatted(3));
        List<String> before = kubiaPods(s).stream().map(SimPod::name).toList();
        String hash = kubiaPods(s).get(0).labels().get("pod-template-hash");
        s.apply(checker.check(DEPLOY.formatted(3).replace("periodSeconds: 5", "periodSeconds: 6")).objects());
        s.advance(2000);
        List<SimPod> after = kubiaPods(s);
        assertEquals(3, after.size());
        assertTrue(after.stream().noneMatch(p -> before.contains(p.name())));
        assertTrue(after.stream().allMatch(p -> !hash.equals(p.labels().get("pod-template-hash"))));
        assertTrue(s.userPods().stream().allMatch(p -> p.owner() != null), "no orphaned old pods");
    }

    @Test
    void podsBeyondTheNodesMaxPodsStayPendingUntilThereIsRoom() {
        Simulation s = sim(42, DEPLOY.formatted(400), svc("kubia", "ClusterIP", ""));
        List<SimPod> pods = kubiaPods(s);
        assertEquals(400, pods.size(), "the ReplicaSet creates every pod; the scheduler places what fits");
        // 110 pods a node (the kubelet's default maxPods); node-1 also runs the ingress controller
        assertEquals(3 * 110 - 1, pods.stream().filter(SimPod::running).count());
        List<SimPod> pending = pods.stream().filter(p -> !p.running()).toList();
        assertEquals(71, pending.size());
        assertTrue(pending.stream().allMatch(p -> p.node() == null && p.ip() == null && p.status().equals("Pending")));
        assertTrue(s.events().recent().stream().anyMatch(e -> e.key().equals("ev.pod.unschedulable")));
        assertEquals(3 * 110 - 1, s.endpoints("default", "kubia").size(), "only pods with an address are endpoints");
        // a deleted pod gives its place to the oldest waiting one
        SimPod first = pending.get(0);
        s.deletePod(s.findPod(pods.stream().filter(SimPod::running).findFirst().orElseThrow().name()));
        s.advance(2000);
        assertTrue(s.findPod(first.name()).running(), "the oldest Pending pod was scheduled");
    }

    @Test
    void runningOutOfPodIpsLeavesPodsInContainerCreating() {
        // a /26 gives a node 62 pod addresses, fewer than maxPods
        World small = new World(List.of(new NodeInfo("node-1", "192.168.0.11", "10.244.1.0/26")), "10.96.0.0/12",
                "cluster.local", "10.96.0.10", true, "198.51.100.10", 2000, false, "nginx", "k8s.io/ingress-nginx",
                "198.51.100.2", true, true, Map.of("laptop", "203.0.113.50"), Map.of(), World.ProxyMode.IPTABLES, 30000, 32767);
        Simulation s = sim(small, 42, DEPLOY.formatted(70));
        List<SimPod> pods = kubiaPods(s);
        assertEquals(61, pods.stream().filter(SimPod::running).count(), ".2 to .62 of 10.244.1.0/26 (.1 the bridge, .63 broadcast)");
        List<SimPod> waiting = pods.stream().filter(p -> !p.running()).toList();
        assertEquals(9, waiting.size());
        assertTrue(waiting.stream().allMatch(p -> "node-1".equals(p.node()) && p.ip() == null && p.status().equals("ContainerCreating")));
        assertTrue(s.events().recent().stream().anyMatch(e -> e.key().equals("ev.pod.noIp")));
    }

    @Test
    void aClusterThatCannotRunEverythingStillAdvancesWithABoundedQueue() {
        // the case that froze the app: more pods than fit, then another workload
        Simulation s = sim(42, DEPLOY.formatted(800), DEPLOY.formatted(2).replace("name: kubia", "name: other")
                .replace("app: kubia", "app: other"));
        int tasks = s.pendingTasks();
        assertTrue(s.advance(60_000));
        assertTrue(s.pendingTasks() <= tasks + 10, "no queue that grows by itself: " + tasks + " → " + s.pendingTasks());
        assertTrue(s.advance(3_600_000), "an hour of virtual time");
    }

    @Test
    void moreReplicasThanTheSimulationKeepsIsRefusedBeforeAnythingChanges() throws Exception {
        Simulation s = sim(42, DEPLOY.formatted(3));
        CheckReport huge = new ManifestChecker().check(DEPLOY.formatted(100_000));
        Simulation.TooBig e = org.junit.jupiter.api.Assertions.assertThrows(Simulation.TooBig.class, () -> s.apply(huge.objects()));
        assertEquals(100_000, e.pods());
        assertEquals(3, kubiaPods(s).size(), "the last cluster stays as it was");
    }

    @Test
    void relabellingAPodOutOfTheSelectorReleasesItAndAReplacementAppears() {
        Simulation s = sim(42, DEPLOY.formatted(2));
        SimPod p = kubiaPods(s).get(0);
        Map<String, String> labels = new HashMap<>(p.labels());
        labels.put("app", "debug");
        s.setLabels(s.findPod(p.name()), labels);
        assertEquals(2, kubiaPods(s).size());
        SimPod released = s.userPods().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow();
        assertNull(released.owner());
        assertEquals(3, s.userPods().size());
    }

    @Test
    void standalonePodsRunWithoutAController() {
        Simulation s = sim(42, CLIENT);
        assertEquals(List.of("client"), s.userPods().stream().map(SimPod::name).toList());
        assertTrue(s.userPods().get(0).ready(), "no readiness probe: Ready as soon as it runs");
    }

    // ------------------------------------------------------------------ probes and endpoints

    @Test
    void readinessFailureRemovesTheEndpointAfterFailureThresholdPeriods() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "ClusterIP", ""));
        SimPod p = kubiaPods(s).get(0);
        assertEquals(1, s.endpoints("default", "kubia").stream().filter(Endpoint::ready).count());
        // probes tick at start + k·5 s; settle() left the clock between ticks
        long start = p.startedAtMillis();
        long nextTick = start + ((s.now() - start) / 5000 + 1) * 5000;
        s.setReadinessFailing(s.findPod(p.name()), true);
        s.advance(nextTick + 5000 - s.now()); // two failed probes: at nextTick and 5 s later
        assertTrue(s.endpoints("default", "kubia").get(0).ready(), "still ready after 2 of 3 failures");
        s.advance(5000); // the third
        assertFalse(s.endpoints("default", "kubia").get(0).ready());
        assertFalse(s.endpoints("default", "kubia").get(0).serving());
        s.setReadinessFailing(s.findPod(p.name()), false);
        s.advance(5000);
        assertTrue(s.endpoints("default", "kubia").get(0).ready(), "one success (successThreshold 1) brings it back");
    }

    @Test
    void noPodIsReadyBeforeTheInitialDelay() throws Exception {
        String delayed = DEPLOY.formatted(1).replace("periodSeconds: 5", "periodSeconds: 5\n          initialDelaySeconds: 12");
        CheckReport r = new ManifestChecker().check(delayed);
        assertTrue(r.valid(), () -> r.errors().toString());
        Simulation s = new Simulation(World.defaults(), 42);
        s.apply(r.objects());
        s.advance(10_000);
        assertFalse(kubiaPods(s).get(0).ready(), "at 10 s: skipped ticks at 0, 5, 10");
        s.advance(5_000);
        assertTrue(kubiaPods(s).get(0).ready(), "first real probe at the 15 s tick");
    }

    @Test
    void theSeedsExecProbeKeepsPodsUnreadyUntilTheFileExists() {
        String rc = """
                apiVersion: v1
                kind: ReplicationController
                metadata:
                  name: kubia
                spec:
                  replicas: 3
                  selector:
                    app: kubia
                  template:
                    metadata:
                      labels:
                        app: kubia
                    spec:
                      containers:
                      - name: kubia
                        image: luksa/kubia
                        ports:
                        - name: http
                          containerPort: 8080
                        readinessProbe:
                          exec:
                            command:
                            - ls
                            - /var/ready
                """;
        Simulation s = sim(42, rc, svc("kubia", "ClusterIP", ""), CLIENT);
        assertTrue(s.endpoints("default", "kubia").stream().noneMatch(Endpoint::ready));
        assertEquals(Outcome.REFUSED, s.router().send(client(s), "http://kubia/").outcome());
        SimPod one = kubiaPods(s).get(0);
        s.findPod(one.name()).behaviour("kubia").files().add("/var/ready"); // kubectl exec … touch /var/ready
        s.advance(10_000);
        assertEquals(List.of(one.name()), s.endpoints("default", "kubia").stream().filter(Endpoint::ready).map(Endpoint::pod).toList());
        Trace t = s.router().send(client(s), "http://kubia/");
        assertEquals(Outcome.DELIVERED, t.outcome());
        assertEquals(one.name(), t.pod());
    }

    @Test
    void aStartupProbeGatesReadinessUntilItPasses() throws Exception {
        String slow = DEPLOY.formatted(1).replace("readinessProbe:", "startupProbe:\n"
                + "          exec:\n            command: [\"cat\", \"/tmp/started\"]\n"
                + "          periodSeconds: 10\n          failureThreshold: 30\n        readinessProbe:");
        CheckReport r = new ManifestChecker().check(slow);
        assertTrue(r.valid(), () -> r.errors().toString());
        Simulation s = new Simulation(World.defaults(), 42);
        s.apply(r.objects());
        s.advance(60_000);
        SimPod p = kubiaPods(s).get(0);
        assertFalse(p.ready(), "readiness does not run before the startup probe succeeds");
        s.findPod(p.name()).behaviour("kubia").files().add("/tmp/started");
        s.advance(10_000); // next startup tick passes; readiness starts at once and passes
        assertTrue(kubiaPods(s).get(0).ready());
        assertEquals(0, kubiaPods(s).get(0).restartCount());
    }

    @Test
    void aProbeThatAnswersSlowerThanTimeoutSecondsFails() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "ClusterIP", ""));
        SimPod p = kubiaPods(s).get(0);
        s.findPod(p.name()).behaviour("kubia").setResponseDelayMillis(1500); // timeoutSeconds defaults to 1
        s.advance(20_000);
        assertFalse(kubiaPods(s).get(0).ready());
        s.findPod(p.name()).behaviour("kubia").setResponseDelayMillis(200);
        s.advance(5_000);
        assertTrue(kubiaPods(s).get(0).ready());
    }

    @Test
    void namedTargetPortsResolvePerPod() {
        String two = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: a
                  labels: {app: kubia}
                spec:
                  containers:
                  - name: c
                    image: luksa/kubia
                    ports:
                    - name: http
                      containerPort: 8080
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: b
                  labels: {app: kubia}
                spec:
                  containers:
                  - name: c
                    image: nginx
                    ports:
                    - name: http
                      containerPort: 80
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: c
                  labels: {app: kubia}
                spec:
                  containers:
                  - name: c
                    image: nginx
                """;
        Simulation s = sim(42, two, svc("kubia", "ClusterIP", ""));
        Map<String, Integer> ports = s.endpoints("default", "kubia").stream()
                .collect(Collectors.toMap(Endpoint::pod, e -> e.ports().get("")));
        assertEquals(Map.of("a", 8080, "b", 80), ports, "pod c has no port named http: no endpoint");
    }

    @Test
    void publishNotReadyAddressesKeepsUnreadyPodsInTheEndpoints() {
        Simulation s = sim(42, DEPLOY.formatted(2), svc("kubia", "ClusterIP", "  clusterIP: None\n  publishNotReadyAddresses: true\n"));
        for (SimPod p : kubiaPods(s)) {
            s.setReadinessFailing(s.findPod(p.name()), true);
        }
        s.advance(20_000);
        List<Endpoint> eps = s.endpoints("default", "kubia");
        assertEquals(2, eps.size());
        assertTrue(eps.stream().allMatch(e -> e.ready() && !e.serving()));
    }

    @Test
    void aServiceWithoutSelectorGetsNoEndpoints() {
        String noSel = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports:\n  - port: 5432\n";
        Simulation s = sim(42, DEPLOY.formatted(1), noSel, CLIENT);
        assertTrue(s.endpoints("default", "db").isEmpty());
        assertEquals(Outcome.REFUSED, s.router().send(client(s), "http://db:5432/").outcome());
    }

    // ------------------------------------------------------------------ data plane

    @Test
    void clusterIpFromAPodIsDnatedToAReadyPodAndKeepsTheSourceIp() {
        Simulation s = sim(42, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        SimService svc = s.service("default", "kubia");
        Trace t = s.router().send(client(s), "http://kubia/");
        assertEquals(Outcome.DELIVERED, t.outcome());
        assertEquals(s.findPod("client").ip(), t.sourceIPSeenByPod());
        assertEquals(List.of("dns", "kube-proxy"), t.hops().stream().map(Hop::by).limit(2).toList());
        Hop proxy = t.hops().get(1);
        assertEquals(svc.clusterIP() + ":80", proxy.dstBefore());
        assertTrue(proxy.dstAfter().endsWith(":8080"), proxy.dstAfter());
        assertEquals("hop.proxy.random", proxy.key());
        assertEquals(s.findPod("client").node(), proxy.at(), "kube-proxy of the client's own node decides");
        String text = TraceText.korean().hop(proxy);
        assertTrue(text.startsWith("kube-proxy가 준비된 엔드포인트 3개 중 무작위로 " + proxy.dstAfter() + "을 골랐습니다"), text);
    }

    @Test
    void noReadyEndpointsIsRefusedAndAnUndefinedPortTimesOut() {
        Simulation s = sim(42, svc("kubia", "ClusterIP", ""), CLIENT);
        assertEquals(Outcome.REFUSED, s.router().send(client(s), "http://kubia/").outcome());
        assertEquals(Outcome.TIMEOUT, s.router().send(client(s), "http://kubia:8080/").outcome());
    }

    @Test
    void loadBalancerSourceRangesDropOtherClientsAtTheLoadBalancer() {
        // GetLoadBalancerSourceRanges (pkg/api/v1/service/util.go): the field, else the annotation;
        // kube-proxy's KUBE-FW chain (and the cloud's firewall) drops sources outside them
        String narrow = "  loadBalancerSourceRanges: [\"203.0.113.0/30\"]\n";
        Simulation s = sim(42, DEPLOY.formatted(2), svc("kubia", "LoadBalancer", narrow));
        s.settle();
        String lb = "http://" + s.service("default", "kubia").loadBalancerIP() + "/";
        Router.Client laptop = s.router().client("external"); // 203.0.113.50
        Trace dropped = s.router().send(laptop, lb);
        assertEquals(Outcome.TIMEOUT, dropped.outcome());
        assertEquals("hop.lb.sourceRange", dropped.hops().get(dropped.hops().size() - 1).key());
        assertEquals(Outcome.DELIVERED, s.router().send(s.router().client("external:203.0.113.2"), lb).outcome());
        // the annotation counts only where the field is empty
        String annotated = svc("kubia", "LoadBalancer", "").replace("  name: kubia\n",
                "  name: kubia\n  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: \" 203.0.113.0/30, 10.0.0.0/8\"\n");
        Simulation a = sim(42, DEPLOY.formatted(2), annotated);
        a.settle();
        String lbA = "http://" + a.service("default", "kubia").loadBalancerIP() + "/";
        assertEquals(Outcome.TIMEOUT, a.router().send(a.router().client("external"), lbA).outcome());
        Simulation both = sim(42, DEPLOY.formatted(2), annotated.replace("spec:\n", "spec:\n  loadBalancerSourceRanges: [\"203.0.113.0/24\"]\n"));
        both.settle();
        String lbB = "http://" + both.service("default", "kubia").loadBalancerIP() + "/";
        assertEquals(Outcome.DELIVERED, both.router().send(both.router().client("external"), lbB).outcome());
    }

    @Test
    void podTrafficToAnExternalIpIsCapturedByKubeProxy() {
        // spec.externalIPs: kube-proxy's KUBE-SERVICES matches the address and a Service port on every node
        Simulation s = sim(42, DEPLOY.formatted(2), svc("kubia", "ClusterIP", "  externalIPs: [\"198.51.100.77\"]\n"), CLIENT);
        Trace t = s.router().send(client(s), "http://198.51.100.77/");
        assertEquals(Outcome.DELIVERED, t.outcome(), t.hops()::toString);
        assertTrue(t.hops().stream().anyMatch(h -> h.key().equals("hop.proxy.externalIp")), t.hops()::toString);
        assertTrue(kubiaPods(s).stream().anyMatch(p -> p.name().equals(t.pod())));
        // another port is not the Service's: the packet leaves the cluster like any outside address
        assertEquals(Outcome.EXTERNAL, s.router().send(client(s), "http://198.51.100.77:81/").outcome());
    }

    @Test
    void clusterAndPodIpsAreNotRoutableFromOutside() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "ClusterIP", ""));
        Router.Client laptop = s.router().client("external");
        Trace viaIp = s.router().send(laptop, "http://" + s.service("default", "kubia").clusterIP() + "/");
        assertEquals(Outcome.TIMEOUT, viaIp.outcome());
        assertEquals("edge", viaIp.hops().get(0).by());
        assertEquals(Outcome.TIMEOUT, s.router().send(laptop, "http://" + kubiaPods(s).get(0).ip() + ":8080/").outcome());
        assertEquals(Outcome.NXDOMAIN, s.router().send(laptop, "http://kubia/").outcome(), "cluster DNS names do not exist outside");
    }

    @Test
    void nodePortWithClusterPolicyWorksOnEveryNodeAndHidesTheClientIp() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "NodePort", ""));
        int np = s.service("default", "kubia").ports().get(0).nodePort();
        Router.Client laptop = s.router().client("external");
        for (NodeInfo n : s.world().nodes()) {
            Trace t = s.router().send(laptop, "http://" + n.ip() + ":" + np + "/");
            assertEquals(Outcome.DELIVERED, t.outcome(), n.name());
            assertEquals(n.ip(), t.sourceIPSeenByPod(), "SNAT to the receiving node");
        }
        assertEquals(Outcome.TIMEOUT, s.router().send(laptop, "http://192.168.0.11:8080/").outcome(), "edge admits only the NodePort range");
    }

    @Test
    void nodePortWithLocalPolicyKeepsTheClientIpAndDropsWithoutALocalPod() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "NodePort", "  externalTrafficPolicy: Local\n"));
        int np = s.service("default", "kubia").ports().get(0).nodePort();
        String home = kubiaPods(s).get(0).node();
        Router.Client laptop = s.router().client("external");
        for (NodeInfo n : s.world().nodes()) {
            Trace t = s.router().send(laptop, "http://" + n.ip() + ":" + np + "/");
            if (n.name().equals(home)) {
                assertEquals(Outcome.DELIVERED, t.outcome());
                assertEquals("203.0.113.50", t.sourceIPSeenByPod());
            } else {
                assertEquals(Outcome.TIMEOUT, t.outcome(), n.name());
                assertEquals("hop.proxy.noLocalExt", t.hops().get(t.hops().size() - 1).key());
            }
        }
    }

    @Test
    void loadBalancerGetsItsAddressAfterADelayAndStaysPendingWithoutAnImplementation() throws Exception {
        CheckReport r = new ManifestChecker().check(DEPLOY.formatted(2) + "---\n" + svc("kubia", "LoadBalancer", ""));
        Simulation s = new Simulation(World.defaults(), 42);
        s.apply(r.objects());
        assertNull(s.service("default", "kubia").loadBalancerIP());
        s.advance(s.world().loadBalancerDelayMillis());
        assertEquals("198.51.100.10", s.service("default", "kubia").loadBalancerIP());
        s.settle();
        Trace t = s.router().send(s.router().client("external"), "http://198.51.100.10/");
        assertEquals(Outcome.DELIVERED, t.outcome());
        assertEquals(List.of("edge", "load-balancer", "kube-proxy"), t.hops().stream().map(Hop::by).limit(3).toList());

        Simulation none = sim(World.defaults().withLoadBalancer(false), 42, DEPLOY.formatted(1), svc("kubia", "LoadBalancer", ""));
        none.advance(600_000);
        assertNull(none.service("default", "kubia").loadBalancerIP(), "EXTERNAL-IP stays <pending>");
    }

    @Test
    void localPolicyLoadBalancerOnlyUsesNodesWithAReadyPod() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "LoadBalancer", "  externalTrafficPolicy: Local\n"));
        String home = kubiaPods(s).get(0).node();
        Router.Client laptop = s.router().client("external");
        for (int i = 0; i < 30; i++) {
            Trace t = s.router().send(laptop, "http://" + s.service("default", "kubia").loadBalancerIP() + "/");
            assertEquals(Outcome.DELIVERED, t.outcome());
            assertEquals(home, t.node());
            assertEquals("203.0.113.50", t.sourceIPSeenByPod());
        }
    }

    @Test
    void externalNameIsOnlyDnsAndLeadsOutOfTheCluster() {
        String ext = "apiVersion: v1\nkind: Service\nmetadata:\n  name: external-service\nspec:\n  type: ExternalName\n  externalName: api.somecompany.com\n  ports:\n  - port: 80\n";
        Simulation s = sim(42, ext, CLIENT);
        Trace t = s.router().send(client(s), "http://external-service/");
        assertEquals(Outcome.EXTERNAL, t.outcome());
        assertTrue(t.hops().stream().noneMatch(h -> h.by().equals("kube-proxy")), "no kube-proxy hop");
        assertEquals("hop.dns.cname", t.hops().get(0).key());
        assertEquals("93.184.215.14:80", t.hops().get(t.hops().size() - 1).dstAfter());
    }

    @Test
    void headlessServiceSendsTheClientToAPodIpWithoutPortTranslation() {
        Simulation s = sim(42, DEPLOY.formatted(3), svc("kubia-headless", "ClusterIP", "  clusterIP: None\n"), CLIENT);
        Trace t = s.router().send(client(s), "http://kubia-headless/");
        assertEquals(Outcome.REFUSED, t.outcome(), "port 80 is used as is and nothing listens there");
        assertTrue(t.hops().stream().noneMatch(h -> h.by().equals("kube-proxy")));
        assertEquals(3, t.dns().answers().size());
        Trace right = s.router().send(client(s), "http://kubia-headless:8080/");
        assertEquals(Outcome.DELIVERED, right.outcome());
    }

    @Test
    void internalTrafficPolicyLocalDropsOnNodesWithoutAPod() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "ClusterIP", "  internalTrafficPolicy: Local\n"), CLIENT);
        boolean sameNode = kubiaPods(s).get(0).node().equals(s.findPod("client").node());
        Trace t = s.router().send(client(s), "http://kubia/");
        assertEquals(sameNode ? Outcome.DELIVERED : Outcome.TIMEOUT, t.outcome());
    }

    @Test
    void clientIpAffinityKeepsTheSamePodUntilTheTimeout() {
        Simulation s = sim(42, DEPLOY.formatted(3), svc("kubia", "ClusterIP", "  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 60\n"), CLIENT);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(s.router().send(client(s), "http://kubia/").pod());
            s.advance(500);
        }
        assertEquals(1, seen.size(), "one client, one pod");
        // after the timeout the choice is random again: across many expiries more than one pod shows up
        Set<String> later = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            s.advance(61_000);
            later.add(s.router().send(client(s), "http://kubia/").pod());
        }
        assertTrue(later.size() > 1, later.toString());
    }

    @Test
    void ipvsRoundRobinCyclesThroughTheEndpointsInOrder() {
        Simulation s = sim(World.defaults().withProxyMode(World.ProxyMode.IPVS), 42, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            order.add(s.router().send(client(s), "http://kubia/").pod());
        }
        assertEquals(order.subList(0, 3), order.subList(3, 6));
        assertEquals(3, new HashSet<>(order).size());
    }

    @Test
    void aMissingServicePortTimesOutUnderIptablesAndIsRefusedUnderNftables() {
        // KEP-3866 (nftables kube-proxy): packets to a ClusterIP on a port no Service uses are
        // rejected; iptables mode has no rule for them and they go nowhere
        Simulation ipt = sim(42, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        Trace t = ipt.router().send(client(ipt), "http://kubia:8081/");
        assertEquals(Outcome.TIMEOUT, t.outcome());
        assertEquals("hop.proxy.noPort", t.hops().get(t.hops().size() - 1).key());
        Simulation nft = sim(World.defaults().withProxyMode(World.ProxyMode.NFTABLES), 42, DEPLOY.formatted(3),
                svc("kubia", "ClusterIP", ""), CLIENT);
        Trace r = nft.router().send(client(nft), "http://kubia:8081/");
        assertEquals(Outcome.REFUSED, r.outcome());
        assertEquals("hop.proxy.noPortReject", r.hops().get(r.hops().size() - 1).key());
        // the trace names the mode where the backend is picked
        Trace ok = nft.router().send(client(nft), "http://kubia/");
        assertEquals(Outcome.DELIVERED, ok.outcome());
        assertTrue(ok.hops().stream().anyMatch(h -> h.key().equals("hop.proxy.nft")), ok.hops()::toString);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"IPTABLES, 42", "IPTABLES, 7", "IPTABLES, 99", "IPTABLES, 2024",
        "NFTABLES, 42", "NFTABLES, 7", "NFTABLES, 99", "NFTABLES, 2024"})
    void randomModesSpreadRequestsEvenly(World.ProxyMode mode, long seed) {
        Simulation s = sim(World.defaults().withProxyMode(mode), seed, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT);
        Map<String, Integer> hits = new HashMap<>();
        int n = 3000;
        for (int i = 0; i < n; i++) {
            hits.merge(s.router().send(client(s), "http://kubia/").pod(), 1, Integer::sum);
        }
        assertEquals(3, hits.size());
        // binomial(3000, 1/3): sd ≈ 25.8, so ±130 is five standard deviations
        for (int h : hits.values()) {
            assertTrue(Math.abs(h - n / 3) < 130, hits.toString());
        }
    }

    @Test
    void dnsFromAnotherNamespaceNeedsTheNamespaceInTheName() {
        String prodClient = CLIENT.replace("name: client", "name: client\n  namespace: prod");
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "ClusterIP", ""), prodClient);
        Router.Client c = s.router().client("pod/prod/client");
        assertEquals(Outcome.NXDOMAIN, s.router().send(c, "http://kubia/").outcome());
        assertEquals(Outcome.DELIVERED, s.router().send(c, "http://kubia.default/").outcome());
    }

    @Test
    void podsStartedBeforeAServiceDoNotGetItsVariables() {
        Simulation s = sim(42, CLIENT, svc("kubia", "ClusterIP", ""), CLIENT.replace("name: client", "name: later"));
        assertFalse(s.findPod("client").view().env().containsKey("KUBIA_SERVICE_HOST"));
        assertEquals(s.service("default", "kubia").clusterIP(), s.findPod("later").view().env().get("KUBIA_SERVICE_HOST"));
        assertEquals("443", s.findPod("client").view().env().get("KUBERNETES_SERVICE_PORT_HTTPS"));
    }

    /** Pods that start with the same Services visible share one map of variables; a later Service gives later pods their own. */
    @Test
    void podsStartedWithTheSameServicesShareTheirVariables() {
        Simulation s = sim(42, svc("kubia", "ClusterIP", ""), DEPLOY.formatted(3));
        List<SimPod> pods = s.pods().stream().filter(p -> p.name().startsWith("kubia-")).toList();
        assertEquals(3, pods.size());
        assertSame(pods.get(0).env(), pods.get(1).env());
        assertSame(pods.get(1).env(), pods.get(2).env());
        assertEquals(s.service("default", "kubia").clusterIP(), pods.get(0).env().get("KUBIA_SERVICE_HOST"));
        Simulation t = sim(42, CLIENT, svc("kubia", "ClusterIP", ""), CLIENT.replace("name: client", "name: later"));
        assertNotSame(t.findPod("client").view().env(), t.findPod("later").view().env());
    }

    // ------------------------------------------------------------------ ingress

    static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: kubia
              annotations:
                nginx.ingress.kubernetes.io/affinity: "cookie"
            spec:
              rules:
              - host: kubia.example.com
                http:
                  paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: kubia
                        port:
                          number: 80
                  - path: /down
                    pathType: Exact
                    backend:
                      service:
                        name: nothing-ready
                        port:
                          number: 80
            """;

    @Test
    void ingressRoutesByHostAndPathStraightToEndpointsWithCookieAffinity() {
        String noneReady = svc("nothing-ready", "ClusterIP", "").replace("app: kubia", "app: none");
        Simulation s = sim(42, DEPLOY.formatted(3), svc("kubia", "ClusterIP", "  sessionAffinity: ClientIP\n"), noneReady, INGRESS);
        Router.Client browser = s.router().client("browser");
        Trace first = s.router().send(browser, "http://kubia.example.com/");
        assertEquals(Outcome.DELIVERED, first.outcome());
        assertTrue(first.hops().stream().noneMatch(h -> h.by().equals("kube-proxy")), "the controller sends to endpoints directly");
        assertEquals("hop.ingress.setCookie", first.hops().stream().filter(h -> h.by().equals("ingress-nginx")).findFirst().orElseThrow().key());
        assertTrue(s.router().cookies("browser").containsKey("INGRESSCOOKIE"));
        for (int i = 0; i < 20; i++) {
            Trace t = s.router().send(browser, "http://kubia.example.com/page" + i);
            assertEquals(first.pod(), t.pod(), "the cookie keeps the browser on one pod");
        }
        assertEquals(Outcome.NXDOMAIN, s.router().send(browser, "http://other.example.com/").outcome(), "no public DNS entry");
        assertEquals(Outcome.HTTP_404, s.router().send(browser, "http://other.example.com/", s.world().ingressExternalIP()).outcome());
        assertEquals(Outcome.HTTP_503, s.router().send(browser, "http://kubia.example.com/down").outcome());
    }

    @Test
    void aRegexHostIsNamedInTheTrace() {
        // ingress-nginx's documented quirk: use-regex anywhere on a host makes every path of it a
        // case-insensitive regex prefix, so /DOWN reaches the Exact /down; the trace says why
        String regex = INGRESS.replace("nginx.ingress.kubernetes.io/affinity: \"cookie\"", "nginx.ingress.kubernetes.io/use-regex: \"true\"");
        String noneReady = svc("nothing-ready", "ClusterIP", "").replace("app: kubia", "app: none");
        Simulation s = sim(42, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), noneReady, regex);
        Router.Client browser = s.router().client("browser");
        assertEquals(Outcome.HTTP_503, s.router().send(browser, "http://kubia.example.com/DOWN").outcome());
        Trace ok = s.router().send(browser, "http://kubia.example.com/page");
        assertEquals("hop.ingress.routeRegex", ok.hops().stream().filter(h -> h.by().equals("ingress-nginx")).findFirst().orElseThrow().key());
        Simulation plain = sim(42, DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), noneReady, INGRESS);
        assertEquals(Outcome.DELIVERED, plain.router().send(plain.router().client("browser"), "http://kubia.example.com/DOWN").outcome());
    }

    @Test
    void anIngressIsServedOnlyIfItHadTheDefaultClassWhenCreated() {
        Simulation s = sim(42, DEPLOY.formatted(1), svc("kubia", "ClusterIP", ""), INGRESS);
        assertEquals(1, s.servedIngresses().size());
        assertEquals("nginx", s.servedIngresses().get(0).spec().ingressClassName(), "the admission plugin assigned it");
    }

    // ------------------------------------------------------------------ bounded memory

    @Test
    void eventsAndAffinityTablesAreBounded() {
        Simulation s = sim(42, DEPLOY.formatted(3), svc("kubia", "NodePort", "  sessionAffinity: ClientIP\n"), CLIENT);
        // every delete logs terminating, deleted and the replacement's start: well over the log's 5,000
        String victim = null;
        for (int i = 0; i < 2000; i++) {
            victim = kubiaPods(s).get(0).name();
            s.deletePod(s.findPod(victim));
            s.advance(2000);
        }
        assertTrue(s.events().total() > 6000, "events logged: " + s.events().total());
        assertEquals(5000, s.events().size(), "only the newest 5,000 are kept");
        EventLog.Event newest = s.events().recent().get(4999);
        assertEquals("ev.pod.deleted", newest.key(), "the newest kept is the last logged: the last victim gone");
        assertEquals(List.of(victim), newest.args());
        assertEquals(List.of(newest), s.events().tail(1));
        // a table entry per client and node: more clients than the table holds, each one really delivered
        Router r = s.router();
        int nodePort = s.service("default", "kubia").ports().get(0).nodePort();
        int clients = KubeProxy.MAX_AFFINITY + 2000;
        for (int i = 0; i < clients; i++) {
            String ip = "198.18." + (i / 250) + "." + (i % 250 + 1);
            Trace t = r.send(r.client("external:" + ip), "http://" + s.world().nodes().get(0).ip() + ":" + nodePort + "/");
            assertEquals(Outcome.DELIVERED, t.outcome(), ip);
        }
        assertEquals(KubeProxy.MAX_AFFINITY, s.proxy.affinityEntries(), "full, and no fuller");
    }

    // ------------------------------------------------------------------ trafficDistribution (version-gated)

    /** The kubia Service as a v1.34 API server stores it with trafficDistribution set (v1.33 refuses PreferSameNode). */
    private static Simulation withTrafficDistribution(String value, int minor) {
        CheckReport r = new ManifestChecker().check(String.join("---\n", DEPLOY.formatted(3), svc("kubia", "ClusterIP", ""), CLIENT));
        assertTrue(r.valid(), () -> r.errors().toString());
        List<servicelab.model.KubeObject> objects = r.objects().stream().map(o -> {
            if (!(o instanceof servicelab.model.Service svc)) {
                return o;
            }
            servicelab.model.ServiceSpec.Builder b = svc.spec().toBuilder();
            b.trafficDistribution = value;
            return (servicelab.model.KubeObject) new servicelab.model.Service(svc.metadata(), b.build());
        }).toList();
        Simulation s = new Simulation(World.defaults(), 42);
        s.followRelease(minor);
        try {
            s.apply(objects);
        } catch (Simulation.TooBig e) {
            throw new AssertionError(e);
        }
        s.settle();
        return s;
    }

    @Test
    void preferSameNodeKeepsRequestsOnTheClientsNodeFromV134() {
        // kube-proxy's CategorizeEndpoints (pkg/proxy/topology.go): every ready endpoint has a node
        // hint (trafficdist.go gives PreferSameNode node hints), one is hinted for this node: only those
        Simulation s = withTrafficDistribution("PreferSameNode", 34);
        String node = s.findPod("client").node();
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Trace t = s.router().send(client(s), "http://kubia/");
            assertEquals(Outcome.DELIVERED, t.outcome());
            reached.add(s.findPod(t.pod()).node());
            assertTrue(t.hops().stream().anyMatch(h -> h.key().equals("hop.proxy.sameNode")), "the trace names the rule");
        }
        assertEquals(Set.of(node), reached, "every request stays on the client's node");
    }

    @Test
    void preferSameNodeChangesNothingBeforeV134OrWithoutAnEndpointOnTheNode() {
        // v1.33: the gate is off, the EndpointSlice controller gives no hints: the spread of iptables
        Simulation old = withTrafficDistribution("PreferSameNode", 33);
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Trace t = old.router().send(client(old), "http://kubia/");
            nodes.add(old.findPod(t.pod()).node());
            assertFalse(t.hops().stream().anyMatch(h -> h.key().equals("hop.proxy.sameNode")));
        }
        assertTrue(nodes.size() > 1, nodes.toString());
        // PreferClose and PreferSameZone need the nodes' zone label, which these nodes lack: no change either
        Simulation zone = withTrafficDistribution("PreferSameZone", 34);
        Set<String> zoneNodes = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            zoneNodes.add(zone.findPod(zone.router().send(client(zone), "http://kubia/").pod()).node());
        }
        assertTrue(zoneNodes.size() > 1, zoneNodes.toString());
    }
}
