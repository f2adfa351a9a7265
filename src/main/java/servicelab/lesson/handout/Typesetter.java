package servicelab.lesson.handout;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets text on A4 pages: wrapped paragraphs of mixed runs (body, bold, code), code blocks,
 * tables and rules, a new page whenever the next thing does not fit. The bundled Nanum fonts are
 * embedded (subset), so Korean prints on any machine; a character the fonts lack is replaced by
 * a near one (✓ → √) or "?", never dropped silently into an exception.
 */
final class Typesetter implements AutoCloseable {
    static final float MARGIN = 56;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED = new Color(0x59636e);
    static final Color CODE_BG = new Color(0xf3f5f7);
    static final Color RULE = new Color(0xc8d0d8);
    static final Color ACCENT = new Color(0x0550ae);

    /** A piece of text in one font, size and colour. */
    record Run(String text, PDFont font, float size, Color color) {
    }

    final PDDocument doc;
    final PDFont regular;
    final PDFont bold;
    final PDFont mono;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPage page;
    PDPageContentStream cs;
    /** The baseline-free cursor: the top of the next thing, in PDF coordinates (from the bottom). */
    float y;

    Typesetter(PDDocument doc) throws IOException {
        this.doc = doc;
        regular = font("NanumGothic.ttf");
        bold = font("NanumGothicBold.ttf");
        mono = font("NanumGothicCoding.ttf");
        newPage();
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = Typesetter.class.getResourceAsStream("/assets/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from the build: " + file);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    Run body(String s) {
        return new Run(s, regular, 10.5f, TEXT);
    }

    Run strong(String s) {
        return new Run(s, bold, 10.5f, TEXT);
    }

    Run code(String s) {
        return new Run(s, mono, 9.5f, ACCENT);
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** A new page unless {@code height} still fits above the bottom margin. */
    void ensure(float height) throws IOException {
        if (y - height < MARGIN + 14) {
            newPage();
        }
    }

    void space(float h) {
        y -= h;
    }

    /** The text with characters the font lacks replaced. */
    String safe(PDFont font, String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("    ");
            } else if (cp < 0x20) {
                return;
            } else if (has(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                String near = switch (cp) {
                    case 0x2713, 0x2714 -> "√";
                    case 0x2715, 0x2716, 0x2717 -> "×";
                    case 0x2610 -> "□";
                    case 0x2192 -> "->";
                    case 0x2014, 0x2013 -> "-";
                    default -> "?";
                };
                for (int c : near.codePoints().toArray()) {
                    out.append(has(font, c) ? Character.toString(c) : "?");
                }
            }
        });
        return out.toString();
    }

    private boolean has(PDFont font, int cp) {
        return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(Character.toString(c));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(safe(font, s)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one line of text with its top at {@code top}. */
    void text(float x, float top, Run r) throws IOException {
        String s = safe(r.font(), r.text());
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(r.font(), r.size());
        cs.setNonStrokingColor(r.color());
        cs.newLineAtOffset(x, top - r.size() * 0.88f);
        cs.showText(s);
        cs.endText();
    }

    /** Words (and the spaces after them) of the runs, each a piece that stays on one line. */
    private List<Run> pieces(List<Run> runs, float maxWidth) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            String t = r.text();
            int i = 0;
            while (i < t.length()) {
                int j = i;
                while (j < t.length() && t.charAt(j) != ' ' && t.charAt(j) != '\n') {
                    j++;
                }
                while (j < t.length() && t.charAt(j) == ' ') {
                    j++;
                }
                if (j < t.length() && t.charAt(j) == '\n' && j == i) {
                    out.add(new Run("\n", r.font(), r.size(), r.color()));
                    i = j + 1;
                    continue;
                }
                String word = t.substring(i, j);
                // a word wider than the line is cut where it must be (long URLs, pod names in tables)
                while (width(r.font(), r.size(), word.strip()) > maxWidth && word.length() > 1) {
                    int k = word.length() - 1;
                    while (k > 1 && width(r.font(), r.size(), word.substring(0, k)) > maxWidth) {
                        k--;
                    }
                    out.add(new Run(word.substring(0, k), r.font(), r.size(), r.color()));
                    word = word.substring(k);
                }
                out.add(new Run(word, r.font(), r.size(), r.color()));
                i = j;
            }
        }
        return out;
    }

