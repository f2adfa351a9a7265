package servicelab.model;

import java.util.List;

/**
 * A v1 Endpoints object written by hand for a Service without a selector (deprecated since
 * v1.33 in favour of EndpointSlice, still served; the mirroring controller copies it into
 * EndpointSlices, which kube-proxy and DNS read). Lists are null when absent.
 */
public record Endpoints(ObjectMeta metadata, List<Subset> subsets) implements KubeObject {
    public Endpoints {
        subsets = Maps.copy(subsets);
    }

    /** One group of addresses sharing the same ports. */
    public record Subset(List<Address> addresses, List<Address> notReadyAddresses, List<Port> ports) {
        public Subset {
            addresses = Maps.copy(addresses);
            notReadyAddresses = Maps.copy(notReadyAddresses);
            ports = Maps.copy(ports);
        }

        public List<Address> addressesOrEmpty() {
            return addresses == null ? List.of() : addresses;
        }

        public List<Address> notReadyOrEmpty() {
            return notReadyAddresses == null ? List.of() : notReadyAddresses;
        }

        public List<Port> portsOrEmpty() {
            return ports == null ? List.of() : ports;
        }
    }

    /** An address; targetRef is kept by name (the pod it points at, if any). */
    public record Address(String ip, String hostname, String nodeName, String targetRefKind, String targetRefName) {
    }

    /** A port (EndpointPort): protocol defaults to TCP. */
    public record Port(String name, Integer port, String protocol, String appProtocol) {
    }

    public List<Subset> subsetsOrEmpty() {
        return subsets == null ? List.of() : subsets;
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Endpoints";
    }
}
