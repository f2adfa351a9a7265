package servicelab.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.ContainerPort;
import servicelab.model.LabelSelector;
import servicelab.model.NetworkPolicy;

/**
 * The network plugin's NetworkPolicy enforcement (kubernetes.io, "Network Policies"): a pod is
 * isolated in a direction when a policy of its namespace selects it and lists that type; then a
 * connection passes only if one of those policies has a rule whose peers and ports match it.
 * Both ends count: the sender's egress, then the receiver's ingress. Connections from the pod's
 * own node always pass (kubelet probes; traffic the node forwards). Pod selectors see the pod
 * kube-proxy chose (after DNAT), ports are the pod's; replies are never checked.
 */
public final class NetworkPolicies {
    /** The cluster DNS as policies see it: pods of kube-system labelled k8s-app=kube-dns, ports 53 (dns UDP, dns-tcp TCP). */
    static final Map<String, String> DNS_LABELS = Map.of("k8s-app", "kube-dns");
    private final Simulation sim;
    private final Map<String, NetworkPolicy> policies = new LinkedHashMap<>();
    /** Whether the default world's network plugin enforces policies (it does; a test or tool may turn it off). */
    private boolean enforced = true;
    /** The ConfigMap a flannel install leaves (kube-flannel/kube-flannel-cfg): its network plugin, flannel alone, enforces no policy. */
    static final String FLANNEL = "kube-flannel/kube-flannel-cfg";

    NetworkPolicies(Simulation sim) {
        this.sim = sim;
    }

    void put(NetworkPolicy p) {
        policies.put(p.namespaceOrDefault() + "/" + p.name(), p);
    }

    void remove(NetworkPolicy p) {
        policies.remove(p.namespaceOrDefault() + "/" + p.name());
    }

    /** Whether policies take effect: the plugin enforces them, and the scene does not run flannel alone. */
    public boolean enforced() {
        return enforced && plugin() == null;
    }

    /** The scene's network plugin when it is one that enforces no NetworkPolicy ("flannel"), else null (the default, which does). */
    public String plugin() {
        return sim.configMaps.containsKey(FLANNEL) ? "flannel" : null;
    }

    public void setEnforced(boolean enforced) {
        this.enforced = enforced;
    }

    public List<NetworkPolicy> all() {
        return List.copyOf(policies.values());
    }

    /** One end of a connection: a pod (namespace, labels, container ports, node) or only an address. */
    record End(String namespace, Map<String, String> labels, List<ContainerPort> ports, String node, String ip) {
        static End pod(PodRuntime p) {
            return new End(p.namespace, p.labels, p.containerPorts(), p.node, Ipv4.format(p.ip));
        }

        static End address(String ip) {
            return new End(null, null, List.of(), null, ip);
        }

        /** A cluster DNS pod behind the kube-dns Service (the app does not run them as pods of their own). */
        static End dns(String ip) {
            return new End("kube-system", DNS_LABELS, List.of(new ContainerPort("dns", 53, "UDP", null), new ContainerPort("dns-tcp", 53, "TCP", null)),
                    null, ip);
        }

        boolean isPod() {
            return namespace != null;
        }
    }

    /** Why a connection was dropped: the direction, and the policies that isolate that end (none of them allows it). */
    public record Drop(String direction, List<String> policies) {
        public String policiesText() {
            return String.join(", ", policies);
        }
    }

