package servicelab.manifest;

import java.util.List;

import servicelab.model.Gateway;
import servicelab.model.GatewayClass;
import servicelab.model.HTTPRoute;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
import servicelab.model.ObjectMeta;
import servicelab.model.ReferenceGrant;

/**
 * Gateway API's kinds (CRDs of gateway.networking.k8s.io), decoded strictly as the API server
 * decodes a custom resource under kubectl's default --validate=strict: a field the CRD's schema
 * does not declare is an error. Fields the model does not use are accepted, not read.
 */
final class GatewayDecoder {
    private GatewayDecoder() {
    }

    static KubeObject decode(String kind, String version, ObjectMeta meta, Fields top) {
        return switch (kind) {
            case "GatewayClass" -> gatewayClass(meta, top.obj("spec", "GatewayClassSpec"));
            case "Gateway" -> gateway(meta, top.obj("spec", "GatewaySpec"));
            case "HTTPRoute" -> httpRoute(meta, top.obj("spec", "HTTPRouteSpec"));
            case "GRPCRoute" -> grpcRoute(meta, top.obj("spec", "GRPCRouteSpec"));
            case "ReferenceGrant" -> referenceGrant(meta, version, top.obj("spec", "ReferenceGrantSpec"));
            default -> throw new IllegalStateException(kind);
        };
    }

    private static GatewayClass gatewayClass(ObjectMeta meta, Fields s) {
        if (s == null) {
            return new GatewayClass(meta, null, null);
        }
        s.accept("parametersRef");
        GatewayClass gc = new GatewayClass(meta, s.str("controllerName"), s.str("description"));
        s.finish();
        return gc;
    }

    private static Gateway gateway(ObjectMeta meta, Fields s) {
        if (s == null) {
            return new Gateway(meta, null, null);
        }
        s.accept("addresses", "infrastructure", "backendTLS", "allowedListeners", "tls");
        Gateway g = new Gateway(meta, s.str("gatewayClassName"), s.list("listeners", "Listener", (l, i) -> listener(l)));
        s.finish();
        return g;
    }

    private static Gateway.Listener listener(Fields l) {
        Gateway.Tls tls = null;
        Fields t = l.obj("tls", "ListenerTLSConfig");
        if (t != null) {
            t.accept("options", "frontendValidation");
            tls = new Gateway.Tls(t.str("mode"), t.list("certificateRefs", "SecretObjectReference",
                    (c, i) -> new Gateway.ObjectRef(c.str("group"), c.str("kind"), c.str("name"), c.str("namespace"))));
            t.finish();
        }
        Gateway.AllowedRoutes allowed = null;
        Fields a = l.obj("allowedRoutes", "AllowedRoutes");
        if (a != null) {
            String from = null;
            LabelSelector selector = null;
            Fields n = a.obj("namespaces", "RouteNamespaces");
            if (n != null) {
                from = n.str("from");
                Fields sel = n.obj("selector", "LabelSelector");
                if (sel != null) {
                    selector = new LabelSelector(sel.strMap("matchLabels"), null);
                    sel.accept("matchExpressions");
                    sel.finish();
                }
                n.finish();
            }
            allowed = new Gateway.AllowedRoutes(from, selector, a.list("kinds", "RouteGroupKind",
                    (k, i) -> new Gateway.GroupKind(k.str("group"), k.str("kind"))));
            a.finish();
        }
        return new Gateway.Listener(l.str("name"), l.str("hostname"), l.int32("port"), l.str("protocol"), tls, allowed);
    }

    private static HTTPRoute httpRoute(ObjectMeta meta, Fields s) {
        if (s == null) {
            return new HTTPRoute(meta, null, null, null);
        }
        HTTPRoute r = new HTTPRoute(meta,
                s.list("parentRefs", "ParentReference", (p, i) -> new HTTPRoute.ParentRef(p.str("group"), p.str("kind"),
                        p.str("namespace"), p.str("name"), p.str("sectionName"), p.int32("port"))),
                s.strList("hostnames"),
                s.list("rules", "HTTPRouteRule", (rule, i) -> rule(rule)));
        s.finish();
        return r;
    }

    private static servicelab.model.GRPCRoute grpcRoute(ObjectMeta meta, Fields s) {
        if (s == null) {
            return new servicelab.model.GRPCRoute(meta, null, null, null);
        }
        servicelab.model.GRPCRoute r = new servicelab.model.GRPCRoute(meta,
                s.list("parentRefs", "ParentReference", (p, i) -> new HTTPRoute.ParentRef(p.str("group"), p.str("kind"),
                        p.str("namespace"), p.str("name"), p.str("sectionName"), p.int32("port"))),
                s.strList("hostnames"),
                s.list("rules", "GRPCRouteRule", (rule, i) -> {
                    rule.accept("sessionPersistence");
                    return new servicelab.model.GRPCRoute.Rule(rule.str("name"),
                            rule.list("matches", "GRPCRouteMatch", (m, j) -> grpcMatch(m)),
                            rule.list("filters", "GRPCRouteFilter", (f, j) -> filter(f)),
                            rule.list("backendRefs", "GRPCBackendRef", (b, j) -> {
                                b.accept("filters");
                                return backendRef(b);
                            }));
                }));
        s.finish();
        return r;
    }

