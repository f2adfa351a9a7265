package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.model.IntOrString;

/** The kubelet's service environment variables (envvars.go, kubelet_pods.go getServiceEnvVarMap). */
class ServiceEnvTest {

    // ---- fixtures ----

    private static SimService.Port port(String name, String protocol, int port, int targetPort) {
        return new SimService.Port(name, protocol, port, IntOrString.of(targetPort), null);
    }

    private static SimService clusterIp(String ns, String name, String ip, SimService.Port... ports) {
        return new SimService(ns, name, "ClusterIP", ip, List.of(ports), Map.of("app", name), null, false, "None", 0,
                null, "Cluster", null, 0L);
    }

    private static SimService headless(String ns, String name, SimService.Port... ports) {
        return new SimService(ns, name, "ClusterIP", "None", List.of(ports), Map.of("app", name), null, false, "None",
                0, null, "Cluster", null, 0L);
    }

    private static SimService externalName(String ns, String name, String target) {
        return new SimService(ns, name, "ExternalName", null, List.of(port(null, "TCP", 80, 80)), null, target, false,
                "None", 0, null, null, null, 0L);
    }

    /** The master Service of the default world (curriculum §0.2): 10.96.0.1, port https 443 → 6443. */
    private static SimService master() {
        return clusterIp("default", "kubernetes", "10.96.0.1", port("https", "TCP", 443, 6443));
    }

    private static final Map<String, String> MASTER_VARS = Map.of(
            "KUBERNETES_SERVICE_HOST", "10.96.0.1",
            "KUBERNETES_SERVICE_PORT", "443",
            "KUBERNETES_SERVICE_PORT_HTTPS", "443",
            "KUBERNETES_PORT", "tcp://10.96.0.1:443",
            "KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443",
            "KUBERNETES_PORT_443_TCP_PROTO", "tcp",
            "KUBERNETES_PORT_443_TCP_PORT", "443",
            "KUBERNETES_PORT_443_TCP_ADDR", "10.96.0.1");

    // ---- the docs' own examples ----

    @Test
    void redisPrimaryExampleFromTheServicePage() {
        // service.md "Environment variables": Service redis-primary, TCP 6379, cluster IP 10.0.0.11.
        SimService redis = clusterIp("default", "redis-primary", "10.0.0.11", port(null, "TCP", 6379, 6379));
        assertEquals(Map.of(
                "REDIS_PRIMARY_SERVICE_HOST", "10.0.0.11",
                "REDIS_PRIMARY_SERVICE_PORT", "6379",
                "REDIS_PRIMARY_PORT", "tcp://10.0.0.11:6379",
                "REDIS_PRIMARY_PORT_6379_TCP", "tcp://10.0.0.11:6379",
                "REDIS_PRIMARY_PORT_6379_TCP_PROTO", "tcp",
                "REDIS_PRIMARY_PORT_6379_TCP_PORT", "6379",
                "REDIS_PRIMARY_PORT_6379_TCP_ADDR", "10.0.0.11"), ServiceEnv.forService(redis));
    }

    @Test
    void masterServiceGivesTheEightKubernetesVariables() {
        // What `env` prints in any Pod of a kubeadm cluster; the named port adds KUBERNETES_SERVICE_PORT_HTTPS.
        assertEquals(MASTER_VARS, ServiceEnv.forPod("default", true, List.of(master())));
    }

    @Test
    void resultIsSortedByName() {
        Map<String, String> env = ServiceEnv.forPod("default", true,
                List.of(master(), clusterIp("default", "kubia", "10.96.0.15", port(null, "TCP", 80, 8080))));
        List<String> keys = new ArrayList<>(env.keySet());
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        assertEquals(sorted, keys);
    }

    // ---- which Services count ----

    @Test
    void servicesOfThePodsNamespaceAndTheMasterOnly() {
        List<SimService> services = List.of(master(),
                clusterIp("default", "kubia", "10.96.0.15", port(null, "TCP", 80, 8080)),
                clusterIp("prod", "db", "10.96.80.5", port("postgres", "TCP", 5432, 5432)));

        Map<String, String> inDefault = ServiceEnv.forPod("default", true, services);
        assertEquals("10.96.0.15", inDefault.get("KUBIA_SERVICE_HOST"));
        assertEquals("80", inDefault.get("KUBIA_SERVICE_PORT"));
        assertFalse(inDefault.containsKey("DB_SERVICE_HOST"));

        Map<String, String> inProd = ServiceEnv.forPod("prod", true, services);
        assertEquals("10.96.80.5", inProd.get("DB_SERVICE_HOST"));
        assertEquals("5432", inProd.get("DB_SERVICE_PORT_POSTGRES"));
        assertEquals("10.96.0.1", inProd.get("KUBERNETES_SERVICE_HOST"));
        assertFalse(inProd.containsKey("KUBIA_SERVICE_HOST"));
    }

