package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.model.IntOrString;

/**
 * Cluster DNS: the records of the Kubernetes DNS specification (kubernetes/dns
 * docs/specification.md), the examples of the "DNS for Services and Pods" page, and the
 * learner's cases of chapters 5, 9 and 10.
 */
class ClusterDnsTest {

    // ---- fixtures ----

    private static SimService.Port port(String name, String protocol, int port, int targetPort) {
        return new SimService.Port(name, protocol, port, IntOrString.of(targetPort), null);
    }

    private static SimService clusterIp(String ns, String name, String ip, SimService.Port... ports) {
        return new SimService(ns, name, "ClusterIP", ip, List.of(ports), Map.of("app", name), null, false, "None", 0,
                null, "Cluster", null, 0L);
    }

    private static SimService headless(String ns, String name, boolean publishNotReady, SimService.Port... ports) {
        return new SimService(ns, name, "ClusterIP", "None", List.of(ports), Map.of("app", name), null,
                publishNotReady, "None", 0, null, "Cluster", null, 0L);
    }

    private static SimService externalName(String ns, String name, String target) {
        return new SimService(ns, name, "ExternalName", null, List.of(port(null, "TCP", 80, 80)), null, target, false,
                "None", 0, null, null, null, 0L);
    }

    private static Endpoint ep(String pod, String ip, boolean ready, String hostname, Map<String, Integer> ports) {
        return new Endpoint(pod, ip, "node-1", ready, ready, false, hostname, ports);
    }

    private static Endpoint ep(String pod, String ip, boolean ready) {
        return ep(pod, ip, ready, null, Map.of("http", 8080));
    }

    private static SimPod pod(String ns, String name, String ip) {
        return new SimPod(ns, name, "uid-" + name, "node-1", ip, Map.of(), null, null, true, false, 0, 0L, true,
                Map.of(), List.of(), null);
    }

    /** A small mutable builder for a DnsView. */
    private static final class World {
        final List<SimService> services = new ArrayList<>();
        final Map<String, List<Endpoint>> endpoints = new HashMap<>();
        final List<SimPod> pods = new ArrayList<>();
        final Map<String, String> publicDns = new HashMap<>();

        World service(SimService s, Endpoint... eps) {
            services.add(s);
            endpoints.put(s.key(), List.of(eps));
            return this;
        }

        World pod(SimPod p) {
            pods.add(p);
            return this;
        }

        World publicName(String name, String ip) {
            publicDns.put(name, ip);
            return this;
        }

        DnsView view() {
            return new DnsView("cluster.local", services, endpoints, pods, publicDns);
        }
    }

    /** The default world of curriculum §0.2 with the Services of chapters 5, 9 and 10. */
    private static DnsView w0() {
        return w0Builder().view();
    }

    private static World w0Builder() {
        return new World()
                .service(clusterIp("default", "kubernetes", "10.96.0.1", port("https", "TCP", 443, 6443)),
                        ep("kube-apiserver", "192.168.0.10", true, null, Map.of("https", 6443)))
                .service(clusterIp("kube-system", "kube-dns", "10.96.0.10", port("dns", "UDP", 53, 53),
                        port("dns-tcp", "TCP", 53, 53)))
                .service(clusterIp("default", "kubia", "10.96.0.15", port("http", "TCP", 80, 8080)),
                        ep("kubia-a", "10.244.1.5", true), ep("kubia-b", "10.244.2.5", true),
                        ep("kubia-c", "10.244.3.5", true))
                .service(clusterIp("default", "kubia-unnamed", "10.96.0.16", port(null, "TCP", 80, 8080)))
                .service(clusterIp("prod", "db", "10.96.80.5", port("postgres", "TCP", 5432, 5432)),
                        ep("db-0", "10.244.2.9", true, null, Map.of("postgres", 5432)))
                .service(externalName("default", "external-service", "api.somecompany.com"))
                .pod(pod("default", "kubia-a", "10.244.1.5"))
                .pod(pod("default", "kubia-b", "10.244.2.5"))
                .pod(pod("default", "kubia-c", "10.244.3.5"))
                .pod(pod("default", "client", "10.244.1.7"))
                .pod(pod("prod", "db-0", "10.244.2.9"))
                .publicName("api.somecompany.com", "198.51.100.80");
    }