    /** Lays runs out in lines no wider than {@code maxWidth}. */
    List<List<Run>> lines(List<Run> runs, float maxWidth) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float w = 0;
        for (Run p : pieces(runs, maxWidth)) {
            if (p.text().equals("\n")) {
                lines.add(line);
                line = new ArrayList<>();
                w = 0;
                continue;
            }
            float pw = width(p.font(), p.size(), p.text().stripTrailing());
            if (w > 0 && w + pw > maxWidth) {
                lines.add(line);
                line = new ArrayList<>();
                w = 0;
                if (p.text().isBlank()) {
                    continue;
                }
            }
            line.add(p);
            w += width(p.font(), p.size(), p.text());
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    static float leading(List<Run> line) {
        float size = 0;
        for (Run r : line) {
            size = Math.max(size, r.size());
        }
        return (size == 0 ? 10.5f : size) * 1.55f;
    }

    /** A wrapped paragraph at {@code indent} from the left margin. */
    void paragraph(List<Run> runs, float indent, float after) throws IOException {
        for (List<Run> line : lines(runs, WIDTH - indent)) {
            float h = leading(line);
            ensure(h);
            float x = MARGIN + indent;
            for (Run r : line) {
                if (r.font() == mono) {
                    float w = width(r.font(), r.size(), r.text().stripTrailing());
                    cs.setNonStrokingColor(CODE_BG);
                    cs.addRect(x - 1, y - r.size() * 1.2f, w + 2, r.size() * 1.3f);
                    cs.fill();
                }
                text(x, y - (h - r.size() * 1.2f) / 2, r);
                x += width(r.font(), r.size(), r.text());
            }
            y -= h;
        }
        y -= after;
    }

    /** A code block: monospace lines on a grey ground, long lines wrapped, an optional caption above. */
    void codeBlock(String literal, String caption) throws IOException {
        float size = 8.5f;
        float lh = size * 1.45f;
        if (caption != null) {
            ensure(lh * 3);
            text(MARGIN, y, new Run(caption, bold, 9, MUTED));
            y -= lh;
        }
        List<String> lines = new ArrayList<>();
        for (String l : literal.stripTrailing().split("\n", -1)) {
            for (List<Run> wrapped : lines(List.of(new Run(l.isEmpty() ? " " : l, mono, size, TEXT)), WIDTH - 16)) {
                StringBuilder sb = new StringBuilder();
                wrapped.forEach(r -> sb.append(r.text()));
                lines.add(sb.toString());
            }
        }
        y -= 4;
        for (String l : lines) {
            ensure(lh);
            cs.setNonStrokingColor(CODE_BG);
            cs.addRect(MARGIN, y - lh, WIDTH, lh);
            cs.fill();
            text(MARGIN + 8, y - (lh - size) / 2, new Run(l, mono, size, TEXT));
            y -= lh;
        }
        y -= 10;
    }

    /** A horizontal rule across the text width. */
    void rule() throws IOException {
        ensure(12);
        y -= 6;
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.7f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + WIDTH, y);
        cs.stroke();
        y -= 6;
    }

    /** A table: columns sized by their content, cells wrapped, the header row bold and shaded. */
    void table(List<List<List<Run>>> rows, boolean header) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        float[] colW = columnWidths(rows, cols);
        float sum = 0;
        for (float w : colW) {
            sum += w;
        }
        for (int r = 0; r < rows.size(); r++) {
            List<List<List<Run>>> cells = new ArrayList<>();
            float h = 0;
            for (int c = 0; c < cols; c++) {
                List<Run> cell = c < rows.get(r).size() ? rows.get(r).get(c) : List.of();
                List<List<Run>> ls = lines(cell, colW[c] - 10);
                cells.add(ls);
                float ch = 6;
                for (List<Run> l : ls) {
                    ch += leading(l);
                }
                h = Math.max(h, ch);
            }
            ensure(h);
            float x = MARGIN;
            if (header && r == 0) {
                cs.setNonStrokingColor(CODE_BG);
                cs.addRect(MARGIN, y - h, sum > WIDTH ? WIDTH : sum, h);
                cs.fill();
            }
            for (int c = 0; c < cols; c++) {
                float ty = y - 3;
                for (List<Run> l : cells.get(c)) {
                    float lx = x + 5;
                    for (Run run : l) {
                        text(lx, ty - (leading(l) - run.size() * 1.2f) / 2, header && r == 0 ? new Run(run.text(), bold, run.size(), run.color()) : run);
                        lx += width(run.font(), run.size(), run.text());
                    }
                    ty -= leading(l);
                }
                cs.setStrokingColor(RULE);
                cs.setLineWidth(0.6f);
                cs.addRect(x, y - h, colW[c], h);
                cs.stroke();
                x += colW[c];
            }
            y -= h;
        }
        y -= 10;
    }

    /** Columns as wide as their widest cell, shrunk together when the table is wider than the page. */
    private float[] columnWidths(List<List<List<Run>>> rows, int cols) {
        float[] want = new float[cols];
        for (List<List<Run>> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                float w = 0;
                for (Run r : row.get(c)) {
                    w += width(r.font(), r.size(), r.text());
                }
                want[c] = Math.max(want[c], Math.min(w, WIDTH) + 12);
            }
        }
        float total = 0;
        for (float w : want) {
            total += w;
        }
        float[] colW = new float[cols];
        for (int c = 0; c < cols; c++) {
            colW[c] = total <= WIDTH ? want[c] : Math.max(40, want[c] / total * WIDTH);
        }
        float sum = 0;
        for (float w : colW) {
            sum += w;
        }
        if (sum > WIDTH) {
            for (int c = 0; c < cols; c++) {
                colW[c] = colW[c] / sum * WIDTH;
            }
        }
        return colW;
    }

    /** Page numbers and the chapter at the foot of every page, once all pages exist. */
    void footers(String title) throws IOException {
        cs.close();
        cs = null;
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDPageContentStream keep = cs;
                cs = foot;
                String label = title + "  ·  " + (i + 1) + " / " + n;
                text(MARGIN + WIDTH - width(regular, 8, label), MARGIN - 18, new Run(label, regular, 8, MUTED));
                cs = keep;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