    /**
     * Which pods the policies isolate, for the diagram: pod key (namespace/name) → "Ingress NS/NAME"
     * and "Egress NS/NAME" for each policy that isolates it in that direction; pods nobody
     * isolates are left out, and nothing is isolated where the plugin does not enforce policies.
     */
    Map<String, List<String>> isolation(List<SimPod> pods) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (policies.isEmpty()) {
            return out;
        }
        boolean on = enforced();
        for (SimPod p : pods) {
            End e = new End(p.namespace(), p.labels(), p.ports(), p.node(), p.ip());
            List<String> by = new ArrayList<>();
            for (String type : List.of("Ingress", "Egress")) {
                // where the plugin enforces nothing, the pod is only "selected": the diagram says the policy has no effect
                names(isolating(e, type)).forEach(n -> by.add((on ? type : "Unenforced") + " " + n));
            }
            if (!by.isEmpty()) {
                out.put(p.key(), by);
            }
        }
        return out;
    }

    /** Whether a DNS lookup from that pod reaches the cluster DNS (UDP 53 to kube-system's kube-dns pods): null when it does. */
    public Drop lookupFrom(String namespace, String pod) {
        PodRuntime p = sim.pod(namespace, pod);
        return p == null ? null : check(End.pod(p), End.dns(sim.world.dnsIP()), 53, "UDP");
    }

    /** Whether the plugin drops a connection from {@code from} to {@code to} on that port: null when it passes. */
    Drop check(End from, End to, int port, String protocol) {
        Drop d = egress(from, to, port, protocol);
        return d != null ? d : ingress(from, to, port, protocol);
    }

    /**
     * A connection arriving at a pod: the client pod's egress (unless a proxy opened this
     * connection: its egress was checked on the way to the proxy), then the pod's ingress from
     * the source address it sees (the client pod itself when nothing rewrote the source).
     */
    Drop arriving(Router.Client client, boolean proxied, String src, PodRuntime pod, int port) {
        End to = End.pod(pod);
        End sender = client.external() ? null : End.pod(client.pod());
        End from = sender != null && src.equals(client.ip()) ? sender : End.address(src);
        Drop d = sender == null || proxied ? null : egress(sender, to, port, "TCP");
        return d != null ? d : ingress(from, to, port, "TCP");
    }

    /** A pod client's connection to an address that is no pod (a proxy's, the Internet's). */
    Drop leaving(Router.Client client, String dst, int port) {
        return client.external() ? null : egress(End.pod(client.pod()), End.address(dst), port, "TCP");
    }

    /** The sender's side: a pod isolated for egress sends only what one of its policies allows. */
    Drop egress(End from, End to, int port, String protocol) {
        if (!enforced() || !from.isPod()) {
            return null;
        }
        List<NetworkPolicy> iso = isolating(from, "Egress");
        if (!iso.isEmpty() && iso.stream().noneMatch(p -> allows(p.egressOrEmpty(), p.namespaceOrDefault(), to, port, protocol, to))) {
            return new Drop("egress", names(iso));
        }
        return null;
    }

    /** The receiver's side: a pod isolated for ingress takes only what one of its policies allows, and always its own node. */
    Drop ingress(End from, End to, int port, String protocol) {
        if (!enforced() || !to.isPod() || to.node() != null && from.ip() != null && from.ip().equals(nodeIp(to.node()))) {
            return null;
        }
        List<NetworkPolicy> iso = isolating(to, "Ingress");
        if (!iso.isEmpty() && iso.stream().noneMatch(p -> allows(p.ingressOrEmpty(), p.namespaceOrDefault(), from, port, protocol, to))) {
            return new Drop("ingress", names(iso));
        }
        return null;
    }

    private String nodeIp(String node) {
        NodeInfo n = sim.world.node(node);
        return n == null ? null : n.ip();
    }

    /** The policies that select this pod and isolate it in that direction ("Ingress" or "Egress"). */
    List<NetworkPolicy> isolating(End pod, String type) {
        List<NetworkPolicy> out = new ArrayList<>();
        for (NetworkPolicy p : policies.values()) {
            if (p.namespaceOrDefault().equals(pod.namespace()) && selects(p.podSelector(), pod.labels()) && types(p).contains(type)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a policy selects the pod: its podSelector (empty: every pod) over the pod's labels. */
    static boolean selects(LabelSelector s, Map<String, String> labels) {
        return s == null || s.matches(labels);
    }

    /** policyTypes, or what the API server defaults them to: Ingress, and Egress when there are egress rules. */
    public static List<String> types(NetworkPolicy p) {
        if (!p.policyTypesOrEmpty().isEmpty()) {
            return p.policyTypesOrEmpty();
        }
        return p.egressOrEmpty().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private static List<String> names(List<NetworkPolicy> ps) {
        return ps.stream().map(p -> p.namespaceOrDefault() + "/" + p.name()).sorted().toList();
    }

    /** Rules OR; within a rule, a matching peer AND a matching port; no peers or no ports match all. */
    private boolean allows(List<NetworkPolicy.Rule> rules, String policyNs, End peer, int port, String protocol, End podSide) {
        for (NetworkPolicy.Rule r : rules) {
            boolean ports = r.portsOrEmpty().isEmpty() || r.portsOrEmpty().stream().anyMatch(p -> portMatches(p, port, protocol, podSide));
            boolean peers = r.peersOrEmpty().isEmpty() || r.peersOrEmpty().stream().anyMatch(p -> peerMatches(p, policyNs, peer));
            if (ports && peers) {
                return true;
            }
        }
        return false;
    }

    /** A port: the protocol (TCP by default) and a number, a range up to endPort, or the name of a port of the pod side. */
    static boolean portMatches(NetworkPolicy.Port p, int port, String protocol, End podSide) {
        String proto = p.protocol() == null ? "TCP" : p.protocol();
        if (!proto.equals(protocol)) {
            return false;
        }
        if (p.port() == null) {
            return true;
        }
        if (p.port().isInt()) {
            int from = p.port().intValue();
            int to = p.endPort() == null ? from : p.endPort();
            return port >= from && port <= to;
        }
        return podSide.ports().stream().anyMatch(cp -> p.port().strValue().equals(cp.name()) && cp.containerPort() != null
                && cp.containerPort() == port && proto.equals(cp.protocol() == null ? "TCP" : cp.protocol()));
    }

    /** A peer: pods of the policy's namespace, pods of the selected namespaces, both (AND), or addresses in a block. */
    private boolean peerMatches(NetworkPolicy.Peer p, String policyNs, End e) {
        if (p.ipBlock() != null) {
            if (e.ip() == null || !Ipv4.isIp(e.ip()) || !Ipv4.inCidr(Ipv4.parse(e.ip()), p.ipBlock().cidr())) {
                return false;
            }
            return p.ipBlock().exceptOrEmpty().stream().noneMatch(x -> Ipv4.inCidr(Ipv4.parse(e.ip()), x));
        }
        if (!e.isPod()) {
            return false;
        }
        boolean ns = p.namespaceSelector() == null ? e.namespace().equals(policyNs)
                : p.namespaceSelector().matches(sim.gatewayApi.namespaceLabels(e.namespace()));
        return ns && (p.podSelector() == null || p.podSelector().matches(e.labels()));
    }
}
