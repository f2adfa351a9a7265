package servicelab.kubectl;

import java.util.List;
import java.util.Map;

/** One object as the printers see it: identity, labels, age, and the data for -o yaml (built only when printed). */
record Item(String namespace, String name, Map<String, String> labels, long createdMillis, List<String> cells,
            List<String> wide, java.util.function.Supplier<Object> data) {
}
