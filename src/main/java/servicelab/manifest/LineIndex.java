package servicelab.manifest;

/**
 * Offsets of line starts, for converting between (line, column) and char offsets. Lines end as
 * YAML's do (b-break): LF, CR LF, or a CR alone, which old Mac files use and SnakeYAML counts as a
 * line too. A line's text keeps the CR of a CR LF, as the editor shows it.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;

    public LineIndex(String text) {
        this.text = text;
        int[] s = new int[64];
        int n = 1; // s[0] = 0: the first line starts the text
        if (text.indexOf('\r') < 0) {
            // LF only, the usual case: String.indexOf finds each line's end several times faster than
            // a loop over every char in a cold JVM (10,000 lines: 0.9 against 6-7 ms)
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == s.length) {
                    s = java.util.Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
            starts = java.util.Arrays.copyOf(s, n);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (n == s.length) {
                    s = java.util.Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        starts = java.util.Arrays.copyOf(s, n);
    }

    /** Number of lines (a final line without newline counts; an empty last line after \n counts too). */
    public int lineCount() {
        return starts.length;
    }

    /** Offset of the start of 1-based line. */
    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    }

    /** Offset just past the line's content, before its newline. */
    public int lineEnd(int line) {
        int next = line < starts.length ? starts[line] - 1 : text.length();
        return Math.max(lineStart(line), next);
    }

    public String text() {
        return text;
    }

    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** 1-based line of an offset. */
    public int lineOf(int offset) {
        int lo = 0, hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** Char offset of a 0-based code-point column on a 1-based line (SnakeYAML counts code points). */
    public int offset(int line, int codePointColumn) {
        int start = lineStart(line);
        int end = line < starts.length ? starts[line] : text.length();
        int off = start;
        for (int c = 0; c < codePointColumn && off < end; c++) {
            off += Character.charCount(text.codePointAt(off));
        }
        return off;
    }

    /** 1-based column (in chars) of an offset. */
    public int columnOf(int offset) {
        return offset - lineStart(lineOf(offset)) + 1;
    }
}
