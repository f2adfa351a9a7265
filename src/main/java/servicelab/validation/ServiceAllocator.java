package servicelab.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.model.ServiceSpec;

/**
 * The Service allocation stage of the API server (pkg/registry/core/service/storage/alloc.go),
 * which runs before validation: IP family checks, the cluster IP from 10.96.0.0/12 and nodePorts
 * from 30000-32767. Its errors stop a create before validation runs.
 *
 * <p>Use: {@code tryAllocate} (nothing is taken if it returns errors), then validate the Service
 * with {@link Allocation#applyTo} of {@link #pending()}, then {@link #commit()} if the create goes
 * through or {@link #rollback()} if it does not.
 *
 * <p>Choices that make the simulation repeatable: a dynamic cluster IP is the first free address
 * at or after 10.96.100.1 in the upper ("dynamic") band of the range, then the rest of that band,
 * then the lower 256 addresses that Kubernetes keeps for static picks. A dynamic nodePort starts at
 * a position drawn from the Random given to the constructor, inside the upper band 30086-32767,
 * and scans forward; the lower band 30000-30085 is used last, as in Kubernetes.
 */
public final class ServiceAllocator {
    public static final String SERVICE_CIDR = "10.96.0.0/12";
    public static final String KUBERNETES_SERVICE_IP = "10.96.0.1";
    public static final String KUBE_DNS_IP = "10.96.0.10";
    public static final int NODE_PORT_MIN = 30000;
    public static final int NODE_PORT_MAX = 32767;
    public static final String NODE_PORT_RANGE = NODE_PORT_MIN + "-" + NODE_PORT_MAX;

    private static final long NETWORK = Ip.parse("10.96.0.0").v4Value();
    private static final int SIZE = 1 << 20; // /12; offsets 0 (network) and SIZE-1 (broadcast) are not usable
    private static final int STATIC_IP_BAND = 256; // min(max(16, size/16), 256)
    private static final int FIRST_DYNAMIC_IP = (int) (Ip.parse("10.96.100.1").v4Value() - NETWORK);
    private static final int PORT_COUNT = NODE_PORT_MAX - NODE_PORT_MIN + 1;
    private static final int STATIC_PORT_BAND = 86; // min(max(16, 2768/32), 128)

    private final BitSet ips = new BitSet(SIZE);
    private final BitSet nodePorts = new BitSet(PORT_COUNT);
    private final Random random;
    private Pending pending;

    private record Pending(Allocation allocation, BitSet ips, BitSet nodePorts) {
    }

    /** A cluster whose `kubernetes` (10.96.0.1) and `kube-dns` (10.96.0.10) Services exist. */
    public ServiceAllocator(Random nodePortRandom) {
        this.random = nodePortRandom;
        ips.set(offset(KUBERNETES_SERVICE_IP));
        ips.set(offset(KUBE_DNS_IP));
    }

    public ServiceAllocator(long seed) {
        this(new Random(seed));
    }

    /**
     * Allocates what the defaulted Service needs, or returns the allocator's errors and takes
     * nothing. On success the allocation is pending until {@link #commit()} or {@link #rollback()}.
     */
    public List<FieldError> tryAllocate(Service defaulted) {
        if (pending != null) {
            throw new IllegalStateException("commit() or rollback() the pending allocation first");
        }
        ServiceSpec spec = defaulted.spec() == null ? ServiceSpec.builder().build() : defaulted.spec();
        String type = GoValues.nz(spec.type());
        if (type.equals("ExternalName")) {
            pending = new Pending(new Allocation(null, Map.of(), null), new BitSet(), new BitSet());
            return List.of();
        }
        List<FieldError> errs = ipFamilyChecks(spec);
        if (!errs.isEmpty()) {
            return errs;
        }
        BitSet newIps = new BitSet();
        BitSet newPorts = new BitSet();
        List<String> clusterIPs = spec.clusterIPs() == null ? List.of() : spec.clusterIPs();
        String clusterIP;
        if (!clusterIPs.isEmpty() && clusterIPs.get(0).equals("None")) {
            clusterIP = "None";
        } else {
            clusterIP = allocateIp(clusterIPs, newIps, errs);
            if (clusterIP == null) {
                return errs;
            }
        }
        Map<Integer, Integer> byIndex = new LinkedHashMap<>();
        if (type.equals("NodePort") || type.equals("LoadBalancer")) {
            if (!allocateNodePorts(spec, type, newPorts, byIndex, errs)) {
                return errs;
            }
        }
        Integer healthCheck = null;
        if (ServiceValidation.needsHealthCheck(spec, type)) {
            healthCheck = allocateHealthCheck(spec, newPorts, errs);
            if (healthCheck == null) {
                return errs;
            }
        }
        pending = new Pending(new Allocation(clusterIP, byIndex, healthCheck), newIps, newPorts);
        return List.of();
    }

