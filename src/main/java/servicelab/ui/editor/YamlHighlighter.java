package servicelab.ui.editor;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import servicelab.check.Diagnostic;
import servicelab.manifest.GoYaml;
import servicelab.manifest.YNode;

/**
 * Style classes for the YAML editor: syntax colouring per line, with the error and warning
 * ranges of the last check laid over it. Pure computation, so it runs off the UI thread.
 */
public final class YamlHighlighter {

    private YamlHighlighter() {
    }

    public static StyleSpans<Collection<String>> compute(String text, List<Diagnostic> problems) {
        int n = text.length();
        String[] syntax = new String[n];
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            line(text, lineStart, lineEnd, syntax);
            lineStart = lineEnd + 1;
        }
        byte[] problem = new byte[n];
        for (Diagnostic d : problems) {
            int s = Math.max(0, Math.min(d.start(), n));
            int e = Math.max(s, Math.min(d.end(), n));
            if (e == s && s < n) {
                e = s + 1;
            }
            byte v = (byte) (d.warning() ? 1 : 2);
            for (int i = s; i < e; i++) {
                if (text.charAt(i) != '\n') {
                    problem[i] = (byte) Math.max(problem[i], v);
                }
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (n == 0) {
            b.add(List.of(), 0);
            return b.create();
        }
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !same(syntax[i], syntax[runStart]) || problem[i] != problem[runStart]) {
                b.add(classes(syntax[runStart], problem[runStart]), i - runStart);
                runStart = i;
            }
        }
        return b.create();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Collection<String> classes(String syntax, byte problem) {
        String p = problem == 2 ? "problem-error" : problem == 1 ? "problem-warning" : null;
        if (syntax == null) {
            return p == null ? List.of() : List.of(p);
        }
        return p == null ? List.of(syntax) : List.of(syntax, p);
    }

    private static void fill(String[] syntax, int from, int to, String cls) {
        for (int i = from; i < to && i < syntax.length; i++) {
            syntax[i] = cls;
        }
    }

    private static void line(String text, int start, int end, String[] syntax) {
        String line = text.substring(start, end);
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
            fill(syntax, start + line.indexOf('#'), end, "comment");
            return;
        }
        if (line.startsWith("---") || line.startsWith("...")) {
            fill(syntax, start, start + 3, "docmark");
            comment(line, start, 3, syntax);
            return;
        }
        // scanned by hand: a regex with a repeated group recurses once per "- " and overflows on long lines
        int indentEnd = 0;
        while (indentEnd < line.length() && Character.isWhitespace(line.charAt(indentEnd))) {
            indentEnd++;
        }
        int dashesEnd = dashes(line, indentEnd);
        int valueFrom = dashesEnd;
        fill(syntax, start + indentEnd, start + dashesEnd, "punct");
        int[] key = key(line, dashesEnd);
        if (key != null) {
            fill(syntax, start + key[0], start + key[1], "key");
            fill(syntax, start + key[2], start + key[2] + 1, "punct");
            valueFrom = key[2] + 1;
        }
        int commentAt = comment(line, start, valueFrom, syntax);
        String value = line.substring(valueFrom, commentAt).strip();
        if (value.isEmpty()) {
            return;
        }
        int vs = start + line.indexOf(value, valueFrom);
        int ve = vs + value.length();
        if (value.startsWith("\"") || value.startsWith("'")) {
            fill(syntax, vs, ve, "string");
        } else if (isNumber(value)) {
            fill(syntax, vs, ve, "number");
        } else if (isLiteral(value)) {
            fill(syntax, vs, ve, "literal");
        } else if (value.equals("|") || value.equals(">") || value.startsWith("|-") || value.startsWith(">-")
                || value.startsWith("&") || value.startsWith("*")) {
            fill(syntax, vs, ve, "punct");
        }
    }

    /** Colours follow the API server's reading (go-yaml): 0o17 is a number, 1:20 and 2001-12-14 are text. */
    private static boolean isNumber(String value) {
        YNode.Kind k = GoYaml.resolve(value).kind();
        return k == YNode.Kind.INT || k == YNode.Kind.FLOAT;
    }

    private static boolean isLiteral(String value) {
        YNode.Kind k = GoYaml.resolve(value).kind();
        return k == YNode.Kind.BOOL || k == YNode.Kind.NULL;
    }

    /** The end of the list dashes ("- - ") that start at {@code from}; {@code from} when there are none. */
    static int dashes(String line, int from) {
        int i = from;
        int n = line.length();
        while (i < n && line.charAt(i) == '-' && (i + 1 == n || Character.isWhitespace(line.charAt(i + 1)))) {
            i++;
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * A mapping key at {@code from}: {start, end, colon} or null. The key is quoted, or plain text
     * without ':' or '#' ending before a ':' that whitespace or the line's end follows.
     */
    static int[] key(String line, int from) {
        int n = line.length();
        if (from >= n) {
            return null;
        }
        char c = line.charAt(from);
        int end;
        int after;
        if (c == '"' || c == '\'') {
            int close = line.indexOf(c, from + 1);
            if (close < 0) {
                return null;
            }
            end = close + 1;
            after = end;
        } else {
            boolean plainStart = "#'\"{[-".indexOf(c) < 0 && !Character.isWhitespace(c);
            boolean dashStart = c == '-' && from + 1 < n && !Character.isWhitespace(line.charAt(from + 1))
                    && line.charAt(from + 1) != ':';
            if (!plainStart && !dashStart) {
                return null;
            }
            int stop = from + (dashStart ? 2 : 1);
            while (stop < n && line.charAt(stop) != ':' && line.charAt(stop) != '#') {
                stop++;
            }
            after = stop;
            end = stop;
            while (end > from + 1 && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
        }
        int colon = after;
        while (colon < n && Character.isWhitespace(line.charAt(colon))) {
            colon++;
        }
        if (colon >= n || line.charAt(colon) != ':' || colon + 1 < n && !Character.isWhitespace(line.charAt(colon + 1))) {
            return null;
        }
        return new int[] {from, end, colon};
    }

    /** Marks a trailing comment (a # after whitespace, outside quotes); returns where it starts in the line. */
    private static int comment(String line, int start, int from, String[] syntax) {
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                if (i == from || Character.isWhitespace(line.charAt(i - 1)) || line.charAt(i - 1) == '[' || line.charAt(i - 1) == '{') {
                    quote = c;
                }
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                fill(syntax, start + i, start + line.length(), "comment");
                return i;
            }
        }
        return line.length();
    }
}
