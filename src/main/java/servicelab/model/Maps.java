package servicelab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies that keep the order the manifest gave. */
public final class Maps {
    private Maps() {
    }

    public static <K, V> Map<K, V> copy(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public static <T> List<T> copy(List<T> l) {
        return l == null ? null : List.copyOf(l);
    }
}
