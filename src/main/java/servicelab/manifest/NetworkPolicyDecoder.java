package servicelab.manifest;

import servicelab.model.NetworkPolicy;
import servicelab.model.ObjectMeta;

/** networking.k8s.io/v1 NetworkPolicy, decoded strictly as the API server's Go types read it. */
final class NetworkPolicyDecoder {
    private NetworkPolicyDecoder() {
    }

    static NetworkPolicy decode(ObjectMeta meta, Fields top) {
        Fields s = top.obj("spec", "NetworkPolicySpec");
        if (s == null) {
            return new NetworkPolicy(meta, null, null, null, null);
        }
        NetworkPolicy np = new NetworkPolicy(meta, Decoder.selector(s.obj("podSelector", "LabelSelector")),
                s.list("ingress", "NetworkPolicyIngressRule", (r, i) -> new NetworkPolicy.Rule(ports(r),
                        r.list("from", "NetworkPolicyPeer", (p, j) -> peer(p)))),
                s.list("egress", "NetworkPolicyEgressRule", (r, i) -> new NetworkPolicy.Rule(ports(r),
                        r.list("to", "NetworkPolicyPeer", (p, j) -> peer(p)))),
                s.strList("policyTypes"));
        s.finish();
        return np;
    }

    private static java.util.List<NetworkPolicy.Port> ports(Fields r) {
        return r.list("ports", "NetworkPolicyPort", (p, i) -> new NetworkPolicy.Port(p.str("protocol"), p.intOrString("port"),
                p.int32("endPort")));
    }

    private static NetworkPolicy.Peer peer(Fields p) {
        NetworkPolicy.IpBlock block = null;
        Fields b = p.obj("ipBlock", "IPBlock");
        if (b != null) {
            block = new NetworkPolicy.IpBlock(b.str("cidr"), b.strList("except"));
            b.finish();
        }
        return new NetworkPolicy.Peer(Decoder.selector(p.obj("podSelector", "LabelSelector")),
                Decoder.selector(p.obj("namespaceSelector", "LabelSelector")), block);
    }
}