    @Test
    void enableServiceLinksFalseKeepsOnlyTheMaster() {
        List<SimService> services = List.of(master(),
                clusterIp("default", "kubia", "10.96.0.15", port(null, "TCP", 80, 8080)));
        assertEquals(MASTER_VARS, ServiceEnv.forPod("default", false, services));
    }

    @Test
    void headlessAndExternalNameServicesHaveNoVariables() {
        List<SimService> services = List.of(master(),
                headless("default", "kubia-headless", port(null, "TCP", 80, 8080)),
                externalName("default", "external-service", "api.somecompany.com"));
        assertEquals(MASTER_VARS, ServiceEnv.forPod("default", true, services));
        assertTrue(ServiceEnv.forService(headless("default", "kubia-headless", port(null, "TCP", 80, 8080))).isEmpty());
    }

    @Test
    void aServiceNamedKubernetesInThePodsNamespaceWinsOverTheMaster() {
        // getServiceEnvVarMap: the master entry is only added if absent, the namespace entry overwrites.
        SimService own = clusterIp("prod", "kubernetes", "10.96.7.7", port(null, "TCP", 8080, 8080));
        assertEquals("10.96.7.7", ServiceEnv.forPod("prod", true, List.of(master(), own)).get("KUBERNETES_SERVICE_HOST"));
        assertEquals("10.96.7.7", ServiceEnv.forPod("prod", true, List.of(own, master())).get("KUBERNETES_SERVICE_HOST"));
        assertEquals("10.96.0.1", ServiceEnv.forPod("prod", false, List.of(own, master())).get("KUBERNETES_SERVICE_HOST"));
    }

    @Test
    void serviceCreatedAfterThePodIsAbsent() {
        // Chapter 5, exercise 5-1: the caller passes only the Services that existed when the Pod
        // started. A client Pod started before Service kubia has no KUBIA_* variables; its
        // replacement, started afterwards, has them.
        SimService kubia = clusterIp("default", "kubia", "10.96.0.15", port(null, "TCP", 80, 8080));
        Map<String, String> before = ServiceEnv.forPod("default", true, List.of(master()));
        assertFalse(before.containsKey("KUBIA_SERVICE_HOST"));

        Map<String, String> after = ServiceEnv.forPod("default", true, List.of(master(), kubia));
        assertEquals("10.96.0.15", after.get("KUBIA_SERVICE_HOST"));
        assertEquals("80", after.get("KUBIA_SERVICE_PORT"));
    }

    // ---- naming ----

    @Test
    void dashesBecomeUnderscoresAndNamesAreUpperCase() {
        // Chapter 5, exercise 5-3: kubia-nodeport → KUBIA_NODEPORT_SERVICE_HOST.
        SimService svc = clusterIp("default", "kubia-nodeport", "10.96.45.20", port("http-alt", "TCP", 80, 8080));
        Map<String, String> env = ServiceEnv.forService(svc);
        assertEquals("10.96.45.20", env.get("KUBIA_NODEPORT_SERVICE_HOST"));
        assertEquals("80", env.get("KUBIA_NODEPORT_SERVICE_PORT_HTTP_ALT"));
        assertEquals("KUBIA_NODEPORT", ServiceEnv.envName("kubia-nodeport"));
    }

    @Test
    void firstPortIsTheServicePortAndEveryPortGetsLinkVariables() {
        SimService dns = clusterIp("default", "dns", "10.96.0.10", port("dns", "UDP", 53, 53),
                port("dns-tcp", "TCP", 53, 53), port("metrics", "TCP", 9153, 9153));
        Map<String, String> env = ServiceEnv.forService(dns);
        assertEquals("53", env.get("DNS_SERVICE_PORT"));
        assertEquals("53", env.get("DNS_SERVICE_PORT_DNS"));
        assertEquals("53", env.get("DNS_SERVICE_PORT_DNS_TCP"));
        assertEquals("9153", env.get("DNS_SERVICE_PORT_METRICS"));
        assertEquals("udp://10.96.0.10:53", env.get("DNS_PORT"));
        assertEquals("udp://10.96.0.10:53", env.get("DNS_PORT_53_UDP"));
        assertEquals("udp", env.get("DNS_PORT_53_UDP_PROTO"));
        assertEquals("tcp://10.96.0.10:53", env.get("DNS_PORT_53_TCP"));
        assertEquals("10.96.0.10", env.get("DNS_PORT_9153_TCP_ADDR"));
        assertEquals("9153", env.get("DNS_PORT_9153_TCP_PORT"));
        // HOST, SERVICE_PORT, three named ports, PORT, and four per port.
        assertEquals(1 + 1 + 3 + 1 + 3 * 4, env.size());
    }

    @Test
    void missingProtocolMeansTcp() {
        SimService svc = clusterIp("default", "web", "10.96.3.3", port(null, null, 8080, 8080));
        assertEquals("tcp://10.96.3.3:8080", ServiceEnv.forService(svc).get("WEB_PORT_8080_TCP"));
    }
}
