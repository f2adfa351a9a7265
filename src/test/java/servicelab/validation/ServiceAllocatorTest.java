package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static servicelab.validation.Fixtures.assertNoErrors;
import static servicelab.validation.Fixtures.assertOnly;
import static servicelab.validation.Fixtures.port;
import static servicelab.validation.Fixtures.service;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.IntOrString;
import servicelab.model.Service;
import servicelab.model.ServiceSpec;

/** The allocation stage: cluster IPs, nodePorts, health-check ports, commit and rollback. */
class ServiceAllocatorTest {

    private final ServiceAllocator allocator = new ServiceAllocator(42);

    private Validator.CreateResult create(String name, Consumer<ServiceSpec.Builder> spec) {
        return Validator.create(service(name, spec), allocator);
    }

    private static Consumer<ServiceSpec.Builder> nodePort(Integer nodePort) {
        return b -> {
            b.type = "NodePort";
            b.ports = List.of(port(null, "TCP", 80, IntOrString.of(8080), nodePort));
        };
    }

    private static Service stored(Validator.CreateResult r) {
        assertNoErrors(r.errors());
        return (Service) r.stored();
    }

    // ---- nodePorts ----

    @Test
    void nodePortOutOfRange() {
        // curriculum §0.3, kubectl: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range ...
        FieldError e = assertOnly(create("kubia", nodePort(8080)).errors(), "spec.ports[0].nodePort", ErrorType.Invalid,
                "spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767");
        assertEquals("v.alloc.nodePort.range", e.key());
        assertEquals(List.of("8080", "30000", "32767"), e.args());
    }

    @Test
    void nodePortAlreadyAllocated() {
        // curriculum §0.3: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated
        stored(create("first", nodePort(30080)));
        assertOnly(create("second", nodePort(30080)).errors(), "spec.ports[0].nodePort", ErrorType.Invalid,
                "spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated");
    }

    @Test
    void allocatorErrorsStopTheCreate() {
        // The invalid name would be a validation error, but allocation runs first and fails.
        Validator.CreateResult r = Validator.create(service("-bad", nodePort(80)), allocator);
        assertEquals(List.of("spec.ports[0].nodePort"), Fixtures.fields(r.errors()));
        assertNull(r.stored());
    }

    @Test
    void rollbackFreesWhatAFailedCreateTook() {
        Validator.CreateResult failed = Validator.create(service("-bad", nodePort(30080)), allocator);
        assertEquals(List.of("metadata.name"), Fixtures.fields(failed.errors()));
        assertFalse(allocator.isNodePortAllocated(30080));
        assertNull(allocator.pending());
        assertEquals(30080, stored(create("good", nodePort(30080))).spec().ports().get(0).nodePort());
    }

    @Test
    void explicitRollback() {
        Service s = (Service) Defaulter.apply(service("web", nodePort(30090)));
        assertTrue(allocator.tryAllocate(s).isEmpty());
        assertEquals(Map.of(0, 30090), allocator.pending().nodePortByPortIndex());
        assertFalse(allocator.isNodePortAllocated(30090));
        allocator.rollback();
        assertTrue(allocator.tryAllocate(s).isEmpty());
        allocator.commit();
        assertTrue(allocator.isNodePortAllocated(30090));
    }

    @Test
    void pendingAllocationMustBeSettledFirst() {
        Service s = (Service) Defaulter.apply(service("web", b -> { }));
        allocator.tryAllocate(s);
        assertThrows(IllegalStateException.class, () -> allocator.tryAllocate(s));
    }

    @Test
    void releaseFreesIpAndPorts() {
        Service s = stored(create("web", nodePort(30100)));
        assertTrue(allocator.isAllocated(s.spec().clusterIP()));
        allocator.release(s);
        assertFalse(allocator.isAllocated(s.spec().clusterIP()));
        assertFalse(allocator.isNodePortAllocated(30100));
    }

