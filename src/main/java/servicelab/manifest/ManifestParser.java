package servicelab.manifest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Splits a manifest into its YAML documents and composes each into a {@link YNode} tree with
 * positions. Loading is safe: SnakeYAML only composes nodes (nothing is constructed), unknown
 * tags are refused, and aliases, nesting depth, document size and the expanded node count are
 * limited, so hostile input ends in a {@link SyntaxError} quickly instead of an exception.
 */
public final class ManifestParser {
    /** Largest manifest text accepted at all (characters). */
    public static final int MAX_TEXT = 4 * 1024 * 1024;
    /**
     * Longest line accepted. SnakeYAML scans a very long single-line scalar in superlinear time
     * (1 MB took over a second here); 256 KiB is Kubernetes' own limit for all annotations together.
     */
    public static final int MAX_LINE = 256 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    /** Nodes visited per document, counting every alias expansion: stops "billion laughs". */
    static final int MAX_NODES = 200_000;

    private static final Pattern DOC_START = Pattern.compile("^---(?:[ \\t].*)?$");
    private static final Pattern DOC_END = Pattern.compile("^\\.\\.\\.[ \\t]*(?:#.*)?$");
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.BINARY);

    private ManifestParser() {
    }

    public static ParsedManifest parse(String text) {
        LineIndex idx = new LineIndex(text);
        List<YamlDocument> docs = new ArrayList<>();
        if (text.length() > MAX_TEXT) {
            docs.add(new YamlDocument(0, new Span(0, text.length(), 1, 1, idx.lineCount(), 1), null, 1,
                    new SyntaxError("the document is too large", "the document is too large", 1, 1,
                            "m.syntax.tooLarge", List.of(text.length() / 1024 / 1024, MAX_TEXT / 1024 / 1024))));
            return new ParsedManifest(text, idx, docs);
        }
        int lines = idx.lineCount();
        for (int ln = 1; ln <= lines; ln++) {
            int len = idx.lineEnd(ln) - idx.lineStart(ln);
            if (len > MAX_LINE) {
                docs.add(new YamlDocument(0, new Span(0, text.length(), 1, 1, lines, 1), null, 1,
                        new SyntaxError("line " + ln + " is too long", "line " + ln + " is too long", ln, 1,
                                "m.syntax.longLine", List.of(ln, len / 1024, MAX_LINE / 1024))));
                return new ParsedManifest(text, idx, docs);
            }
        }
        int chunkStart = 1;
        for (int ln = 1; ln <= lines + 1; ln++) {
            boolean boundary = ln > lines;
            boolean startsNext = false;
            if (!boundary) {
                String l = idx.line(ln);
                if (DOC_START.matcher(l).matches() && ln > chunkStart) {
                    boundary = true;
                    startsNext = true;
                } else if (DOC_END.matcher(l).matches()) {
                    boundary = true;
                }
            }
            if (boundary) {
                int endLine = startsNext || ln > lines ? ln - 1 : ln;
                if (endLine >= chunkStart) {
                    YamlDocument d = parseChunk(text, idx, chunkStart, endLine, docs.size());
                    if (d != null) {
                        docs.add(d);
                    }
                }
                chunkStart = startsNext ? ln : ln + 1;
            }
        }
        return new ParsedManifest(text, idx, docs);
    }

    private static YamlDocument parseChunk(String text, LineIndex idx, int startLine, int endLine, int index) {
        int start = idx.lineStart(startLine);
        int end = idx.lineEnd(endLine);
        String chunk = text.substring(start, end);
        if (isBlank(chunk)) {
            return null;
        }
        Span span = new Span(start, end, startLine, 1, endLine, end - idx.lineStart(endLine) + 1);
        int first = startLine;
        while (first < endLine && (idx.line(first).isBlank() || idx.line(first).strip().startsWith("#")
                || DOC_START.matcher(idx.line(first)).matches())) {
            first++;
        }
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(true); // duplicates are reported below, with kubectl's wording
        opts.setMaxAliasesForCollections(MAX_ALIASES);
        opts.setAllowRecursiveKeys(false);
        opts.setNestingDepthLimit(MAX_DEPTH);
        opts.setCodePointLimit(MAX_TEXT);
        opts.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(opts), new org.yaml.snakeyaml.representer.Representer(new DumperOptions()),
                new DumperOptions(), opts);
        try {
            Node root = yaml.compose(new StringReader(chunk));
            if (root == null) {
                return null;
            }
            Converter c = new Converter(idx, startLine, start, chunk);
            YNode y = c.convert(root, 0);
            return new YamlDocument(index, span, y, first, null);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? startLine : startLine + m.getLine();
            int col = m == null ? 1 : m.getColumn() + 1;
            String problem = e.getProblem() == null ? String.valueOf(e.getContext()) : e.getProblem();
            return new YamlDocument(index, span, null, first, SyntaxHints.explain(idx, startLine, line, col, problem));
        } catch (ReaderException e) {
            int[] lc = lineColOfCodePoint(chunk, e.getPosition());
            int line = startLine + lc[0];
            String problem = String.format("special characters are not allowed (0x%X)", e.getCodePoint());
            return new YamlDocument(index, span, null, first, new SyntaxError(problem, "yaml: control characters are not allowed",
                    line, lc[1] + 1, "m.syntax.binary", List.of(line)));
        } catch (Limit e) {
            return new YamlDocument(index, span, null, first, new SyntaxError(e.getMessage(), e.getMessage(), e.line, e.column,
                    e.key, e.args));
        } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new YamlDocument(index, span, null, first, new SyntaxError(msg, "yaml: " + msg, startLine, 1,
                    "m.syntax.limit", List.of(msg)));
        } catch (StackOverflowError e) {
            return new YamlDocument(index, span, null, first, new SyntaxError("nesting too deep", "yaml: exceeded max depth",
                    startLine, 1, "m.syntax.depth", List.of(MAX_DEPTH)));
        }
    }

    private static boolean isBlank(String chunk) {
        for (String l : chunk.split("\n", -1)) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !DOC_START.matcher(t).matches() && !t.equals("---")) {
                return false;
            }
        }
        return true;
    }

    private static int[] lineColOfCodePoint(String s, int cpIndex) {
        int line = 0, col = 0, cp = 0;
        for (int i = 0; i < s.length() && cp < cpIndex; i += Character.charCount(s.codePointAt(i)), cp++) {
            if (s.charAt(i) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** A limit hit while converting, reported as a syntax error of the document. */
    static final class Limit extends RuntimeException {
        final int line;
        final int column;
        final String key;
        final List<Object> args;

        Limit(String message, int line, int column, String key, List<Object> args) {
            super(message);
            this.line = line;
            this.column = column;
            this.key = key;
            this.args = args;
        }
    }

    /** SnakeYAML nodes to YNode, with absolute positions. */
    private static final class Converter {
        private final LineIndex idx;
        private final int lineBase;
        private final int charBase;
        /** Code point index to char index, only for chunks with characters outside the BMP. */
        private final int[] cpToChar;
        private int visited;

        Converter(LineIndex idx, int startLine, int charBase, String chunk) {
            this.idx = idx;
            this.lineBase = startLine;
            this.charBase = charBase;
            if (chunk.length() == chunk.codePointCount(0, chunk.length())) {
                cpToChar = null;
            } else {
                cpToChar = new int[chunk.codePointCount(0, chunk.length()) + 1];
                int cp = 0;
                for (int i = 0; i < chunk.length(); i += Character.charCount(chunk.codePointAt(i))) {
                    cpToChar[cp++] = i;
                }
                cpToChar[cp] = chunk.length();
            }
        }

        private int line(Mark m) {
            return lineBase + m.getLine();
        }

        /** Char offset in the whole text; Mark.getIndex() counts code points from the chunk start. */
        private int offset(Mark m) {
            int i = m.getIndex();
            return charBase + (cpToChar == null ? i : cpToChar[Math.min(i, cpToChar.length - 1)]);
        }

        private Span span(Mark s, Mark e) {
            int so = offset(s), eo = offset(e);
            return new Span(so, eo, line(s), idx.columnOf(so), idx.lineOf(eo), idx.columnOf(eo));
        }

        YNode convert(Node n, int depth) {
            if (++visited > MAX_NODES) {
                throw new Limit("too many nodes (alias expansion)", line(n.getStartMark()), n.getStartMark().getColumn() + 1,
                        "m.syntax.aliasBomb", List.of(MAX_NODES));
            }
            if (depth > MAX_DEPTH) {
                throw new Limit("nesting too deep", line(n.getStartMark()), n.getStartMark().getColumn() + 1,
                        "m.syntax.depth", List.of(MAX_DEPTH));
            }
            Tag tag = n.getTag();
            if (!PLAIN_TAGS.contains(tag)) {
                throw new Limit("unsupported tag " + tag.getValue(), line(n.getStartMark()), n.getStartMark().getColumn() + 1,
                        "m.syntax.tag", List.of(shortTag(tag)));
            }
            if (n instanceof ScalarNode s) {
                return scalar(s, tag);
            }
            if (n instanceof MappingNode m) {
                return mapping(m, depth);
            }
            return sequence((SequenceNode) n, depth);
        }

        private YNode.Scalar scalar(ScalarNode s, Tag tag) {
            YNode.Kind kind = tag.equals(Tag.INT) ? YNode.Kind.INT : tag.equals(Tag.FLOAT) ? YNode.Kind.FLOAT
                    : tag.equals(Tag.BOOL) ? YNode.Kind.BOOL : tag.equals(Tag.NULL) ? YNode.Kind.NULL : YNode.Kind.STR;
            YNode.Style style = switch (s.getScalarStyle()) {
                case SINGLE_QUOTED -> YNode.Style.SINGLE;
                case DOUBLE_QUOTED -> YNode.Style.DOUBLE;
                case LITERAL -> YNode.Style.LITERAL;
                case FOLDED -> YNode.Style.FOLDED;
                default -> YNode.Style.PLAIN;
            };
            return new YNode.Scalar(s.getValue(), kind, style, span(s.getStartMark(), s.getEndMark()));
        }

        private YNode.Map mapping(MappingNode m, int depth) {
            List<YNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                if (k.getTag().equals(Tag.MERGE)) {
                    throw new Limit("merge keys are not supported", line(k.getStartMark()), k.getStartMark().getColumn() + 1,
                            "m.syntax.merge", List.of());
                }
                if (!(k instanceof ScalarNode ks)) {
                    throw new Limit("complex mapping keys are not supported", line(k.getStartMark()),
                            k.getStartMark().getColumn() + 1, "m.syntax.complexKey", List.of());
                }
                YNode.Scalar key = (YNode.Scalar) convert(ks, depth + 1);
                if (!seen.add(ks.getValue())) {
                    throw new Limit("key \"" + ks.getValue() + "\" already set in map", key.span().line(),
                            key.span().column(), "m.syntax.duplicateKey", List.of(ks.getValue(), key.span().line()));
                }
                entries.add(new YNode.Entry(key, convert(t.getValueNode(), depth + 1)));
            }
            boolean flow = m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            Mark end = flow || entries.isEmpty() ? m.getEndMark() : null;
            Span sp = end != null ? span(m.getStartMark(), end)
                    : extend(span(m.getStartMark(), m.getStartMark()), entries.get(entries.size() - 1).value());
            return new YNode.Map(List.copyOf(entries), flow, sp);
        }

        private YNode.Seq sequence(SequenceNode q, int depth) {
            List<YNode> items = new ArrayList<>();
            for (Node i : q.getValue()) {
                items.add(convert(i, depth + 1));
            }
            boolean flow = q.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            Span sp = flow || items.isEmpty() ? span(q.getStartMark(), q.getEndMark())
                    : extend(span(q.getStartMark(), q.getStartMark()), items.get(items.size() - 1));
            return new YNode.Seq(List.copyOf(items), flow, sp);
        }

        /** A block collection ends where its last child's content ends (not at the next token). */
        private Span extend(Span start, YNode last) {
            Span l = last.span();
            int end = Math.max(start.end(), l.end());
            if (last instanceof YNode.Scalar s && (s.style() == YNode.Style.LITERAL || s.style() == YNode.Style.FOLDED)) {
                // a block scalar's end mark is at the start of the following line
                end = Math.max(start.end(), trimTrailing(l.start(), l.end()));
            }
            return new Span(start.start(), end, start.line(), start.column(), idx.lineOf(end), idx.columnOf(end));
        }

        private int trimTrailing(int from, int to) {
            String t = idxText();
            int e = to;
            while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        private String idxText() {
            return idx.text();
        }

        private static String shortTag(Tag tag) {
            String v = tag.getValue();
            return v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v;
        }
    }
}
