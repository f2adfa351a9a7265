package servicelab.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.ContainerPort;
import servicelab.model.IntOrString;
import servicelab.model.Labels;

/**
 * The EndpointSlice controller: for every Service with a selector, the pods it selects, with
 * their conditions (ready, serving, terminating) and each Service port's target port resolved.
 */
final class EndpointsController {
    private final Simulation sim;

    EndpointsController(Simulation sim) {
        this.sim = sim;
    }

    void recompute() {
        sim.changed();
        sim.endpoints.clear();
        for (Simulation.ServiceRuntime s : sim.services.values()) {
            SimService d = s.data;
            if (d.selector() == null || d.selector().isEmpty() || d.isExternalName()) {
                continue; // selector-less: endpoints are managed by someone else
            }
            List<PodRuntime> selected = new ArrayList<>();
            for (PodRuntime p : sim.pods.values()) {
                // a pod without an address is in no EndpointSlice yet
                if (p.ip != 0 && p.namespace.equals(d.namespace()) && Labels.matches(d.selector(), p.labels)) {
                    selected.add(p);
                }
            }
            // in address order, as the EndpointSlice controller lists them
            selected.sort(Comparator.comparingLong(p -> Integer.toUnsignedLong(p.ip)));
            List<Endpoint> list = new ArrayList<>(selected.size());
            for (PodRuntime p : selected) {
                Endpoint e = endpoint(d, p);
                if (e != null) {
                    list.add(e);
                }
            }
            sim.endpoints.put(d.key(), List.copyOf(list));
        }
        sim.proxy.invalidate();
    }

    private static Endpoint endpoint(SimService d, PodRuntime p) {
        Map<String, Integer> ports = new HashMap<>();
        for (SimService.Port sp : d.ports()) {
            Integer target = targetPortOf(p, sp);
            if (target != null) {
                ports.put(sp.name() == null ? "" : sp.name(), target);
            }
        }
        if (!d.ports().isEmpty() && ports.isEmpty()) {
            return null; // no port resolves on this pod: it contributes no endpoint
        }
        boolean serving = p.ready;
        boolean ready = d.publishNotReadyAddresses() || serving && !p.terminating;
        String hostname = p.hostname != null && d.name().equals(p.subdomain) ? p.hostname : null;
        return new Endpoint(p.name, Ipv4.format(p.ip), p.node, ready, serving, p.terminating, hostname, ports);
    }

    /** The Service port's targetPort on this pod: a number as is, a name looked up with the same protocol. */
    static Integer targetPortOf(PodRuntime p, SimService.Port sp) {
        IntOrString t = sp.targetPort();
        if (t.isInt()) {
            return t.intValue();
        }
        for (ContainerRuntime c : p.containers) {
            if (c.spec == null) {
                continue;
            }
            for (ContainerPort cp : c.spec.portsOrEmpty()) {
                String proto = cp.protocol() == null ? "TCP" : cp.protocol();
                if (t.strValue().equals(cp.name()) && proto.equals(sp.protocol())) {
                    return cp.containerPort();
                }
            }
        }
        return null;
    }
}
