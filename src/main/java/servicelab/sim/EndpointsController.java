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

    /** Whether pods or Services changed since the endpoints were last computed. */
    private boolean stale;

    /**
     * Something the endpoints depend on changed. They are computed again when next read: a rollout
     * changes pods a dozen times in one step of the clock, and every Service's slices were rebuilt
     * for each change (a third of what typing allocated at 30 pods).
     */
    void invalidate() {
        sim.changed();
        stale = true;
        sim.proxy.invalidate();
    }

    /** Every Service's endpoints (its slices and the hand-written ones), brought up to date first. */
    Map<String, List<Endpoint>> current() {
        refresh();
        return sim.endpoints;
    }

    /** Every Service's endpoints as its own controller wrote them, brought up to date first. */
    Map<String, List<Endpoint>> currentOwn() {
        refresh();
        return sim.ownEndpoints;
    }

    /** Brings the endpoints up to date with the pods and Services, if anything changed since. */
    void refresh() {
        if (!stale) {
            return;
        }
        stale = false;
        sim.endpoints.clear();
        sim.ownEndpoints.clear();
        byLabel = null;
        for (Simulation.ServiceRuntime s : sim.services.values()) {
            SimService d = s.data;
            if (d.isExternalName()) {
                continue;
            }
            own(d);
            List<Endpoint> own = sim.endpoints.getOrDefault(d.key(), List.of());
            sim.ownEndpoints.put(d.key(), own);
            List<Endpoint> all = withUserSlices(d, own);
            if (!all.isEmpty() || sim.endpoints.containsKey(d.key())) {
                sim.endpoints.put(d.key(), all);
            }
        }
    }

    /** Pods with an address by label (key=value), in the pods' order; built once per refresh. */
    private Map<String, List<PodRuntime>> byLabel;

    /**
     * The pods with an address that carry a label: a Service's candidates. Scanning every pod for each
     * Service cost 300 x 3,000 label matches per change at scale; a pod without an address is in no
     * EndpointSlice yet.
     */
    private List<PodRuntime> withLabel(String label) {
        if (byLabel == null) {
            byLabel = new HashMap<>();
            for (PodRuntime p : sim.pods.values()) {
                if (p.ip != 0) {
                    for (var e : p.labels.entrySet()) {
                        byLabel.computeIfAbsent(e.getKey() + "=" + e.getValue(), k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        return byLabel.getOrDefault(label, List.of());
    }

    /** The Service's own endpoints: its selector's pods, or (without a selector) its mirrored Endpoints. */
    private void own(SimService d) {
        if (d.selector() == null || d.selector().isEmpty()) {
            mirror(d); // selector-less: the endpoints are written by hand, mirrored into EndpointSlices
            return;
        }
        List<PodRuntime> selected = new ArrayList<>();
        var first = d.selector().entrySet().iterator().next();
        for (PodRuntime p : withLabel(first.getKey() + "=" + first.getValue())) {
            if (p.namespace.equals(d.namespace()) && Labels.matches(d.selector(), p.labels)) {
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

    /**
     * kube-proxy reads every EndpointSlice labelled kubernetes.io/service-name=NAME in the Service's
     * namespace, whoever wrote it (pkg/proxy/endpointslicecache.go): the hand-written ones join the
     * controller's. Only IPv4 slices (this cluster's family) count; of an endpoint only its first
     * address; conditions left out are ready and serving; an address already listed is not repeated.
     */
    private List<Endpoint> withUserSlices(SimService d, List<Endpoint> own) {
        List<Endpoint> out = new ArrayList<>(own);
        java.util.Set<String> seen = new java.util.HashSet<>();
        own.forEach(e -> seen.add(e.ip()));
        for (servicelab.model.EndpointSlice es : sim.userSlices.values()) {
            if (!d.namespace().equals(es.namespaceOrDefault()) || !d.name().equals(es.serviceName()) || !"IPv4".equals(es.addressType())) {
                continue;
            }
            Map<String, Integer> ports = new HashMap<>();
            for (servicelab.model.EndpointSlice.Port p : es.portsOrEmpty()) {
                if (p.port() != null) {
                    ports.put(p.name() == null ? "" : p.name(), p.port());
                }
            }
            for (servicelab.model.EndpointSlice.Endpoint e : es.endpointsOrEmpty()) {
                String ip = e.addressesOrEmpty().isEmpty() ? null : e.addressesOrEmpty().get(0);
                if (ip == null || !Ipv4.isIp(ip) || !seen.add(ip)) {
                    continue;
                }
                boolean ready = e.ready() == null || e.ready();
                boolean serving = e.serving() == null || e.serving();
                boolean terminating = e.terminating() != null && e.terminating();
                out.add(new Endpoint(null, ip, e.nodeName(), ready, serving, terminating, e.hostname(), ports));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The EndpointSlice mirroring controller (pkg/controller/endpointslicemirroring): a Service
     * without a selector gets the addresses of the Endpoints of the same name, unless it is labelled
     * endpointslice.kubernetes.io/skip-mirror=true. Ready addresses first, then the not-ready ones
     * (conditions.ready=false; serving and terminating left unset, which kube-proxy reads as
     * serving and not terminating), at most 1000 per subset; each address keeps its subset's ports
     * by name, and kube-proxy pairs a slice port with the Service port of the same name.
     */
    private void mirror(SimService d) {
        servicelab.model.Endpoints ep = sim.manualEndpoints.get(d.key());
        if (ep == null || "true".equals(ep.metadata() == null ? null
                : ep.metadata().labelsOrEmpty().get("endpointslice.kubernetes.io/skip-mirror"))) {
            return;
        }
        List<Endpoint> list = new ArrayList<>();
        for (servicelab.model.Endpoints.Subset ss : ep.subsetsOrEmpty()) {
            Map<String, Integer> ports = new HashMap<>();
            for (servicelab.model.Endpoints.Port p : ss.portsOrEmpty()) {
                ports.put(p.name() == null ? "" : p.name(), p.port());
            }
            int added = 0;
            for (boolean ready : new boolean[] {true, false}) {
                for (servicelab.model.Endpoints.Address a : ready ? ss.addressesOrEmpty() : ss.notReadyOrEmpty()) {
                    if (added++ >= MIRROR_MAX_PER_SUBSET || !Ipv4.isIp(a.ip())) {
                        continue;
                    }
                    // kube-proxy routes by address: a targetRef names a pod for people, not for the data plane
                    list.add(new Endpoint(null, a.ip(), a.nodeName(), ready, true, false, a.hostname(), ports));
                }
            }
        }
        sim.endpoints.put(d.key(), List.copyOf(list));
    }

    /** --mirroring-max-endpoints-per-subset's default. */
    static final int MIRROR_MAX_PER_SUBSET = 1000;

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
