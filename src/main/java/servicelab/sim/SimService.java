package servicelab.sim;

import java.util.List;
import java.util.Map;

import servicelab.model.IntOrString;

/**
 * A Service as the cluster holds it after creation: defaulted and allocated. {@code clusterIP}
 * is "None" for a headless Service and null for ExternalName; {@code loadBalancerIP} is the
 * external address the load-balancer implementation assigned (null while pending).
 */
public record SimService(String namespace, String name, String type, String clusterIP, List<Port> ports,
                         Map<String, String> selector, String externalName, boolean publishNotReadyAddresses,
                         String sessionAffinity, int affinityTimeoutSeconds, String externalTrafficPolicy,
                         String internalTrafficPolicy, String loadBalancerIP, long createdAtMillis,
                         List<String> loadBalancerSourceRanges, List<String> externalIPs, String trafficDistribution) {

    /** A Service without source ranges (every client may reach its load balancer). */
    public SimService(String namespace, String name, String type, String clusterIP, List<Port> ports,
                      Map<String, String> selector, String externalName, boolean publishNotReadyAddresses,
                      String sessionAffinity, int affinityTimeoutSeconds, String externalTrafficPolicy,
                      String internalTrafficPolicy, String loadBalancerIP, long createdAtMillis) {
        this(namespace, name, type, clusterIP, ports, selector, externalName, publishNotReadyAddresses, sessionAffinity,
                affinityTimeoutSeconds, externalTrafficPolicy, internalTrafficPolicy, loadBalancerIP, createdAtMillis, List.of(),
                List.of(), null);
    }

    public record Port(String name, String protocol, int port, IntOrString targetPort, Integer nodePort) {
    }

    public SimService {
        ports = List.copyOf(ports);
        selector = selector == null ? null : Map.copyOf(selector);
        loadBalancerSourceRanges = loadBalancerSourceRanges == null ? List.of() : List.copyOf(loadBalancerSourceRanges);
        externalIPs = externalIPs == null ? List.of() : List.copyOf(externalIPs);
    }

    public boolean headless() {
        return "None".equals(clusterIP);
    }

    public boolean isExternalName() {
        return "ExternalName".equals(type);
    }

    public String key() {
        return namespace + "/" + name;
    }
}