    /** The allocation waiting for commit or rollback, or null. */
    public Allocation pending() {
        return pending == null ? null : pending.allocation();
    }

    /** Keeps the pending allocation (the create succeeded) and returns it. */
    public Allocation commit() {
        if (pending == null) {
            throw new IllegalStateException("nothing to commit");
        }
        ips.or(pending.ips());
        nodePorts.or(pending.nodePorts());
        Allocation a = pending.allocation();
        pending = null;
        return a;
    }

    /** Drops the pending allocation (validation failed after allocation). */
    public void rollback() {
        pending = null;
    }

    /** Frees what a stored (allocated) Service holds, e.g. when it is deleted. */
    public void release(Service stored) {
        ServiceSpec spec = stored.spec() == null ? ServiceSpec.builder().build() : stored.spec();
        Ip ip = Ip.parse(spec.clusterIP());
        if (ip != null && ip.isV4()) {
            long off = ip.v4Value() - NETWORK;
            if (off > 0 && off < SIZE - 1) {
                ips.clear((int) off);
            }
        }
        for (ServicePort p : spec.portsOrEmpty()) {
            releasePort(GoValues.nz(p.nodePort()));
        }
        if (ServiceValidation.needsHealthCheck(spec, GoValues.nz(spec.type()))) {
            releasePort(GoValues.nz(spec.healthCheckNodePort()));
        }
    }

    public boolean isAllocated(String ip) {
        Ip parsed = Ip.parse(ip);
        if (parsed == null || !parsed.isV4()) {
            return false;
        }
        long off = parsed.v4Value() - NETWORK;
        return off > 0 && off < SIZE - 1 && ips.get((int) off);
    }

    public boolean isNodePortAllocated(int port) {
        return port >= NODE_PORT_MIN && port <= NODE_PORT_MAX && nodePorts.get(port - NODE_PORT_MIN);
    }

    /** ipFamilyPolicy as initIPFamilyFields settles it on create. */
    static String familyPolicy(ServiceSpec spec) {
        if (spec.ipFamilyPolicy() != null) {
            return spec.ipFamilyPolicy();
        }
        return headlessSelectorless(spec) ? "RequireDualStack" : "SingleStack";
    }

    /** ipFamilies as this single-stack IPv4 cluster fills them in. */
    static List<String> ipFamilies(ServiceSpec spec) {
        List<String> families = spec.ipFamilies() == null || spec.ipFamilies().isEmpty()
                ? new ArrayList<>(List.of("IPv4")) : new ArrayList<>(spec.ipFamilies());
        // Headless Services without a selector may list both families even on a single-stack cluster.
        if (headlessSelectorless(spec) && families.size() < 2 && !familyPolicy(spec).equals("SingleStack")) {
            families.add(families.get(0).equals("IPv4") ? "IPv6" : "IPv4");
        }
        return List.copyOf(families);
    }

    private static boolean headlessSelectorless(ServiceSpec spec) {
        return "None".equals(spec.clusterIP()) && spec.selectorOrEmpty().isEmpty();
    }

