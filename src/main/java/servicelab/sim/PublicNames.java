package servicelab.sim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import servicelab.model.Gateway;
import servicelab.model.HTTPRoute;
import servicelab.model.Ingress;

/**
 * The public DNS the learner's outside clients see: the world's own names, every Ingress host at
 * the ingress controller's address, and the hostnames of HTTPRoutes attached to a Gateway (and a
 * listener's own exact hostname) at that Gateway's address, as external-dns publishes them. A name
 * the world already has keeps its address; wildcards are not published.
 */
final class PublicNames {
    private PublicNames() {
    }

    static Map<String, String> of(Simulation sim) {
        Map<String, String> names = new TreeMap<>(sim.world.publicDns());
        if (sim.world.ingressControllerEnabled()) {
            for (Ingress i : sim.ingresses) {
                for (Ingress.Rule r : i.spec() == null ? List.<Ingress.Rule>of() : i.spec().rulesOrEmpty()) {
                    publish(names, r.host(), sim.world.ingressExternalIP());
                }
            }
        }
        GatewayObjects g = sim.gatewayApi;
        GatewayRouting.Cluster cluster = GatewayRouting.of(sim);
        for (Gateway gw : g.gateways()) {
            String address = g.address(gw);
            if (address == null) {
                continue;
            }
            for (Gateway.Listener l : gw.listenersOrEmpty()) {
                publish(names, l.hostname(), address);
                for (HTTPRoute r : GatewayRouting.attachedTo(gw, l, g.routes(), cluster)) {
                    GatewayRouting.effectiveHostnames(r, l).forEach(h -> publish(names, h, address));
                }
            }
        }
        return names;
    }

    private static void publish(Map<String, String> names, String host, String address) {
        if (host != null && !host.startsWith("*")) {
            names.putIfAbsent(host.toLowerCase(Locale.ROOT), address);
        }
    }
}
