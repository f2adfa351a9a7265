package servicelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import servicelab.model.IntOrString;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.model.ServiceSpec;

/**
 * Services as the cluster holds them: the built-in {@code kubernetes} and {@code kube-dns}
 * Services, created, updated and deleted ones, and the cloud's load-balancer implementation that
 * gives a LoadBalancer Service its external address after a delay.
 */
final class ServiceController {
    private final Simulation sim;
    private int lbNext;
    private int fallbackIp;
    private int fallbackNodePort;

    ServiceController(Simulation sim) {
        this.sim = sim;
    }

    /** The master Service every pod's environment names, and cluster DNS, as in a real cluster. */
    void addBuiltIns() {
        put(new SimService("default", "kubernetes", "ClusterIP", "10.96.0.1",
                List.of(new SimService.Port("https", "TCP", 443, IntOrString.of(6443), null)), null, null, false,
                "None", 0, null, "Cluster", null, -1), -1);
        put(new SimService("kube-system", "kube-dns", "ClusterIP", sim.world.dnsIP(),
                List.of(new SimService.Port("dns", "UDP", 53, IntOrString.of(53), null),
                        new SimService.Port("dns-tcp", "TCP", 53, IntOrString.of(53), null)),
                Map.of("k8s-app", "kube-dns"), null, false, "None", 0, null, "Cluster", null, -1), -1);
    }

    /** Grows whenever a Service is added, replaced or removed (AddressBook's cluster IP index follows it). */
    long changes;

    private void put(SimService data, long seq) {
        sim.services.put(data.key(), new Simulation.ServiceRuntime(data, seq));
        changes++;
    }

    void create(Service s, long seq) {
        SimService data = toSim(s, sim.now, null);
        put(data, seq);
        sim.event("ev.service.created", s.name(), data.clusterIP() == null ? "" : data.clusterIP());
        if ("LoadBalancer".equals(data.type())) {
            scheduleLoadBalancer(data.key());
        }
    }

    void update(Service s) {
        String key = s.namespaceOrDefault() + "/" + s.name();
        Simulation.ServiceRuntime r = sim.services.get(key);
        String lb = r == null ? null : r.data.loadBalancerIP();
        long created = r == null ? sim.now : r.data.createdAtMillis();
        long seq = r == null ? sim.nextSeq() : r.seq;
        boolean isLb = "LoadBalancer".equals(s.effectiveType());
        put(toSim(s, created, isLb ? lb : null), seq);
        if (isLb && lb == null) {
            scheduleLoadBalancer(key);
        }
        sim.proxy.forget(key);
        sim.event("ev.service.updated", s.name());
    }

    void delete(Service s) {
        String key = s.namespaceOrDefault() + "/" + s.name();
        sim.services.remove(key);
        changes++;
        sim.endpoints.remove(key);
        sim.proxy.forget(key);
        sim.event("ev.service.deleted", s.name());
    }

    /** The next address of the load-balancer pool (LoadBalancer Services and Gateways share it). */
    String nextLoadBalancerIp() {
        return Ipv4.format(Ipv4.parse(sim.world.loadBalancerPoolStart()) + lbNext++);
    }

    private void scheduleLoadBalancer(String svcKey) {
        if (!sim.world.loadBalancerEnabled()) {
            return; // EXTERNAL-IP stays <pending>
        }
        sim.schedule(sim.now + sim.world.loadBalancerDelayMillis(), () -> {
            Simulation.ServiceRuntime r = sim.services.get(svcKey);
            if (r != null && "LoadBalancer".equals(r.data.type()) && r.data.loadBalancerIP() == null) {
                String ip = nextLoadBalancerIp();
                r.data = withLoadBalancerIP(r.data, ip);
                changes++;
                sim.event("ev.lb.assigned", r.data.name(), ip);
            }
        });
    }

    private static SimService withLoadBalancerIP(SimService d, String ip) {
        return new SimService(d.namespace(), d.name(), d.type(), d.clusterIP(), d.ports(), d.selector(), d.externalName(),
                d.publishNotReadyAddresses(), d.sessionAffinity(), d.affinityTimeoutSeconds(), d.externalTrafficPolicy(),
                d.internalTrafficPolicy(), ip, d.createdAtMillis(), d.loadBalancerSourceRanges(), d.externalIPs(), d.trafficDistribution());
    }

    /** The Service as the data plane needs it; fills allocations the caller left empty (tests, scenes). */
    private SimService toSim(Service s, long created, String lbIP) {
        ServiceSpec spec = s.spec() == null ? ServiceSpec.builder().build() : s.spec();
        String type = s.effectiveType();
        String clusterIP;
        if ("ExternalName".equals(type)) {
            clusterIP = null;
        } else if (spec.isHeadless()) {
            clusterIP = "None";
        } else if (spec.clusterIP() != null && !spec.clusterIP().isEmpty()) {
            clusterIP = spec.clusterIP();
        } else {
            clusterIP = "10.96.200." + (++fallbackIp);
        }
        List<SimService.Port> ports = new ArrayList<>();
        for (ServicePort p : spec.portsOrEmpty()) {
            int port = p.port() == null ? 0 : p.port();
            IntOrString target = p.targetPort() == null || p.targetPort().isZero() ? IntOrString.of(port) : p.targetPort();
            Integer nodePort = p.nodePort();
            if (nodePort == null && ("NodePort".equals(type) || "LoadBalancer".equals(type))) {
                nodePort = sim.world.nodePortMax() - (fallbackNodePort++);
            }
            ports.add(new SimService.Port(p.name(), p.protocol() == null ? "TCP" : p.protocol(), port, target, nodePort));
        }
        int timeout = spec.sessionAffinityTimeoutSeconds() == null ? 10800 : spec.sessionAffinityTimeoutSeconds();
        String etp = spec.externalTrafficPolicy() == null
                ? ("NodePort".equals(type) || "LoadBalancer".equals(type) ? "Cluster" : null) : spec.externalTrafficPolicy();
        String itp = spec.internalTrafficPolicy() == null ? "Cluster" : spec.internalTrafficPolicy();
        return new SimService(s.namespaceOrDefault(), s.name(), type, clusterIP, ports, spec.selector(),
                spec.externalName(), Boolean.TRUE.equals(spec.publishNotReadyAddresses()),
                spec.sessionAffinity() == null ? "None" : spec.sessionAffinity(), timeout, etp, itp, lbIP, created,
                sourceRanges(s), "ExternalName".equals(type) || spec.externalIPs() == null ? List.of() : spec.externalIPs(),
                spec.trafficDistribution());
    }

    /**
     * GetLoadBalancerSourceRanges (pkg/api/v1/service/util.go): spec.loadBalancerSourceRanges
     * (values trimmed), else the service.beta.kubernetes.io/load-balancer-source-ranges
     * annotation split at commas; none means every client.
     */
    static List<String> sourceRanges(servicelab.model.Service s) {
        List<String> out = new ArrayList<>();
        List<String> spec = s.spec() == null ? null : s.spec().loadBalancerSourceRanges();
        if (spec != null && !spec.isEmpty()) {
            spec.forEach(r -> out.add(r == null ? "" : r.strip()));
        } else if (s.metadata() != null) {
            String a = s.metadata().annotationsOrEmpty().get(SOURCE_RANGES_ANNOTATION);
            if (a != null && !a.isBlank()) {
                for (String r : a.strip().split(",")) {
                    out.add(r.strip());
                }
            }
        }
        out.removeIf(r -> !r.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}")); // IPv4 only in this cluster; validation names bad ones
        return out;
    }

    static final String SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
}