    private static DnsRecord rr(String name, String type, String value) {
        return new DnsRecord(name, type, value);
    }

    private static void assertAnswer(DnsAnswer answer, String rcode, DnsRecord... records) {
        assertEquals(rcode, answer.rcode(), () -> "rcode of " + answer);
        assertEquals(List.of(records), answer.answers(), () -> "answers of " + answer.query());
    }

    // ---- specification 2.3: Service with a cluster IP ----

    @Test
    void specClusterIpARecord() {
        // 2.3.1: kubernetes.default.svc.cluster.local. IN A → 10.3.0.1
        DnsView v = new World().service(clusterIp("default", "kubernetes", "10.3.0.1", port("https", "TCP", 443, 443)))
                .view();
        assertAnswer(ClusterDns.resolve(v, "default", "kubernetes.default.svc.cluster.local", "A"), "NOERROR",
                rr("kubernetes.default.svc.cluster.local.", "A", "10.3.0.1"));
    }

    @Test
    void specClusterIpSrvRecord() {
        // 2.3.2: _https._tcp.kubernetes.default.svc.cluster.local. IN SRV → <prio> <weight> 443 kubernetes...
        // (priority and weight are CoreDNS's: 0 and 100 for a single record).
        assertAnswer(ClusterDns.resolve(w0(), "default", "_https._tcp.kubernetes.default.svc.cluster.local", "SRV"),
                "NOERROR", rr("_https._tcp.kubernetes.default.svc.cluster.local.", "SRV",
                        "0 100 443 kubernetes.default.svc.cluster.local."));
    }

    @Test
    void specClusterIpPtrRecord() {
        // 2.3.3: 1.0.3.10.in-addr.arpa. IN PTR → kubernetes.default.svc.cluster.local.
        DnsView v = new World().service(clusterIp("default", "kubernetes", "10.3.0.1", port("https", "TCP", 443, 443)))
                .view();
        assertAnswer(ClusterDns.resolve(v, "default", "1.0.3.10.in-addr.arpa.", "PTR"), "NOERROR",
                rr("1.0.3.10.in-addr.arpa.", "PTR", "kubernetes.default.svc.cluster.local."));
        // nslookup 10.3.0.1 asks the same question.
        DnsAnswer byAddress = ClusterDns.resolve(v, "default", "10.3.0.1", "PTR");
        assertEquals("10.3.0.1", byAddress.query());
        assertAnswer(byAddress, "NOERROR", rr("1.0.3.10.in-addr.arpa.", "PTR", "kubernetes.default.svc.cluster.local."));
    }

    // ---- specification 2.4: headless Service ----

    private static DnsView specHeadless() {
        return new World().service(headless("default", "headless", false, port("https", "TCP", 443, 443)),
                ep("pet-0", "10.3.0.100", true, "my-pet", Map.of("https", 443)),
                ep("pet-1", "10.3.0.101", true, "my-pet-2", Map.of("https", 443)),
                ep("pet-2", "10.3.0.102", true, null, Map.of("https", 443))).view();
    }

    @Test
    void specHeadlessARecords() {
        // 2.4.1: one A per ready endpoint.
        DnsView v = new World().service(headless("default", "headless", false, port("https", "TCP", 443, 443)),
                ep("p1", "10.3.0.1", true), ep("p2", "10.3.0.2", true), ep("p3", "10.3.0.3", true)).view();
        assertAnswer(ClusterDns.resolve(v, "default", "headless.default.svc.cluster.local", "A"), "NOERROR",
                rr("headless.default.svc.cluster.local.", "A", "10.3.0.1"),
                rr("headless.default.svc.cluster.local.", "A", "10.3.0.2"),
                rr("headless.default.svc.cluster.local.", "A", "10.3.0.3"));
    }

    @Test
    void specHeadlessHostnameRecord() {
        // 2.4.1: my-pet.headless.default.svc.cluster.local. IN A → 10.3.0.100
        assertAnswer(ClusterDns.resolve(specHeadless(), "default", "my-pet.headless.default.svc.cluster.local", "A"),
                "NOERROR", rr("my-pet.headless.default.svc.cluster.local.", "A", "10.3.0.100"));
    }

