package servicelab.sim;

import java.util.List;
import java.util.Map;

/**
 * The cluster around the student's manifests: nodes, address ranges, cluster DNS, the edge
 * router's admission rules, the load-balancer implementation, the ingress controller and the
 * clients on the Internet. Scenes may override any of it; {@link #defaults()} is the default
 * world of CLI.md and curriculum §0.2.
 */
public record World(List<NodeInfo> nodes, String serviceCidr, String clusterDomain, String dnsIP,
                    boolean loadBalancerEnabled, String loadBalancerPoolStart, long loadBalancerDelayMillis,
                    boolean ingressControllerEnabled, String ingressClassName, String ingressController,
                    String ingressExternalIP, boolean edgeAdmitsNodePorts, boolean edgeAdmitsLoadBalancers,
                    Map<String, String> externalClients, Map<String, String> publicDns, ProxyMode proxyMode,
                    int nodePortMin, int nodePortMax) {

    /**
     * kube-proxy's mode: iptables' random rules, IPVS round robin (deprecated in v1.35), or nftables
     * (GA in v1.33: numgen random, and a packet to a ClusterIP port no Service uses is rejected).
     */
    public enum ProxyMode { IPTABLES, IPVS, NFTABLES }

    public World {
        nodes = List.copyOf(nodes);
        // insertion order is the order the diagram and the sender list show (Map.copyOf's is random per run)
        externalClients = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(externalClients));
        publicDns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(publicDns));
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    public static World defaults() {
        return new World(
                List.of(new NodeInfo("node-1", "192.168.0.11", "10.244.1.0/24"),
                        new NodeInfo("node-2", "192.168.0.12", "10.244.2.0/24"),
                        new NodeInfo("node-3", "192.168.0.13", "10.244.3.0/24")),
                "10.96.0.0/12", "cluster.local", "10.96.0.10",
                true, "198.51.100.10", 2000,
                true, "nginx", "k8s.io/ingress-nginx", "198.51.100.2",
                true, true,
                ordered("laptop", "203.0.113.50", "browser", "203.0.113.51"),
                Map.of("api.somecompany.com", "93.184.215.14"),
                ProxyMode.IPTABLES, 30000, 32767);
    }

    public World withProxyMode(ProxyMode mode) {
        return new World(nodes, serviceCidr, clusterDomain, dnsIP, loadBalancerEnabled, loadBalancerPoolStart,
                loadBalancerDelayMillis, ingressControllerEnabled, ingressClassName, ingressController,
                ingressExternalIP, edgeAdmitsNodePorts, edgeAdmitsLoadBalancers, externalClients, publicDns, mode,
                nodePortMin, nodePortMax);
    }

    public World withLoadBalancer(boolean enabled) {
        return new World(nodes, serviceCidr, clusterDomain, dnsIP, enabled, loadBalancerPoolStart,
                loadBalancerDelayMillis, ingressControllerEnabled, ingressClassName, ingressController,
                ingressExternalIP, edgeAdmitsNodePorts, edgeAdmitsLoadBalancers, externalClients, publicDns, proxyMode,
                nodePortMin, nodePortMax);
    }

    /** Every node with this pod capacity (kubelet's --max-pods; a scene may set it). */
    public World withMaxPods(int maxPods) {
        return new World(nodes.stream().map(n -> n.withMaxPods(maxPods)).toList(), serviceCidr, clusterDomain, dnsIP,
                loadBalancerEnabled, loadBalancerPoolStart, loadBalancerDelayMillis, ingressControllerEnabled, ingressClassName,
                ingressController, ingressExternalIP, edgeAdmitsNodePorts, edgeAdmitsLoadBalancers, externalClients, publicDns,
                proxyMode, nodePortMin, nodePortMax);
    }

    public NodeInfo node(String name) {
        for (NodeInfo n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }
}
