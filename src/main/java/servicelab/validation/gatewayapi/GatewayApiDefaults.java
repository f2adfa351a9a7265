package servicelab.validation.gatewayapi;

import java.util.List;

import servicelab.model.Gateway;
import servicelab.model.HTTPRoute;
import servicelab.model.KubeObject;

/**
 * The defaults the Gateway API CRDs' OpenAPI schemas declare (the API server applies a structural
 * schema's defaults when it decodes a custom resource): a listener's routes from the Same namespace
 * and TLS mode Terminate; a parentRef to a Gateway; a rule matching PathPrefix "/"; header and
 * query matches Exact; a backendRef to a Service with weight 1; a redirect with status 302.
 */
public final class GatewayApiDefaults {
    private GatewayApiDefaults() {
    }

    public static KubeObject apply(KubeObject o) {
        if (o instanceof Gateway g) {
            return new Gateway(g.metadata(), g.gatewayClassName(), g.listeners() == null ? null : g.listeners().stream().map(l -> new Gateway.Listener(
                    l.name(), l.hostname(), l.port(), l.protocol(),
                    l.tls() == null ? null : new Gateway.Tls(l.tls().mode() == null ? "Terminate" : l.tls().mode(), l.tls().certificateRefs()),
                    l.allowedRoutes() == null ? new Gateway.AllowedRoutes("Same", null, null)
                            : new Gateway.AllowedRoutes(l.allowedRoutes().from() == null ? "Same" : l.allowedRoutes().from(),
                            l.allowedRoutes().selector(), l.allowedRoutes().kinds()))).toList());
        }
        if (o instanceof HTTPRoute r) {
            List<HTTPRoute.Rule> rules = r.rules() == null ? List.of(rule(null)) : r.rules().stream().map(GatewayApiDefaults::rule).toList();
            return new HTTPRoute(r.metadata(), r.parentRefs() == null ? null : r.parentRefs().stream().map(p -> new HTTPRoute.ParentRef(
                    p.group() == null ? Gateway.GROUP : p.group(), p.kind() == null ? "Gateway" : p.kind(), p.namespace(), p.name(),
                    p.sectionName(), p.port())).toList(), r.hostnames(), rules);
        }
        if (o instanceof servicelab.model.GRPCRoute r) {
            // a GRPCRoute's rule without matches matches every call; a method match is Exact by default
            return new servicelab.model.GRPCRoute(r.metadata(), r.parentRefs() == null ? null : r.parentRefs().stream().map(p -> new HTTPRoute.ParentRef(
                    p.group() == null ? Gateway.GROUP : p.group(), p.kind() == null ? "Gateway" : p.kind(), p.namespace(), p.name(),
                    p.sectionName(), p.port())).toList(), r.hostnames(), r.rules() == null ? null : r.rules().stream().map(rule ->
                    new servicelab.model.GRPCRoute.Rule(rule.name(), rule.matches() == null ? null : rule.matches().stream().map(m ->
                            new servicelab.model.GRPCRoute.Match(m.method() == null ? null : new servicelab.model.GRPCRoute.MethodMatch(
                                    m.method().type() == null ? "Exact" : m.method().type(), m.method().service(), m.method().method()),
                                    exact(m.headers()))).toList(),
                            rule.filters() == null ? null : rule.filters().stream().map(GatewayApiDefaults::filter).toList(),
                            rule.backendRefs() == null ? null : rule.backendRefs().stream().map(GatewayApiDefaults::backend).toList())).toList());
        }
        return o;
    }

    private static HTTPRoute.Rule rule(HTTPRoute.Rule rule) {
        HTTPRoute.Rule r = rule == null ? new HTTPRoute.Rule(null, null, null, null) : rule;
        List<HTTPRoute.Match> matches = r.matches() == null
                ? List.of(new HTTPRoute.Match(new HTTPRoute.PathMatch("PathPrefix", "/"), null, null, null))
                : r.matches().stream().map(GatewayApiDefaults::match).toList();
        return new HTTPRoute.Rule(r.name(), matches, r.filters() == null ? null : r.filters().stream().map(GatewayApiDefaults::filter).toList(),
                r.backendRefs() == null ? null : r.backendRefs().stream().map(GatewayApiDefaults::backend).toList());
    }

    private static HTTPRoute.Match match(HTTPRoute.Match m) {
        HTTPRoute.PathMatch p = m.path() == null ? new HTTPRoute.PathMatch("PathPrefix", "/")
                : new HTTPRoute.PathMatch(m.path().type() == null ? "PathPrefix" : m.path().type(), m.path().value() == null ? "/" : m.path().value());
        return new HTTPRoute.Match(p, exact(m.headers()), exact(m.queryParams()), m.method());
    }

    private static List<HTTPRoute.ValueMatch> exact(List<HTTPRoute.ValueMatch> l) {
        return l == null ? null : l.stream().map(v -> new HTTPRoute.ValueMatch(v.type() == null ? "Exact" : v.type(), v.name(), v.value())).toList();
    }

    private static HTTPRoute.Filter filter(HTTPRoute.Filter f) {
        HTTPRoute.Redirect rd = f.requestRedirect();
        if (rd != null && rd.statusCode() == null) {
            rd = new HTTPRoute.Redirect(rd.scheme(), rd.hostname(), rd.path(), rd.port(), 302);
        }
        return new HTTPRoute.Filter(f.type(), f.requestHeaderModifier(), f.responseHeaderModifier(), rd, f.urlRewrite(),
                f.requestMirror() == null ? null : backend(f.requestMirror()), f.unmodelled());
    }

    private static HTTPRoute.BackendRef backend(HTTPRoute.BackendRef b) {
        return new HTTPRoute.BackendRef(b.group() == null ? "" : b.group(), b.kind() == null ? "Service" : b.kind(), b.name(), b.namespace(),
                b.port(), b.weight() == null ? 1 : b.weight());
    }
}