    @Test
    void specHeadlessSrvRecordsOnePerReadyEndpoint() {
        // 2.4.2: N endpoints x M named ports; an endpoint without a hostname gets a generated one,
        // which CoreDNS makes from its IP with dashes. Three records share the weight: 33 each.
        String q = "_https._tcp.headless.default.svc.cluster.local";
        assertAnswer(ClusterDns.resolve(specHeadless(), "default", q, "SRV"), "NOERROR",
                rr(q + ".", "SRV", "0 33 443 my-pet.headless.default.svc.cluster.local."),
                rr(q + ".", "SRV", "0 33 443 my-pet-2.headless.default.svc.cluster.local."),
                rr(q + ".", "SRV", "0 33 443 10-3-0-102.headless.default.svc.cluster.local."));
        // The generated target resolves too.
        assertAnswer(ClusterDns.resolve(specHeadless(), "default", "10-3-0-102.headless.default.svc.cluster.local",
                "A"), "NOERROR", rr("10-3-0-102.headless.default.svc.cluster.local.", "A", "10.3.0.102"));
    }

    @Test
    void specHeadlessPtrRecord() {
        // 2.4.3: 100.0.3.10.in-addr.arpa. IN PTR → my-pet.headless.default.svc.cluster.local.
        assertAnswer(ClusterDns.resolve(specHeadless(), "default", "100.0.3.10.in-addr.arpa.", "PTR"), "NOERROR",
                rr("100.0.3.10.in-addr.arpa.", "PTR", "my-pet.headless.default.svc.cluster.local."));
    }

    @Test
    void specHeadlessWithoutReadyEndpointsIsNxdomain() {
        // 2.4.1: "If there are no ready endpoints for the headless Service, the answer should be NXDOMAIN."
        DnsView v = new World().service(headless("default", "headless", false, port("https", "TCP", 443, 443)),
                ep("p1", "10.3.0.1", false)).view();
        assertAnswer(ClusterDns.resolve(v, "default", "headless.default.svc.cluster.local", "A"), "NXDOMAIN");
    }

    // ---- specification 2.5 and 2.6 ----

    @Test
    void specExternalNameIsACname() {
        // 2.5: foo.default.svc.cluster.local. IN A → CNAME www.example.com. The spec's example also
        // shows the upstream A record; the simulator's contract (CLI.md `resolve`) stops at the
        // CNAME for an external target.
        DnsView v = new World().service(externalName("default", "foo", "www.example.com")).view();
        assertAnswer(ClusterDns.resolve(v, "default", "foo.default.svc.cluster.local", "A"), "NOERROR",
                rr("foo.default.svc.cluster.local.", "CNAME", "www.example.com."));
    }

    @Test
    void specPodARecord() {
        // 2.6 and the DNS page: 172-17-0-3.default.pod.cluster.local → 172.17.0.3.
        DnsView v = new World().pod(pod("default", "busybox", "172.17.0.3")).view();
        assertAnswer(ClusterDns.resolve(v, "default", "172-17-0-3.default.pod.cluster.local", "A"), "NOERROR",
                rr("172-17-0-3.default.pod.cluster.local.", "A", "172.17.0.3"));
        assertAnswer(ClusterDns.resolve(v, "default", "172-17-0-300.default.pod.cluster.local", "A"), "NXDOMAIN");
        assertAnswer(ClusterDns.resolve(v, "default", "172-17-0-3.nowhere.pod.cluster.local", "A"), "NXDOMAIN");
    }

    @Test
    void comparisonsAreCaseInsensitive() {
        assertAnswer(ClusterDns.resolve(w0(), "default", "KUBIA.Default.SVC.cluster.LOCAL", "a"), "NOERROR",
                rr("kubia.default.svc.cluster.local.", "A", "10.96.0.15"));
    }

    // ---- the "DNS for Services and Pods" page ----

