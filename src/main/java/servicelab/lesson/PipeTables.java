package servicelab.lesson;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * GitHub-style pipe tables for commonmark core. The only commonmark-ext-gfm-tables jar at hand
 * (0.21) does not link against commonmark 0.32, so the table syntax is parsed here: a header row,
 * a delimiter row ({@code |---|:--:|}) with as many cells, then body rows until a line without a
 * pipe. Cells get ordinary inline Markdown (code, emphasis, links).
 */
public final class PipeTables {
    private PipeTables() {
    }

    public enum Align { NONE, LEFT, CENTER, RIGHT }

    public static final class Table extends CustomBlock {
        private final List<Align> aligns;

        Table(List<Align> aligns) {
            this.aligns = List.copyOf(aligns);
        }

        public List<Align> aligns() {
            return aligns;
        }
    }

    public static final class Row extends CustomNode {
        private final boolean header;

        Row(boolean header) {
            this.header = header;
        }

        public boolean header() {
            return header;
        }
    }

    public static final class Cell extends CustomNode {
    }

    /** Reads lessons' pipe tables: the parser the lesson pane and the handouts share. */
    public static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            List<SourceLine> paragraph = matched.getParagraphLines().getLines();
            if (paragraph.isEmpty() || state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            List<Align> aligns = delimiterRow(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
            if (aligns == null) {
                return BlockStart.none();
            }
            CharSequence header = paragraph.get(paragraph.size() - 1).getContent();
            List<String> cells = cells(header);
            if (header.toString().indexOf('|') < 0 || cells.size() != aligns.size()) {
                return BlockStart.none();
            }
            // the header row leaves the paragraph; lines above it stay a paragraph
            return BlockStart.of(new TableParser(aligns, cells)).atIndex(line.length()).replaceParagraphLines(1);
        }
    }

    private static final class TableParser extends AbstractBlockParser {
        private final Table table;
        private final List<String> header;
        private final List<List<String>> body = new ArrayList<>();

        TableParser(List<Align> aligns, List<String> header) {
            this.table = new Table(aligns);
            this.header = header;
        }

        @Override
        public Block getBlock() {
            return table;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            if (state.isBlank() || line.toString().indexOf('|', state.getNextNonSpaceIndex()) < 0) {
                return BlockContinue.none();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            if (line.getContent().toString().indexOf('|') >= 0) {
                body.add(cells(line.getContent()));
            }
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            int columns = table.aligns.size();
            table.appendChild(row(true, header, columns, inlineParser));
            for (List<String> cells : body) {
                table.appendChild(row(false, cells, columns, inlineParser));
            }
        }

        /** GFM: missing cells are empty, extra cells are dropped. */
        private static Row row(boolean isHeader, List<String> cells, int columns, InlineParser inlineParser) {
            Row row = new Row(isHeader);
            for (int i = 0; i < columns; i++) {
                Cell cell = new Cell();
                String text = i < cells.size() ? cells.get(i) : "";
                if (!text.isEmpty()) {
                    inlineParser.parse(SourceLines.of(SourceLine.of(text, null)), cell);
                }
                row.appendChild(cell);
            }
            return row;
        }
    }

    /** The column alignments of a delimiter row, or null when the line is not one. */
    static List<Align> delimiterRow(CharSequence line) {
        String s = line.toString().strip();
        if (s.indexOf('|') < 0) {
            return null; // "---" alone is a thematic break or a setext underline, never a table
        }
        List<Align> aligns = new ArrayList<>();
        for (String cell : cells(s)) {
            if (!cell.matches(":?-+:?")) {
                return null;
            }
            boolean left = cell.startsWith(":");
            boolean right = cell.endsWith(":");
            aligns.add(left && right ? Align.CENTER : left ? Align.LEFT : right ? Align.RIGHT : Align.NONE);
        }
        return aligns;
    }

    /** Splits a row at unescaped pipes; {@code \|} becomes a literal pipe, also inside code spans (as in GFM). */
    static List<String> cells(CharSequence row) {
        String s = row.toString().strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }
}
