package servicelab.workspace;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the learner moved things on the diagram: presentation state, never in the YAML. A saved
 * scene keeps it; opening another text forgets it.
 */
public final class Layout {
    private final Map<String, double[]> positions = new HashMap<>();

    public double[] position(String key) {
        return positions.get(key);
    }

    public void setPosition(String key, double x, double y) {
        positions.put(key, new double[] {x, y});
    }

    /** Every moved card's position (for a saved scene). */
    public Map<String, double[]> positions() {
        return Map.copyOf(positions);
    }

    public void clear() {
        positions.clear();
    }
}
