package servicelab.ui.traffic;

import servicelab.sim.ClusterSnapshot;
import servicelab.sim.Hop;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/** Where on the diagram each hop of a request happens (the packet flies there). */
final class HopAnchors {
    private HopAnchors() {
    }

    /** Which diagram component a hop happens at. */
    static String of(Hop h, ClusterSnapshot snap) {
        return switch (h.by()) {
            case "dns" -> "dns";
            case "edge" -> "edge";
            case "load-balancer" -> {
                String ip = host(h.dstBefore());
                SimService s = snap.services().stream().filter(x -> ip.equals(x.loadBalancerIP())).findFirst().orElse(null);
                yield s == null ? "lb" : "lb:" + s.key();
            }
            case "kube-proxy", "node" -> h.key().equals("hop.net.egress") ? egress(h, snap) : "node:" + h.at();
            case "ingress-nginx" -> "ingress";
            case "gateway" -> {
                String ip = host(h.dstBefore());
                yield snap.gateways().stream().filter(g -> ip.equals(g.address())).map(g -> "gateway:" + g.key()).findFirst().orElse("edge");
            }
            case "pod" -> {
                SimPod p = snap.pods().stream().filter(x -> x.name().equals(h.args().get(0))).findFirst().orElse(null);
                yield p == null ? "node:" + h.at() : "pod:" + p.key();
            }
            default -> {
                if (h.key().equals("hop.net.toNode")) {
                    yield "node:" + h.args().get(0);
                }
                String ip = host(h.dstAfter());
                SimPod p = snap.pods().stream().filter(x -> ip.equals(x.ip())).findFirst().orElse(null);
                yield p == null ? "node:" + h.at() : "pod:" + p.key();
            }
        };
    }

    /** Leaving the cluster: to an address written by hand in an Endpoints, or to the external hosts. */
    private static String egress(Hop h, ClusterSnapshot snap) {
        String ip = host(h.dstAfter());
        boolean byHand = snap.services().stream().anyMatch(s -> snap.endpoints(s.namespace(), s.name()).stream()
                .anyMatch(e -> e.pod() == null && ip.equals(e.ip())));
        return byHand ? "manual:" + ip : "external";
    }

    private static String host(String address) {
        return address.contains(":") ? address.substring(0, address.indexOf(':')) : address;
    }
}
