package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code -o custom-columns=HEADER:PATH,...} (kubectl's get/customcolumn.go): a column per spec,
 * each path relaxed to {@code {.path}}, several values joined by "," and printed as Go's %v,
 * no value as {@code <none>}; kubectl's table writer.
 */
final class CustomColumns {
    private CustomColumns() {
    }

    static Kubectl.Result print(String spec, List<Object> items) {
        List<String[]> columns = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                return Kubectl.Result.error("error: unexpected custom-columns spec: " + part + ", expected <header>:<json-path-expr>");
            }
            columns.add(new String[] {part.substring(0, colon), relaxed(part.substring(colon + 1))});
        }
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            t.append(i > 0 ? "\t" : "").append(columns.get(i)[0]);
        }
        t.append('\n');
        for (Object item : items) {
            for (int i = 0; i < columns.size(); i++) {
                List<Object> values;
                try {
                    values = JsonPath.find(columns.get(i)[1], item);
                } catch (JsonPath.Failure f) {
                    return Kubectl.Result.error("error: " + f.getMessage());
                }
                List<String> shown = new ArrayList<>();
                values.forEach(v -> shown.add(goValue(v)));
                t.append(i > 0 ? "\t" : "").append(shown.isEmpty() ? "<none>" : String.join(",", shown));
            }
            t.append('\n');
        }
        return Kubectl.Result.ok(TabWriter.table(t.toString()));
    }

    /** RelaxedJSONPathExpression: "{.a}", ".a" and "a" all mean {.a}. */
    static String relaxed(String path) {
        String p = path.strip();
        if (p.startsWith("{") && p.endsWith("}")) {
            p = p.substring(1, p.length() - 1);
        }
        return "{" + (p.startsWith(".") ? p : "." + p) + "}";
    }

    /** fmt's %v of unstructured data: map[k:v] with sorted keys, [a b] for lists, <nil> for null. */
    static String goValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("map[");
            int i = 0;
            for (var e : new TreeMap<>(m).entrySet()) {
                sb.append(i++ > 0 ? " " : "").append(e.getKey()).append(':').append(goValue(e.getValue()));
            }
            return sb.append(']').toString();
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(goValue(x)));
            return "[" + String.join(" ", parts) + "]";
        }
        return v == null ? "<nil>" : String.valueOf(v);
    }
}
