package servicelab.manifest;

import java.util.HashMap;
import java.util.Map;

/**
 * Field path (API server spelling: {@code spec.ports[0].targetPort}) to the text it came from, so
 * an error reported on a path can be shown on the right line and column.
 */
public final class SourceMap {
    /** Where a field stands: its key (null for list items and the root) and its value. */
    public record Loc(Span key, Span value) {
        /** The value where there is one, else the key: what an error underlines. */
        public Span best() {
            return value != null ? value : key;
        }
    }

    private Map<String, Loc> locs;
    private final YNode rootNode;
    private final Span root;

    private SourceMap(YNode rootNode) {
        this.rootNode = rootNode;
        this.root = rootNode.span();
    }

    /** Paths are collected when first asked for: most documents of a file have nothing to place. */
    private Map<String, Loc> locs() {
        if (locs == null) {
            locs = new HashMap<>();
            walk(rootNode, "", null);
        }
        return locs;
    }

    public static SourceMap of(YNode root) {
        return new SourceMap(root);
    }

    private void walk(YNode n, String path, Span key) {
        Span value = n instanceof YNode.Scalar s && s.isNull() && s.span().start() == s.span().end() ? null : n.span();
        if (!path.isEmpty()) {
            locs.put(path, new Loc(key, value));
        }
        if (n instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                String k = e.key().value();
                String child = path.isEmpty() ? k : path + "." + k;
                walk(e.value(), child, e.key().span());
                if (!path.isEmpty()) {
                    locs.putIfAbsent(path + "[" + k + "]", locs.get(child));
                }
            }
        } else if (n instanceof YNode.Seq q) {
            for (int i = 0; i < q.items().size(); i++) {
                walk(q.items().get(i), path + "[" + i + "]", null);
            }
        }
    }

    /** The exact location of a path, or null. */
    public Loc get(String path) {
        return locs().get(path);
    }

    /** The location of a path or, when it is absent from the text, of its nearest present ancestor. */
    public Span locate(String path) {
        String p = normalise(path);
        while (p != null && !p.isEmpty()) {
            Loc l = locs().get(p);
            if (l == null && p.startsWith("spec.clusterIPs")) {
                l = locs().get("spec.clusterIP");
            }
            if (l != null && l.best() != null) {
                return l.best();
            }
            p = parent(p);
        }
        return root;
    }

    private static String normalise(String path) {
        if (path == null) {
            return "";
        }
        if (path.startsWith("spec.LoadBalancerSourceRanges")) {
            return "spec.loadBalancerSourceRanges" + path.substring("spec.LoadBalancerSourceRanges".length());
        }
        if (path.startsWith("annotations.")) {
            return "metadata.annotations." + path.substring("annotations.".length());
        }
        return path;
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a}. */
    static String parent(String p) {
        if (p.endsWith("]")) {
            int i = p.lastIndexOf('[');
            return i <= 0 ? "" : p.substring(0, i);
        }
        int dot = p.lastIndexOf('.');
        int br = p.lastIndexOf(']');
        if (dot < 0) {
            return "";
        }
        return p.substring(0, Math.max(dot, br + 1 == dot ? dot : dot));
    }
}
