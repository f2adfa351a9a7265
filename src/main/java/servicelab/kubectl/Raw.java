package servicelab.kubectl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reading an object as an API server returns it (JSON maps and lists), for the printers of a real cluster. */
final class Raw {
    /** describe's absolute times: Go's RFC1123Z in UTC, as kubectl prints them. */
    private static final DateTimeFormatter RFC1123Z = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Raw() {
    }

    static Object get(Object o, String... path) {
        Object cur = o;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(p);
        }
        return cur;
    }

    /** A string field; null when absent or empty (Go's zero value prints as absent). */
    static String str(Object o, String... path) {
        Object v = get(o, path);
        if (v == null) {
            return null;
        }
        String s = v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(v);
        return s.isEmpty() ? null : s;
    }

    static String strOr(String orElse, Object o, String... path) {
        String s = str(o, path);
        return s == null ? orElse : s;
    }

    static long num(Object o, String... path) {
        Object v = get(o, path);
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return v == null ? 0 : Long.parseLong(String.valueOf(v));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static boolean has(Object o, String... path) {
        return get(o, path) != null;
    }

    static boolean isTrue(Object o, String... path) {
        Object v = get(o, path);
        return Boolean.TRUE.equals(v) || "true".equals(v);
    }

    static List<Object> list(Object o, String... path) {
        return get(o, path) instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o, String... path) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object i : list(o, path)) {
            if (i instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            }
        }
        return out;
    }

    static List<String> strings(Object o, String... path) {
        return list(o, path).stream().map(String::valueOf).toList();
    }

    /** A map of strings (labels, annotations, a selector, a ConfigMap's data), sorted as Go prints maps. */
    static Map<String, String> stringMap(Object o, String... path) {
        Map<String, String> out = new TreeMap<>();
        if (get(o, path) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return out;
    }

    static String name(Object o) {
        return str(o, "metadata", "name");
    }

    static String namespace(Object o) {
        return str(o, "metadata", "namespace");
    }

    static Map<String, String> labels(Object o) {
        return stringMap(o, "metadata", "labels");
    }

    static Map<String, String> annotations(Object o) {
        return stringMap(o, "metadata", "annotations");
    }

    /** An RFC 3339 time in milliseconds since the epoch; {@link Long#MIN_VALUE} when absent or unreadable. */
    static long time(Object o, String... path) {
        String s = str(o, path);
        if (s == null) {
            return Long.MIN_VALUE;
        }
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    static String rfc1123(long millis) {
        return RFC1123Z.format(Instant.ofEpochMilli(millis));
    }

    /** translateTimestampSince: the age of a time, {@code <unknown>} when it is not set. */
    static String since(long millis, long now) {
        return millis == Long.MIN_VALUE ? "<unknown>" : HumanDuration.of(now - millis);
    }

    /** The status of a condition in status.conditions ("True", "False", "Unknown"), or null. */
    static Map<String, Object> condition(Object o, String type) {
        for (Map<String, Object> c : maps(o, "status", "conditions")) {
            if (type.equals(c.get("type"))) {
                return c;
            }
        }
        return null;
    }

    /** labels.FormatLabels / metav1.FormatLabelSelector for a plain map: k=v,k=v sorted, or {@code <none>}. */
    static String labelList(Map<String, String> m) {
        return ObjectRows.labelString(m);
    }

    /** metav1.FormatLabelSelector of a LabelSelector map: matchLabels, then matchExpressions; {@code <none>} when empty. */
    static String selector(Object sel) {
        if (!(sel instanceof Map<?, ?>)) {
            return "<none>";
        }
        List<String> parts = new ArrayList<>();
        stringMap(sel, "matchLabels").forEach((k, v) -> parts.add(k + "=" + v));
        for (Map<String, Object> r : maps(sel, "matchExpressions")) {
            String key = str(r, "key");
            String values = String.join(",", strings(r, "values"));
            switch (String.valueOf(r.get("operator"))) {
                case "In" -> parts.add(key + " in (" + values + ")");
                case "NotIn" -> parts.add(key + " notin (" + values + ")");
                case "Exists" -> parts.add(key);
                default -> parts.add("!" + key);
            }
        }
        return parts.isEmpty() ? "<none>" : String.join(",", parts);
    }

    /** The object without what kubectl get -o yaml leaves out by default (managedFields). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> shown(Map<String, Object> o) {
        if (!(o.get("metadata") instanceof Map<?, ?> meta) || !meta.containsKey("managedFields")) {
            return o;
        }
        Map<String, Object> out = new LinkedHashMap<>(o);
        Map<String, Object> md = new LinkedHashMap<>((Map<String, Object>) meta);
        md.remove("managedFields");
        out.put("metadata", md);
        return out;
    }
}
