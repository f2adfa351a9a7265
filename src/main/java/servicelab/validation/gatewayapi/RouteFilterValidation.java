package servicelab.validation.gatewayapi;

import java.util.List;
import java.util.function.Predicate;

import servicelab.model.FieldError;
import servicelab.model.HTTPRoute;

/**
 * The rules the v1.6.1 standard-channel CRDs declare on route filters
 * (config/crd/standard/gateway.networking.k8s.io_httproutes.yaml and _grpcroutes.yaml): the type
 * enum, "the field the type names, and only it" on each filter, no type twice and not a redirect
 * with a rewrite in one list, the redirect's scheme, status code, port and hostname, the path
 * modifiers' type/field pairs, and on the rule: a redirect answers by itself (no backendRefs), and
 * replacePrefixMatch needs exactly one PathPrefix match to replace.
 */
final class RouteFilterValidation {
    static final List<String> HTTP_TYPES = List.of("RequestHeaderModifier", "ResponseHeaderModifier", "RequestMirror", "RequestRedirect",
            "URLRewrite", "ExtensionRef", "CORS");
    static final List<String> GRPC_TYPES = List.of("ResponseHeaderModifier", "RequestHeaderModifier", "RequestMirror", "ExtensionRef");
    private static final List<String> NO_REPEAT = List.of("CORS", "RequestHeaderModifier", "ResponseHeaderModifier", "RequestRedirect", "URLRewrite");

    private RouteFilterValidation() {
    }

    /** A rule's filters (at {@code rp}.filters) of a route whose filter types are {@code types}. */
    static void filters(List<FieldError> out, List<HTTPRoute.Filter> filters, String rp, List<String> types) {
        String lp = rp + ".filters";
        if (filters.size() > 16) {
            out.add(FieldError.tooMany(lp, filters.size(), 16));
            return;
        }
        for (int k = 0; k < filters.size(); k++) {
            filter(out, filters.get(k), lp + "[" + k + "]", types);
        }
        if (types == HTTP_TYPES && has(filters, "RequestRedirect") && has(filters, "URLRewrite")) {
            out.add(explained(lp, "array", "May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both",
                    "v.gw.filter.redirectAndRewrite"));
        }
        for (String t : NO_REPEAT) {
            if (types.contains(t) && filters.stream().filter(f -> t.equals(f.type())).count() > 1) {
                out.add(explained(lp, "array", t + " filter cannot be repeated", "v.gw.filter.repeated", t));
            }
        }
    }

    private static boolean has(List<HTTPRoute.Filter> filters, String type) {
        return filters.stream().anyMatch(f -> type.equals(f.type()));
    }

    private static void filter(List<FieldError> out, HTTPRoute.Filter f, String fp, List<String> types) {
        if (f.type() == null || f.type().isEmpty()) {
            GatewayApiValidation.required(out, fp + ".type", f.type());
        }
        GatewayApiValidation.oneOf(out, fp + ".type", f.type(), types, "v.gw.filterType");
        // The CRD lists its pairs in this order: cors, requestHeaderModifier, responseHeaderModifier,
        // requestMirror, requestRedirect, urlRewrite, extensionRef (GRPCRoute: the four it has).
        pair(out, f, fp, types, "CORS", "cors", x -> x.unmodelled().contains("cors"));
        pair(out, f, fp, types, "RequestHeaderModifier", "requestHeaderModifier", x -> x.requestHeaderModifier() != null);
        pair(out, f, fp, types, "ResponseHeaderModifier", "responseHeaderModifier", x -> x.responseHeaderModifier() != null);
        pair(out, f, fp, types, "RequestMirror", "requestMirror", x -> x.requestMirror() != null);
        pair(out, f, fp, types, "RequestRedirect", "requestRedirect", x -> x.requestRedirect() != null);
        pair(out, f, fp, types, "URLRewrite", "urlRewrite", x -> x.urlRewrite() != null);
        pair(out, f, fp, types, "ExtensionRef", "extensionRef", x -> x.unmodelled().contains("extensionRef"));
        headers(out, f.requestHeaderModifier(), fp + ".requestHeaderModifier");
        headers(out, f.responseHeaderModifier(), fp + ".responseHeaderModifier");
        if (f.requestMirror() != null) {
            GatewayApiValidation.backendRef(out, f.requestMirror(), fp + ".requestMirror.backendRef");
        }
        HTTPRoute.Redirect rd = f.requestRedirect();
        if (rd != null) {
            String p = fp + ".requestRedirect";
            GatewayApiValidation.oneOf(out, p + ".scheme", rd.scheme(), List.of("http", "https"), "v.gw.redirectScheme");
            if (rd.statusCode() != null && !List.of(301, 302, 303, 307, 308).contains(rd.statusCode())) {
                out.add(FieldError.of(p + ".statusCode", servicelab.model.ErrorType.NotSupported, p + ".statusCode: Unsupported value: "
                        + rd.statusCode() + ": supported values: \"301\", \"302\", \"303\", \"307\", \"308\"").explain("v.gw.redirectStatus", rd.statusCode()));
            }
            GatewayApiValidation.bounded(out, p + ".port", rd.port(), 1, 65535, "v.gw.port");
            preciseHostname(out, p + ".hostname", rd.hostname());
            pathModifier(out, rd.path(), p + ".path");
        }
        if (f.urlRewrite() != null) {
            preciseHostname(out, fp + ".urlRewrite.hostname", f.urlRewrite().hostname());
            pathModifier(out, f.urlRewrite().path(), fp + ".urlRewrite.path");
        }
    }

