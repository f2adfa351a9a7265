package servicelab.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
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
    /**
     * Nodes in a whole file. Every node is kept (spans, the check's source map) while the text is
     * open, so this, not the byte size, decides the heap a file needs: measured to fit the app's
     * 160 MB with room to spare. Real manifests have a few thousand.
     */
    public static final int MAX_FILE_NODES = 40_000;
    /** Documents in one file: more than a lesson or a cluster a learner builds ever has. */
    public static final int MAX_DOCUMENTS = 1000;
    /** One document's text; etcd stores objects up to 1.5 MiB, and composing a document costs a multiple of its size. */
    public static final int MAX_DOCUMENT = 512 * 1024;

    private static final Pattern DOC_START = Pattern.compile("^---(?:[ \\t].*)?$");
    private static final Pattern DOC_END = Pattern.compile("^\\.\\.\\.[ \\t]*(?:#.*)?$");
    private static final Tag IMPLICIT = YamlLoader.IMPLICIT;
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.BINARY, IMPLICIT, Tag.MERGE);

    private ManifestParser() {
    }

    public static ParsedManifest parse(String text) {
        return parse(text, new LineIndex(text), d -> { });
    }

    /**
     * Parses with the line index already made, handing each document to {@code each} as soon as it
     * is parsed (from this thread, in order), so a caller can work on it while the rest is parsed.
     */
    public static ParsedManifest parse(String text, LineIndex idx, java.util.function.Consumer<YamlDocument> each) {
        return parse(text, idx, each, null);
    }

    /** Where an {@link IncrementalParser} finds the documents of the last parse and keeps this one's. */
    interface Chunks {
        /** The kept document of this exact text moved to {@code span} (its nodes taken from the budget), or null. */
        YamlDocument reuse(String chunk, int index, Span span, int[] nodesLeft);

        void keep(String chunk, YamlDocument parsed, int nodes);
    }

    static ParsedManifest parse(String text, LineIndex idx, java.util.function.Consumer<YamlDocument> each, Chunks chunks) {
        List<YamlDocument> docs = new ArrayList<>();
        if (text.length() > MAX_TEXT) {
            add(docs, each, new YamlDocument(0, new Span(0, text.length(), 1, 1, idx.lineCount(), 1), null, 1,
                    new SyntaxError("the document is too large", "the document is too large", 1, 1,
                            "m.syntax.tooLarge", List.of(text.length() / 1024 / 1024, MAX_TEXT / 1024 / 1024))));
            return new ParsedManifest(text, idx, docs);
        }
        int lines = idx.lineCount();
        for (int ln = 1; ln <= lines; ln++) {
            int len = idx.lineEnd(ln) - idx.lineStart(ln);
            if (len > MAX_LINE) {
                add(docs, each, new YamlDocument(0, new Span(0, text.length(), 1, 1, lines, 1), null, 1,
                        new SyntaxError("line " + ln + " is too long", "line " + ln + " is too long", ln, 1,
                                "m.syntax.longLine", List.of(ln, len / 1024, MAX_LINE / 1024))));
                return new ParsedManifest(text, idx, docs);
            }
        }
        int chunkStart = 1;
        int[] nodesLeft = {MAX_FILE_NODES};
        YamlLoader yaml = new YamlLoader(); // each compose makes its own parser: one loader serves every document
        for (int ln = 1; ln <= lines + 1; ln++) {
            boolean boundary = ln > lines;
            boolean startsNext = false;
            if (!boundary) {
                if (marker(idx, ln, "---", DOC_START) && ln > chunkStart) {
                    boundary = true;
                    startsNext = true;
                } else if (marker(idx, ln, "...", DOC_END)) {
                    boundary = true;
                }
            }
            if (boundary) {
                int endLine = startsNext || ln > lines ? ln - 1 : ln;
                if (endLine >= chunkStart) {
                    YamlDocument d = isBlank(idx, chunkStart, endLine) ? null
                            : parseChunk(yaml, text, idx, chunkStart, endLine, docs.size(), nodesLeft, chunks);
                    if (d != null && docs.size() == MAX_DOCUMENTS) {
                        add(docs, each, new YamlDocument(docs.size(), d.span(), null, d.firstContentLine(), new SyntaxError(
                                "too many documents", "too many documents", d.span().line(), 1, "m.syntax.tooManyDocuments",
                                List.of(MAX_DOCUMENTS))));
                        return new ParsedManifest(text, idx, docs);
                    }
                    if (d != null) {
                        add(docs, each, d);
                    }
                }
                chunkStart = startsNext ? ln : ln + 1;
            }
        }
        return new ParsedManifest(text, idx, docs);
    }

    private static void add(List<YamlDocument> docs, java.util.function.Consumer<YamlDocument> each, YamlDocument d) {
        docs.add(d);
        each.accept(d);
    }

    private static YamlDocument parseChunk(YamlLoader yaml, String text, LineIndex idx, int startLine, int endLine, int index,
                                           int[] nodesLeft, Chunks chunks) {
        int start = idx.lineStart(startLine);
        int end = idx.lineEnd(endLine);
        String chunk = text.substring(start, end);
        Span span = new Span(start, end, startLine, 1, endLine, end - idx.lineStart(endLine) + 1);
        YamlDocument kept = chunks == null ? null : chunks.reuse(chunk, index, span, nodesLeft);
        if (kept != null) {
            return kept;
        }
        int budget = nodesLeft[0];
        YamlDocument d = parseChunk(yaml, chunk, idx, span, index, nodesLeft);
        if (chunks != null && d != null && d.ok() && d.warnings().isEmpty()) {
            chunks.keep(chunk, d, budget - nodesLeft[0]);
        }
        return d;
    }

    private static YamlDocument parseChunk(YamlLoader yaml, String chunk, LineIndex idx, Span span, int index, int[] nodesLeft) {
        int startLine = span.line();
        int endLine = span.endLine();
        int start = span.start();
        int first = startLine;
        while (first < endLine && (idx.line(first).isBlank() || idx.line(first).strip().startsWith("#")
                || marker(idx, first, "---", DOC_START))) {
            first++;
        }
        if (chunk.length() > MAX_DOCUMENT) {
            return new YamlDocument(index, span, null, first, new SyntaxError("the document is too large",
                    "the document is too large", first, 1, "m.syntax.docTooLarge", List.of(chunk.length() / 1024, MAX_DOCUMENT / 1024)));
        }
        if (nodesLeft[0] <= 0) {
            return new YamlDocument(index, span, null, first, new SyntaxError("too many nodes", "too many nodes", first, 1,
                    "m.syntax.tooManyNodes", List.of(MAX_FILE_NODES)));
        }
        try {
            // Counting is a second full parse of the chunk: it runs only when the chunk could hold more
            // node events than the file has left (at most ~1.5 per character: "[:,:,:]" is 3 nodes per
            // ":,"; the test allows twice that; measured on a 10,000-line file: parse 42 → 27 ms warm).
            SyntaxError tooMany = 3L * chunk.length() + 16 > nodesLeft[0] ? countNodes(yaml, chunk, startLine, nodesLeft) : null;
            if (tooMany != null) {
                return new YamlDocument(index, span, null, first, tooMany);
            }
            Node root = yaml.compose(chunk);
            if (root == null) {
                return null;
            }
            Converter c = new Converter(idx, startLine, start, chunk, nodesLeft);
            YNode y = c.convert(root, 0);
            return new YamlDocument(index, span, y, first, null, c.warnings);
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
            return new YamlDocument(index, span, null, first, limitError(e, startLine, chunk));
        } catch (StackOverflowError e) {
            return new YamlDocument(index, span, null, first, new SyntaxError("nesting too deep", "yaml: exceeded max depth",
                    startLine, 1, "m.syntax.depth", List.of(MAX_DEPTH)));
        }
    }

    /**
     * Counts the document's nodes on the event stream, where nothing is kept, before composing it
     * (composing builds every node with its marks): the error when the file's budget runs out.
     */
    private static SyntaxError countNodes(YamlLoader yaml, String chunk, int startLine, int[] nodesLeft) {
        int nodes = 0;
        ParserImpl events = yaml.parser(chunk);
        while (events.peekEvent() != null) {
            org.yaml.snakeyaml.events.Event ev = events.getEvent();
            if (ev instanceof org.yaml.snakeyaml.events.NodeEvent && ++nodes > nodesLeft[0]) {
                nodesLeft[0] = 0;
                return new SyntaxError("too many nodes", "too many nodes", ev.getStartMark().getLine() + startLine, 1,
                        "m.syntax.tooManyNodes", List.of(MAX_FILE_NODES));
            }
        }
        return null;
    }

    /** SnakeYAML's own limits (depth, code points) and other refusals, in the learner's words where known. */
    private static SyntaxError limitError(RuntimeException e, int startLine, String chunk) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.startsWith("Nesting Depth exceeded")) {
            return new SyntaxError("nesting too deep",
                    "yaml: exceeded max depth of " + MAX_DEPTH, startLine, 1, "m.syntax.depth", List.of(MAX_DEPTH));
        }
        if (msg.contains("exceeds the limit")) {
            return new SyntaxError("the document is too large",
                    "the document is too large", startLine, 1, "m.syntax.tooLarge",
                    List.of(chunk.length() / 1024 / 1024, MAX_TEXT / 1024 / 1024));
        }
        return new SyntaxError(msg, "yaml: " + msg, startLine, 1,
                "m.syntax.limit", List.of(msg));
    }

    /** Whether lines start..end hold nothing but blanks, comments and document markers. */
    private static boolean isBlank(LineIndex idx, int start, int end) {
        for (int ln = start; ln <= end; ln++) {
            String t = idx.line(ln).strip();
            if (!t.isEmpty() && !t.startsWith("#") && !DOC_START.matcher(t).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A document marker line; the regular expression runs only on lines that start like one. */
    private static boolean marker(LineIndex idx, int line, String start, Pattern marker) {
        return idx.text().startsWith(start, idx.lineStart(line)) && marker.matcher(idx.line(line)).matches();
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
        /**
         * Whether SnakeYAML's marks count lines and columns as {@link LineIndex} does, so a span's
         * line and column come from the marks instead of three searches of the index per node:
         * true without characters outside the BMP (marks count code points) and without the line
         * breaks only YAML 1.1 knows (NEL, LS, PS).
         */
        private final boolean marksExact;
        private int visited;
        final List<SyntaxError> warnings = new ArrayList<>();
        private final Set<Node> anchored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private int aliased;

        private final int[] fileNodesLeft;

        Converter(LineIndex idx, int startLine, int charBase, String chunk, int[] fileNodesLeft) {
            this.fileNodesLeft = fileNodesLeft;
            this.idx = idx;
            this.lineBase = startLine;
            this.charBase = charBase;
            if (chunk.length() == chunk.codePointCount(0, chunk.length())) {
                cpToChar = null;
                marksExact = chunk.indexOf('\u0085') < 0 && chunk.indexOf('\u2028') < 0 && chunk.indexOf('\u2029') < 0;
            } else {
                marksExact = false;
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
            if (marksExact) {
                return new Span(so, eo, line(s), s.getColumn() + 1, line(e), e.getColumn() + 1);
            }
            return new Span(so, eo, idx.lineOf(so), idx.columnOf(so), idx.lineOf(eo), idx.columnOf(eo));
        }

        YNode convert(Node n, int depth) {
            if (++visited > MAX_NODES) {
                boolean bomb = aliased > 0; // the same node met again: anchors and aliases inflate the document
                throw new Limit(bomb ? "too many nodes (alias expansion)" : "too many nodes", line(n.getStartMark()),
                        n.getStartMark().getColumn() + 1, bomb ? "m.syntax.aliasBomb" : "m.syntax.tooManyNodes",
                        List.of(MAX_NODES));
            }
            if (--fileNodesLeft[0] < 0) {
                throw new Limit("too many nodes", line(n.getStartMark()), n.getStartMark().getColumn() + 1,
                        "m.syntax.tooManyNodes", List.of(MAX_FILE_NODES));
            }
            if (n.getAnchor() != null && !anchored.add(n)) {
                aliased++;
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
            YNode.Style style = switch (s.getScalarStyle()) {
                case SINGLE_QUOTED -> YNode.Style.SINGLE;
                case DOUBLE_QUOTED -> YNode.Style.DOUBLE;
                case LITERAL -> YNode.Style.LITERAL;
                case FOLDED -> YNode.Style.FOLDED;
                default -> YNode.Style.PLAIN;
            };
            Span span = span(s.getStartMark(), s.getEndMark());
            YNode.Kind kind;
            if (tag.equals(IMPLICIT)) {
                GoYaml.Resolved r = GoYaml.resolve(s.getValue());
                String unsupported = GoYaml.unsupportedJson(r);
                if (unsupported != null) {
                    // YAMLToJSON's json.Marshal refuses NaN and infinities: the whole object is refused
                    throw new Limit(unsupported, span.line(), span.column(), "m.syntax.jsonValue", List.of(s.getValue()));
                }
                kind = r.kind();
            } else if (tag.equals(Tag.MERGE) || tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.BINARY)) {
                kind = YNode.Kind.STR; // "<<" as a value is text to go-yaml; timestamps stay text in JSON
            } else {
                kind = tagged(s, tag, span);
            }
            return new YNode.Scalar(s.getValue(), kind, style, span);
        }

        /** An explicit !!int, !!float, !!bool or !!null: go-yaml resolves the text and refuses a mismatch. */
        private YNode.Kind tagged(ScalarNode s, Tag tag, Span span) {
            YNode.Kind want = tag.equals(Tag.INT) ? YNode.Kind.INT : tag.equals(Tag.FLOAT) ? YNode.Kind.FLOAT
                    : tag.equals(Tag.BOOL) ? YNode.Kind.BOOL : YNode.Kind.NULL;
            GoYaml.Resolved r = GoYaml.resolve(s.getValue());
            if (r.kind() == want || want == YNode.Kind.FLOAT && r.kind() == YNode.Kind.INT) {
                String unsupported = GoYaml.unsupportedJson(r);
                if (unsupported != null) {
                    throw new Limit(unsupported, span.line(), span.column(), "m.syntax.jsonValue", List.of(s.getValue()));
                }
                return want == YNode.Kind.FLOAT ? YNode.Kind.FLOAT : r.kind();
            }
            String msg = "cannot decode " + GoYaml.tagName(r.kind()) + " `" + s.getValue() + "` as a " + GoYaml.tagName(want);
            throw new Limit(msg, span.line(), span.column(), "m.syntax.tagMismatch",
                    List.of(s.getValue(), GoYaml.tagName(want)));
        }

        private YNode.Map mapping(MappingNode m, int depth) {
            // go-yaml decodes into a Go map in document order: the last write of a key wins, merges included
            java.util.LinkedHashMap<String, YNode.Entry> entries = new java.util.LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                if (k.getTag().equals(Tag.MERGE)) {
                    merge(entries, t.getValueNode(), depth);
                    continue;
                }
                if (!(k instanceof ScalarNode ks)) {
                    throw new Limit("complex mapping keys are not supported", line(k.getStartMark()),
                            k.getStartMark().getColumn() + 1, "m.syntax.complexKey", List.of());
                }
                YNode.Scalar key = key(ks, depth);
                YNode value = convert(t.getValueNode(), depth + 1);
                put(entries, new YNode.Entry(key, value), true);
            }
            List<YNode.Entry> list = List.copyOf(entries.values());
            boolean flow = m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            Mark end = flow || list.isEmpty() ? m.getEndMark() : null;
            Span sp = end != null ? span(m.getStartMark(), end)
                    : extend(span(m.getStartMark(), m.getStartMark()), lastInText(list));
            return new YNode.Map(list, flow, sp);
        }

        /** The block ends with the entry written last in the text (merged entries may sit elsewhere). */
        private YNode lastInText(List<YNode.Entry> list) {
            YNode last = list.get(0).value();
            for (YNode.Entry e : list) {
                if (e.value().span().end() > last.span().end()) {
                    last = e.value();
                }
            }
            return last;
        }

        /** A mapping key as sigs.k8s.io/yaml names it in JSON: plain keys are resolved (yes: is "true"). */
        private YNode.Scalar key(ScalarNode ks, int depth) {
            YNode.Scalar key = (YNode.Scalar) convertKey(ks, depth + 1);
            if (!ks.getTag().equals(IMPLICIT)) {
                return key;
            }
            try {
                String json = GoYaml.jsonKey(ks.getValue());
                return json.equals(key.value()) ? key : new YNode.Scalar(json, YNode.Kind.STR, key.style(), key.span());
            } catch (IllegalArgumentException e) {
                throw new Limit(e.getMessage(), key.span().line(), key.span().column(), "m.syntax.mapKey",
                        List.of(ks.getValue()));
            }
        }

        private YNode convertKey(ScalarNode ks, int depth) {
            if (++visited > MAX_NODES) {
                throw new Limit("too many nodes", line(ks.getStartMark()), ks.getStartMark().getColumn() + 1,
                        "m.syntax.tooManyNodes", List.of(MAX_NODES));
            }
            Span span = span(ks.getStartMark(), ks.getEndMark());
            YNode.Style style = ks.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? YNode.Style.PLAIN
                    : ks.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED ? YNode.Style.SINGLE : YNode.Style.DOUBLE;
            return new YNode.Scalar(ks.getValue(), YNode.Kind.STR, style, span);
        }

        /** decode.go merge(): a mapping, or a sequence of mappings applied last to first (the first wins). */
        private void merge(java.util.Map<String, YNode.Entry> into, Node value, int depth) {
            List<Node> maps = new ArrayList<>();
            if (value instanceof MappingNode) {
                maps.add(value);
            } else if (value instanceof SequenceNode q) {
                for (Node n : q.getValue()) {
                    if (!(n instanceof MappingNode)) {
                        throw mergeError(value);
                    }
                    maps.add(0, n);
                }
            } else {
                throw mergeError(value);
            }
            for (Node n : maps) {
                YNode.Map merged = mapping((MappingNode) n, depth + 1);
                for (YNode.Entry e : merged.entries()) {
                    put(into, e, false);
                }
            }
        }

        private Limit mergeError(Node value) {
            return new Limit("map merge requires map or sequence of maps as the value", line(value.getStartMark()),
                    value.getStartMark().getColumn() + 1, "m.syntax.merge", List.of());
        }

        /** Sets a key; a key set twice by the text itself is reported as the API server warns of it. */
        private void put(java.util.Map<String, YNode.Entry> into, YNode.Entry e, boolean explicit) {
            YNode.Entry before = into.remove(e.key().value());
            if (before != null && explicit) {
                int line = e.value().span().line();
                warnings.add(new SyntaxError("key \"" + e.key().value() + "\" already set in map",
                        "line " + line + ": key \"" + e.key().value() + "\" already set in map", e.key().span().line(),
                        e.key().span().column(), "m.syntax.duplicateKey", List.of(e.key().value(), before.key().span().line())));
            }
            into.put(e.key().value(), e);
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
