package servicelab.kubectl;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Go's {@code %#v} of unstructured data, as client-go's jsonpath prints the object it was given. */
final class GoDump {
    private GoDump() {
    }

    static String of(Object v) {
        StringBuilder sb = new StringBuilder();
        dump(sb, v);
        return sb.toString();
    }

    private static void dump(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            sb.append("map[string]interface {}{");
            int i = 0;
            for (var e : new TreeMap<>(m).entrySet()) {
                sb.append(i++ > 0 ? ", " : "").append(servicelab.text.GoStrings.quote(String.valueOf(e.getKey()))).append(':');
                dump(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append("[]interface {}{");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "");
                dump(sb, l.get(i));
            }
            sb.append('}');
        } else if (v == null) {
            sb.append("interface {}(nil)");
        } else if (v instanceof String s) {
            sb.append(servicelab.text.GoStrings.quote(s));
        } else {
            sb.append(v);
        }
    }
}
