package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static servicelab.sim.SimulationTest.CLIENT;
import static servicelab.sim.SimulationTest.DEPLOY;
import static servicelab.sim.SimulationTest.client;
import static servicelab.sim.SimulationTest.sim;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A Service without a selector and an Endpoints object written by hand: the mirroring controller
 * (pkg/controller/endpointslicemirroring) copies it into the Service's EndpointSlices, which
 * kube-proxy routes to by address. The classic case: a database outside the cluster.
 */
public class SelectorlessServiceTest {
    // (SelectorlessServiceTestData shares DB_SERVICE and endpoints() with the console tests)

    public static final String DB_SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: external-db
            spec:
              ports:
              - port: 5432
            """;

    static String endpoints(String ip, String extraMeta) {
        return """
                apiVersion: v1
                kind: Endpoints
                metadata:
                  name: external-db
                %s
                subsets:
                - addresses:
                  - ip: %s
                  ports:
                  - port: 5432
                """.formatted(extraMeta, ip);
    }

    @Test
    void aDatabaseOutsideTheClusterIsReachedThroughTheServicesClusterIp() {
        Simulation s = sim(42, DB_SERVICE, endpoints("10.240.0.5", ""), CLIENT);
        List<Endpoint> eps = s.endpoints("default", "external-db");
        assertEquals(1, eps.size());
        assertEquals("10.240.0.5", eps.get(0).ip());
        assertTrue(eps.get(0).ready());
        Trace t = s.router().send(client(s), "http://external-db:5432/");
        // DNS answers with the ClusterIP, kube-proxy rewrites it to the hand-written address, the node sends it out
        assertEquals(Outcome.EXTERNAL, t.outcome(), t.hops().toString());
        assertTrue(t.hops().stream().anyMatch(h -> h.key().startsWith("hop.proxy.") && h.dstAfter().equals("10.240.0.5:5432")),
                t.hops().toString());
        assertEquals("hop.net.egress", t.hops().get(t.hops().size() - 1).key());
        assertTrue(t.hops().stream().anyMatch(h -> h.key().equals("hop.proxy.randomAddr")), "the trace names no pod for an address");
    }

    @Test
    void anAddressThatIsAPodsIsDeliveredToThatPod() {
        Simulation first = sim(42, DEPLOY.formatted(1), CLIENT);
        String podIp = SimulationTest.kubiaPods(first).get(0).ip();
        String svc = DB_SERVICE.replace("external-db", "kubia-by-hand").replace("5432", "8080");
        String ep = endpoints(podIp, "").replace("external-db", "kubia-by-hand").replace("5432", "8080");
        Simulation s = sim(42, DEPLOY.formatted(1), CLIENT, svc, ep);
        Trace t = s.router().send(client(s), "http://kubia-by-hand:8080/");
        assertEquals(Outcome.DELIVERED, t.outcome(), t.hops().toString());
        assertEquals(SimulationTest.kubiaPods(s).get(0).name(), t.pod());
    }

    @Test
    void skipMirrorAndASelectorKeepTheHandWrittenAddressesOut() {
        // endpointslice.kubernetes.io/skip-mirror=true: no slices, so kube-proxy has no endpoint and rejects
        Simulation skipped = sim(42, DB_SERVICE,
                endpoints("10.240.0.5", "  labels:\n    endpointslice.kubernetes.io/skip-mirror: \"true\""), CLIENT);
        assertTrue(skipped.endpoints("default", "external-db").isEmpty());
        assertEquals(Outcome.REFUSED, skipped.router().send(client(skipped), "http://external-db:5432/").outcome());
        // a Service with a selector: the EndpointSlice controller owns its slices, the mirror leaves it alone
        String selecting = DB_SERVICE + "  selector:\n    app: db\n";
        Simulation s = sim(42, selecting, endpoints("10.240.0.5", ""), CLIENT);
        assertTrue(s.endpoints("default", "external-db").isEmpty());
    }

    @Test
    void notReadyAddressesAreMirroredButNotUsed() {
        String ep = """
                apiVersion: v1
                kind: Endpoints
                metadata:
                  name: external-db
                subsets:
                - notReadyAddresses:
                  - ip: 10.240.0.6
                  ports:
                  - port: 5432
                """;
        Simulation s = sim(42, DB_SERVICE, ep, CLIENT);
        List<Endpoint> eps = s.endpoints("default", "external-db");
        assertEquals(1, eps.size());
        assertEquals(false, eps.get(0).ready());
        assertNull(eps.get(0).pod());
        assertEquals(Outcome.REFUSED, s.router().send(client(s), "http://external-db:5432/").outcome());
    }

    public static String slice(String name, String serviceLabel, String type, String endpoints) {
        return """
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata:
                  name: %s
                %s
                addressType: %s
                ports:
                - port: 5432
                endpoints:
                %s
                """.formatted(name, serviceLabel == null ? "" : "  labels:\n    kubernetes.io/service-name: " + serviceLabel, type, endpoints);
    }

    @Test
    void aHandWrittenEndpointSliceGivesASelectorlessServiceItsAddresses() {
        // the non-deprecated way (docs "Services without selectors"): an EndpointSlice labelled with
        // the Service's name; kube-proxy reads every such slice, conditions left out mean ready
        String eps = "- addresses: [\"10.240.0.5\"]\n- addresses: [\"10.240.0.6\"]\n  conditions:\n    ready: false\n";
        Simulation s = sim(42, DB_SERVICE, slice("external-db-1", "external-db", "IPv4", eps), CLIENT);
        List<Endpoint> list = s.endpoints("default", "external-db");
        assertEquals(List.of("10.240.0.5", "10.240.0.6"), list.stream().map(Endpoint::ip).toList());
        assertTrue(list.get(0).ready());
        assertTrue(!list.get(1).ready() && list.get(1).serving(), "ready: false alone leaves serving unset, read as true");
        for (int i = 0; i < 20; i++) {
            Trace t = s.router().send(client(s), "http://external-db:5432/");
            assertEquals(Outcome.EXTERNAL, t.outcome());
            assertTrue(t.hops().stream().anyMatch(h -> h.dstAfter().equals("10.240.0.5:5432")), "only the ready address is used");
        }
        assertTrue(s.controllerEndpoints("default", "external-db").isEmpty(), "no controller wrote these");
    }

    @Test
    void aSliceWithoutTheServiceNameLabelOrOfAnotherFamilyIsNotUsed() {
        Simulation none = sim(42, DB_SERVICE, slice("db-a", null, "IPv4", "- addresses: [\"10.240.0.5\"]\n"), CLIENT);
        assertTrue(none.endpoints("default", "external-db").isEmpty());
        Simulation v6 = sim(42, DB_SERVICE, slice("db-b", "external-db", "IPv6", "- addresses: [\"2001:db8::5\"]\n"), CLIENT);
        assertTrue(v6.endpoints("default", "external-db").isEmpty(), "an IPv4 cluster's kube-proxy reads IPv4 slices");
    }

    @Test
    void aHandWrittenSliceJoinsTheControllersSlicesOfAServiceWithASelector() {
        String svc = SimulationTest.svc("kubia", "ClusterIP", "");
        String extra = slice("kubia-extra", "kubia", "IPv4", "- addresses: [\"10.240.0.9\"]\n").replace("- port: 5432", "- port: 8080");
        Simulation s = sim(42, DEPLOY.formatted(2), svc, extra, CLIENT);
        assertEquals(3, s.endpoints("default", "kubia").size());
        assertEquals(2, s.controllerEndpoints("default", "kubia").size());
        assertTrue(s.endpoints("default", "kubia").stream().anyMatch(e -> e.ip().equals("10.240.0.9") && e.pod() == null));
    }

    @Test
    void clusterDnsAnswersAHeadlessSelectorlessServiceWithItsSlicesReadyAddresses() {
        // DNS spec 2.4.1 (headless: one A record per ready endpoint), fed by a hand-written slice
        String headless = DB_SERVICE.replace("spec:\n", "spec:\n  clusterIP: None\n");
        String eps = "- addresses: [\"10.240.0.5\"]\n- addresses: [\"10.240.0.6\"]\n  conditions:\n    ready: false\n";
        Simulation s = sim(42, headless, slice("external-db-1", "external-db", "IPv4", eps), CLIENT);
        DnsAnswer a = ClusterDns.resolve(s.dnsView(), "default", "external-db.default.svc.cluster.local", "A");
        assertEquals("NOERROR", a.rcode());
        assertEquals(List.of("10.240.0.5"), a.answers().stream().map(DnsRecord::value).toList());
    }
}
