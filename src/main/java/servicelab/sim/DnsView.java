package servicelab.sim;

import java.util.List;
import java.util.Map;

/**
 * What cluster DNS can see: Services, their endpoints, Pods, the cluster domain and the upstream
 * (public) DNS table that names outside the cluster are forwarded to.
 */
public record DnsView(String clusterDomain, List<SimService> services, Map<String, List<Endpoint>> endpointsByService,
                      List<SimPod> pods, Map<String, String> publicDns) {
    public DnsView {
        services = List.copyOf(services);
        endpointsByService = Map.copyOf(endpointsByService);
        pods = List.copyOf(pods);
        publicDns = Map.copyOf(publicDns);
    }
}
