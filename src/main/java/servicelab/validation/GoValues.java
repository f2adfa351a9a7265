package servicelab.validation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.LabelSelector;

/**
 * Renders the few values that field.Error prints with Go's %#v (maps, typed nil slices, structs)
 * where FieldError.render has no matching case, and builds the error around them.
 */
final class GoValues {
    private GoValues() {
    }

    /** An Invalid error whose value is already rendered. */
    static FieldError invalidRendered(String field, String renderedValue, String detail) {
        return FieldError.of(field, ErrorType.Invalid, field + ": Invalid value: " + renderedValue + ": " + detail);
    }

    /** A Duplicate error whose value is already rendered. */
    static FieldError duplicateRendered(String field, String renderedValue) {
        return FieldError.of(field, ErrorType.Duplicate, field + ": Duplicate value: " + renderedValue);
    }

    /** The release whose rendering the validators use (the one the model follows). */
    static final int MINOR = servicelab.model.Release.KUBERNETES_MINOR;

    /** A map[string]string value: %#v up to v1.33 (keys sorted, nil typed), JSON from v1.34 (nil is null). */
    static String map(Map<String, String> m, int minor) {
        if (m == null) {
            return minor >= 34 ? "null" : "map[string]string(nil)";
        }
        return minor >= 34 ? FieldError.render(m, minor) : "map[string]string{" + new TreeMap<>(m).entrySet().stream()
                .map(e -> FieldError.render(e.getKey()) + ":" + FieldError.render(e.getValue()))
                .collect(Collectors.joining(", ")) + "}";
    }

    static String map(Map<String, String> m) {
        return map(m, MINOR);
    }

    static String stringSlice(List<String> l, int minor) {
        if (l == null) {
            return minor >= 34 ? "null" : "[]string(nil)";
        }
        return FieldError.render(l, minor);
    }

    /**
     * A metav1.LabelSelector as the apps validators print it: its Go value up to v1.33, its JSON
     * from v1.34 (json tags: matchLabels and matchExpressions omitted when empty, values too).
     */
    static String labelSelector(LabelSelector s, int minor) {
        if (minor >= 34) {
            List<String> parts = new java.util.ArrayList<>();
            if (s.matchLabels() != null && !s.matchLabels().isEmpty()) {
                parts.add("\"matchLabels\":" + map(s.matchLabels(), minor));
            }
            if (s.matchExpressions() != null && !s.matchExpressions().isEmpty()) {
                parts.add("\"matchExpressions\":[" + s.matchExpressions().stream()
                        .map(r -> "{\"key\":" + servicelab.text.Json.goString(nz(r.key())) + ",\"operator\":"
                                + servicelab.text.Json.goString(nz(r.operator()))
                                + (r.values() == null || r.values().isEmpty() ? "" : ",\"values\":" + stringSlice(r.values(), minor)) + "}")
                        .collect(Collectors.joining(",")) + "]");
            }
            return "{" + String.join(",", parts) + "}";
        }
        String exprs;
        if (s.matchExpressions() == null) {
            exprs = "[]v1.LabelSelectorRequirement(nil)";
        } else {
            exprs = "[]v1.LabelSelectorRequirement{" + s.matchExpressions().stream()
                    .map(r -> "v1.LabelSelectorRequirement{Key:" + FieldError.render(nz(r.key()))
                            + ", Operator:" + FieldError.render(nz(r.operator()))
                            + ", Values:" + stringSlice(r.values(), minor) + "}")
                    .collect(Collectors.joining(", ")) + "}";
        }
        return "v1.LabelSelector{MatchLabels:" + map(s.matchLabels(), minor) + ", MatchExpressions:" + exprs + "}";
    }

    static String labelSelector(LabelSelector s) {
        return labelSelector(s, MINOR);
    }

    /**
     * The (protocol, port) key of the duplicate-port check, the internal core.ServicePort: its Go
     * value up to v1.33, from v1.34 its JSON, with Go's field names (internal types have no json
     * tags; seen in a v1.34 server's answer: {"Name":"","Protocol":"TCP","AppProtocol":null,...}).
     */
    static String servicePortKey(String protocol, int port, int minor) {
        if (minor >= 34) {
            return "{\"Name\":\"\",\"Protocol\":" + servicelab.text.Json.goString(nz(protocol))
                    + ",\"AppProtocol\":null,\"Port\":" + port + ",\"TargetPort\":0,\"NodePort\":0}";
        }
        return "core.ServicePort{Name:\"\", Protocol:" + FieldError.render(nz(protocol))
                + ", AppProtocol:(*string)(nil), Port:" + port
                + ", TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}";
    }

    static String servicePortKey(String protocol, int port) {
        return servicePortKey(protocol, port, MINOR);
    }

    /** An Ingress's spec.rules when it has none: a nil or an empty []networking.IngressRule. */
    static String noRules(boolean nil, int minor) {
        if (minor >= 34) {
            return nil ? "null" : "[]";
        }
        return nil ? "[]networking.IngressRule(nil)" : "[]networking.IngressRule{}";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
