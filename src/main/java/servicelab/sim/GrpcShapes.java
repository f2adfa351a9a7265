package servicelab.sim;

import java.util.ArrayList;
import java.util.List;

import servicelab.model.GRPCRoute;
import servicelab.model.HTTPRoute;

/**
 * A GRPCRoute as the HTTP route a proxy programs for it. A gRPC call is an HTTP/2 POST to
 * {@code /SERVICE/METHOD} (the gRPC over HTTP/2 protocol), so a method match is a path match:
 * service and method → the Exact path {@code /S/M}; a service alone → the PathPrefix {@code /S};
 * a method alone or a RegularExpression match → a RegularExpression path. The HTTPRoute order of
 * precedence (Exact, the longest prefix, then regex; then the most headers) then gives what the
 * GRPCRoute specification asks: the most characters in a matching service, then in a matching
 * method, then the most header matches.
 */
final class GrpcShapes {
    private GrpcShapes() {
    }

    static HTTPRoute shape(GRPCRoute g) {
        List<HTTPRoute.Rule> rules = new ArrayList<>();
        for (GRPCRoute.Rule r : g.rulesOrEmpty()) {
            List<HTTPRoute.Match> matches = r.matchesOrEmpty().isEmpty() ? null : r.matchesOrEmpty().stream().map(GrpcShapes::match).toList();
            rules.add(new HTTPRoute.Rule(r.name(), matches, r.filters(), r.backendRefs()));
        }
        return new HTTPRoute(g.metadata(), g.parentRefs(), g.hostnames(), rules);
    }

    static HTTPRoute.Match match(GRPCRoute.Match m) {
        return new HTTPRoute.Match(path(m.method()), m.headers(), null, null);
    }

    private static HTTPRoute.PathMatch path(GRPCRoute.MethodMatch m) {
        if (m == null || m.service() == null && m.method() == null) {
            return new HTTPRoute.PathMatch("PathPrefix", "/");
        }
        boolean regex = "RegularExpression".equals(m.type());
        if (!regex && m.service() != null && m.method() != null) {
            return new HTTPRoute.PathMatch("Exact", "/" + m.service() + "/" + m.method());
        }
        if (!regex && m.service() != null) {
            return new HTTPRoute.PathMatch("PathPrefix", "/" + m.service());
        }
        // service and method names are identifiers (the CRD's rules): in an Exact match they need no quoting
        String service = m.service() == null ? "[^/]+" : regex ? m.service() : m.service().replace(".", "\\.");
        String method = m.method() == null ? "[^/]+" : m.method();
        return new HTTPRoute.PathMatch("RegularExpression", "/" + service + "/" + method);
    }
}