    @Test
    void samePortNumberSharesOneNodePort() {
        // findRequestedNodePort / svcPortToNodePort: 53/TCP and 53/UDP get the same nodePort
        Service s = stored(create("dns", b -> {
            b.type = "NodePort";
            b.ports = List.of(port("dns-tcp", "TCP", 53, null, null), port("dns-udp", "UDP", 53, null, 30053));
        }));
        assertEquals(30053, s.spec().ports().get(0).nodePort());
        assertEquals(30053, s.spec().ports().get(1).nodePort());

        Service dynamic = stored(create("dns2", b -> {
            b.type = "NodePort";
            b.ports = List.of(port("dns-tcp", "TCP", 53, null, null), port("dns-udp", "UDP", 53, null, null));
        }));
        assertEquals(dynamic.spec().ports().get(0).nodePort(), dynamic.spec().ports().get(1).nodePort());
    }

    @Test
    void differentPortNumbersCannotShareANodePort() {
        // "duplicate nodeports" in a real create: the allocator rejects the second request
        assertOnly(create("web", b -> {
            b.type = "NodePort";
            b.ports = List.of(port("a", "TCP", 80, null, 30080), port("b", "TCP", 81, null, 30080));
        }).errors(), "spec.ports[1].nodePort", ErrorType.Invalid,
                "spec.ports[1].nodePort: Invalid value: 30080: provided port is already allocated");
    }

    @Test
    void dynamicNodePortsComeFromTheUpperBandAndRepeatWithTheSeed() {
        Service a = stored(create("a", nodePort(null)));
        int np = a.spec().ports().get(0).nodePort();
        assertTrue(np >= 30086 && np <= 32767, "nodePort " + np);
        Service again = stored(Validator.create(service("a", nodePort(null)), new ServiceAllocator(42)));
        assertEquals(np, again.spec().ports().get(0).nodePort());
    }

    @Test
    void loadBalancerWithoutNodePortAllocation() {
        Service s = stored(create("lb", b -> {
            b.type = "LoadBalancer";
            b.allocateLoadBalancerNodePorts = false;
            b.ports = List.of(port("a", "TCP", 80, null, null), port("b", "TCP", 81, null, 30081));
        }));
        assertNull(s.spec().ports().get(0).nodePort());
        assertEquals(30081, s.spec().ports().get(1).nodePort());
    }

    @Test
    void healthCheckNodePortForLocalLoadBalancer() {
        Service s = stored(create("lb", b -> {
            b.type = "LoadBalancer";
            b.externalTrafficPolicy = "Local";
        }));
        int hc = s.spec().healthCheckNodePort();
        assertTrue(allocator.isNodePortAllocated(hc));
        assertTrue(hc != s.spec().ports().get(0).nodePort());
    }

    @Test
    void requestedHealthCheckNodePortOutOfRange() {
        List<FieldError> errs = create("lb", b -> {
            b.type = "LoadBalancer";
            b.externalTrafficPolicy = "Local";
            b.healthCheckNodePort = 80;
        }).errors();
        assertOnly(errs, "spec.healthCheckNodePort", ErrorType.Invalid,
                "Internal error occurred: failed to allocate requested HealthCheck NodePort 80: provided port is not in "
                        + "the valid range. The range of valid ports is 30000-32767");
    }

    // ---- cluster IPs ----

    @Test
    void dynamicClusterIPsAreDeterministic() {
        assertEquals("10.96.100.1", stored(create("a", b -> { })).spec().clusterIP());
        Service second = stored(create("b", b -> { }));
        assertEquals("10.96.100.2", second.spec().clusterIP());
        assertEquals(List.of("10.96.100.2"), second.spec().clusterIPs());
        allocator.release(second);
        assertEquals("10.96.100.2", stored(create("c", b -> { })).spec().clusterIP());
    }

    @Test
    void requestedClusterIPInRange() {
        Service s = stored(create("kubia", b -> b.clusterIP = "10.96.45.10"));
        assertEquals("10.96.45.10", s.spec().clusterIP());
        assertTrue(allocator.isAllocated("10.96.45.10"));
    }

    @Test
    void requestedClusterIPAlreadyAllocated() {
        FieldError e = assertOnly(create("dns", b -> b.clusterIP = "10.96.0.10").errors(), "spec.clusterIPs", ErrorType.Invalid,
                "spec.clusterIPs: Invalid value: [\"10.96.0.10\"]: failed to allocate IP 10.96.0.10: provided IP is already allocated");
        assertEquals("v.alloc.clusterIP.taken", e.key());
        assertTrue(allocator.isAllocated(ServiceAllocator.KUBERNETES_SERVICE_IP));
    }