    @Test
    void dnsPageNamespacesOfServices() {
        // A Pod in namespace test: `data` finds nothing, `data.prod` and the FQDN find Service data in prod.
        DnsView v = new World().service(clusterIp("prod", "data", "10.96.5.5", port(null, "TCP", 80, 80)))
                .pod(pod("test", "client", "10.244.1.9")).view();
        assertAnswer(ClusterDns.resolve(v, "test", "data", "A"), "NXDOMAIN");
        assertAnswer(ClusterDns.resolve(v, "test", "data.prod", "A"), "NOERROR",
                rr("data.prod.svc.cluster.local.", "A", "10.96.5.5"));
        assertAnswer(ClusterDns.resolve(v, "test", "data.prod.svc.cluster.local", "A"), "NOERROR",
                rr("data.prod.svc.cluster.local.", "A", "10.96.5.5"));
    }

    @Test
    void dnsPageHostnameAndSubdomain() {
        // busybox1 (hostname busybox-1) and busybox2 (hostname busybox-2) with subdomain
        // busybox-subdomain; the endpoint controller copies the hostname onto their endpoints.
        DnsView v = new World().service(headless("my-namespace", "busybox-subdomain", false,
                        port("foo", "TCP", 1234, 1234)),
                ep("busybox1", "10.244.1.20", true, "busybox-1", Map.of("foo", 1234)),
                ep("busybox2", "10.244.2.20", true, "busybox-2", Map.of("foo", 1234))).view();
        assertAnswer(ClusterDns.resolve(v, "my-namespace", "busybox-1.busybox-subdomain.my-namespace.svc.cluster.local",
                "A"), "NOERROR", rr("busybox-1.busybox-subdomain.my-namespace.svc.cluster.local.", "A", "10.244.1.20"));
        assertAnswer(ClusterDns.resolve(v, "my-namespace", "busybox-2.busybox-subdomain", "A"), "NOERROR",
                rr("busybox-2.busybox-subdomain.my-namespace.svc.cluster.local.", "A", "10.244.2.20"));
        assertAnswer(ClusterDns.resolve(v, "my-namespace", "busybox-3.busybox-subdomain", "A"), "NXDOMAIN");
    }

    @Test
    void dnsPagePodsExposedByAServiceHaveAnIpName() {
        // "Any Pods exposed by a Service have pod-ipv4-address.service-name.my-namespace.svc..."
        assertAnswer(ClusterDns.resolve(w0(), "default", "10-244-2-5.kubia.default.svc.cluster.local", "A"),
                "NOERROR", rr("10-244-2-5.kubia.default.svc.cluster.local.", "A", "10.244.2.5"));
        assertAnswer(ClusterDns.resolve(w0(), "default", "10-244-9-9.kubia.default.svc.cluster.local", "A"),
                "NXDOMAIN");
    }

    // ---- chapter 5: finding Services by name ----

    @Test
    void kubiaFromDefaultByEveryName() {
        DnsRecord a = rr("kubia.default.svc.cluster.local.", "A", "10.96.0.15");
        for (String name : List.of("kubia", "kubia.default", "kubia.default.svc", "kubia.default.svc.cluster.local",
                "kubia.default.svc.cluster.local.")) {
            DnsAnswer answer = ClusterDns.resolve(w0(), "default", name, "A");
            assertEquals(name, answer.query());
            assertEquals("A", answer.type());
            assertAnswer(answer, "NOERROR", a);
        }
    }

    @Test
    void shortNameStaysInTheClientsNamespace() {
        assertAnswer(ClusterDns.resolve(w0(), "prod", "kubia", "A"), "NXDOMAIN");
        assertAnswer(ClusterDns.resolve(w0(), "prod", "kubia.default", "A"), "NOERROR",
                rr("kubia.default.svc.cluster.local.", "A", "10.96.0.15"));
        // Exercise 5-2 the other way round: db lives in prod.
        assertAnswer(ClusterDns.resolve(w0(), "default", "db", "A"), "NXDOMAIN");
        for (String name : List.of("db.prod", "db.prod.svc", "db.prod.svc.cluster.local", "db.prod.svc.cluster.local.")) {
            assertAnswer(ClusterDns.resolve(w0(), "default", name, "A"), "NOERROR",
                    rr("db.prod.svc.cluster.local.", "A", "10.96.80.5"));
        }
    }

