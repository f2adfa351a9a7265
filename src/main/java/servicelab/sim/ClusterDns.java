package servicelab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cluster DNS as a Pod sees it: the Pod's resolver (search path and {@code ndots:5}) in front of
 * a CoreDNS-like server that answers the cluster zone from a {@link DnsView} and forwards every
 * other name to the view's public DNS table.
 *
 * <p>Records follow the Kubernetes DNS specification (kubernetes/dns docs/specification.md):
 * ClusterIP Service A/SRV/PTR, headless Service A/SRV per ready endpoint, ExternalName CNAME and
 * the {@code a-b-c-d.<ns>.pod.<zone>} Pod names. Where the specification leaves a choice, the
 * simulator does what CoreDNS's kubernetes plugin does with the kubeadm Corefile
 * ({@code pods insecure}): endpoint names {@code <hostname or a-b-c-d>.<svc>.<ns>.svc.<zone>}
 * exist for the ready endpoints of every Service with endpoints, headless SRV records carry the
 * endpoint's (target) port, SRV weights are CoreDNS's {@code floor(100 / n)}, and an endpoint IP
 * has a PTR record back to its endpoint name.
 *
 * <p>All name comparisons are case-insensitive; record owner names are returned in lower case,
 * fully qualified with the trailing dot.
 */
public final class ClusterDns {

    /** The kubelet's resolv.conf option for ClusterFirst Pods. */
    public static final int NDOTS = 5;

    public static final String NOERROR = "NOERROR";
    public static final String NXDOMAIN = "NXDOMAIN";

    /** Record types this server answers; others are rejected. AAAA exists so that IPv4-only names give NODATA. */
    public static final Set<String> TYPES = Set.of("A", "AAAA", "SRV", "PTR", "CNAME");

    // Namespaces every cluster has even when the view shows nothing in them.
    private static final Set<String> BUILT_IN_NAMESPACES = Set.of("default", "kube-system", "kube-public",
            "kube-node-lease");

    private static final String REVERSE_ZONE = "in-addr.arpa";

    // Bounds a chain of ExternalName Services that point at each other inside the cluster.
    private static final int MAX_CNAME_CHAIN = 8;

    private ClusterDns() {
    }

    /**
     * Resolves {@code name} as a Pod in {@code clientNamespace} would: each candidate of
     * {@link #searchCandidates} is asked in turn, and the first one that has records of the type is
     * the answer. A candidate that exists without such records (NODATA) does not stop the search,
     * as in glibc's res_search; if no candidate has records the rcode is NOERROR when one of them
     * existed, NXDOMAIN otherwise. For a PTR query an IPv4 address may be given as the name; it is
     * turned into its {@code in-addr.arpa} name as nslookup and {@code dig -x} do.
     *
     * @param type A, AAAA, SRV, PTR or CNAME (any case)
     * @return the answer with {@code query} exactly as given and {@code type} in upper case
     */
    public static DnsAnswer resolve(DnsView view, String clientNamespace, String name, String type) {
        String t = normalizeType(type);
        List<DnsAnswer> steps = resolveSteps(view, clientNamespace, name, t);
        DnsAnswer last = steps.get(steps.size() - 1);
        if (!last.nxdomain() && !last.answers().isEmpty()) {
            return new DnsAnswer(name, t, NOERROR, last.answers());
        }
        boolean anyExists = steps.stream().anyMatch(a -> !a.nxdomain());
        return new DnsAnswer(name, t, anyExists ? NOERROR : NXDOMAIN, List.of());
    }

    /**
     * The individual queries {@link #resolve} sends, in order, each answered for its absolute name
     * ({@code query} is that candidate): all candidates when none has records, otherwise up to and
     * including the one that ended the search. Meant for traces that show every name tried.
     */
    public static List<DnsAnswer> resolveSteps(DnsView view, String clientNamespace, String name, String type) {
        Objects.requireNonNull(view, "view");
        String t = normalizeType(type);
        List<String> candidates = "PTR".equals(t) && isIpv4(name)
                ? List.of(reverseName(name))
                : searchCandidates(clientNamespace, name, view.clusterDomain());
        List<DnsAnswer> steps = new ArrayList<>();
        for (String candidate : candidates) {
            DnsAnswer answer = lookup(view, candidate, t);
            steps.add(answer);
            if (!answer.nxdomain() && !answer.answers().isEmpty()) {
                break;
            }
        }
        return List.copyOf(steps);
    }

