package servicelab.manifest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several edits of one manifest text as one change: each step is computed on the one parse of
 * the text and kept as a splice of it; {@link #commit()} applies them all and reports one
 * {@link ManifestEditor.Edit} with the real line range. A step that the earlier ones could have
 * changed the meaning of (its splice touches theirs, or it would remove the last remaining entry
 * of a map they removed entries from) first applies what is pending and parses again, so the
 * result is always what the same steps made one after another would give.
 */
public final class Transaction {
    private final String original;
    private ManifestEditor editor;
    private final List<ManifestEditor.Splice> pending = new ArrayList<>();
    /** Entries (or items) removed by pending splices, per map or list of the current parse. */
    private final Map<YNode, Integer> removed = new IdentityHashMap<>();
    private int parses = 1;

    Transaction(String text) {
        this.original = text;
        this.editor = ManifestEditor.of(text);
    }

    /** How often the text was parsed (1 unless steps depended on each other). */
    public int parses() {
        return parses;
    }

    /** The field at a path of a document as the text stands before the pending steps, or null. */
    public YNode field(int doc, List<Object> path) {
        List<YamlDocument> docs = editor.parsed().documents();
        if (doc < 0 || doc >= docs.size() || !docs.get(doc).ok()) {
            return null;
        }
        YNode cur = docs.get(doc).root();
        for (Object seg : path) {
            if (seg instanceof String k && cur instanceof YNode.Map m) {
                cur = m.get(k);
            } else if (seg instanceof Integer i && cur instanceof YNode.Seq q && i >= 0 && i < q.items().size()) {
                cur = q.items().get(i);
            } else {
                return null;
            }
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /** Sets a field (a scalar that already has this value is left alone). */
    public Transaction set(int doc, List<Object> path, Object value) {
        seeCurrent(doc, path);
        YNode cur = field(doc, path);
        if (cur instanceof YNode.Scalar s && !(value instanceof Map) && !(value instanceof List)
                && String.valueOf(value).equals(s.value())) {
            return this;
        }
        step(() -> editor.setSplice(doc, path, value));
        return this;
    }

    /** Removes a field if it is there. */
    public Transaction remove(int doc, List<Object> path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("no field");
        }
        seeCurrent(doc, path);
        if (field(doc, path) == null) {
            return this;
        }
        YNode parent = field(doc, path.subList(0, path.size() - 1));
        int size = parent instanceof YNode.Map m ? m.entries().size() : parent instanceof YNode.Seq q ? q.items().size() : 0;
        if (size - removed.getOrDefault(parent, 0) <= 1 && removed.containsKey(parent)) {
            flush(); // the last entry left: it becomes {} or [], which only a fresh parse can see
            parent = field(doc, path.subList(0, path.size() - 1));
        }
        step(() -> editor.removeSplice(doc, path));
        removed.merge(parent, 1, Integer::sum);
        return this;
    }

    public Transaction addDocument(Object data) {
        step(() -> editor.addDocumentSplice(data));
        return this;
    }

    public Transaction removeDocument(int doc) {
        step(() -> editor.removeDocumentSplice(doc));
        return this;
    }

    /** The text with every step so far applied. */
    public String text() {
        return apply();
    }

    /** The whole change as one edit of the original text (an empty edit when nothing changed). */
    public ManifestEditor.Edit commit() {
        return ManifestEditor.Edit.between(original, apply());
    }

    // ------------------------------------------------------------------ splices

    /** Computes a step on the current parse; if it meets a pending splice, parses again and recomputes it. */
    private void step(java.util.function.Supplier<ManifestEditor.Splice> make) {
        ManifestEditor.Splice s = make.get();
        for (ManifestEditor.Splice p : pending) {
            if (touches(p, s)) {
                flush();
                s = make.get();
                break;
            }
        }
        pending.add(s);
    }

    /** Overlapping, one inside the other, or two edits at one place (edits that only meet are independent). */
    private static boolean touches(ManifestEditor.Splice a, ManifestEditor.Splice b) {
        return a.start() < b.end() && b.start() < a.end() || a.start() == b.start() || a.end() == b.end();
    }

    /**
     * A step reads the field it edits before editing it: if a pending splice changed that field
     * (or may have made it), the step must read the text as it now is.
     */
    private void seeCurrent(int doc, List<Object> path) {
        if (pending.isEmpty()) {
            return;
        }
        for (int n = 0; n < path.size(); n++) {
            if (removed.containsKey(field(doc, path.subList(0, n))) && field(doc, path.subList(0, n)) instanceof YNode.Seq) {
                flush(); // an item of a list on the way was removed: the indexes after it moved
                return;
            }
        }
        YNode node = field(doc, path);
        if (node == null) {
            // a pending step inside the deepest node that exists may have made it; for a missing key,
            // only one that wrote the key's name can have
            int depth = 0;
            while (depth < path.size() && field(doc, path.subList(0, depth + 1)) != null) {
                depth++;
            }
            YNode at = field(doc, path.subList(0, depth));
            Object missing = path.get(depth);
            for (ManifestEditor.Splice p : pending) {
                if (within(p, at) && (!(missing instanceof String k) || !(at instanceof YNode.Map) || p.with().contains(k))) {
                    flush();
                    return;
                }
            }
            return;
        }
        for (ManifestEditor.Splice p : pending) {
            if (within(p, node)) {
                flush();
                return;
            }
        }
    }

    /** Whether a splice touches the whole lines a node is written on (a trailing comment included). */
    private boolean within(ManifestEditor.Splice p, YNode node) {
        LineIndex li = editor.parsed().lines();
        int from = li.lineStart(node.span().line());
        int to = li.lineEnd(Math.max(node.span().line(), node.span().endLine()));
        return p.start() <= to && p.end() > from;
    }

    private String apply() {
        if (pending.isEmpty()) {
            return editor.text();
        }
        List<ManifestEditor.Splice> sorted = new ArrayList<>(pending);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String text = editor.text();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (ManifestEditor.Splice s : sorted) {
            out.append(text, at, s.start()).append(s.with());
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        String text = apply();
        pending.clear();
        removed.clear();
        editor = ManifestEditor.of(text);
        parses++;
    }
}
