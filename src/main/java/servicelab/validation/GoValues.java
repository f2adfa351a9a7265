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

    /** fmt's %#v of map[string]string: keys sorted, nil printed as a typed nil. */
    static String map(Map<String, String> m) {
        if (m == null) {
            return "map[string]string(nil)";
        }
        return "map[string]string{" + new TreeMap<>(m).entrySet().stream()
                .map(e -> FieldError.render(e.getKey()) + ":" + FieldError.render(e.getValue()))
                .collect(Collectors.joining(", ")) + "}";
    }

    static String stringSlice(List<String> l) {
        if (l == null) {
            return "[]string(nil)";
        }
        return "[]string{" + l.stream().map(FieldError::render).collect(Collectors.joining(", ")) + "}";
    }

    /** A metav1.LabelSelector as the apps validators print it. */
    static String labelSelector(LabelSelector s) {
        String exprs;
        if (s.matchExpressions() == null) {
            exprs = "[]v1.LabelSelectorRequirement(nil)";
        } else {
            exprs = "[]v1.LabelSelectorRequirement{" + s.matchExpressions().stream()
                    .map(r -> "v1.LabelSelectorRequirement{Key:" + FieldError.render(nz(r.key()))
                            + ", Operator:" + FieldError.render(nz(r.operator()))
                            + ", Values:" + stringSlice(r.values()) + "}")
                    .collect(Collectors.joining(", ")) + "}";
        }
        return "v1.LabelSelector{MatchLabels:" + map(s.matchLabels()) + ", MatchExpressions:" + exprs + "}";
    }

    /** The (protocol, port) key of the duplicate-port check, printed as the internal core.ServicePort. */
    static String servicePortKey(String protocol, int port) {
        return "core.ServicePort{Name:\"\", Protocol:" + FieldError.render(nz(protocol))
                + ", AppProtocol:(*string)(nil), Port:" + port
                + ", TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
