package servicelab.model;

import java.util.List;
import java.util.Map;

/** apps/v1 label selector: matchLabels and matchExpressions. */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
    public LabelSelector {
        matchLabels = matchLabels == null ? null : Maps.copy(matchLabels);
        matchExpressions = Maps.copy(matchExpressions);
    }

    public record Requirement(String key, String operator, List<String> values) {
        public Requirement {
            values = Maps.copy(values);
        }
    }

    public boolean isEmpty() {
        return (matchLabels == null || matchLabels.isEmpty()) && (matchExpressions == null || matchExpressions.isEmpty());
    }

    /** Whether labels satisfy this selector; an empty selector matches everything, as in Kubernetes. */
    public boolean matches(Map<String, String> labels) {
        if (matchLabels != null) {
            for (var e : matchLabels.entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        if (matchExpressions != null) {
            for (Requirement r : matchExpressions) {
                String v = labels.get(r.key());
                List<String> vals = r.values() == null ? List.of() : r.values();
                boolean ok = switch (r.operator() == null ? "" : r.operator()) {
                    case "In" -> v != null && vals.contains(v);
                    case "NotIn" -> v == null || !vals.contains(v);
                    case "Exists" -> labels.containsKey(r.key());
                    case "DoesNotExist" -> !labels.containsKey(r.key());
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