    @Test
    void masterServiceAndClusterDnsResolveLikeAnyService() {
        assertAnswer(ClusterDns.resolve(w0(), "default", "kubernetes.default.svc.cluster.local", "A"), "NOERROR",
                rr("kubernetes.default.svc.cluster.local.", "A", "10.96.0.1"));
        assertAnswer(ClusterDns.resolve(w0(), "prod", "kube-dns.kube-system", "A"), "NOERROR",
                rr("kube-dns.kube-system.svc.cluster.local.", "A", "10.96.0.10"));
    }

    @Test
    void namedPortHasAnSrvRecord() {
        String fq = "_http._tcp.kubia.default.svc.cluster.local.";
        DnsRecord srv = rr(fq, "SRV", "0 100 80 kubia.default.svc.cluster.local.");
        assertAnswer(ClusterDns.resolve(w0(), "default", "_http._tcp.kubia.default.svc.cluster.local", "SRV"),
                "NOERROR", srv);
        assertAnswer(ClusterDns.resolve(w0(), "default", "_http._tcp.kubia", "SRV"), "NOERROR", srv);
        assertAnswer(ClusterDns.resolve(w0(), "default", "_postgres._tcp.db.prod", "SRV"), "NOERROR",
                rr("_postgres._tcp.db.prod.svc.cluster.local.", "SRV", "0 100 5432 db.prod.svc.cluster.local."));
        // Wrong protocol or port name: no such name.
        assertAnswer(ClusterDns.resolve(w0(), "default", "_http._udp.kubia", "SRV"), "NXDOMAIN");
        assertAnswer(ClusterDns.resolve(w0(), "default", "_https._tcp.kubia", "SRV"), "NXDOMAIN");
    }

    @Test
    void udpPortsHaveUdpSrvRecords() {
        assertAnswer(ClusterDns.resolve(w0(), "default", "_dns._udp.kube-dns.kube-system", "SRV"), "NOERROR",
                rr("_dns._udp.kube-dns.kube-system.svc.cluster.local.", "SRV",
                        "0 100 53 kube-dns.kube-system.svc.cluster.local."));
    }

    @Test
    void unnamedPortHasNoSrvRecord() {
        // spec 2.3.2: "Unnamed ports do not have an SRV record."
        assertAnswer(ClusterDns.resolve(w0(), "default", "kubia-unnamed.default.svc.cluster.local", "SRV"), "NOERROR");
        assertAnswer(ClusterDns.resolve(w0(), "default", "_._tcp.kubia-unnamed.default.svc.cluster.local", "SRV"),
                "NXDOMAIN");
    }

    @Test
    void existingNameWithoutRecordsOfTheTypeIsNoerrorWithNoAnswers() {
        assertAnswer(ClusterDns.resolve(w0(), "default", "kubia", "SRV"), "NOERROR");
        assertAnswer(ClusterDns.resolve(w0(), "default", "kubia", "AAAA"), "NOERROR");
        assertAnswer(ClusterDns.resolve(w0(), "default", "kubia", "CNAME"), "NOERROR");
        assertAnswer(ClusterDns.resolve(w0(), "default", "_http._tcp.kubia.default.svc.cluster.local", "A"), "NOERROR");
        assertAnswer(ClusterDns.resolve(w0(), "default", "default.svc.cluster.local.", "A"), "NOERROR");
        assertAnswer(ClusterDns.resolve(w0(), "default", "cluster.local.", "A"), "NOERROR");
        assertAnswer(ClusterDns.resolve(w0(), "default", "nowhere.svc.cluster.local.", "A"), "NXDOMAIN");
        assertAnswer(ClusterDns.resolve(w0(), "default", "kubia.default.cluster.local.", "A"), "NXDOMAIN");
    }

    @Test
    void serviceIpPtrFromTheDefaultWorld() {
        assertAnswer(ClusterDns.resolve(w0(), "default", "10.96.0.15", "PTR"), "NOERROR",
                rr("15.0.96.10.in-addr.arpa.", "PTR", "kubia.default.svc.cluster.local."));
        // A Pod IP behind a Service maps to its endpoint name; one behind none has no PTR.
        assertAnswer(ClusterDns.resolve(w0(), "default", "10.244.1.5", "PTR"), "NOERROR",
                rr("5.1.244.10.in-addr.arpa.", "PTR", "10-244-1-5.kubia.default.svc.cluster.local."));
        assertAnswer(ClusterDns.resolve(w0(), "default", "10.244.1.7", "PTR"), "NXDOMAIN");
    }

