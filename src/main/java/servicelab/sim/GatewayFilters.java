package servicelab.sim;

import java.util.ArrayList;
import java.util.List;

import servicelab.model.HTTPRoute;

/**
 * What a chosen rule's filters do to a request on its way to the backend (HTTPRouteFilter):
 * RequestHeaderModifier and ResponseHeaderModifier change headers (said in the trace; the
 * simulated pods answer the same whatever the headers), URLRewrite changes the hostname and the
 * path the backend receives (ReplaceFullPath, or ReplacePrefixMatch element by element, as a
 * redirect's path), and RequestMirror sends a copy to another Service whose answer is dropped.
 */
final class GatewayFilters {
    private GatewayFilters() {
    }

    static void apply(Simulation sim, GatewayFlight.Steps f, GatewayRouting.Route r, String addr, String path) {
        HTTPRoute.Rule rule = rule(sim, r);
        if (rule == null) {
            return;
        }
        for (HTTPRoute.Filter filter : rule.filtersOrEmpty()) {
            switch (filter.type() == null ? "" : filter.type()) {
                case "RequestHeaderModifier" -> {
                    if (filter.requestHeaderModifier() != null) {
                        f.hop("gateway", "", addr, f.src(), addr, "hop.gw.filter.requestHeaders", headers(filter.requestHeaderModifier()));
                    }
                }
                case "ResponseHeaderModifier" -> {
                    if (filter.responseHeaderModifier() != null) {
                        f.hop("gateway", "", addr, f.src(), addr, "hop.gw.filter.responseHeaders", headers(filter.responseHeaderModifier()));
                    }
                }
                case "URLRewrite" -> {
                    if (filter.urlRewrite() != null) {
                        String rewritten = rewrite(filter.urlRewrite().path(), path, r.matchedPath());
                        f.rewritePath(rewritten);
                        if (filter.urlRewrite().hostname() == null) {
                            f.hop("gateway", "", addr, f.src(), addr, "hop.gw.filter.rewrite", rewritten);
                        } else {
                            f.hop("gateway", "", addr, f.src(), addr, "hop.gw.filter.rewriteHost", filter.urlRewrite().hostname(), rewritten);
                        }
                    }
                }
                case "RequestMirror" -> {
                    HTTPRoute.BackendRef m = filter.requestMirror();
                    if (m != null) {
                        String ns = m.namespace() == null ? routeNamespace(r) : m.namespace();
                        f.hop("gateway", "", addr, f.src(), addr, "hop.gw.filter.mirror", ns + "/" + m.name() + (m.port() == null ? "" : ":" + m.port()));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The path the backend receives: the request's without a path modifier; its query stays. */
    static String rewrite(HTTPRoute.PathModifier pm, String requestPath, String matchedPrefix) {
        String[] pq = GatewayRouting.splitQuery(requestPath);
        String path = pq[0];
        if (pm != null && "ReplaceFullPath".equals(pm.type()) && pm.replaceFullPath() != null) {
            path = pm.replaceFullPath();
        } else if (pm != null && "ReplacePrefixMatch".equals(pm.type()) && pm.replacePrefixMatch() != null && matchedPrefix != null) {
            path = GatewayRedirects.replacePrefix(path, matchedPrefix, pm.replacePrefixMatch());
        }
        return pq[1].isEmpty() ? path : path + "?" + pq[1];
    }

    private static String headers(HTTPRoute.HeaderModifier m) {
        List<String> parts = new ArrayList<>();
        if (m.set() != null) {
            m.set().forEach(h -> parts.add("set " + h.name() + ": " + h.value()));
        }
        if (m.add() != null) {
            m.add().forEach(h -> parts.add("add " + h.name() + ": " + h.value()));
        }
        if (m.remove() != null) {
            m.remove().forEach(h -> parts.add("remove " + h));
        }
        return String.join(", ", parts);
    }

    private static HTTPRoute.Rule rule(Simulation sim, GatewayRouting.Route r) {
        if (r.httpRoute() == null || r.rule() == null) {
            return null;
        }
        for (HTTPRoute hr : sim.gatewayApi.routes()) {
            if ((hr.namespaceOrDefault() + "/" + hr.name()).equals(r.httpRoute()) && sim.gatewayApi.kindOf(hr).equals(r.routeKind())) {
                return r.rule() < hr.rulesOrEmpty().size() ? hr.rulesOrEmpty().get(r.rule()) : null;
            }
        }
        return null;
    }

    private static String routeNamespace(GatewayRouting.Route r) {
        return r.httpRoute().substring(0, r.httpRoute().indexOf('/'));
    }
}
