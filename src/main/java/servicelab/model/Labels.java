package servicelab.model;

import java.util.Map;

/** Equality-based selection as Services and ReplicationControllers use it. */
public final class Labels {
    private Labels() {
    }

    /** True when every key=value of the selector is among the labels. */
    public static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        for (var e : selector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    public static String format(Map<String, String> labels) {
        StringBuilder sb = new StringBuilder();
        for (var e : labels.entrySet()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }
}
