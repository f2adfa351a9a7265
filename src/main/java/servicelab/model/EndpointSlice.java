package servicelab.model;

import java.util.List;

/**
 * A discovery.k8s.io/v1 EndpointSlice written by hand. kube-proxy and DNS read every slice labelled
 * {@code kubernetes.io/service-name=<service>} in the Service's namespace, whoever wrote it, so a
 * Service without a selector can be given addresses this way (the non-deprecated way since v1.33).
 * Lists are null when absent; conditions left out are read as ready, serving and not terminating.
 */
public record EndpointSlice(ObjectMeta metadata, String addressType, List<Endpoint> endpoints, List<Port> ports)
        implements KubeObject {
    public static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";
    public static final String MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";

    public EndpointSlice {
        endpoints = Maps.copy(endpoints);
        ports = Maps.copy(ports);
    }

    /** One endpoint: its addresses (kube-proxy uses the first), conditions, and where it runs. */
    public record Endpoint(List<String> addresses, Boolean ready, Boolean serving, Boolean terminating, String hostname,
                           String nodeName, String zone, List<String> forZones, List<String> forNodes) {
        public Endpoint {
            addresses = Maps.copy(addresses);
            forZones = Maps.copy(forZones);
            forNodes = Maps.copy(forNodes);
        }

        public List<String> addressesOrEmpty() {
            return addresses == null ? List.of() : addresses;
        }
    }

    /** A port (EndpointPort): name defaults to "", protocol to TCP; the number may be absent. */
    public record Port(String name, String protocol, Integer port, String appProtocol) {
    }

    public List<Endpoint> endpointsOrEmpty() {
        return endpoints == null ? List.of() : endpoints;
    }

    public List<Port> portsOrEmpty() {
        return ports == null ? List.of() : ports;
    }

    /** The Service this slice belongs to: its kubernetes.io/service-name label, or null. */
    public String serviceName() {
        return metadata == null ? null : metadata.labelsOrEmpty().get(SERVICE_NAME_LABEL);
    }

    @Override
    public String apiVersion() {
        return "discovery.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "EndpointSlice";
    }
}
