package servicelab.workspace.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


/**
 * A saved scene (curriculum C9, L7): the manifest plus what the picture needs beyond it — the
 * random seed and where the learner moved the Service cards. The extra state rides in a comment
 * on the first line, so a scene file is still a manifest {@code kubectl apply} accepts and any
 * manifest opens as a scene.
 */
public final class SceneFile {
    static final String MARK = "# servicelab-scene: ";

    /**
     * @param maxPods pods each node runs (kubelet's --max-pods), to show a full node; 0 for the default (110)
     */
    public record Scene(String manifest, long seed, Map<String, double[]> positions, int maxPods) {
        public Scene {
            positions = Map.copyOf(positions);
        }

        public Scene(String manifest, long seed, Map<String, double[]> positions) {
            this(manifest, seed, positions, 0);
        }
    }

    private SceneFile() {
    }

    /** True when the text was saved as a scene (its first line carries the scene's state). */
    public static boolean isScene(String text) {
        return text.startsWith(MARK);
    }

    public static String write(Scene s) {
        StringBuilder json = new StringBuilder("{\"seed\": ").append(s.seed()).append(", \"positions\": {");
        String sep = "";
        for (var e : new TreeMap<>(s.positions()).entrySet()) {
            json.append(sep).append('"').append(e.getKey().replace("\\", "\\\\").replace("\"", "\\\"")).append("\": [")
                    .append(Math.round(e.getValue()[0])).append(", ").append(Math.round(e.getValue()[1])).append(']');
            sep = ", ";
        }
        json.append('}');
        if (s.maxPods() > 0) {
            json.append(", \"maxPods\": ").append(s.maxPods());
        }
        json.append('}');
        return MARK + json + "\n" + s.manifest();
    }

    /** A header longer than this is not one the app wrote (a few thousand cards fit in it). */
    static final int MAX_HEADER = 256 * 1024;
    /** More card positions than any cluster the simulation holds has Services. */
    static final int MAX_POSITIONS = 2000;

    /** Reads a scene; a plain manifest (or a damaged first line) gives the manifest with seed 42 and no moved cards. */
    public static Scene read(String text) {
        if (!text.startsWith(MARK)) {
            return new Scene(text, 42, Map.of());
        }
        int nl = text.indexOf('\n');
        String header = nl < 0 ? text.substring(MARK.length()) : text.substring(MARK.length(), nl);
        String manifest = nl < 0 ? "" : text.substring(nl + 1);
        if (header.length() > MAX_HEADER) {
            return new Scene(manifest, 42, Map.of()); // the manifest opens; the oversized picture state does not
        }
        try {
            Object data = servicelab.text.Json.parse(header);
            if (!(data instanceof Map<?, ?> m)) {
                return new Scene(manifest, 42, Map.of());
            }
            long seed = m.get("seed") instanceof Number n ? n.longValue() : 42;
            Map<String, double[]> positions = new LinkedHashMap<>();
            if (m.get("positions") instanceof Map<?, ?> p) {
                for (var e : p.entrySet()) {
                    if (positions.size() >= MAX_POSITIONS) {
                        break;
                    }
                    if (e.getValue() instanceof List<?> xy && xy.size() == 2 && xy.get(0) instanceof Number x
                            && xy.get(1) instanceof Number y) {
                        positions.put(String.valueOf(e.getKey()), new double[] {x.doubleValue(), y.doubleValue()});
                    }
                }
            }
            int maxPods = m.get("maxPods") instanceof Number n && n.longValue() >= 1 && n.longValue() <= 5000 ? n.intValue() : 0;
            return new Scene(manifest, seed, positions, maxPods);
        } catch (RuntimeException e) {
            return new Scene(manifest, 42, Map.of());
        }
    }
}
