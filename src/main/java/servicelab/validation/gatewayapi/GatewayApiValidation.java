package servicelab.validation.gatewayapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.Gateway;
import servicelab.model.GatewayClass;
import servicelab.model.HTTPRoute;
import servicelab.model.KubeObject;
import servicelab.model.ReferenceGrant;

/**
 * Gateway API's kinds are CustomResourceDefinitions: the API server checks them against the
 * standard-channel CRDs' OpenAPI schemas (required fields, enums, patterns, ranges, list maps) and
 * their CEL rules (x-kubernetes-validations), as Gateway API v1.6.1 declares them. Kept apart from
 * the built-in kinds' Go validation on purpose: different rules, a different error style (a CEL
 * rule reports "Invalid value: \"object\"" or "\"array\"" at the node that declares it).
 */
public final class GatewayApiValidation {
    /** The Gateway API release whose CRDs these rules come from. */
    public static final String RELEASE = "v1.6.1";
    static final String HOSTNAME = "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
    private static final List<String> PATH_TYPES = List.of("Exact", "PathPrefix", "RegularExpression");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    private static final int MAX_RULES = 16;

    private GatewayApiValidation() {
    }

    public static List<FieldError> validate(KubeObject o) {
        List<FieldError> out = new ArrayList<>();
        if (o.name() == null || o.name().isEmpty()) {
            out.add(FieldError.required("metadata.name", "name or generateName is required").explain("v.meta.name.required"));
        }
        if (o instanceof GatewayClass gc) {
            required(out, "spec.controllerName", gc.controllerName());
        } else if (o instanceof Gateway g) {
            gateway(out, g);
        } else if (o instanceof HTTPRoute r) {
            route(out, r);
        } else if (o instanceof servicelab.model.GRPCRoute g) {
            GrpcRouteValidation.validate(out, g);
        } else if (o instanceof ReferenceGrant rg) {
            if (rg.fromOrEmpty().isEmpty()) {
                out.add(FieldError.required("spec.from", "").explain("v.gw.required", "spec.from"));
            }
            if (rg.toOrEmpty().isEmpty()) {
                out.add(FieldError.required("spec.to", "").explain("v.gw.required", "spec.to"));
            }
            for (int i = 0; i < rg.fromOrEmpty().size(); i++) {
                ReferenceGrant.From f = rg.fromOrEmpty().get(i);
                requiredKey(out, "spec.from[" + i + "].group", f.group());
                required(out, "spec.from[" + i + "].kind", f.kind());
                required(out, "spec.from[" + i + "].namespace", f.namespace());
            }
            for (int i = 0; i < rg.toOrEmpty().size(); i++) {
                requiredKey(out, "spec.to[" + i + "].group", rg.toOrEmpty().get(i).group());
                required(out, "spec.to[" + i + "].kind", rg.toOrEmpty().get(i).kind());
            }
        }
        return out;
    }

