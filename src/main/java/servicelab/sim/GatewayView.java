package servicelab.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import servicelab.model.Gateway;
import servicelab.model.HTTPRoute;

/**
 * A Gateway as the diagram draws it: GatewayClass → Gateway (its address, null until programmed)
 * → each listener with the routes attached to it → the Services those routes send to
 * (namespace/name, each once); and the routes that name the Gateway but are not attached, with
 * the reason their status gives (NotAllowedByListeners, NoMatchingParent, …), for "why not".
 */
public record GatewayView(String namespace, String name, String className, String address, List<Listener> listeners,
                          List<String> backends, List<Unattached> unattached) {
    public GatewayView {
        listeners = List.copyOf(listeners);
        backends = List.copyOf(backends);
        unattached = List.copyOf(unattached);
    }

    /** A listener and the routes attached to it ("HTTPRoute default/store"). */
    public record Listener(String name, Integer port, String protocol, List<String> routes) {
        public Listener {
            routes = List.copyOf(routes);
        }

        /** "http :80". */
        public String label() {
            return name + " :" + port;
        }
    }

    /** A route naming this Gateway that no listener took, and its Accepted condition's reason. */
    public record Unattached(String kind, String route, String reason) {
    }

    public String key() {
        return namespace + "/" + name;
    }

    /** The Gateways of the cluster, oldest first. */
    static List<GatewayView> of(Simulation sim) {
        GatewayObjects g = sim.gatewayApi;
        GatewayRouting.Cluster cluster = GatewayRouting.of(sim);
        List<HTTPRoute> all = g.routes();
        List<GatewayView> out = new ArrayList<>();
        for (Gateway gw : g.gateways()) {
            Set<String> backends = new LinkedHashSet<>();
            Set<HTTPRoute> attachedSomewhere = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Listener> listeners = new ArrayList<>();
            for (Gateway.Listener l : gw.listenersOrEmpty()) {
                List<String> routes = new ArrayList<>();
                for (HTTPRoute r : GatewayRouting.attachedTo(gw, l, all, cluster)) {
                    attachedSomewhere.add(r);
                    routes.add(cluster.kindOf(r) + " " + r.namespaceOrDefault() + "/" + r.name());
                    for (HTTPRoute.Rule rule : r.rulesOrEmpty()) {
                        for (HTTPRoute.BackendRef b : rule.backendRefsOrEmpty()) {
                            GatewayRouting.Backend be = GatewayRouting.resolve(r, b, g.referenceGrants(), cluster);
                            if (be.valid()) {
                                backends.add(be.namespace() + "/" + be.name());
                            }
                        }
                    }
                }
                listeners.add(new Listener(l.name(), l.port(), l.protocol(), routes));
            }
            out.add(new GatewayView(gw.namespaceOrDefault(), gw.name(), gw.gatewayClassName(), g.address(gw), listeners,
                    List.copyOf(backends), unattached(sim, gw, all, attachedSomewhere, cluster)));
        }
        return out;
    }

    private static List<Unattached> unattached(Simulation sim, Gateway gw, List<HTTPRoute> all, Set<HTTPRoute> attached,
                                               GatewayRouting.Cluster cluster) {
        List<Unattached> out = new ArrayList<>();
        if (!sim.gatewayApi.accepted(gw.gatewayClassName())) {
            return out; // no controller here writes a status for it
        }
        for (HTTPRoute r : all) {
            if (attached.contains(r)) {
                continue;
            }
            String reason = null;
            for (HTTPRoute.ParentRef p : r.parentRefsOrEmpty()) {
                if (names(r, p, gw)) {
                    // the Accepted condition the route's status carries for this parent
                    reason = String.valueOf(GatewayStatus.accepted(r, gw, p, all, cluster).get("reason"));
                }
            }
            if (reason != null) {
                out.add(new Unattached(cluster.kindOf(r), r.namespaceOrDefault() + "/" + r.name(), reason));
            }
        }
        return out;
    }

    private static boolean names(HTTPRoute r, HTTPRoute.ParentRef p, Gateway gw) {
        return gw.name().equals(p.name()) && gw.namespaceOrDefault().equals(p.namespace() == null ? r.namespaceOrDefault() : p.namespace())
                && (p.kind() == null || "Gateway".equals(p.kind())) && (p.group() == null || Gateway.GROUP.equals(p.group()));
    }
}
