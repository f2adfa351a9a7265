package servicelab.model;

import java.util.List;
import java.util.Map;

/** spec of a v1 Service. Null means the field was absent (before defaulting). */
public record ServiceSpec(
        String type,
        String clusterIP,
        List<String> clusterIPs,
        List<ServicePort> ports,
        Map<String, String> selector,
        String sessionAffinity,
        Integer sessionAffinityTimeoutSeconds,
        boolean sessionAffinityConfigSet,
        String externalName,
        List<String> externalIPs,
        String externalTrafficPolicy,
        String internalTrafficPolicy,
        Integer healthCheckNodePort,
        Boolean publishNotReadyAddresses,
        String loadBalancerIP,
        List<String> loadBalancerSourceRanges,
        String loadBalancerClass,
        Boolean allocateLoadBalancerNodePorts,
        List<String> ipFamilies,
        String ipFamilyPolicy,
        String trafficDistribution) {

    public ServiceSpec {
        clusterIPs = Maps.copy(clusterIPs);
        ports = Maps.copy(ports);
        selector = selector == null ? null : Maps.copy(selector);
        externalIPs = Maps.copy(externalIPs);
        loadBalancerSourceRanges = Maps.copy(loadBalancerSourceRanges);
        ipFamilies = Maps.copy(ipFamilies);
    }

    public List<ServicePort> portsOrEmpty() {
        return ports == null ? List.of() : ports;
    }

    public Map<String, String> selectorOrEmpty() {
        return selector == null ? Map.of() : selector;
    }

    public boolean isHeadless() {
        return "None".equals(clusterIP) || (clusterIPs != null && !clusterIPs.isEmpty() && "None".equals(clusterIPs.get(0)));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type; b.clusterIP = clusterIP; b.clusterIPs = clusterIPs; b.ports = ports; b.selector = selector;
        b.sessionAffinity = sessionAffinity; b.sessionAffinityTimeoutSeconds = sessionAffinityTimeoutSeconds;
        b.sessionAffinityConfigSet = sessionAffinityConfigSet; b.externalName = externalName;
        b.externalIPs = externalIPs; b.externalTrafficPolicy = externalTrafficPolicy;
        b.internalTrafficPolicy = internalTrafficPolicy; b.healthCheckNodePort = healthCheckNodePort;
        b.publishNotReadyAddresses = publishNotReadyAddresses; b.loadBalancerIP = loadBalancerIP;
        b.loadBalancerSourceRanges = loadBalancerSourceRanges; b.loadBalancerClass = loadBalancerClass;
        b.allocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts; b.ipFamilies = ipFamilies;
        b.ipFamilyPolicy = ipFamilyPolicy;
        b.trafficDistribution = trafficDistribution;
        return b;
    }

    /** Mutable builder; the decoder and the defaulter fill it field by field. */
    public static final class Builder {
        public String type;
        public String clusterIP;
        public List<String> clusterIPs;
        public List<ServicePort> ports;
        public Map<String, String> selector;
        public String sessionAffinity;
        public Integer sessionAffinityTimeoutSeconds;
        public boolean sessionAffinityConfigSet;
        public String externalName;
        public List<String> externalIPs;
        public String externalTrafficPolicy;
        public String internalTrafficPolicy;
        public Integer healthCheckNodePort;
        public Boolean publishNotReadyAddresses;
        public String loadBalancerIP;
        public List<String> loadBalancerSourceRanges;
        public String loadBalancerClass;
        public Boolean allocateLoadBalancerNodePorts;
        public List<String> ipFamilies;
        public String ipFamilyPolicy;
        public String trafficDistribution;

        public ServiceSpec build() {
            return new ServiceSpec(type, clusterIP, clusterIPs, ports, selector, sessionAffinity,
                    sessionAffinityTimeoutSeconds, sessionAffinityConfigSet, externalName, externalIPs,
                    externalTrafficPolicy, internalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses,
                    loadBalancerIP, loadBalancerSourceRanges, loadBalancerClass, allocateLoadBalancerNodePorts,
                    ipFamilies, ipFamilyPolicy, trafficDistribution);
        }
    }
}
