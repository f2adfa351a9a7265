package servicelab.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.model.ServiceSpec;

/**
 * What the allocator gave one Service: its cluster IP ("None" for a headless Service, null for
 * ExternalName), the nodePort of each port that has one (keyed by index in spec.ports) and the
 * healthCheckNodePort of a LoadBalancer with externalTrafficPolicy Local (else null).
 */
public record Allocation(String clusterIP, Map<Integer, Integer> nodePortByPortIndex, Integer healthCheckNodePort) {
    public Allocation {
        nodePortByPortIndex = Map.copyOf(nodePortByPortIndex);
    }

    /**
     * The Service as the API server stores it after allocation: clusterIP/clusterIPs, nodePorts,
     * healthCheckNodePort, and the IP family fields the single-stack IPv4 cluster fills in.
     */
    public Service applyTo(Service defaulted) {
        ServiceSpec spec = defaulted.spec() == null ? ServiceSpec.builder().build() : defaulted.spec();
        ServiceSpec.Builder b = spec.toBuilder();
        if (clusterIP != null) {
            b.clusterIP = clusterIP;
            b.clusterIPs = List.of(clusterIP);
            b.ipFamilyPolicy = ServiceAllocator.familyPolicy(spec);
            b.ipFamilies = ServiceAllocator.ipFamilies(spec);
        }
        if (spec.ports() != null) {
            List<ServicePort> ports = new ArrayList<>();
            for (int i = 0; i < spec.ports().size(); i++) {
                Integer np = nodePortByPortIndex.get(i);
                ports.add(np == null ? spec.ports().get(i) : spec.ports().get(i).withNodePort(np));
            }
            b.ports = ports;
        }
        if (healthCheckNodePort != null) {
            b.healthCheckNodePort = healthCheckNodePort;
        }
        return new Service(defaulted.metadata(), b.build());
    }
}
