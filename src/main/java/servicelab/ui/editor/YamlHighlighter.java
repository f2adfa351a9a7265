package servicelab.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import servicelab.check.Diagnostic;

/**
 * Style classes for the YAML editor: syntax colouring per line, with the error and warning
 * ranges of the last check laid over it. Pure computation, so it runs off the UI thread.
 */
public final class YamlHighlighter {
    private static final Pattern KEY = Pattern.compile(
            "^(\\s*)((?:-\\s+)*)(\"[^\"]*\"|'[^']*'|[^\\s#'\"{\\[\\-][^:#]*?|-[^\\s:][^:#]*?)(\\s*)(:)(?=\\s|$)");
    private static final Pattern DASHES = Pattern.compile("^(\\s*)((?:-(?:\\s+|$))+)");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|0x[0-9a-fA-F]+|\\.inf|\\.nan)$");
    private static final Pattern LITERAL = Pattern.compile("^(?:true|false|True|False|TRUE|FALSE|yes|no|on|off|null|Null|NULL|~)$");

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
        int valueFrom;
        Matcher k = KEY.matcher(line);
        if (k.find()) {
            fill(syntax, start + k.start(2), start + k.end(2), "punct");
            fill(syntax, start + k.start(3), start + k.end(3), "key");
            fill(syntax, start + k.start(5), start + k.end(5), "punct");
            valueFrom = k.end();
        } else {
            Matcher d = DASHES.matcher(line);
            if (d.find()) {
                fill(syntax, start + d.start(2), start + d.end(2), "punct");
                valueFrom = d.end();
            } else {
                valueFrom = 0;
            }
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
        } else if (NUMBER.matcher(value).matches()) {
            fill(syntax, vs, ve, "number");
        } else if (LITERAL.matcher(value).matches()) {
            fill(syntax, vs, ve, "literal");
        } else if (value.equals("|") || value.equals(">") || value.startsWith("|-") || value.startsWith(">-")
                || value.startsWith("&") || value.startsWith("*")) {
            fill(syntax, vs, ve, "punct");
        }
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
