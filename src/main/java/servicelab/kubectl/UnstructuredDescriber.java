package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kubectl's describer for kinds it has no describer of its own for, custom resources among them
 * (genericDescriber in describe.go): name, namespace, labels and annotations, then every field of
 * the object, keys sorted, each as a "smart label" (camelCase split into capitalised words, API and
 * URL in capitals), list items one after another at the next level.
 */
final class UnstructuredDescriber {
    private UnstructuredDescriber() {
    }

    @SuppressWarnings("unchecked")
    static void describe(StringBuilder w, Item i) {
        Object data = i.data().get();
        Map<String, Object> content = data instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        w.append("Name:\t").append(i.name()).append('\n');
        w.append("Namespace:\t").append(i.namespace() == null ? "" : i.namespace()).append('\n');
        DescribePrinter.labels(w, "Labels", i.labels());
        Map<String, String> annotations = new TreeMap<>();
        if (content.get("metadata") instanceof Map<?, ?> meta && meta.get("annotations") instanceof Map<?, ?> a) {
            a.forEach((k, v) -> annotations.put(String.valueOf(k), String.valueOf(v)));
        }
        DescribePrinter.annotations(w, annotations);
        print(w, 0, content, "", List.of(".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels",
                ".metadata.annotations"));
    }

    @SuppressWarnings("unchecked")
    private static void print(StringBuilder w, int level, Map<String, Object> content, String prefix, List<String> skip) {
        for (var e : new TreeMap<>(content).entrySet()) {
            String path = prefix + "." + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                if (skip.contains(path)) {
                    continue;
                }
                line(w, level, smartLabel(e.getKey()) + ":");
                if (v instanceof Map<?, ?> m) {
                    print(w, level + 1, (Map<String, Object>) m, path, skip);
                } else {
                    for (Object child : (List<Object>) v) {
                        if (child instanceof Map<?, ?> cm) {
                            print(w, level + 1, (Map<String, Object>) cm, path, skip);
                        } else {
                            line(w, level + 1, String.valueOf(child));
                        }
                    }
                }
            } else if (!skip.contains(path)) {
                line(w, level, smartLabel(e.getKey()) + ":\t" + (v == null ? "<nil>" : v));
            }
        }
    }

    private static void line(StringBuilder w, int level, String text) {
        w.append("  ".repeat(level)).append(text).append('\n');
    }

    /** smartLabelFor: "gatewayClassName" → "Gateway Class Name"; a key with other than letters and '-' stays as it is. */
    static String smartLabel(String field) {
        if (field.isEmpty() || !field.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return field;
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int j = 1; j < field.length(); j++) {
            char prev = field.charAt(j - 1);
            char c = field.charAt(j);
            boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
            // the last capital of a run of capitals starts the next word: "URLRewrite" → URL, Rewrite
            boolean runEnds = Character.isUpperCase(prev) && Character.isUpperCase(c) && j + 1 < field.length()
                    && Character.isLowerCase(field.charAt(j + 1));
            boolean kindChange = Character.isLetter(prev) != Character.isLetter(c);
            if (lowerToUpper || runEnds || kindChange) {
                parts.add(field.substring(start, j));
                start = j;
            }
        }
        parts.add(field.substring(start));
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String upper = p.toUpperCase(java.util.Locale.ROOT);
            out.append(List.of("API", "URL", "UID", "OSB", "GUID").contains(upper) ? upper
                    : Character.toUpperCase(p.charAt(0)) + p.substring(1));
        }
        return out.toString();
    }
}