    /**
     * The names a Pod's resolver tries for {@code name}, fully qualified with the trailing dot,
     * for the kubelet's resolv.conf {@code search <ns>.svc.<domain> svc.<domain> <domain>} and
     * {@code options ndots:5}. A name ending in a dot is absolute and tried alone. A name with
     * fewer than 5 dots goes through the search list first and is tried as given last; a name with
     * 5 or more dots is tried as given first, then through the search list (glibc res_search).
     * The name keeps the case it was typed in.
     */
    public static List<String> searchCandidates(String clientNamespace, String name, String domain) {
        Objects.requireNonNull(clientNamespace, "clientNamespace");
        Objects.requireNonNull(domain, "domain");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("empty DNS name");
        }
        String n = name.strip();
        if (n.endsWith(".")) {
            return List.of(n);
        }
        String zone = stripDot(domain.strip().toLowerCase(Locale.ROOT));
        List<String> search = List.of(clientNamespace + ".svc." + zone, "svc." + zone, zone);
        List<String> out = new ArrayList<>();
        boolean asIsFirst = dots(n) >= NDOTS;
        if (asIsFirst) {
            out.add(n + ".");
        }
        for (String suffix : search) {
            out.add(n + "." + suffix + ".");
        }
        if (!asIsFirst) {
            out.add(n + ".");
        }
        return List.copyOf(out);
    }

    /**
     * Answers one absolute name without any search path, as the cluster DNS server itself would.
     * A missing trailing dot is tolerated. For an A or AAAA query on an ExternalName Service the
     * CNAME comes first, followed by what its target resolves to when the target is itself a name
     * in the cluster zone; an external target is not followed.
     */
    public static DnsAnswer lookup(DnsView view, String fqdn, String type) {
        Objects.requireNonNull(view, "view");
        if (fqdn == null || fqdn.isBlank()) {
            throw new IllegalArgumentException("empty DNS name");
        }
        String t = normalizeType(type);
        Zone zone = new Zone(view);
        Result r = zone.answer(stripDot(fqdn.strip().toLowerCase(Locale.ROOT)), t, 0);
        return new DnsAnswer(fqdn, t, r.exists ? NOERROR : NXDOMAIN, r.records);
    }

    /** {@code 10.96.0.1} → {@code 1.0.96.10.in-addr.arpa.}. */
    public static String reverseName(String ipv4) {
        if (!isIpv4(ipv4)) {
            throw new IllegalArgumentException("not an IPv4 address: " + ipv4);
        }
        String[] o = ipv4.strip().split("\\.");
        return o[3] + "." + o[2] + "." + o[1] + "." + o[0] + "." + REVERSE_ZONE + ".";
    }

    /** The FQDN of a Service, with the trailing dot: {@code kubia.default.svc.cluster.local.}. */
    public static String serviceFqdn(String namespace, String service, String domain) {
        return (service + "." + namespace + ".svc." + stripDot(domain)).toLowerCase(Locale.ROOT) + ".";
    }

    /** Dotted-quad IPv4 with decimal octets 0-255 and no leading zeros. */
    public static boolean isIpv4(String s) {
        if (s == null) {
            return false;
        }
        String[] parts = s.strip().split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!isOctet(p)) {
                return false;
            }
        }
        return true;
    }

    private static String normalizeType(String type) {
        Objects.requireNonNull(type, "type");
        String t = type.strip().toUpperCase(Locale.ROOT);
        if (!TYPES.contains(t)) {
            throw new IllegalArgumentException("unsupported DNS record type: " + type);
        }
        return t;
    }

    private static boolean isOctet(String p) {
        if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(p) <= 255;
    }

    private static int dots(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String fq(String nameWithoutDot) {
        return nameWithoutDot + ".";
    }

    /** Whether a name exists, and its records of the asked type (possibly a CNAME chain). */
    private record Result(boolean exists, List<DnsRecord> records) {
        static final Result NX = new Result(false, List.of());
        static final Result NODATA = new Result(true, List.of());
    }

    /**
     * What one name holds, before the query type picks from it: address records, a CNAME
     * target, SRV records, PTR records.
     */
    private record Node(List<DnsRecord> a, String cname, List<DnsRecord> srv, List<DnsRecord> ptr) {
        static final Node EMPTY = new Node(List.of(), null, List.of(), List.of());

        static Node ofA(List<DnsRecord> a) {
            return new Node(a, null, List.of(), List.of());
        }
    }

    /** The cluster zone and the upstream table of one view; one instance per query. */
    private static final class Zone {
        private final DnsView view;
        private final String domain;
        private final Set<String> namespaces = new HashSet<>();
        private final Map<String, String> publicDns = new HashMap<>();

        Zone(DnsView view) {
            this.view = view;
            this.domain = stripDot(view.clusterDomain().strip().toLowerCase(Locale.ROOT));
            namespaces.addAll(BUILT_IN_NAMESPACES);
            for (SimService s : view.services()) {
                namespaces.add(s.namespace().toLowerCase(Locale.ROOT));
            }
            for (SimPod p : view.pods()) {
                namespaces.add(p.namespace().toLowerCase(Locale.ROOT));
            }
            view.publicDns().forEach((k, v) -> publicDns.put(stripDot(k.strip().toLowerCase(Locale.ROOT)), v));
        }

        Result answer(String name, String type, int depth) {
            Node node;
            if (name.equals(domain) || name.endsWith("." + domain)) {
                node = clusterNode(name);
            } else if (name.equals(REVERSE_ZONE) || name.endsWith("." + REVERSE_ZONE)) {
                node = reverseNode(name);
            } else {
                node = publicNode(name);
            }
            if (node == null) {
                return Result.NX;
            }
            if (node.cname() != null && ("A".equals(type) || "AAAA".equals(type) || "CNAME".equals(type))) {
                List<DnsRecord> out = new ArrayList<>();
                out.add(new DnsRecord(fq(name), "CNAME", fq(node.cname())));
                String target = node.cname();
                boolean inCluster = target.equals(domain) || target.endsWith("." + domain);
                if (!"CNAME".equals(type) && inCluster && depth < MAX_CNAME_CHAIN) {
                    out.addAll(answer(target, type, depth + 1).records());
                }
                return new Result(true, List.copyOf(out));
            }
            List<DnsRecord> records = switch (type) {
                case "A" -> node.a();
                case "SRV" -> node.srv();
                case "PTR" -> node.ptr();
                default -> List.of();
            };
            return records.isEmpty() ? Result.NODATA : new Result(true, records);
        }

        // ---- cluster zone: <zone>, svc.<zone>, pod.<zone> and below ----

        private Node clusterNode(String name) {
            String base = name.equals(domain) ? "" : name.substring(0, name.length() - domain.length() - 1);
            if (base.isEmpty() || base.equals("svc") || base.equals("pod")) {
                return Node.EMPTY;
            }
            String[] labels = base.split("\\.", -1);
            for (String l : labels) {
                if (l.isEmpty()) {
                    return null;
                }
            }
            String kind = labels[labels.length - 1];
            if (labels.length < 2 || !(kind.equals("svc") || kind.equals("pod"))) {
                return null;
            }
            String ns = labels[labels.length - 2];
            if (!namespaces.contains(ns)) {
                return null;
            }
            if (kind.equals("pod")) {
                return podNode(labels, name);
            }
            return switch (labels.length) {
                case 2 -> Node.EMPTY; // <ns>.svc.<zone>: the namespace exists, no records of its own
                case 3 -> serviceNode(ns, labels[0], name);
                case 4 -> endpointNode(ns, labels[1], labels[0], name);
                case 5 -> srvNode(ns, labels[2], labels[0], labels[1], name);
                default -> null;
            };
        }

        // <a-b-c-d>.<ns>.pod.<zone>: answered for any well-formed address (CoreDNS "pods insecure",
        // spec 2.6 "for any values of a, b, c, d").
        private Node podNode(String[] labels, String name) {
            if (labels.length == 2) {
                return Node.EMPTY;
            }
            if (labels.length != 3) {
                return null;
            }
            String ip = labels[0].replace('-', '.');
            if (dots(ip) != 3 || !isIpv4(ip)) {
                return null;
            }
            return Node.ofA(List.of(new DnsRecord(fq(name), "A", ip)));
        }

        private Node serviceNode(String ns, String svcName, String name) {
            SimService svc = findService(ns, svcName);
            if (svc == null) {
                return null;
            }
            if (svc.isExternalName()) {
                String target = svc.externalName() == null ? "" : svc.externalName().strip().toLowerCase(Locale.ROOT);
                return target.isEmpty() ? Node.EMPTY : new Node(List.of(), stripDot(target), List.of(), List.of());
            }
            if (hasClusterIp(svc)) {
                return Node.ofA(List.of(new DnsRecord(fq(name), "A", svc.clusterIP())));
            }
            // Headless: one A per ready endpoint; spec 2.4.1 says NXDOMAIN when there is none.
            Set<String> ips = new LinkedHashSet<>();
            for (Endpoint e : published(svc)) {
                ips.add(e.ip());
            }
            if (ips.isEmpty()) {
                return null;
            }
            List<DnsRecord> a = new ArrayList<>();
            for (String ip : ips) {
                a.add(new DnsRecord(fq(name), "A", ip));
            }
            return Node.ofA(List.copyOf(a));
        }

        private Node endpointNode(String ns, String svcName, String host, String name) {
            SimService svc = findService(ns, svcName);
            if (svc == null || svc.isExternalName()) {
                return null;
            }
            Set<String> ips = new LinkedHashSet<>();
            for (Endpoint e : published(svc)) {
                if (endpointHostname(e).equalsIgnoreCase(host)) {
                    ips.add(e.ip());
                }
            }
            if (ips.isEmpty()) {
                return null;
            }
            List<DnsRecord> a = new ArrayList<>();
            for (String ip : ips) {
                a.add(new DnsRecord(fq(name), "A", ip));
            }
            return Node.ofA(List.copyOf(a));
        }

        // _<port>._<proto>.<svc>.<ns>.svc.<zone>; unnamed ports have no SRV (spec 2.3.2, 2.4.2).
        private Node srvNode(String ns, String svcName, String portLabel, String protoLabel, String name) {
            if (!portLabel.startsWith("_") || !protoLabel.startsWith("_")) {
                return null;
            }
            String portName = portLabel.substring(1);
            String proto = protoLabel.substring(1);
            SimService svc = findService(ns, svcName);
            if (svc == null || svc.isExternalName() || portName.isEmpty()) {
                return null;
            }
            List<SimService.Port> ports = new ArrayList<>();
            for (SimService.Port p : svc.ports()) {
                if (p.name() != null && p.name().equalsIgnoreCase(portName) && protocol(p).equalsIgnoreCase(proto)) {
                    ports.add(p);
                }
            }
            if (ports.isEmpty()) {
                return null;
            }
            // priority, port, target; the weight depends on how many records there are.
            List<Object[]> rows = new ArrayList<>();
            if (hasClusterIp(svc)) {
                String target = serviceFqdn(svc.namespace(), svc.name(), domain);
                for (SimService.Port p : ports) {
                    rows.add(new Object[] {p.port(), target});
                }
            } else {
                for (Endpoint e : published(svc)) {
                    String target = fq(endpointHostname(e).toLowerCase(Locale.ROOT) + "."
                            + stripDot(serviceFqdn(svc.namespace(), svc.name(), domain)));
                    for (SimService.Port p : ports) {
                        Integer port = e.ports().get(p.name());
                        if (port != null) {
                            rows.add(new Object[] {port, target});
                        }
                    }
                }
            }
            if (rows.isEmpty()) {
                return null;
            }
            int weight = srvWeight(rows.size());
            List<DnsRecord> srv = new ArrayList<>();
            for (Object[] row : rows) {
                srv.add(new DnsRecord(fq(name), "SRV", "0 " + weight + " " + row[0] + " " + row[1]));
            }
            return new Node(List.of(), null, List.copyOf(srv), List.of());
        }

        // ---- reverse zone ----

        // A cluster IP maps to its Service (spec 2.3.3); otherwise every Service endpoint with that
        // IP maps to its endpoint name (spec 2.4.3 for headless; CoreDNS does it for all Services).
        private Node reverseNode(String name) {
            String[] labels = name.split("\\.");
            if (labels.length != 6) {
                return null;
            }
            String ip = labels[3] + "." + labels[2] + "." + labels[1] + "." + labels[0];
            if (!isIpv4(ip)) {
                return null;
            }
            for (SimService s : view.services()) {
                if (!s.isExternalName() && hasClusterIp(s) && ip.equals(s.clusterIP())) {
                    return ptr(name, List.of(serviceFqdn(s.namespace(), s.name(), domain)));
                }
            }
            List<String> targets = new ArrayList<>();
            for (SimService s : view.services()) {
                if (s.isExternalName()) {
                    continue;
                }
                for (Endpoint e : published(s)) {
                    if (ip.equals(e.ip())) {
                        String t = fq(endpointHostname(e).toLowerCase(Locale.ROOT) + "."
                                + stripDot(serviceFqdn(s.namespace(), s.name(), domain)));
                        if (!targets.contains(t)) {
                            targets.add(t);
                        }
                    }
                }
            }
            return targets.isEmpty() ? null : ptr(name, targets);
        }

        private static Node ptr(String name, List<String> targets) {
            List<DnsRecord> out = new ArrayList<>();
            for (String t : targets) {
                out.add(new DnsRecord(fq(name), "PTR", t));
            }
            return new Node(List.of(), null, List.of(), List.copyOf(out));
        }

        // ---- everything else goes upstream ----

        private Node publicNode(String name) {
            String ip = publicDns.get(name);
            return ip == null ? null : Node.ofA(List.of(new DnsRecord(fq(name), "A", ip)));
        }

        // ---- helpers ----

        private SimService findService(String ns, String name) {
            for (SimService s : view.services()) {
                if (s.namespace().equalsIgnoreCase(ns) && s.name().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            return null;
        }

        // Endpoints DNS publishes: ready ones, or all of them when the Service tolerates unready ones.
        private List<Endpoint> published(SimService svc) {
            List<Endpoint> all = view.endpointsByService().getOrDefault(svc.key(), List.of());
            List<Endpoint> out = new ArrayList<>();
            for (Endpoint e : all) {
                if (e.ip() != null && (e.ready() || svc.publishNotReadyAddresses())) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    private static boolean hasClusterIp(SimService svc) {
        String ip = svc.clusterIP();
        return ip != null && !ip.isBlank() && !"None".equals(ip);
    }

    private static String protocol(SimService.Port p) {
        return p.protocol() == null || p.protocol().isBlank() ? "TCP" : p.protocol();
    }

    // The endpoint's hostname, or its IP with dashes when it has none (CoreDNS endpointHostname).
    private static String endpointHostname(Endpoint e) {
        return e.hostname() != null && !e.hostname().isBlank() ? e.hostname() : e.ip().replace('.', '-');
    }

    // CoreDNS backend_lookup SRV: all records share priority 0 and split a weight of 100.
    private static int srvWeight(int count) {
        double w = 100.0 / (100.0 * count);
        w *= 100;
        return (int) Math.floor(w);
    }
}
