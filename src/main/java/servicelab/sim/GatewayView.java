package servicelab.sim;

import java.util.List;

/**
 * A Gateway as the diagram draws it: its address (null until programmed), its listeners
 * ("http :80"), and the Services its attached HTTPRoutes send to (namespace/name, each once).
 */
public record GatewayView(String namespace, String name, String address, List<String> listeners, List<String> backends) {
    public GatewayView {
        listeners = List.copyOf(listeners);
        backends = List.copyOf(backends);
    }

    public String key() {
        return namespace + "/" + name;
    }

    /** The Gateways of the cluster, oldest first. */
    static List<GatewayView> of(Simulation sim) {
        GatewayObjects g = sim.gatewayApi;
        GatewayRouting.Cluster cluster = GatewayRouting.of(sim);
        List<GatewayView> out = new java.util.ArrayList<>();
        for (servicelab.model.Gateway gw : g.gateways()) {
            java.util.Set<String> backends = new java.util.LinkedHashSet<>();
            List<String> listeners = new java.util.ArrayList<>();
            for (servicelab.model.Gateway.Listener l : gw.listenersOrEmpty()) {
                listeners.add(l.name() + " :" + l.port());
                for (servicelab.model.HTTPRoute r : GatewayRouting.attachedTo(gw, l, g.routes(), cluster)) {
                    for (servicelab.model.HTTPRoute.Rule rule : r.rulesOrEmpty()) {
                        for (servicelab.model.HTTPRoute.BackendRef b : rule.backendRefsOrEmpty()) {
                            GatewayRouting.Backend be = GatewayRouting.resolve(r, b, g.referenceGrants(), cluster);
                            if (be.valid()) {
                                backends.add(be.namespace() + "/" + be.name());
                            }
                        }
                    }
                }
            }
            out.add(new GatewayView(gw.namespaceOrDefault(), gw.name(), g.address(gw), listeners, List.copyOf(backends)));
        }
        return out;
    }
}
