package servicelab.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a text that is edited and parsed again and again (the editor's): a document whose text
 * is the same as one of the last parse is not parsed again; its tree is moved to where it now
 * stands. The result equals a fresh {@link ManifestParser#parse(String)} of the same text.
 * Only cleanly parsed documents are kept (an error or warning may name lines of its own), and
 * only those of the last parse, so what is kept never outgrows the text.
 */
public final class IncrementalParser {
    /** A cleanly parsed document and the nodes it took from the file's budget. */
    private record Kept(YamlDocument doc, int nodes) {
    }

    private Map<String, Kept> kept = new HashMap<>();
    /** The last parse's documents' texts, by document index (the check keys its own memory by them). */
    private final List<String> chunks = new ArrayList<>();
    private int reused;
    private int parsed;

    /** How many documents the last parse took over and how many it parsed. */
    public record Counts(int reused, int parsed) {
    }

    public synchronized ParsedManifest parse(String text) {
        Map<String, Kept> nextKept = new HashMap<>();
        chunks.clear();
        reused = 0;
        parsed = 0;
        ParsedManifest out = ManifestParser.parse(text, new LineIndex(text), d -> { }, new ManifestParser.Chunks() {
            @Override
            public YamlDocument reuse(String chunk, int index, Span span, int[] nodesLeft) {
                while (chunks.size() <= index) {
                    chunks.add(null);
                }
                chunks.set(index, chunk);
                Kept old = kept.get(chunk);
                if (old == null || old.nodes() > nodesLeft[0]) {
                    parsed++; // a document the budget can no longer hold is parsed, to fail as a fresh parse would
                    return null;
                }
                nodesLeft[0] -= old.nodes();
                YamlDocument moved = move(old.doc(), index, span);
                nextKept.putIfAbsent(chunk, new Kept(moved, old.nodes()));
                reused++;
                return moved;
            }

            @Override
            public void keep(String chunk, YamlDocument doc, int n) {
                nextKept.putIfAbsent(chunk, new Kept(doc, n));
            }
        });
        kept = nextKept;
        return out;
    }

    /** The text of the last parse's document {@code index} (from its first line to its last). */
    public synchronized String chunk(int index) {
        return chunks.get(index);
    }

    public synchronized Counts counts() {
        return new Counts(reused, parsed);
    }

    /** The document at its new place: same lines, shifted by whole lines, so columns stay. */
    static YamlDocument move(YamlDocument d, int index, Span span) {
        int dOff = span.start() - d.span().start();
        int dLine = span.line() - d.span().line();
        if (dOff == 0 && dLine == 0) {
            return index == d.index() ? d : new YamlDocument(index, d.span(), d.root(), d.firstContentLine(), null);
        }
        return new YamlDocument(index, span, shift(d.root(), dOff, dLine), d.firstContentLine() + dLine, null);
    }

    static YNode shift(YNode n, int dOff, int dLine) {
        if (n instanceof YNode.Scalar s) {
            return shift(s, dOff, dLine);
        }
        if (n instanceof YNode.Map m) {
            List<YNode.Entry> entries = new ArrayList<>(m.entries().size());
            for (YNode.Entry e : m.entries()) {
                entries.add(new YNode.Entry(shift(e.key(), dOff, dLine), shift(e.value(), dOff, dLine)));
            }
            return new YNode.Map(entries, m.flow(), shift(m.span(), dOff, dLine));
        }
        YNode.Seq q = (YNode.Seq) n;
        List<YNode> items = new ArrayList<>(q.items().size());
        for (YNode i : q.items()) {
            items.add(shift(i, dOff, dLine));
        }
        return new YNode.Seq(items, q.flow(), shift(q.span(), dOff, dLine));
    }

    private static YNode.Scalar shift(YNode.Scalar s, int dOff, int dLine) {
        return new YNode.Scalar(s.value(), s.kind(), s.style(), shift(s.span(), dOff, dLine));
    }

    private static Span shift(Span s, int dOff, int dLine) {
        return new Span(s.start() + dOff, s.end() + dOff, s.line() + dLine, s.column(), s.endLine() + dLine, s.endColumn());
    }
}
