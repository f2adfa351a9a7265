package servicelab.manifest;

import java.util.ArrayList;
import java.util.List;

/** A path into a document as segments: String keys and Integer list indices. */
public final class FieldPath {
    private FieldPath() {
    }

    /** {@code spec.ports[0].targetPort} → [spec, ports, 0, targetPort]. Keys with dots go in brackets: {@code metadata.labels[app.kubernetes.io/name]}. */
    public static List<Object> parse(String path) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        StringBuilder cur = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                i++;
            } else if (c == '[') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                int end = path.indexOf(']', i);
                String inner = path.substring(i + 1, end);
                out.add(inner.matches("\\d+") ? (Object) Integer.parseInt(inner) : inner);
                i = end + 1;
            } else {
                cur.append(c);
                i++;
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    public static String format(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object o : path) {
            if (o instanceof Integer n) {
                sb.append('[').append(n).append(']');
            } else {
                String k = (String) o;
                if (k.contains(".") || k.contains("[")) {
                    sb.append('[').append(k).append(']');
                } else {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(k);
                }
            }
        }
        return sb.toString();
    }
}
