package servicelab.manifest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the classic indentation mistakes behind a YAML syntax error, so the learner is told
 * what to move where, not only what the parser saw.
 */
final class SyntaxHints {
    /** {@code key:value} with no space after the colon, at the start of a line (URLs excluded). */
    private static final Pattern NO_SPACE = Pattern.compile("^(\\s*)(-\\s+)?([A-Za-z_][A-Za-z0-9_.\\-/]*):([^\\s/:].*)$");
    private static final Pattern KEY = Pattern.compile("^(\\s*)(-\\s+)?([^\\s#:][^:#]*?)\\s*:(\\s|$)");

    private SyntaxHints() {
    }

    static SyntaxError explain(LineIndex idx, int docStart, int line, int col, String problem) {
        String kubectl = "yaml: line " + line + ": " + goYamlWording(problem);
        String text = idx.line(Math.min(line, idx.lineCount()));

        int tab = firstTabInIndent(idx, docStart, line);
        if (tab > 0) {
            return new SyntaxError(problem, kubectl, tab, indentTabColumn(idx.line(tab)), "m.syntax.tab", List.of(tab));
        }
        int ns = noSpaceAfterColon(idx, docStart, line);
        if (ns > 0) {
            Matcher m = NO_SPACE.matcher(idx.line(ns));
            m.matches();
            return new SyntaxError(problem, kubectl, ns, m.end(3) + 1, "m.syntax.noSpaceAfterColon",
                    List.of(ns, m.group(3), m.group(4)));
        }
        if (problem.startsWith("mapping values are not allowed")) {
            Matcher cur = KEY.matcher(text);
            int prev = previousContentLine(idx, docStart, line);
            if (cur.find() && prev > 0) {
                String p = idx.line(prev);
                Matcher pm = KEY.matcher(p);
                int curCol = cur.group(1).length() + (cur.group(2) == null ? 0 : cur.group(2).length());
                if (pm.find()) {
                    int sibCol = pm.group(1).length() + (pm.group(2) == null ? 0 : pm.group(2).length());
                    boolean prevHasValue = !p.substring(pm.end()).strip().isEmpty() && !p.substring(pm.end()).strip().startsWith("#");
                    if (curCol > sibCol && prevHasValue) {
                        return new SyntaxError(problem, kubectl, line, col, "m.syntax.deeperThanSibling",
                                List.of(cur.group(3), pm.group(3).strip(), sibCol + 1, curCol + 1, line));
                    }
                }
            }
            return new SyntaxError(problem, kubectl, line, col, "m.syntax.mappingValues", List.of(line));
        }
        if (text.stripLeading().startsWith("- ") || text.strip().equals("-") || problem.contains("'-'")
                || problem.contains("<block sequence start>")) {
            int dashLine = text.stripLeading().startsWith("-") ? line : previousContentLine(idx, docStart, line);
            int expected = siblingDashColumn(idx, docStart, dashLine);
            return new SyntaxError(problem, kubectl, line, col, "m.syntax.listItemDepth",
                    List.of(dashLine, expected > 0 ? expected : col));
        }
        if (problem.contains("could not find expected ':'")) {
            return new SyntaxError(problem, kubectl, line, col, "m.syntax.expectedColon", List.of(line));
        }
        if (problem.contains("did not find expected key") || problem.contains("expected <block end>")) {
            return new SyntaxError(problem, kubectl, line, col, "m.syntax.indent", List.of(line));
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected end")) {
            return new SyntaxError(problem, kubectl, line, col, "m.syntax.unclosed", List.of(line));
        }
        return new SyntaxError(problem, kubectl, line, col, "m.syntax.generic", List.of(line, col, problem));
    }

    /** go-yaml (which kubectl uses) words a few problems differently from SnakeYAML. */
    static String goYamlWording(String problem) {
        if (problem.startsWith("mapping values are not allowed")) {
            return "mapping values are not allowed in this context";
        }
        if (problem.startsWith("found character '\\t'") || problem.contains("cannot start any token")) {
            return "found character that cannot start any token";
        }
        return problem;
    }

    private static int firstTabInIndent(LineIndex idx, int from, int to) {
        for (int l = from; l <= Math.min(to, idx.lineCount()); l++) {
            String s = idx.line(l);
            for (int i = 0; i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t'); i++) {
                if (s.charAt(i) == '\t' && i + 1 < s.length() && !s.substring(i).isBlank()) {
                    return l;
                }
            }
        }
        return -1;
    }

    private static int indentTabColumn(String s) {
        return s.indexOf('\t') + 1;
    }

    private static int noSpaceAfterColon(LineIndex idx, int from, int to) {
        for (int l = from; l <= Math.min(to, idx.lineCount()); l++) {
            String s = idx.line(l);
            if (!s.stripLeading().startsWith("#") && NO_SPACE.matcher(s).matches()) {
                return l;
            }
        }
        return -1;
    }

    private static int previousContentLine(LineIndex idx, int from, int line) {
        for (int l = line - 1; l >= from; l--) {
            String s = idx.line(l).strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("---")) {
                return l;
            }
        }
        return -1;
    }

    /** Column (1-based) of the nearest earlier list dash, which the misplaced item should have matched. */
    private static int siblingDashColumn(LineIndex idx, int from, int line) {
        for (int l = line - 1; l >= from; l--) {
            String s = idx.line(l);
            String t = s.stripLeading();
            if (t.startsWith("- ") || t.equals("-")) {
                return s.length() - t.length() + 1;
            }
        }
        return -1;
    }
}
