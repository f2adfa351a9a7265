package servicelab.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Surgical edits of manifest text, for the diagram and the console: set or remove a field, add
 * or remove a list item, add or remove a document. Each edit rewrites only the lines that hold
 * the changed field; comments, key order, quoting and indentation elsewhere stay byte for byte.
 * New text follows the document's own habits (indent step, list dash column).
 * Edits need the target document to parse; they throw {@link IllegalStateException} otherwise.
 */
public final class ManifestEditor {

    /**
     * The result of an edit: the new text and the changed line range. Lines before
     * {@code firstLine} are unchanged; old lines after {@code oldLastLine} are unchanged and now
     * follow {@code newLastLine} (both inclusive, 1-based; an insertion has oldLastLine = firstLine - 1).
     */
    public record Edit(String text, int firstLine, int oldLastLine, int newLastLine) {
        /** The edit from one text to another: the lines between their common head and tail. */
        public static Edit between(String before, String after) {
            return LineDiff.between(before, after);
        }

        /** Whether the edit changes nothing. */
        public boolean isEmpty() {
            return oldLastLine < firstLine && newLastLine < firstLine;
        }

        /**
         * The same edit as a character replacement of {@code before} (which must be the text the
         * edit was made from): replace [start, end) with {@code with}. Only the edited lines are touched.
         */
        public Replacement replacementOf(String before) {
            return LineDiff.replacement(this, before);
        }
    }

    /** A character replacement: [start, end) of the old text becomes {@code with}. */
    public record Replacement(int start, int end, String with) {
    }

    /** One edit as a splice of the text it was computed on, with the line range it reports. */
    record Splice(int start, int end, String with, int firstLine, int oldLastLine, int newLastLine) {
        Edit toEdit(String text) {
            return new Edit(text.substring(0, start) + with + text.substring(end), firstLine, oldLastLine, newLastLine);
        }
    }

    private final String text;
    private final ParsedManifest parsed;

    private ManifestEditor(String text) {
        this.text = text;
        this.parsed = ManifestParser.parse(text);
    }

    public static ManifestEditor of(String text) {
        return new ManifestEditor(text);
    }

    /** Several edits of this text as one change (one parse when they are independent, one Edit). */
    public static Transaction transaction(String text) {
        return new Transaction(text);
    }

    // ---------------------------------------------------------------- public edits

    public Edit set(int doc, String path, Object value) {
        return set(doc, FieldPath.parse(path), value);
    }

    public Edit remove(int doc, String path) {
        return remove(doc, FieldPath.parse(path));
    }

    public Edit addItem(int doc, String listPath, Object value) {
        return addItem(doc, FieldPath.parse(listPath), value);
    }

    /** Sets a field to a scalar, map or list, creating missing parent maps. */
    public Edit set(int doc, List<Object> path, Object value) {
        return setSplice(doc, path, value).toEdit(text);
    }

    /** Removes a map entry or list item; a map or list left empty becomes {} or []. */
    public Edit remove(int doc, List<Object> path) {
        return removeSplice(doc, path).toEdit(text);
    }

    /** Appends an item to a list, creating the list if needed. */
    public Edit addItem(int doc, List<Object> listPath, Object value) {
        return addItemSplice(doc, listPath, value).toEdit(text);
    }

    public Edit removeItem(int doc, List<Object> listPath, int index) {
        return removeItemSplice(doc, listPath, index).toEdit(text);
    }

    /** Appends a document (as YAML text or as data) after a {@code ---} separator. */
    public Edit addDocument(Object data) {
        return addDocumentSplice(data).toEdit(text);
    }

    /** Removes a document and its separator. */
    public Edit removeDocument(int doc) {
        return removeDocumentSplice(doc).toEdit(text);
    }

    /** The text this editor edits. */
    String text() {
        return text;
    }

    ParsedManifest parsed() {
        return parsed;
    }