    // ---- chapter 9: ExternalName ----

    @Test
    void externalServiceIsACnameToTheExternalName() {
        DnsRecord cname = rr("external-service.default.svc.cluster.local.", "CNAME", "api.somecompany.com.");
        assertAnswer(ClusterDns.resolve(w0(), "default", "external-service", "A"), "NOERROR", cname);
        assertAnswer(ClusterDns.resolve(w0(), "default", "external-service", "CNAME"), "NOERROR", cname);
        assertAnswer(ClusterDns.resolve(w0(), "default", "external-service.default.svc.cluster.local", "CNAME"),
                "NOERROR", cname);
        // No SRV for ExternalName Services (CoreDNS drops them), and no endpoint names below one.
        assertAnswer(ClusterDns.resolve(w0(), "default", "external-service", "SRV"), "NOERROR");
        // The target itself is answered upstream, from the public table.
        assertAnswer(ClusterDns.resolve(w0(), "default", "api.somecompany.com", "A"), "NOERROR",
                rr("api.somecompany.com.", "A", "198.51.100.80"));
    }

    @Test
    void externalNameInsideTheClusterIsFollowed() {
        DnsView v = w0Builder().service(externalName("prod", "web", "kubia.default.svc.cluster.local.")).view();
        assertAnswer(ClusterDns.resolve(v, "prod", "web", "A"), "NOERROR",
                rr("web.prod.svc.cluster.local.", "CNAME", "kubia.default.svc.cluster.local."),
                rr("kubia.default.svc.cluster.local.", "A", "10.96.0.15"));
        assertAnswer(ClusterDns.resolve(v, "prod", "web", "CNAME"), "NOERROR",
                rr("web.prod.svc.cluster.local.", "CNAME", "kubia.default.svc.cluster.local."));
    }

    @Test
    void externalNameLoopEnds() {
        DnsView v = new World().service(externalName("default", "a", "b.default.svc.cluster.local"))
                .service(externalName("default", "b", "a.default.svc.cluster.local")).view();
        DnsAnswer answer = ClusterDns.resolve(v, "default", "a", "A");
        assertEquals("NOERROR", answer.rcode());
        assertEquals(rr("a.default.svc.cluster.local.", "CNAME", "b.default.svc.cluster.local."),
                answer.answers().get(0));
        assertTrue(answer.answers().stream().allMatch(r -> r.type().equals("CNAME")));
    }

    @Test
    void unknownPublicNameIsNxdomain() {
        assertAnswer(ClusterDns.resolve(w0(), "default", "www.example.org", "A"), "NXDOMAIN");
    }

    // ---- chapter 10: headless ----

    private static World kubiaHeadless(boolean publishNotReady, boolean bReady) {
        return w0Builder().service(headless("default", "kubia-headless", publishNotReady, port("http", "TCP", 80, 8080)),
                ep("kubia-a", "10.244.1.5", true), ep("kubia-b", "10.244.2.5", bReady),
                ep("kubia-c", "10.244.3.5", true));
    }

    @Test
    void headlessGivesOneARecordPerReadyPod() {
        String fq = "kubia-headless.default.svc.cluster.local.";
        assertAnswer(ClusterDns.resolve(kubiaHeadless(false, true).view(), "default", "kubia-headless", "A"), "NOERROR",
                rr(fq, "A", "10.244.1.5"), rr(fq, "A", "10.244.2.5"), rr(fq, "A", "10.244.3.5"));
        // Exercise 10-3: kubia-b not ready → 2 answers; publishNotReadyAddresses brings it back.
        assertAnswer(ClusterDns.resolve(kubiaHeadless(false, false).view(), "default", "kubia-headless", "A"),
                "NOERROR", rr(fq, "A", "10.244.1.5"), rr(fq, "A", "10.244.3.5"));
        assertAnswer(ClusterDns.resolve(kubiaHeadless(true, false).view(), "default", "kubia-headless", "A"),
                "NOERROR", rr(fq, "A", "10.244.1.5"), rr(fq, "A", "10.244.2.5"), rr(fq, "A", "10.244.3.5"));
    }