    /** initIPFamilyFields: loose pre-validation, then what a single-stack IPv4 cluster cannot give. */
    private static List<FieldError> ipFamilyChecks(ServiceSpec spec) {
        List<FieldError> errs = new ArrayList<>();
        ServiceValidation.clusterIPsRelatedFields(errs, spec);
        if (!errs.isEmpty()) {
            return errs;
        }
        String policy = familyPolicy(spec);
        List<String> clusterIPs = spec.clusterIPs() == null ? List.of() : spec.clusterIPs();
        List<String> families = spec.ipFamilies() == null ? List.of() : spec.ipFamilies();
        if (policy.equals("SingleStack")) {
            if (clusterIPs.size() == 2) {
                errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy,
                        "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified")
                        .explain("v.service.ipFamilyPolicy.invalid", policy));
            }
            if (families.size() == 2) {
                errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy,
                        "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified")
                        .explain("v.service.ipFamilyPolicy.invalid", policy));
            }
        }
        for (int i = 0; i < clusterIPs.size(); i++) {
            if (clusterIPs.get(i).equals("None")) {
                break;
            }
            if (i >= families.size() && !Ip.parse(clusterIPs.get(i)).isV4()) {
                errs.add(FieldError.invalid("spec.clusterIPs[" + i + "]", clusterIPs, "IPv6 is not configured on this cluster")
                        .explain("v.alloc.ipFamily.notConfigured", "IPv6"));
            }
        }
        if (!errs.isEmpty() || headlessSelectorless(spec)) {
            return errs;
        }
        if (policy.equals("RequireDualStack")) {
            errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy, "this cluster is not configured for dual-stack services")
                    .explain("v.alloc.ipFamily.notConfigured", "RequireDualStack"));
        }
        for (int i = 0; i < families.size(); i++) {
            if (!families.get(i).equals("IPv4")) {
                errs.add(FieldError.invalid("spec.ipFamilies[" + i + "]", families.get(i), "not configured on this cluster")
                        .explain("v.alloc.ipFamily.notConfigured", families.get(i)));
            }
        }
        return errs;
    }

    /** The cluster IP (as requested, or the next free one), or null after adding the error. */
    private String allocateIp(List<String> clusterIPs, BitSet newIps, List<FieldError> errs) {
        String requested = clusterIPs.isEmpty() ? "" : clusterIPs.get(0);
        if (requested.isEmpty()) {
            int off = nextFreeIp();
            if (off < 0) {
                errs.add(internalError("spec.clusterIPs", "failed to allocate a serviceIP: range is full")
                        .explain("v.alloc.clusterIP.full", SERVICE_CIDR));
                return null;
            }
            newIps.set(off);
            return Ip.v4String(NETWORK + off);
        }
        Ip ip = Ip.parse(requested);
        long off = ip.v4Value() - NETWORK;
        String prefix = "failed to allocate IP " + requested + ": ";
        if (off <= 0 || off >= SIZE - 1) {
            errs.add(FieldError.invalid("spec.clusterIPs", clusterIPs, prefix + outOfRange(requested, off == 0 || off == SIZE - 1, GoValues.MINOR))
                    .explain("v.alloc.clusterIP.range", requested, SERVICE_CIDR));
            return null;
        }
        if (ips.get((int) off)) {
            errs.add(FieldError.invalid("spec.clusterIPs", clusterIPs, prefix + "provided IP is already allocated")
                    .explain("v.alloc.clusterIP.taken", requested));
            return null;
        }
        newIps.set((int) off);
        return requested;
    }

    /**
     * Why a requested cluster IP outside the usable range is refused. Up to v1.32 the one bitmap
     * allocator answers ErrNotInRange. From v1.33 (MultiCIDRServiceAllocator GA) the MetaAllocator
     * first looks for a ServiceCIDR holding the address (cidrallocator.go getAllocator:
     * ErrMismatchedNetwork); only the network and broadcast addresses of the range reach the
     * allocator's own ErrNotInRange (ipallocator/interfaces.go).
     */
    static String outOfRange(String ip, boolean inPrefix, int minor) {
        if (minor >= 33 && !inPrefix) {
            return "the provided network does not match the current range";
        }
        return "the provided IP (" + ip + ") is not in the valid range. The range of valid IPs is " + SERVICE_CIDR;
    }

    private int nextFreeIp() {
        int found = ips.nextClearBit(FIRST_DYNAMIC_IP);
        if (found < SIZE - 1) {
            return found;
        }
        found = ips.nextClearBit(STATIC_IP_BAND + 1);
        if (found < FIRST_DYNAMIC_IP) {
            return found;
        }
        found = ips.nextClearBit(1);
        return found <= STATIC_IP_BAND ? found : -1;
    }

    /**
     * initNodePorts: ports with the same port number share one nodePort, a requested value is
     * taken as is, a LoadBalancer with allocateLoadBalancerNodePorts=false gets only requested ones.
     */
    private boolean allocateNodePorts(ServiceSpec spec, String type, BitSet newPorts, Map<Integer, Integer> byIndex,
                                      List<FieldError> errs) {
        boolean allocateNew = type.equals("NodePort") || !Boolean.FALSE.equals(spec.allocateLoadBalancerNodePorts());
        List<ServicePort> ports = spec.portsOrEmpty();
        Map<Integer, Integer> byPortNumber = new HashMap<>();
        for (int i = 0; i < ports.size(); i++) {
            int nodePort = GoValues.nz(ports.get(i).nodePort());
            int port = GoValues.nz(ports.get(i).port());
            if (nodePort == 0 && !allocateNew) {
                continue;
            }
            Integer shared = byPortNumber.get(port);
            String path = "spec.ports[" + i + "].nodePort";
            if (shared == null) {
                int requested = requestedNodePort(port, ports);
                int chosen;
                if (requested != 0) {
                    if (!takePort(requested, newPorts, path, errs)) {
                        return false;
                    }
                    chosen = requested;
                } else {
                    chosen = nextFreePort(newPorts);
                    if (chosen < 0) {
                        errs.add(internalError(path, "failed to allocate a nodePort: range is full")
                                .explain("v.alloc.nodePort.full", NODE_PORT_RANGE));
                        return false;
                    }
                    newPorts.set(chosen - NODE_PORT_MIN);
                }
                byIndex.put(i, chosen);
                byPortNumber.put(port, chosen);
            } else if (nodePort == 0 || nodePort == shared) {
                byIndex.put(i, shared);
            } else {
                if (!takePort(nodePort, newPorts, path, errs)) {
                    return false;
                }
                byIndex.put(i, nodePort);
            }
        }
        return true;
    }

    /** findRequestedNodePort: the first entry with this port number that names a nodePort. */
    private static int requestedNodePort(int port, List<ServicePort> ports) {
        for (ServicePort p : ports) {
            if (GoValues.nz(p.port()) == port && GoValues.nz(p.nodePort()) != 0) {
                return p.nodePort();
            }
        }
        return 0;
    }

    private boolean takePort(int port, BitSet newPorts, String path, List<FieldError> errs) {
        String problem = portProblem(port, newPorts);
        if (problem != null) {
            String key = problem.startsWith("provided port is not") ? "v.alloc.nodePort.range" : "v.alloc.nodePort.taken";
            errs.add(FieldError.invalid(path, port, problem)
                    .explain(key, String.valueOf(port), String.valueOf(NODE_PORT_MIN), String.valueOf(NODE_PORT_MAX)));
            return false;
        }
        newPorts.set(port - NODE_PORT_MIN);
        return true;
    }

    /** The portallocator's error text for this port, or null when it can be taken. */
    private String portProblem(int port, BitSet newPorts) {
        if (port < NODE_PORT_MIN || port > NODE_PORT_MAX) {
            return "provided port is not in the valid range. The range of valid ports is " + NODE_PORT_RANGE;
        }
        if (nodePorts.get(port - NODE_PORT_MIN) || newPorts.get(port - NODE_PORT_MIN)) {
            return "provided port is already allocated";
        }
        return null;
    }

    private int nextFreePort(BitSet newPorts) {
        BitSet used = (BitSet) nodePorts.clone();
        used.or(newPorts);
        int dynamic = PORT_COUNT - STATIC_PORT_BAND;
        int start = random.nextInt(dynamic);
        for (int k = 0; k < dynamic; k++) {
            int off = STATIC_PORT_BAND + (start + k) % dynamic;
            if (!used.get(off)) {
                return NODE_PORT_MIN + off;
            }
        }
        int off = used.nextClearBit(0);
        return off < STATIC_PORT_BAND ? NODE_PORT_MIN + off : -1;
    }

    /** allocHealthCheckNodePort; its failures are internal errors in the API server. */
    private Integer allocateHealthCheck(ServiceSpec spec, BitSet newPorts, List<FieldError> errs) {
        int requested = GoValues.nz(spec.healthCheckNodePort());
        String path = "spec.healthCheckNodePort";
        if (requested != 0) {
            String problem = portProblem(requested, newPorts);
            if (problem != null) {
                errs.add(internalError(path, "failed to allocate requested HealthCheck NodePort " + requested + ": " + problem)
                        .explain("v.alloc.healthCheckNodePort", String.valueOf(requested), NODE_PORT_RANGE));
                return null;
            }
            newPorts.set(requested - NODE_PORT_MIN);
            return requested;
        }
        int next = nextFreePort(newPorts);
        if (next < 0) {
            errs.add(internalError(path, "failed to allocate a HealthCheck NodePort 0: range is full")
                    .explain("v.alloc.nodePort.full", NODE_PORT_RANGE));
            return null;
        }
        newPorts.set(next - NODE_PORT_MIN);
        return next;
    }

    /**
     * An API-server InternalError (HTTP 500), which has no field-error type of its own: kept on
     * the field it concerns, typed Invalid, with the message kubectl prints after "Error from server".
     */
    private static FieldError internalError(String field, String message) {
        return FieldError.of(field, ErrorType.Invalid, "Internal error occurred: " + message);
    }

    private void releasePort(int port) {
        if (port >= NODE_PORT_MIN && port <= NODE_PORT_MAX) {
            nodePorts.clear(port - NODE_PORT_MIN);
        }
    }

    private static int offset(String ip) {
        return (int) (Ip.parse(ip).v4Value() - NETWORK);
    }
}
