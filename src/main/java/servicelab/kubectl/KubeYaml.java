package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import servicelab.manifest.YamlWriter;

/**
 * Objects printed as kubectl prints them ({@code -o yaml}, {@code -o json}): Go marshals maps with
 * sorted keys, so every map is sorted before writing; list dashes sit at their key's column.
 */
final class KubeYaml {
    private KubeYaml() {
    }

    static String yaml(Object data) {
        return YamlWriter.write(sorted(data), 0);
    }

    /** json.Marshal of unstructured data: keys sorted, no spaces (jsonpath's maps and lists). */
    static String compactJson(Object data) {
        StringBuilder sb = new StringBuilder();
        compact(sb, sorted(data));
        return sb.toString();
    }

    private static void compact(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            int i = 0;
            for (var e : m.entrySet()) {
                sb.append(i++ > 0 ? "," : "").append(quote(String.valueOf(e.getKey()))).append(':');
                compact(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? "," : "");
                compact(sb, l.get(i));
            }
            sb.append(']');
        } else {
            scalar(sb, v);
        }
    }

    static String json(Object data) {
        StringBuilder sb = new StringBuilder();
        json(sb, goOrder(data), 0);
        return sb.append('\n').toString();
    }

    /**
     * JSON keeps Go's struct field order (kind before apiVersion, name before labels …); one list
     * of the fields the console prints gives that order, unknown keys go last in their own order.
     */
    private static final List<String> GO_ORDER = List.of("kind", "apiVersion", "metadata", "name", "generateName", "namespace",
            "uid", "creationTimestamp", "labels", "annotations", "spec", "replicas", "image", "ports", "containerPort",
            "protocol", "appProtocol", "port", "targetPort", "nodePort", "resources", "selector", "matchLabels",
            "matchExpressions", "template", "containers", "clusterIP", "clusterIPs", "type", "externalIPs", "sessionAffinity",
            "externalName", "externalTrafficPolicy", "ipFamilies", "ipFamilyPolicy", "internalTrafficPolicy", "trafficDistribution", "strategy",
            "status", "loadBalancer", "items");

    /** A JSON scalar as encoding/json writes it: null, a number or boolean as is, a string quoted. */
    private static void scalar(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else {
            sb.append(quote(v.toString()));
        }
    }

    @SuppressWarnings("unchecked")
    static Object goOrder(Object data) {
        if (data instanceof Map<?, ?> m) {
            List<String> keys = new ArrayList<>((java.util.Collection<String>) m.keySet());
            keys.sort((x, y) -> {
                int ix = GO_ORDER.indexOf(x);
                int iy = GO_ORDER.indexOf(y);
                return Integer.compare(ix < 0 ? Integer.MAX_VALUE : ix, iy < 0 ? Integer.MAX_VALUE : iy);
            });
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (String key : keys) {
                out.put(key, goOrder(m.get(key)));
            }
            return out;
        }
        if (data instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(goOrder(o));
            }
            return out;
        }
        return data;
    }

    @SuppressWarnings("unchecked")
    static Object sorted(Object data) {
        if (data instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            for (var e : ((Map<String, Object>) m).entrySet()) {
                out.put(e.getKey(), sorted(e.getValue()));
            }
            return out;
        }
        if (data instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(sorted(o));
            }
            return out;
        }
        return data;
    }

    private static void json(StringBuilder sb, Object v, int indent) {
        String pad = "    ".repeat(indent + 1);
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (var e : m.entrySet()) {
                sb.append(pad).append(quote(String.valueOf(e.getKey()))).append(": ");
                json(sb, e.getValue(), indent + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append("    ".repeat(indent)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append(pad);
                json(sb, l.get(i), indent + 1);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append("    ".repeat(indent)).append(']');
        } else {
            scalar(sb, v);
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '<' -> sb.append("\\u003c"); // Go's encoder escapes HTML characters
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