    @Test
    void headlessSrvCarriesThePodsPort() {
        // No proxy in front of a headless Service, so CoreDNS publishes the endpoint's port (8080).
        String q = "_http._tcp.kubia-headless.default.svc.cluster.local.";
        assertAnswer(ClusterDns.resolve(kubiaHeadless(false, false).view(), "default", "_http._tcp.kubia-headless",
                "SRV"), "NOERROR",
                rr(q, "SRV", "0 50 8080 10-244-1-5.kubia-headless.default.svc.cluster.local."),
                rr(q, "SRV", "0 50 8080 10-244-3-5.kubia-headless.default.svc.cluster.local."));
    }

    @Test
    void aNotReadyPodHasNoEndpointName() {
        assertAnswer(ClusterDns.resolve(kubiaHeadless(false, false).view(), "default",
                "10-244-2-5.kubia-headless", "A"), "NXDOMAIN");
    }

    // ---- the resolver: search path and ndots ----

    @Test
    void searchCandidatesFollowResolvConf() {
        assertEquals(List.of("kubia.default.svc.cluster.local.", "kubia.svc.cluster.local.", "kubia.cluster.local.",
                "kubia."), ClusterDns.searchCandidates("default", "kubia", "cluster.local"));
        assertEquals(List.of("db.prod.default.svc.cluster.local.", "db.prod.svc.cluster.local.",
                "db.prod.cluster.local.", "db.prod."), ClusterDns.searchCandidates("default", "db.prod", "cluster.local"));
        // A trailing dot makes a name absolute.
        assertEquals(List.of("kubia.default.svc.cluster.local."),
                ClusterDns.searchCandidates("prod", "kubia.default.svc.cluster.local.", "cluster.local"));
        // Four dots is still below ndots:5: the FQDN without its dot goes through the search list first.
        assertEquals(List.of("kubia.default.svc.cluster.local.default.svc.cluster.local.",
                        "kubia.default.svc.cluster.local.svc.cluster.local.",
                        "kubia.default.svc.cluster.local.cluster.local.", "kubia.default.svc.cluster.local."),
                ClusterDns.searchCandidates("default", "kubia.default.svc.cluster.local", "cluster.local"));
        // Five dots or more: as given first.
        assertEquals(List.of("a.b.c.d.e.f.", "a.b.c.d.e.f.default.svc.cluster.local.", "a.b.c.d.e.f.svc.cluster.local.",
                "a.b.c.d.e.f.cluster.local."), ClusterDns.searchCandidates("default", "a.b.c.d.e.f", "cluster.local"));
    }

    @Test
    void resolveStepsShowEveryNameTried() {
        List<DnsAnswer> db = ClusterDns.resolveSteps(w0(), "default", "db", "A");
        assertEquals(List.of("db.default.svc.cluster.local.", "db.svc.cluster.local.", "db.cluster.local.", "db."),
                db.stream().map(DnsAnswer::query).toList());
        assertTrue(db.stream().allMatch(DnsAnswer::nxdomain));

        List<DnsAnswer> dbProd = ClusterDns.resolveSteps(w0(), "default", "db.prod", "A");
        assertEquals(List.of("db.prod.default.svc.cluster.local.", "db.prod.svc.cluster.local."),
                dbProd.stream().map(DnsAnswer::query).toList());
        assertAnswer(dbProd.get(1), "NOERROR", rr("db.prod.svc.cluster.local.", "A", "10.96.80.5"));

        List<DnsAnswer> external = ClusterDns.resolveSteps(w0(), "default", "api.somecompany.com", "A");
        assertEquals(4, external.size());
        assertEquals("api.somecompany.com.", external.get(3).query());
    }

    @Test
    void lookupAnswersOneAbsoluteName() {
        assertAnswer(ClusterDns.lookup(w0(), "kubia.default.svc.cluster.local.", "A"), "NOERROR",
                rr("kubia.default.svc.cluster.local.", "A", "10.96.0.15"));
        assertAnswer(ClusterDns.lookup(w0(), "kubia.", "A"), "NXDOMAIN");
    }

    @Test
    void unsupportedTypeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClusterDns.resolve(w0(), "default", "kubia", "MX"));
        assertThrows(IllegalArgumentException.class, () -> ClusterDns.resolve(w0(), "default", " ", "A"));
    }
}