    static void required(List<FieldError> out, String path, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            out.add(FieldError.required(path, "").explain("v.gw.required", path));
        }
    }

    /** A required key whose value may be empty (a group: "" is the core API group). */
    private static void requiredKey(List<FieldError> out, String path, Object value) {
        if (value == null) {
            out.add(FieldError.required(path, "").explain("v.gw.required", path));
        }
    }

    /** An integer field's schema bounds (minimum, maximum). */
    static void bounded(List<FieldError> out, String path, Integer v, int min, int max, String explain) {
        if (v != null && (v < min || v > max)) {
            String bound = v < min ? "greater than or equal to " + min : "less than or equal to " + max;
            out.add(FieldError.invalid(path, v, path + " in body should be " + bound).explain(explain, v));
        }
    }

    /** An enum field: "Unsupported value" with the values in the schema's order. */
    static void oneOf(List<FieldError> out, String path, String v, List<String> values, String explain) {
        if (v != null && !values.contains(v)) {
            out.add(FieldError.of(path, ErrorType.NotSupported, path + ": Unsupported value: " + servicelab.text.GoStrings.quote(v)
                    + ": supported values: " + quoted(values)).explain(explain, v));
        }
    }

    /** A SectionName: a lower-case DNS subdomain (the schema's pattern), at most 253 characters. */
    static void sectionName(List<FieldError> out, String path, String v) {
        if (v != null && (v.length() > 253 || v.startsWith("*.") || !isHostname(v))) {
            out.add(FieldError.invalid(path, v, path + " in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'")
                    .explain("v.gw.sectionName", v));
        }
    }

    private static void gateway(List<FieldError> out, Gateway g) {
        required(out, "spec.gatewayClassName", g.gatewayClassName());
        List<Gateway.Listener> ls = g.listenersOrEmpty();
        if (ls.isEmpty()) {
            out.add(FieldError.required("spec.listeners", "").explain("v.gw.required", "spec.listeners"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ls.size(); i++) {
            Gateway.Listener l = ls.get(i);
            String p = "spec.listeners[" + i + "]";
            required(out, p + ".name", l.name());
            required(out, p + ".port", l.port());
            required(out, p + ".protocol", l.protocol());
            if (l.name() != null && !names.add(l.name())) {
                // listeners are a list map keyed by name
                out.add(FieldError.of(p, ErrorType.Duplicate, p + ": Duplicate value: {\"name\":" + servicelab.text.Json.goString(l.name()) + "}")
                        .explain("v.gw.listener.duplicate", l.name()));
            }
            sectionName(out, p + ".name", l.name());
            bounded(out, p + ".port", l.port(), 1, 65535, "v.gw.port");
            if (l.allowedRoutes() != null) {
                oneOf(out, p + ".allowedRoutes.namespaces.from", l.allowedRoutes().from(), List.of("All", "Selector", "Same"), "v.gw.from");
            }
            if (l.tls() != null) {
                oneOf(out, p + ".tls.mode", l.tls().mode(), List.of("Terminate", "Passthrough"), "v.gw.tlsMode");
                if ("Terminate".equals(l.tls().mode()) && l.tls().certificateRefs() == null) {
                    out.add(cel(p + ".tls", "object", "certificateRefs or options must be specified when mode is Terminate"));
                }
            }
            if (l.hostname() != null && !isHostname(l.hostname())) {
                out.add(FieldError.invalid(p + ".hostname", l.hostname(), p + ".hostname in body should match '" + HOSTNAME + "'")
                        .explain("v.gw.hostname", l.hostname()));
            }
        }
        listenerRules(out, ls);
    }

    /** The CEL rules declared on spec.listeners (the whole list: "Invalid value: \"array\""). */
    private static void listenerRules(List<FieldError> out, List<Gateway.Listener> ls) {
        List<String> broken = new ArrayList<>();
        if (ls.stream().anyMatch(l -> List.of("HTTP", "TCP", "UDP").contains(l.protocol()) && l.tls() != null)) {
            broken.add("tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']");
        }
        if (ls.stream().anyMatch(l -> "HTTPS".equals(l.protocol()) && l.tls() != null && l.tls().mode() != null
                && !l.tls().mode().isEmpty() && !"Terminate".equals(l.tls().mode()))) {
            broken.add("tls mode must be Terminate for protocol HTTPS");
        }
        if (ls.stream().anyMatch(l -> "TLS".equals(l.protocol()) && (l.tls() == null || l.tls().mode() == null || l.tls().mode().isEmpty()))) {
            broken.add("tls mode must be set for protocol TLS");
        }
        if (ls.stream().anyMatch(l -> List.of("TCP", "UDP").contains(l.protocol()) && l.hostname() != null && !l.hostname().isEmpty())) {
            broken.add("hostname must not be specified for protocols ['TCP', 'UDP']");
        }
        if (ls.stream().anyMatch(l1 -> ls.stream().filter(l2 -> Objects.equals(l1.name(), l2.name())).count() != 1)) {
            broken.add("Listener name must be unique within the Gateway");
        }
        if (ls.stream().anyMatch(l1 -> ls.stream().filter(l2 -> Objects.equals(l1.port(), l2.port()) && Objects.equals(l1.protocol(), l2.protocol())
                && (l1.hostname() != null && l2.hostname() != null ? l1.hostname().equals(l2.hostname())
                : l1.hostname() == null && l2.hostname() == null)).count() != 1)) {
            broken.add("Combination of port, protocol and hostname must be unique for each listener");
        }
        for (String msg : broken) {
            out.add(cel("spec.listeners", "array", msg));
        }
    }

    static FieldError cel(String path, String nodeType, String message) {
        return FieldError.of(path, ErrorType.Invalid, path + ": Invalid value: \"" + nodeType + "\": " + message)
                .explain("v.gw.cel", path, message);
    }

    private static void route(List<FieldError> out, HTTPRoute r) {
        parentsAndHostnames(out, r.parentRefsOrEmpty(), r.hostnamesOrEmpty());
        List<HTTPRoute.Rule> rules = r.rulesOrEmpty();
        if (rules.size() > MAX_RULES) {
            out.add(FieldError.tooMany("spec.rules", rules.size(), MAX_RULES));
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            HTTPRoute.Rule rule = rules.get(i);
            String rp = "spec.rules[" + i + "]";
            for (int j = 0; j < rule.matchesOrEmpty().size(); j++) {
                match(out, rule.matchesOrEmpty().get(j), rp + ".matches[" + j + "]");
            }
            for (int k = 0; k < rule.backendRefsOrEmpty().size(); k++) {
                backendRef(out, rule.backendRefsOrEmpty().get(k), rp + ".backendRefs[" + k + "]");
            }
            RouteFilterValidation.filters(out, rule.filtersOrEmpty(), rp, RouteFilterValidation.HTTP_TYPES);
            RouteFilterValidation.rule(out, rule, rp);
        }
    }

    /**
     * The standard channel's CEL rules on spec.parentRefs: two references to the same parent (group,
     * kind, name and namespace) must both name a sectionName, and different ones.
     */
    static void parentRefRules(List<FieldError> out, List<HTTPRoute.ParentRef> refs) {
        boolean specified = true;
        boolean unique = true;
        for (HTTPRoute.ParentRef p1 : refs) {
            int same = 0;
            for (HTTPRoute.ParentRef p2 : refs) {
                if (!sameParent(p1, p2)) {
                    continue;
                }
                specified &= empty(p1.sectionName()) == empty(p2.sectionName());
                if (empty(p1.sectionName()) ? empty(p2.sectionName()) : p1.sectionName().equals(p2.sectionName())) {
                    same++;
                }
            }
            unique &= same == 1;
        }
        if (!specified) {
            out.add(cel("spec.parentRefs", "array", "sectionName must be specified when parentRefs includes 2 or more references to the same parent"));
        }
        if (!unique) {
            out.add(cel("spec.parentRefs", "array", "sectionName must be unique when parentRefs includes 2 or more references to the same parent"));
        }
    }

    private static boolean sameParent(HTTPRoute.ParentRef a, HTTPRoute.ParentRef b) {
        return Objects.equals(a.group(), b.group()) && Objects.equals(a.kind(), b.kind()) && Objects.equals(a.name(), b.name())
                && (empty(a.namespace()) && empty(b.namespace()) || !empty(a.namespace()) && a.namespace().equals(b.namespace()));
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    /** A route's parentRefs (name, sectionName, the list's CEL rules) and hostnames, as HTTPRoute and GRPCRoute declare them alike. */
    static void parentsAndHostnames(List<FieldError> out, List<HTTPRoute.ParentRef> parents, List<String> hostnames) {
        for (int i = 0; i < parents.size(); i++) {
            required(out, "spec.parentRefs[" + i + "].name", parents.get(i).name());
            sectionName(out, "spec.parentRefs[" + i + "].sectionName", parents.get(i).sectionName());
        }
        parentRefRules(out, parents);
        for (int i = 0; i < hostnames.size(); i++) {
            String h = hostnames.get(i);
            String p = "spec.hostnames[" + i + "]";
            if (!isHostname(h)) {
                out.add(FieldError.invalid(p, h, p + " in body should match '" + HOSTNAME + "'").explain("v.gw.hostname", h));
            }
        }
    }

    /** A backendRef: its name, the schema's port and weight bounds, and the CEL rule on a Service without a port. */
    static void backendRef(List<FieldError> out, HTTPRoute.BackendRef b, String bp) {
        required(out, bp + ".name", b.name());
        bounded(out, bp + ".port", b.port(), 1, 65535, "v.gw.port");
        bounded(out, bp + ".weight", b.weight(), 0, 1_000_000, "v.gw.weight");
        if ((b.group() == null || b.group().isEmpty()) && "Service".equals(b.kind()) && b.port() == null) {
            out.add(cel(bp, "object", "Must have port for Service reference"));
        }
    }

    /** The path match's type (an enum) and the CEL rules declared on it, for Exact and PathPrefix values. */
    private static void match(List<FieldError> out, HTTPRoute.Match m, String mp) {
        if (m.method() != null && !METHODS.contains(m.method())) {
            out.add(FieldError.of(mp + ".method", ErrorType.NotSupported, mp + ".method: Unsupported value: "
                    + servicelab.text.GoStrings.quote(m.method()) + ": supported values: " + quoted(METHODS)).explain("v.gw.method", m.method()));
        }
        HTTPRoute.PathMatch path = m.path();
        if (path == null) {
            return;
        }
        String pp = mp + ".path";
        if (!PATH_TYPES.contains(path.type())) {
            out.add(FieldError.of(pp + ".type", ErrorType.NotSupported, pp + ".type: Unsupported value: "
                    + servicelab.text.GoStrings.quote(path.type()) + ": supported values: " + quoted(PATH_TYPES)).explain("v.gw.pathType", path.type()));
            return;
        }
        if (!List.of("Exact", "PathPrefix").contains(path.type())) {
            return;
        }
        String v = path.value();
        String types = " when type one of ['Exact', 'PathPrefix']";
        List<String> broken = new ArrayList<>();
        if (!v.startsWith("/")) {
            broken.add("value must be an absolute path and start with '/'" + types);
        }
        for (String bad : List.of("//", "/./", "/../", "%2f", "%2F", "#")) {
            if (v.contains(bad)) {
                broken.add("must not contain '" + bad + "'" + types);
            }
        }
        if (v.endsWith("/..")) {
            broken.add("must not end with '/..'" + types);
        }
        if (v.endsWith("/.")) {
            broken.add("must not end with '/.'" + types);
        }
        if (!isPathChars(v)) {
            broken.add("must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']");
        }
        for (String msg : broken) {
            out.add(cel(pp, "object", msg));
        }
    }

    /**
     * The schema's hostname pattern, checked by hand (a regex of repeated groups overflows Java's
     * stack on long input): an optional leading "*.", then DNS labels joined by dots.
     */
    static boolean isHostname(String h) {
        String rest = h.startsWith("*.") ? h.substring(2) : h;
        if (rest.isEmpty()) {
            return false;
        }
        for (String label : rest.split("\\.", -1)) {
            if (label.isEmpty() || !alnum(label.charAt(0)) || !alnum(label.charAt(label.length() - 1))) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!alnum(c) && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The path CEL rule's ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$, checked by hand. */
    static boolean isPathChars(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%') {
                if (i + 2 >= v.length() || Character.digit(v.charAt(i + 1), 16) < 0 || Character.digit(v.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-/._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** An enum's values as the OpenAPI validator lists them: in the schema's order. */
    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(servicelab.text.GoStrings::quote).toList());
    }
}
