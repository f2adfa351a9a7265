package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code text/tabwriter} as kubectl uses it (left-aligned, space padding): a tab ends a
 * cell, and a column is as wide as its widest cell plus padding within each block of
 * consecutive lines that have a cell in that column. Tables ({@code get}) and {@code describe}
 * line up exactly as kubectl's do because the same rule lays them out.
 */
final class TabWriter {
    private final int minWidth;
    private final int padding;
    private List<List<String>> lines;
    private final List<Integer> widths = new ArrayList<>();
    private StringBuilder out;

    TabWriter(int minWidth, int padding) {
        this.minWidth = minWidth;
        this.padding = padding;
    }

    /** kubectl get's table writer: minimum width 6, padding 3. */
    static String table(String text) {
        return new TabWriter(6, 3).format(text);
    }

    /** kubectl describe's writer: no minimum width, padding 2. */
    static String describe(String text) {
        return new TabWriter(0, 2).format(text);
    }

    String format(String text) {
        lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        int n = text.endsWith("\n") ? raw.length - 1 : raw.length;
        for (int i = 0; i < n; i++) {
            List<String> cells = new ArrayList<>(List.of(raw[i].split("\t", -1)));
            lines.add(cells);
        }
        out = new StringBuilder();
        widths.clear();
        format(0, lines.size());
        return out.toString();
    }

    private void format(int line0, int line1) {
        int column = widths.size();
        for (int i = line0; i < line1; i++) {
            if (column >= lines.get(i).size() - 1) {
                continue;
            }
            // line i has a cell in this column: write the lines before it, then the block
            write(line0, i);
            line0 = i;
            int width = minWidth;
            for (; i < line1; i++) {
                List<String> cells = lines.get(i);
                if (column >= cells.size() - 1) {
                    break;
                }
                width = Math.max(width, cells.get(column).codePointCount(0, cells.get(column).length()) + padding);
            }
            widths.add(width);
            format(line0, i);
            widths.remove(widths.size() - 1);
            line0 = i;
            i--; // the loop's i++ must look at line i again
        }
        write(line0, line1);
    }

    private void write(int line0, int line1) {
        for (int i = line0; i < line1; i++) {
            List<String> cells = lines.get(i);
            for (int j = 0; j < cells.size(); j++) {
                String c = cells.get(j);
                out.append(c);
                if (j < widths.size() && j < cells.size() - 1) {
                    out.append(" ".repeat(Math.max(0, widths.get(j) - c.codePointCount(0, c.length()))));
                }
            }
            out.append('\n');
        }
    }
}
