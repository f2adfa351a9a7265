package servicelab.sim;

/** Which object an address belongs to: a Service's cluster, load-balancer or external IP, a node, a pod. */
final class AddressBook {
    private AddressBook() {
    }

    /** The Service holding a cluster IP: an index rebuilt when a Service changed, so routing does not scan every Service. */
    static SimService serviceByClusterIP(Simulation sim, String ip) {
        if (sim.clusterIps.revision() != sim.serviceController.changes) {
            java.util.Map<String, SimService> index = new java.util.HashMap<>();
            for (Simulation.ServiceRuntime s : sim.services.values()) {
                if (s.data.clusterIP() != null) {
                    index.putIfAbsent(s.data.clusterIP(), s.data);
                }
            }
            sim.clusterIps = new ClusterIps(sim.serviceController.changes, index);
        }
        return sim.clusterIps.byIp().get(ip);
    }

    record ClusterIps(long revision, java.util.Map<String, SimService> byIp) {
    }

    static SimService serviceByLoadBalancerIP(Simulation sim, String ip) {
        for (Simulation.ServiceRuntime s : sim.services.values()) {
            if (ip.equals(s.data.loadBalancerIP())) {
                return s.data;
            }
        }
        return null;
    }

    static NodeInfo nodeByIp(Simulation sim, String ip) {
        for (NodeInfo n : sim.world.nodes()) {
            if (n.ip().equals(ip)) {
                return n;
            }
        }
        return null;
    }

    static PodRuntime podByIp(Simulation sim, int ip) {
        for (PodRuntime p : sim.pods.values()) {
            if (p.ip == ip && !p.terminating) {
                return p;
            }
        }
        return null;
    }

    static boolean isPodIp(Simulation sim, int ip) {
        for (NodeInfo n : sim.world.nodes()) {
            if (Ipv4.inCidr(ip, n.podCidr())) {
                return true;
            }
        }
        return false;
    }

    /** The Service whose spec.externalIPs holds ip with a port of that number. */
    static SimService serviceByExternalIP(Simulation sim, String ip, int port) {
        for (Simulation.ServiceRuntime s : sim.services.values()) {
            if (s.data.externalIPs().contains(ip) && s.data.ports().stream().anyMatch(p -> p.port() == port)) {
                return s.data;
            }
        }
        return null;
    }

    /** The Service port an Ingress backend names, by number or by name; null when there is none. */
    static SimService.Port backendPort(SimService svc, servicelab.model.Ingress.ServiceBackend b) {
        SimService.Port sp = null;
        if (svc != null) {
            for (SimService.Port p : svc.ports()) {
                if (b.portNumber() != null && p.port() == b.portNumber()
                        || b.portName() != null && b.portName().equals(p.name())) {
                    sp = p;
                }
            }
        }
        return sp;
    }
}