    @Test
    void requestedClusterIPOutsideTheRange() {
        assertOnly(create("kubia", b -> b.clusterIP = "192.168.1.5").errors(), "spec.clusterIPs", ErrorType.Invalid,
                "spec.clusterIPs: Invalid value: [\"192.168.1.5\"]: failed to allocate IP 192.168.1.5: the provided network does "
                        + "not match the current range");
        // the range's broadcast address is in the ServiceCIDR's prefix: the allocator's own ErrNotInRange
        assertOnly(create("kubia", b -> b.clusterIP = "10.111.255.255").errors(), "spec.clusterIPs", ErrorType.Invalid,
                "spec.clusterIPs: Invalid value: [\"10.111.255.255\"]: failed to allocate IP 10.111.255.255: the provided IP "
                        + "(10.111.255.255) is not in the valid range. The range of valid IPs is 10.96.0.0/12");
        assertNoErrors(create("last", b -> b.clusterIP = "10.111.255.254").errors());
    }

    @Test
    void ipv6ClusterIPOnAnIPv4Cluster() {
        assertOnly(create("kubia", b -> b.clusterIP = "fd00::10").errors(), "spec.clusterIPs[0]", ErrorType.Invalid,
                "spec.clusterIPs[0]: Invalid value: [\"fd00::10\"]: IPv6 is not configured on this cluster");
    }

    @Test
    void requireDualStackOnAnIPv4Cluster() {
        assertOnly(create("kubia", b -> b.ipFamilyPolicy = "RequireDualStack").errors(), "spec.ipFamilyPolicy",
                ErrorType.Invalid,
                "spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": this cluster is not configured for dual-stack services");
        assertNoErrors(create("prefer", b -> b.ipFamilyPolicy = "PreferDualStack").errors());
    }

    @Test
    void ipv6FamilyOnAnIPv4Cluster() {
        assertOnly(create("kubia", b -> b.ipFamilies = List.of("IPv6")).errors(), "spec.ipFamilies[0]", ErrorType.Invalid,
                "spec.ipFamilies[0]: Invalid value: \"IPv6\": not configured on this cluster");
    }

    @Test
    void headlessServiceTakesNoIP() {
        Service s = stored(create("db", b -> b.clusterIP = "None"));
        assertEquals("None", s.spec().clusterIP());
        assertEquals(List.of("IPv4"), s.spec().ipFamilies());
        assertEquals("SingleStack", s.spec().ipFamilyPolicy());
        assertEquals("10.96.100.1", stored(create("next", b -> { })).spec().clusterIP());
    }

    @Test
    void headlessServiceWithoutSelectorMayListBothFamilies() {
        Service s = stored(create("db", b -> {
            b.clusterIP = "None";
            b.selector = null;
        }));
        assertEquals("RequireDualStack", s.spec().ipFamilyPolicy());
        assertEquals(List.of("IPv4", "IPv6"), s.spec().ipFamilies());
    }

    @Test
    void externalNameGetsNothing() {
        Service d = (Service) Defaulter.apply(service("db", b -> {
            b.type = "ExternalName";
            b.externalName = "db.example.com";
        }));
        assertTrue(allocator.tryAllocate(d).isEmpty());
        Allocation a = allocator.commit();
        assertNull(a.clusterIP());
        assertTrue(a.nodePortByPortIndex().isEmpty());
        assertNull(a.healthCheckNodePort());
        assertNull(a.applyTo(d).spec().clusterIPs());
    }

    @Test
    void allocationAppliesToTheStoredService() {
        Service d = (Service) Defaulter.apply(service("web", nodePort(30200)));
        assertTrue(allocator.tryAllocate(d).isEmpty());
        Allocation a = allocator.pending();
        assertNotNull(a.clusterIP());
        Service s = a.applyTo(d);
        assertEquals(a.clusterIP(), s.spec().clusterIP());
        assertEquals(30200, s.spec().ports().get(0).nodePort());
        assertNoErrors(Validator.validate(s));
    }
}
