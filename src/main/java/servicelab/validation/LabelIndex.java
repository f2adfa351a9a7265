package servicelab.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.LabelSelector;

/**
 * Label sets of one file by namespace and by each namespaced key=value pair they hold. A selector
 * that requires one pair can only match the sets holding it, so a file's Services and workloads
 * look at those sets instead of at every pod of the file (300 Services over 300 templates was
 * 90,000 comparisons). Items keep the order they were added in.
 */
final class LabelIndex<T> {
    private final Map<String, List<T>> byPair = new HashMap<>();
    private final Map<String, List<T>> byNamespace = new HashMap<>();

    void add(String namespace, Map<String, String> labels, T item) {
        byNamespace.computeIfAbsent(namespace, n -> new ArrayList<>()).add(item);
        for (var e : labels.entrySet()) {
            byPair.computeIfAbsent(key(namespace, e.getKey(), e.getValue()), k -> new ArrayList<>()).add(item);
        }
    }

    /**
     * Every item that could match a selector requiring {@code required} (a key and its value), in
     * the order added; every item of the namespace when the selector requires no single pair.
     */
    List<T> candidates(String namespace, Map.Entry<String, String> required) {
        List<T> found = required == null ? byNamespace.get(namespace)
                : byPair.get(key(namespace, required.getKey(), required.getValue()));
        return found == null ? List.of() : found;
    }

    /** A pair every label set an equality selector matches must hold: its first one. */
    static Map.Entry<String, String> required(Map<String, String> selector) {
        return selector == null || selector.isEmpty() ? null : selector.entrySet().iterator().next();
    }

    /** A pair every label set the selector matches must hold: a matchLabels entry or a one-value In. */
    static Map.Entry<String, String> required(LabelSelector selector) {
        if (selector.matchLabels() != null && !selector.matchLabels().isEmpty()) {
            return required(selector.matchLabels());
        }
        for (LabelSelector.Requirement r : selector.matchExpressions() == null ? List.<LabelSelector.Requirement>of()
                : selector.matchExpressions()) {
            if ("In".equals(r.operator()) && r.values() != null && r.values().size() == 1 && r.key() != null
                    && r.values().get(0) != null) {
                return Map.entry(r.key(), r.values().get(0));
            }
        }
        return null;
    }

    private static String key(String namespace, String k, String v) {
        // keys that ran together would only add candidates, which the caller's full match drops
        return namespace + '\0' + k + '\0' + v;
    }
}
