package servicelab.model;

import java.util.List;

/**
 * A networking.k8s.io/v1 NetworkPolicy: the pods of its namespace it selects, which directions
 * it isolates them in (policyTypes), and the connections it allows in each: rules of peers
 * (pods, namespaces, IP blocks) and ports. Policies only allow; a pod no policy selects is open.
 */
public record NetworkPolicy(ObjectMeta metadata, LabelSelector podSelector, List<Rule> ingress, List<Rule> egress,
                            List<String> policyTypes) implements KubeObject {
    public NetworkPolicy {
        ingress = Maps.copy(ingress);
        egress = Maps.copy(egress);
        policyTypes = Maps.copy(policyTypes);
    }

    /** A rule: its ports and its peers (from for ingress, to for egress); an empty list matches all. */
    public record Rule(List<Port> ports, List<Peer> peers) {
        public Rule {
            ports = Maps.copy(ports);
            peers = Maps.copy(peers);
        }

        public List<Port> portsOrEmpty() {
            return ports == null ? List.of() : ports;
        }

        public List<Peer> peersOrEmpty() {
            return peers == null ? List.of() : peers;
        }
    }

    /** A peer: a pod selector (this namespace), a namespace selector, both (AND), or an IP block. */
    public record Peer(LabelSelector podSelector, LabelSelector namespaceSelector, IpBlock ipBlock) {
    }

    /** A CIDR and the CIDRs inside it that are not included. */
    public record IpBlock(String cidr, List<String> except) {
        public IpBlock {
            except = Maps.copy(except);
        }

        public List<String> exceptOrEmpty() {
            return except == null ? List.of() : except;
        }
    }

    /** A port: protocol (TCP by default), a number or a container port's name (or any), and an optional range end. */
    public record Port(String protocol, IntOrString port, Integer endPort) {
    }

    public List<Rule> ingressOrEmpty() {
        return ingress == null ? List.of() : ingress;
    }

    public List<Rule> egressOrEmpty() {
        return egress == null ? List.of() : egress;
    }

    public List<String> policyTypesOrEmpty() {
        return policyTypes == null ? List.of() : policyTypes;
    }

    @Override
    public String apiVersion() {
        return "networking.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "NetworkPolicy";
    }
}
