package servicelab.sim;

import java.util.List;

import servicelab.model.Gateway;

/**
 * A request that reaches a Gateway's address: the Gateway API implementation picks the listener
 * and the HTTPRoute rule (GatewayRouting), splits by the backends' weights with the seeded RNG,
 * and proxies to a ready endpoint of the chosen Service directly, as an Ingress controller does.
 */
final class GatewayFlight {
    /** What the flight offers this step: its hops, its end and the pod it reaches. */
    interface Steps {
        void hop(String by, String at, String dstBefore, String srcAfter, String dstAfter, String key, Object... args);

        Trace finish(Outcome o, int status);

        Trace atPod(PodRuntime pod, int port, String seenSrc);

        String src();

        /** The request's method and headers. */
        Router.Http http();

        /** The path the pod receives instead of the request's (a URLRewrite). */
        void rewritePath(String path);
    }

    private GatewayFlight() {
    }

    static Trace through(Simulation sim, Steps f, Gateway gw, String address, int port, Router.Target target) {
        String addr = address + ":" + port;
        String host = target.host();
        GatewayRouting.Route r = GatewayRouting.route(gw, sim.gatewayApi.routes(), sim.gatewayApi.referenceGrants(),
                GatewayRouting.of(sim), new GatewayRouting.Request(host, target.path(), f.http().method(), f.http().headers(), null));
        String gwName = gw.namespaceOrDefault() + "/" + gw.name();
        switch (r.result()) {
            case HTTP_404 -> {
                f.hop("gateway", "", addr, f.src(), addr, r.listener() == null ? "hop.gw.noListener" : "hop.gw.404", gwName, host, target.path());
                return f.finish(Outcome.HTTP_404, 404);
            }
            case REDIRECT -> {
                f.hop("gateway", "", addr, f.src(), addr, "hop.gw.redirect", gwName, r.listener(), r.routeName(), r.rule(), r.statusCode(), r.location());
                return f.finish(Outcome.REDIRECT, r.statusCode());
            }
            default -> {
            }
        }
        GatewayRouting.Backend b = GatewayRouting.pick(r, sim.lbRng);
        if (b == null) {
            f.hop("gateway", "", addr, f.src(), addr, "hop.gw.500", gwName, r.listener(), r.routeName(), r.rule(), invalidWhy(r));
            return f.finish(Outcome.HTTP_500, 500);
        }
        SimService svc = sim.service(b.namespace(), b.name());
        SimService.Port sp = null;
        for (SimService.Port p : svc.ports()) {
            if (b.port() != null && p.port() == b.port()) {
                sp = p;
            }
        }
        Endpoint[] eps = sp == null ? new Endpoint[0] : sim.proxy.ready(svc, sp, null);
        if (eps.length == 0) {
            f.hop("gateway", "", addr, f.src(), addr, "hop.gw.503", gwName, r.listener(), r.routeName(), r.rule(), b.namespace() + "/" + b.name());
            return f.finish(Outcome.HTTP_503, 503);
        }
        Endpoint chosen = eps[sim.proxyRng.nextInt(eps.length)];
        int targetPort = chosen.ports().get(sp.name() == null ? "" : sp.name());
        String to = chosen.ip() + ":" + targetPort;
        // the Gateway's proxy opens its own connection to the endpoint: the pod sees the proxy, not the client
        f.hop("gateway", "", addr, address, to, routeKey(r.why()), gwName, r.listener(), r.routeName(), r.rule(),
                b.namespace() + "/" + b.name(), b.weight(), to);
        GatewayFilters.apply(sim, f, r, addr, target.path()); // what the rule's filters do on the way
        PodRuntime pod = chosen.pod() != null ? sim.pod(b.namespace(), chosen.pod()) : AddressBook.podByIp(sim, Ipv4.parse(chosen.ip()));
        return pod == null ? f.finish(Outcome.TIMEOUT, 0) : f.atPod(pod, targetPort, address);
    }

    /** The trace's words for why the rule won (GatewayRouting.why). */
    private static String routeKey(String why) {
        return switch (why) {
            case "exact" -> "hop.gw.route.exact";
            case "prefix" -> "hop.gw.route.prefix";
            case "method" -> "hop.gw.route.method";
            case "headers" -> "hop.gw.route.headers";
            case "query" -> "hop.gw.route.query";
            case "older" -> "hop.gw.route.older";
            case "name" -> "hop.gw.route.name";
            case "order" -> "hop.gw.route.order";
            default -> "hop.gw.route.only";
        };
    }

    private static String invalidWhy(GatewayRouting.Route r) {
        List<String> reasons = r.backends().stream().filter(b -> !b.valid()).map(GatewayRouting.Backend::invalidReason).distinct().toList();
        return reasons.isEmpty() ? "-" : String.join(", ", reasons);
    }
}