    /** "filter.X must be nil if the filter.type is not T" and "filter.X must be specified for T filter.type". */
    private static void pair(List<FieldError> out, HTTPRoute.Filter f, String fp, List<String> types, String type, String field,
                             Predicate<HTTPRoute.Filter> set) {
        if (!types.contains(type)) {
            return;
        }
        boolean present = set.test(f);
        if (present && !type.equals(f.type())) {
            out.add(explained(fp, "object", "filter." + field + " must be nil if the filter.type is not " + type, "v.gw.filter.extraField",
                    field, String.valueOf(f.type())));
        } else if (!present && type.equals(f.type())) {
            out.add(explained(fp, "object", "filter." + field + " must be specified for " + type + " filter.type", "v.gw.filter.missingField",
                    type, field));
        }
    }

    /** A header modifier: set and add are list maps keyed by name (the API server compares keys exactly), at most 16 each; remove at most 16 names. */
    private static void headers(List<FieldError> out, HTTPRoute.HeaderModifier m, String p) {
        if (m == null) {
            return;
        }
        for (String part : List.of("set", "add")) {
            List<HTTPRoute.Header> hs = part.equals("set") ? m.set() : m.add();
            if (hs == null) {
                continue;
            }
            if (hs.size() > 16) {
                out.add(FieldError.tooMany(p + "." + part, hs.size(), 16));
                continue;
            }
            for (int i = 0; i < hs.size(); i++) {
                String hp = p + "." + part + "[" + i + "]";
                GatewayApiValidation.required(out, hp + ".name", hs.get(i).name());
                GatewayApiValidation.required(out, hp + ".value", hs.get(i).value());
                for (int j = 0; j < i; j++) {
                    if (hs.get(i).name() != null && hs.get(i).name().equals(hs.get(j).name())) {
                        out.add(FieldError.of(hp, servicelab.model.ErrorType.Duplicate, hp + ": Duplicate value: {\"name\":"
                                + servicelab.text.Json.goString(hs.get(i).name()) + "}").explain("v.gw.header.duplicate", hs.get(i).name()));
                    }
                }
            }
        }
        if (m.remove() != null && m.remove().size() > 16) {
            out.add(FieldError.tooMany(p + ".remove", m.remove().size(), 16));
        }
    }

    /** A PreciseHostname: a DNS name without a wildcard. */
    private static void preciseHostname(List<FieldError> out, String p, String h) {
        if (h != null && (h.startsWith("*") || !GatewayApiValidation.isHostname(h))) {
            out.add(FieldError.invalid(p, h, p + " in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'")
                    .explain("v.gw.preciseHostname", h));
        }
    }

    /** HTTPPathModifier: its type (an enum) and the four CEL rules pairing the type with its field. */
    private static void pathModifier(List<FieldError> out, HTTPRoute.PathModifier m, String p) {
        if (m == null) {
            return;
        }
        GatewayApiValidation.required(out, p + ".type", m.type());
        GatewayApiValidation.oneOf(out, p + ".type", m.type(), List.of("ReplaceFullPath", "ReplacePrefixMatch"), "v.gw.pathModifierType");
        for (String t : List.of("ReplaceFullPath", "ReplacePrefixMatch")) {
            String field = Character.toLowerCase(t.charAt(0)) + t.substring(1);
            boolean present = t.equals("ReplaceFullPath") ? m.replaceFullPath() != null : m.replacePrefixMatch() != null;
            if (t.equals(m.type()) && !present) {
                out.add(explained(p, "object", field + " must be specified when type is set to '" + t + "'", "v.gw.pathModifier", t, field));
            }
            if (present && !t.equals(m.type())) {
                out.add(explained(p, "object", "type must be '" + t + "' when " + field + " is set", "v.gw.pathModifier", t, field));
            }
        }
    }

    /** The HTTPRoute rule's own CEL rules on its filters (the backendRef-level ones need filters this model does not decode there). */
    static void rule(List<FieldError> out, HTTPRoute.Rule rule, String rp) {
        List<HTTPRoute.Filter> fs = rule.filtersOrEmpty();
        if (!rule.backendRefsOrEmpty().isEmpty() && fs.stream().anyMatch(f -> f.requestRedirect() != null)) {
            out.add(explained(rp, "object", "RequestRedirect filter must not be used together with backendRefs", "v.gw.filter.redirectWithBackends"));
        }
        boolean onePrefix = rule.matchesOrEmpty().size() == 1 && rule.matchesOrEmpty().get(0).path() != null
                && "PathPrefix".equals(rule.matchesOrEmpty().get(0).path().type());
        if (!onePrefix && fs.stream().filter(f -> f.requestRedirect() != null && replacesPrefix(f.requestRedirect().path())).count() == 1) {
            out.add(explained(rp, "object", "When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
                    "v.gw.filter.prefixMatch", "RequestRedirect"));
        }
        if (!onePrefix && fs.stream().filter(f -> f.urlRewrite() != null && replacesPrefix(f.urlRewrite().path())).count() == 1) {
            out.add(explained(rp, "object", "When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
                    "v.gw.filter.prefixMatch", "URLRewrite"));
        }
    }

    private static boolean replacesPrefix(HTTPRoute.PathModifier m) {
        return m != null && "ReplacePrefixMatch".equals(m.type()) && m.replacePrefixMatch() != null;
    }

    private static FieldError explained(String path, String node, String message, String key, Object... args) {
        return FieldError.of(path, servicelab.model.ErrorType.Invalid, path + ": Invalid value: \"" + node + "\": " + message).explain(key, args);
    }
}