    Splice setSplice(int doc, List<Object> path, Object value) {
        YNode root = root(doc);
        Walk w = walk(root, path);
        boolean found = w.missingFrom == path.size();
        YNode flow = w.flowAncestor(found);
        if (flow != null) {
            return rewriteFlow(flow, w.flowPath(found), path, value, false);
        }
        if (found) {
            YNode target = w.nodes.get(w.nodes.size() - 1);
            if (path.isEmpty()) {
                return replaceDocumentRoot(doc, value);
            }
            Object last = path.get(path.size() - 1);
            YNode parent = w.nodes.get(w.nodes.size() - 2);
            if (target instanceof YNode.Scalar s && isScalar(value) && !s.span().equals(emptySpan(s))
                    && s.style() != YNode.Style.LITERAL && s.style() != YNode.Style.FOLDED
                    && s.span().line() == s.span().endLine()) {
                return replace(s.span().start(), s.span().end(), renderScalarLike(s, value));
            }
            if (isFlow(target) && target.span().line() == target.span().endLine()) {
                return replace(target.span().start(), target.span().end(),
                        isScalar(value) ? YamlWriter.scalar(value) : YamlWriter.flow(value));
            }
            return replaceChild(parent, last, target, value);
        }
        // create the missing part under the deepest existing node
        YNode parent = w.nodes.get(w.nodes.size() - 1);
        List<Object> rest = path.subList(w.missingFrom, path.size());
        if (!(rest.get(0) instanceof String key)) {
            throw new IllegalArgumentException("no list item " + FieldPath.format(path.subList(0, w.missingFrom + 1)));
        }
        Object nested = nest(rest.subList(1, rest.size()), value);
        if (parent instanceof YNode.Map m && !m.entries().isEmpty()) {
            int col = m.entries().get(0).key().span().column() - 1;
            return insertAfterLine(m.span().endLine(), YamlWriter.entry(key, nested, col, style()));
        }
        // parent is an empty map, a null scalar or an empty flow collection: rewrite the parent's own entry
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, nested);
        if (w.nodes.size() == 1) {
            return replaceDocumentRoot(doc, m);
        }
        return replaceChild(w.nodes.get(w.nodes.size() - 2), path.get(w.missingFrom - 1), parent, m);
    }

    Splice removeSplice(int doc, List<Object> path) {
        YNode root = root(doc);
        Walk w = walk(root, path);
        if (w.missingFrom < path.size() || path.isEmpty()) {
            throw new IllegalArgumentException("no field " + FieldPath.format(path));
        }
        YNode flow = w.flowAncestor(true);
        if (flow != null) {
            return rewriteFlow(flow, w.flowPath(true), path, null, true);
        }
        YNode parent = w.nodes.get(w.nodes.size() - 2);
        Object last = path.get(path.size() - 1);
        if (parent instanceof YNode.Seq q) {
            return removeItemSplice(doc, path.subList(0, path.size() - 1), (Integer) last);
        }
        YNode.Map m = (YNode.Map) parent;
        if (m.entries().size() == 1) {
            if (w.nodes.size() == 2) {
                return replaceDocumentRoot(doc, new LinkedHashMap<>());
            }
            return replaceChild(w.nodes.get(w.nodes.size() - 3), path.get(path.size() - 2), m, new LinkedHashMap<>());
        }
        int i = indexOf(m, (String) last);
        YNode.Entry e = m.entries().get(i);
        int keyStart = e.key().span().start();
        if (!onlyIndentBefore(keyStart)) {
            // first key of a list item ("- port: 80"): pull the next key up onto the dash line
            int nextStart = m.entries().get(i + 1).key().span().start();
            return replace(keyStart, nextStart, "");
        }
        return deleteLines(e.key().span().line(), endLineOf(e.value(), e.key().span().line()));
    }

    Splice addItemSplice(int doc, List<Object> listPath, Object value) {
        YNode root = root(doc);
        Walk w = walk(root, listPath);
        if (w.missingFrom == listPath.size() && w.nodes.get(w.nodes.size() - 1) instanceof YNode.Seq q
                && !q.flow() && !q.items().isEmpty() && w.flowAncestor(true) == null) {
            YNode lastItem = q.items().get(q.items().size() - 1);
            int dashCol = dashColumn(lastItem);
            return insertAfterLine(endLineOf(lastItem, lastItem.span().line()), YamlWriter.item(value, dashCol, style()));
        }
        List<Object> items = new ArrayList<>();
        if (w.missingFrom == listPath.size() && YNode.toData(w.nodes.get(w.nodes.size() - 1)) instanceof List<?> l) {
            items.addAll(l);
        }
        items.add(value);
        return setSplice(doc, listPath, items);
    }

    Splice removeItemSplice(int doc, List<Object> listPath, int index) {
        YNode root = root(doc);
        Walk w = walk(root, listPath);
        if (w.missingFrom < listPath.size() || !(w.nodes.get(w.nodes.size() - 1) instanceof YNode.Seq q)) {
            throw new IllegalArgumentException("no list " + FieldPath.format(listPath));
        }
        if (index < 0 || index >= q.items().size()) {
            throw new IllegalArgumentException("no item " + index + " in " + FieldPath.format(listPath));
        }
        List<Object> itemPath = new ArrayList<>(listPath);
        itemPath.add(index);
        if (w.flowAncestor(false) != null) {
            return rewriteFlow(w.flowAncestor(false), w.flowPath(false), itemPath, null, true);
        }
        if (q.items().size() == 1) {
            return setSplice(doc, listPath, new ArrayList<>());
        }
        YNode item = q.items().get(index);
        int dashLine = item.span().line();
        return deleteLines(dashLine, endLineOf(item, dashLine));
    }

    Splice addDocumentSplice(Object data) {
        String body = data instanceof String s ? (s.endsWith("\n") ? s : s + "\n") : YamlWriter.write(data, 0, style());
        int lineCount = parsed.lines().lineCount();
        int end = text.length();
        if (parsed.documents().isEmpty() && text.isBlank()) {
            return new Splice(0, end, body, 1, lineCount, body.split("\n", -1).length);
        }
        if (text.endsWith("\n")) {
            // insert before the empty line that follows the final newline
            return new Splice(end, end, "---\n" + body, lineCount, lineCount - 1,
                    lineCount + (int) body.chars().filter(c -> c == '\n').count());
        }
        String with = "\n---\n" + body; // the last line gains its newline: count it as changed
        return new Splice(end, end, with, lineCount, lineCount, (text + with).split("\n", -1).length);
    }

    Splice removeDocumentSplice(int doc) {
        YamlDocument d = document(doc);
        int first = d.span().line();
        int last = d.span().endLine();
        LineIndex li = parsed.lines();
        if (!li.line(first).startsWith("---") && last < li.lineCount() && li.line(last + 1).startsWith("---")) {
            last++; // the first document has no marker of its own: take the next one's
        }
        return deleteLines(first, last);
    }

    // ---------------------------------------------------------------- navigation

    private YamlDocument document(int doc) {
        if (doc < 0 || doc >= parsed.documents().size()) {
            throw new IllegalArgumentException("no document " + doc);
        }
        return parsed.documents().get(doc);
    }

    private YNode root(int doc) {
        YamlDocument d = document(doc);
        if (!d.ok()) {
            throw new IllegalStateException("document " + doc + " does not parse");
        }
        return d.root();
    }

    /** The nodes along a path as far as it exists; missingFrom is the first segment not found. */
    private static final class Walk {
        final List<YNode> nodes = new ArrayList<>();
        final List<Object> path;
        int missingFrom;

        Walk(List<Object> path) {
            this.path = path;
        }

        /**
         * The outermost flow collection on the existing part of the path (edits inside it rewrite
         * it whole); with {@code excludeTarget}, the last node itself does not count.
         */
        YNode flowAncestor(boolean excludeTarget) {
            int n = excludeTarget ? nodes.size() - 1 : nodes.size();
            for (YNode x : nodes.subList(0, Math.max(0, n))) {
                if (isFlow(x)) {
                    return x;
                }
            }
            return null;
        }

        List<Object> flowPath(boolean excludeTarget) {
            YNode f = flowAncestor(excludeTarget);
            return path.subList(0, nodes.indexOf(f));
        }
    }

    private static Walk walk(YNode root, List<Object> path) {
        Walk w = new Walk(path);
        YNode cur = root;
        w.nodes.add(cur);
        int i = 0;
        for (; i < path.size(); i++) {
            Object seg = path.get(i);
            YNode next = null;
            if (seg instanceof String k && cur instanceof YNode.Map m) {
                next = m.get(k);
            } else if (seg instanceof Integer n && cur instanceof YNode.Seq q && n >= 0 && n < q.items().size()) {
                next = q.items().get(n);
            }
            if (next == null) {
                break;
            }
            cur = next;
            w.nodes.add(cur);
        }
        w.missingFrom = i;
        return w;
    }

    private static int indexOf(YNode.Map m, String key) {
        for (int i = 0; i < m.entries().size(); i++) {
            if (m.entries().get(i).key().value().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- building blocks

    private static boolean isFlow(YNode n) {
        return n instanceof YNode.Map m && m.flow() || n instanceof YNode.Seq q && q.flow();
    }

    private static boolean isScalar(Object v) {
        return !(v instanceof Map) && !(v instanceof List);
    }

    private static Span emptySpan(YNode.Scalar s) {
        return s.span().start() == s.span().end() ? s.span() : null;
    }

    private static Object nest(List<Object> rest, Object value) {
        Object v = value;
        for (int i = rest.size() - 1; i >= 0; i--) {
            Object seg = rest.get(i);
            if (seg instanceof String k) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(k, v);
                v = m;
            } else if (Integer.valueOf(0).equals(seg)) {
                List<Object> l = new ArrayList<>();
                l.add(v);
                v = l;
            } else {
                throw new IllegalArgumentException("cannot create list item " + seg);
            }
        }
        return v;
    }

    private String renderScalarLike(YNode.Scalar old, Object value) {
        if (value instanceof String s) {
            return switch (old.style()) {
                case DOUBLE -> YamlWriter.quote(s);
                case SINGLE -> s.contains("\n") ? YamlWriter.quote(s) : YamlWriter.singleQuote(s);
                default -> YamlWriter.scalar(s);
            };
        }
        return YamlWriter.scalar(value);
    }

    /** Replaces the whole entry or item that holds {@code child} with one holding {@code value}. */
    private Splice replaceChild(YNode parent, Object seg, YNode child, Object value) {
        if (parent instanceof YNode.Map m) {
            YNode.Entry e = m.entries().get(indexOf(m, (String) seg));
            int keyLine = e.key().span().line();
            int keyCol = e.key().span().column() - 1;
            int endLine = endLineOf(child, keyLine);
            String rendered = YamlWriter.entry(e.key().value(), value, keyCol, style());
            // keep the original spelling of the key (quotes) and anything before it on the line ("- ")
            int lineStart = parsed.lines().lineStart(keyLine);
            String lead = text.substring(lineStart, e.key().span().start());
            String keyText = text.substring(e.key().span().start(), e.key().span().end());
            String body = rendered.substring(keyCol + YamlWriter.key(e.key().value()).length());
            return replaceLines(keyLine, endLine, lead + keyText + body);
        }
        YNode.Seq q = (YNode.Seq) parent;
        int dashCol = dashColumn(child);
        // the item's dash line: a value below its dash ("-" then a nested list) is replaced with it
        int dash = dashOf(child);
        int line = dash >= 0 ? parsed.lines().lineOf(dash) : child.span().line();
        int lineStart = parsed.lines().lineStart(line);
        String rendered = YamlWriter.item(value, dashCol, style());
        String lead = text.substring(lineStart, lineStart + dashCol);
        return replaceLines(line, endLineOf(child, line), lead + rendered.substring(dashCol));
    }

    private Splice replaceDocumentRoot(int doc, Object data) {
        YNode root = root(doc);
        int first = root.span().line();
        int last = endLineOf(root, first);
        return replaceLines(first, last, YamlWriter.write(data, 0, style()));
    }

    /** Rewrites a flow collection in flow style with the change applied at {@code path}. */
    @SuppressWarnings("unchecked")
    private Splice rewriteFlow(YNode flow, List<Object> flowPath, List<Object> path, Object value, boolean delete) {
        Object data = YNode.toData(flow);
        List<Object> rel = path.subList(flowPath.size(), path.size());
        Object cur = data;
        for (int i = 0; i < rel.size() - 1; i++) {
            Object seg = rel.get(i);
            Object next = cur instanceof Map<?, ?> m ? m.get(seg) : cur instanceof List<?> l && seg instanceof Integer n && n < l.size() ? l.get(n) : null;
            if (next == null) {
                next = rel.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
                if (cur instanceof Map<?, ?> m) {
                    ((Map<Object, Object>) m).put(seg, next);
                }
            }
            cur = next;
        }
        Object lastSeg = rel.get(rel.size() - 1);
        if (cur instanceof Map<?, ?> m) {
            if (delete) {
                ((Map<Object, Object>) m).remove(lastSeg);
            } else {
                ((Map<Object, Object>) m).put(lastSeg, value);
            }
        } else if (cur instanceof List<?> l) {
            List<Object> ll = (List<Object>) l;
            int n = (Integer) lastSeg;
            if (delete) {
                ll.remove(n);
            } else if (n == ll.size()) {
                ll.add(value);
            } else {
                ll.set(n, value);
            }
        }
        return replace(flow.span().start(), flow.span().end(), YamlWriter.flow(data));
    }

    /** The last line holding content of a node (block scalars and nested blocks included). */
    private int endLineOf(YNode n, int atLeast) {
        Span s = n.span();
        int end = s.end();
        while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return Math.max(atLeast, parsed.lines().lineOf(Math.max(s.start(), end - 1 < s.start() ? s.start() : end - 1)));
    }

    private int dashColumn(YNode item) {
        int dash = dashOf(item);
        return dash >= 0 ? parsed.lines().columnOf(dash) - 1 : Math.max(0, item.span().column() - 3);
    }

    /**
     * The offset of the dash that introduces a list item, or -1: on the item's line, or on an
     * earlier line when the item's value starts below its dash ("-" alone, then a nested list).
     */
    private int dashOf(YNode item) {
        int i = item.span().start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '-') {
            return i;
        }
        i = item.span().start() - 1;
        while (i >= 0 && text.charAt(i) != '-' && text.charAt(i) != '\n') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : -1;
    }

    private boolean onlyIndentBefore(int offset) {
        int ls = parsed.lines().lineStart(parsed.lines().lineOf(offset));
        return text.substring(ls, offset).isBlank();
    }

    /** The document's indentation habits, read from its existing nested maps and lists. */
    private YamlWriter.Style style() {
        Map<Integer, Integer> steps = new HashMap<>();
        int compact = 0, indented = 0;
        for (YamlDocument d : parsed.documents()) {
            if (d.ok()) {
                int[] c = {0, 0};
                collect(d.root(), steps, c);
                compact += c[0];
                indented += c[1];
            }
        }
        int unit = steps.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(2);
        return new YamlWriter.Style(unit, compact >= indented);
    }

    private void collect(YNode n, Map<Integer, Integer> steps, int[] seqStyle) {
        if (n instanceof YNode.Map m && !m.flow()) {
            for (YNode.Entry e : m.entries()) {
                int keyCol = e.key().span().column();
                if (e.value() instanceof YNode.Map c && !c.flow() && !c.entries().isEmpty()
                        && c.entries().get(0).key().span().line() > e.key().span().line()) {
                    int step = c.entries().get(0).key().span().column() - keyCol;
                    if (step > 0) {
                        steps.merge(step, 1, Integer::sum);
                    }
                } else if (e.value() instanceof YNode.Seq q && !q.flow() && !q.items().isEmpty()) {
                    int dash = dashColumn(q.items().get(0)) + 1;
                    if (dash == keyCol) {
                        seqStyle[0]++;
                    } else {
                        seqStyle[1]++;
                    }
                }
                collect(e.value(), steps, seqStyle);
            }
        } else if (n instanceof YNode.Seq q && !q.flow()) {
            for (YNode i : q.items()) {
                collect(i, steps, seqStyle);
            }
        }
    }

    // ---------------------------------------------------------------- text surgery

    private Splice replace(int start, int end, String with) {
        LineIndex li = parsed.lines();
        int first = li.lineOf(start);
        int oldLast = li.lineOf(end);
        int newLast = oldLast + lines(with) - lines(text.substring(start, end));
        return new Splice(start, end, with, first, oldLast, newLast);
    }

    /** Replaces whole lines first..last (inclusive) with {@code block} (which ends with a newline). */
    private Splice replaceLines(int first, int last, String block) {
        LineIndex li = parsed.lines();
        int start = li.lineStart(first);
        int end = li.lineEnd(last);
        String with = block.endsWith("\n") ? block.substring(0, block.length() - 1) : block;
        return new Splice(start, end, with, first, last, first + lines(with) - 1);
    }

    private Splice insertAfterLine(int line, String block) {
        LineIndex li = parsed.lines();
        int at = li.lineEnd(line);
        String with = block.endsWith("\n") ? block.substring(0, block.length() - 1) : block;
        return new Splice(at, at, "\n" + with, line + 1, line, line + lines(with));
    }

    private Splice deleteLines(int first, int lastLine) {
        LineIndex li = parsed.lines();
        // the empty "line" after a final newline is not content: it stays
        int last = lastLine >= li.lineCount() && text.endsWith("\n") ? li.lineCount() - 1 : lastLine;
        int start = li.lineStart(first);
        int end = last < li.lineCount() ? li.lineStart(last + 1) : text.length();
        if (end == text.length() && !text.endsWith("\n") && start > 0) {
            start--; // the last line has no newline: take the one that ended the previous line
        }
        return new Splice(start, end, "", first, last, first - 1);
    }

    /** Number of lines in s (a trailing newline does not start another line). */
    private static int lines(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        int n = 1;
        for (int i = 0; i < s.length() - 1; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