    private static servicelab.model.GRPCRoute.Match grpcMatch(Fields m) {
        servicelab.model.GRPCRoute.MethodMatch method = null;
        Fields mm = m.obj("method", "GRPCMethodMatch");
        if (mm != null) {
            method = new servicelab.model.GRPCRoute.MethodMatch(mm.str("type"), mm.str("service"), mm.str("method"));
            mm.finish();
        }
        return new servicelab.model.GRPCRoute.Match(method,
                m.list("headers", "GRPCHeaderMatch", (h, i) -> new HTTPRoute.ValueMatch(h.str("type"), h.str("name"), h.str("value"))));
    }

    private static HTTPRoute.Rule rule(Fields r) {
        r.accept("timeouts", "retry", "sessionPersistence");
        return new HTTPRoute.Rule(r.str("name"),
                r.list("matches", "HTTPRouteMatch", (m, i) -> match(m)),
                r.list("filters", "HTTPRouteFilter", (f, i) -> filter(f)),
                r.list("backendRefs", "HTTPBackendRef", (b, i) -> {
                    b.accept("filters");
                    return backendRef(b);
                }));
    }

    private static HTTPRoute.Match match(Fields m) {
        HTTPRoute.PathMatch path = null;
        Fields p = m.obj("path", "HTTPPathMatch");
        if (p != null) {
            path = new HTTPRoute.PathMatch(p.str("type"), p.str("value"));
            p.finish();
        }
        return new HTTPRoute.Match(path,
                m.list("headers", "HTTPHeaderMatch", (h, i) -> new HTTPRoute.ValueMatch(h.str("type"), h.str("name"), h.str("value"))),
                m.list("queryParams", "HTTPQueryParamMatch", (h, i) -> new HTTPRoute.ValueMatch(h.str("type"), h.str("name"), h.str("value"))),
                m.str("method"));
    }

    private static HTTPRoute.Filter filter(Fields f) {
        List<String> unmodelled = java.util.stream.Stream.of("cors", "extensionRef", "externalAuth").filter(f::has).toList();
        f.accept("extensionRef", "cors", "externalAuth");
        return new HTTPRoute.Filter(f.str("type"), headerModifier(f.obj("requestHeaderModifier", "HTTPHeaderFilter")),
                headerModifier(f.obj("responseHeaderModifier", "HTTPHeaderFilter")), redirect(f.obj("requestRedirect", "HTTPRequestRedirectFilter")),
                rewrite(f.obj("urlRewrite", "HTTPURLRewriteFilter")), mirror(f.obj("requestMirror", "HTTPRequestMirrorFilter")), unmodelled);
    }

    private static HTTPRoute.HeaderModifier headerModifier(Fields h) {
        if (h == null) {
            return null;
        }
        java.util.function.BiFunction<Fields, Integer, HTTPRoute.Header> header = (x, i) -> new HTTPRoute.Header(x.str("name"), x.str("value"));
        HTTPRoute.HeaderModifier m = new HTTPRoute.HeaderModifier(h.list("set", "HTTPHeader", header), h.list("add", "HTTPHeader", header),
                h.strList("remove"));
        h.finish();
        return m;
    }

    private static HTTPRoute.Redirect redirect(Fields r) {
        if (r == null) {
            return null;
        }
        HTTPRoute.Redirect out = new HTTPRoute.Redirect(r.str("scheme"), r.str("hostname"), pathModifier(r.obj("path", "HTTPPathModifier")),
                r.int32("port"), r.int32("statusCode"));
        r.finish();
        return out;
    }

    private static HTTPRoute.Rewrite rewrite(Fields r) {
        if (r == null) {
            return null;
        }
        HTTPRoute.Rewrite out = new HTTPRoute.Rewrite(r.str("hostname"), pathModifier(r.obj("path", "HTTPPathModifier")));
        r.finish();
        return out;
    }

    private static HTTPRoute.PathModifier pathModifier(Fields p) {
        if (p == null) {
            return null;
        }
        HTTPRoute.PathModifier out = new HTTPRoute.PathModifier(p.str("type"), p.str("replaceFullPath"), p.str("replacePrefixMatch"));
        p.finish();
        return out;
    }

    private static HTTPRoute.BackendRef mirror(Fields m) {
        if (m == null) {
            return null;
        }
        m.accept("percent", "fraction");
        Fields b = m.obj("backendRef", "BackendObjectReference");
        HTTPRoute.BackendRef ref = b == null ? null : backendRef(b);
        if (b != null) {
            b.finish();
        }
        m.finish();
        return ref;
    }

    private static HTTPRoute.BackendRef backendRef(Fields b) {
        return new HTTPRoute.BackendRef(b.str("group"), b.str("kind"), b.str("name"), b.str("namespace"), b.int32("port"), b.int32("weight"));
    }

    private static ReferenceGrant referenceGrant(ObjectMeta meta, String version, Fields s) {
        if (s == null) {
            return new ReferenceGrant(meta, version, null, null);
        }
        ReferenceGrant g = new ReferenceGrant(meta, version,
                s.list("from", "ReferenceGrantFrom", (f, i) -> new ReferenceGrant.From(f.str("group"), f.str("kind"), f.str("namespace"))),
                s.list("to", "ReferenceGrantTo", (t, i) -> new ReferenceGrant.To(t.str("group"), t.str("kind"), t.str("name"))));
        s.finish();
        return g;
    }

    /** Kinds served per apiVersion (standard channel of the Gateway API release the model follows). */
    static final java.util.Map<String, List<String>> SERVED = java.util.Map.of(
            "gateway.networking.k8s.io/v1", List.of("GatewayClass", "Gateway", "HTTPRoute", "GRPCRoute", "ReferenceGrant"),
            "gateway.networking.k8s.io/v1beta1", List.of("GatewayClass", "Gateway", "HTTPRoute", "ReferenceGrant"));
}
