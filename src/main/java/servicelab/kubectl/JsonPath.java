package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kubectl's JSONPath templates (client-go util/jsonpath, as {@code -o jsonpath=} and
 * {@code custom-columns} use them, missing keys allowed): text, {@code {.a.b}}, {@code [n]},
 * {@code [-1]}, {@code [a:b]}, {@code [*]}, {@code ..name}, filters {@code [?(@.x=="y")]},
 * {@code {range …}…{end}} and quoted literals. Several results of one action print joined by
 * a space; maps and lists print as compact JSON, as kubectl prints them.
 */
final class JsonPath {
    /** A template kubectl refuses or cannot execute; the message is kubectl's (without "error: "). */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final String template;
    private int pos;

    private JsonPath(String template) {
        this.template = template;
    }

    /** The template executed on data, printed as kubectl prints it. */
    static String execute(String template, Object data) throws Failure {
        StringBuilder out = new StringBuilder();
        JsonPath p = new JsonPath(template);
        try {
            p.run(data, out, false);
        } catch (Failure f) {
            throw new Failure("error executing jsonpath " + servicelab.text.GoStrings.quote(template) + ": Error executing template: "
                    + f.getMessage() + ". Printing more information for debugging the template:\n\ttemplate was:\n\t\t" + template
                    + "\n\tobject given to jsonpath engine was:\n\t\t" + GoDump.of(data) + "\n\n");
        }
        return out.toString();
    }

    /** Every value the path {@code {…}} finds (custom-columns' FindResults). */
    static List<Object> find(String path, Object data) throws Failure {
        List<Object> found = new ArrayList<>();
        for (Object v : eval(path.substring(1, path.length() - 1).strip(), List.of(data))) {
            found.add(v);
        }
        return found;
    }

    /** Runs the template from pos; returns at {end} when inRange. */
    private void run(Object data, StringBuilder out, boolean inRange) throws Failure {
        while (pos < template.length()) {
            int open = template.indexOf('{', pos);
            if (open < 0) {
                out.append(template, pos, template.length());
                pos = template.length();
                return;
            }
            out.append(template, pos, open);
            int close = closing(open);
            String action = template.substring(open + 1, close).strip();
            pos = close + 1;
            if (action.equals("end")) {
                if (!inRange) {
                    throw new Failure("not in range, nothing to end");
                }
                return;
            }
            if (action.startsWith("range ")) {
                int body = pos;
                List<Object> items = eval(action.substring(6).strip(), List.of(data));
                if (items.isEmpty()) {
                    skipRange();
                }
                for (Object item : items) {
                    pos = body;
                    run(item, out, true);
                }
                continue;
            }
            List<Object> values = action.startsWith("\"") || action.startsWith("'") ? List.of(literal(action)) : eval(action, List.of(data));
            for (int i = 0; i < values.size(); i++) {
                out.append(i > 0 ? " " : "").append(print(values.get(i)));
            }
        }
        if (inRange) {
            throw new Failure("unclosed action");
        }
    }

    private void skipRange() throws Failure {
        int depth = 1;
        while (pos < template.length()) {
            int open = template.indexOf('{', pos);
            if (open < 0) {
                break;
            }
            int close = closing(open);
            String a = template.substring(open + 1, close).strip();
            pos = close + 1;
            depth += a.startsWith("range ") ? 1 : a.equals("end") ? -1 : 0;
            if (depth == 0) {
                return;
            }
        }
        throw new Failure("unclosed action");
    }

    private int closing(int open) throws Failure {
        boolean quoted = false;
        for (int i = open + 1; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == '}' && !quoted) {
                return i;
            }
        }
        throw new Failure("unclosed action");
    }

    private static String literal(String s) {
        String body = s.substring(1, s.length() - 1);
        return body.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** A path (.a.b[0][*]..c[?(...)]) over the current values. */
    private static List<Object> eval(String path, List<Object> start) throws Failure {
        List<Object> cur = start;
        int i = 0;
        if (path.startsWith("@")) {
            i = 1;
        }
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.' && i + 1 < path.length() && path.charAt(i + 1) == '.') {
                int end = nameEnd(path, i + 2);
                String name = path.substring(i + 2, end);
                List<Object> next = new ArrayList<>();
                for (Object v : cur) {
                    descend(v, name, next);
                }
                cur = next;
                i = end;
            } else if (c == '.') {
                int end = nameEnd(path, i + 1);
                String name = path.substring(i + 1, end);
                List<Object> next = new ArrayList<>();
                for (Object v : cur) {
                    if (name.equals("*")) {
                        next.addAll(children(v));
                    } else if (name.isEmpty()) {
                        next.add(v);
                    } else if (v instanceof Map<?, ?> m && m.containsKey(name)) {
                        next.add(m.get(name));
                    }
                }
                cur = next;
                i = end;
            } else if (c == '[') {
                int end = bracketEnd(path, i);
                cur = subscript(path.substring(i + 1, end).strip(), cur);
                i = end + 1;
            } else {
                int end = nameEnd(path, i);
                if (end == i) {
                    throw new Failure("unrecognized character in action: " + servicelab.text.GoStrings.quote(String.valueOf(c)));
                }
                // a bare name at the start reads as .name
                String name = path.substring(i, end);
                List<Object> next = new ArrayList<>();
                for (Object v : cur) {
                    if (v instanceof Map<?, ?> m && m.containsKey(name)) {
                        next.add(m.get(name));
                    }
                }
                cur = next;
                i = end;
            }
        }
        return cur;
    }

    private static int nameEnd(String path, int from) {
        int i = from;
        while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
            if (path.charAt(i) == '\\' && i + 1 < path.length()) {
                i++;
            }
            i++;
        }
        return i;
    }

    private static int bracketEnd(String path, int open) throws Failure {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"' || c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new Failure("unterminated array");
    }

    private static List<Object> subscript(String s, List<Object> cur) throws Failure {
        List<Object> next = new ArrayList<>();
        if (s.startsWith("?(") && s.endsWith(")")) {
            String cond = s.substring(2, s.length() - 1).strip();
            for (Object v : cur) {
                for (Object item : children(v)) {
                    if (matches(cond, item)) {
                        next.add(item);
                    }
                }
            }
            return next;
        }
        for (Object v : cur) {
            if (s.equals("*")) {
                next.addAll(children(v));
            } else if (v instanceof List<?> list) {
                int n = list.size();
                if (s.contains(":")) {
                    String[] p = s.split(":", -1);
                    int a = p[0].isBlank() ? 0 : norm(Integer.parseInt(p[0].strip()), n);
                    int b = p.length < 2 || p[1].isBlank() ? n : norm(Integer.parseInt(p[1].strip()), n);
                    for (int k = Math.max(0, a); k < Math.min(n, b); k++) {
                        next.add(list.get(k));
                    }
                } else {
                    int k;
                    try {
                        k = Integer.parseInt(s);
                    } catch (NumberFormatException e) {
                        throw new Failure("invalid array index " + s);
                    }
                    int at = k < 0 ? k + n : k;
                    if (at < 0 || at >= n) {
                        throw new Failure("array index out of bounds: index " + k + ", length " + n);
                    }
                    next.add(list.get(at));
                }
            } else if (v instanceof Map<?, ?> m && (s.startsWith("'") || s.startsWith("\""))) {
                Object x = m.get(s.substring(1, s.length() - 1));
                if (x != null) {
                    next.add(x);
                }
            }
        }
        return next;
    }

    private static int norm(int i, int n) {
        return i < 0 ? i + n : i;
    }

    /** A filter: @.path OP literal, or @.path alone (present). */
    private static boolean matches(String cond, Object item) throws Failure {
        for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
            int at = cond.indexOf(op);
            if (at > 0) {
                List<Object> left = eval(cond.substring(0, at).strip(), List.of(item));
                String lit = cond.substring(at + op.length()).strip();
                if (left.isEmpty()) {
                    return false;
                }
                Object l = left.get(0);
                boolean quoted = lit.startsWith("'") || lit.startsWith("\"");
                if (quoted) {
                    if (!(l instanceof String ls)) {
                        throw new Failure("incompatible types for comparison");
                    }
                    int cmp = ls.compareTo(lit.substring(1, lit.length() - 1));
                    return compare(op, cmp);
                }
                // the object's numbers are Go ints, a literal number a float: client-go will not compare them
                throw new Failure("incompatible types for comparison");
            }
        }
        return !eval(cond, List.of(item)).isEmpty();
    }

    private static boolean compare(String op, int cmp) {
        return switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            default -> cmp >= 0;
        };
    }

    private static List<Object> children(Object v) {
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (v instanceof Map<?, ?> m) {
            return new ArrayList<>(new TreeMap<>(m).values());
        }
        return List.of();
    }

    /** ..name: every value under that key, at any depth, in document order (maps by sorted key). */
    private static void descend(Object v, String name, List<Object> out) {
        if (v instanceof Map<?, ?> m) {
            if (m.containsKey(name)) {
                out.add(m.get(name));
            }
            for (Object child : new TreeMap<>(m).values()) {
                descend(child, name, out);
            }
        } else if (v instanceof List<?> l) {
            for (Object child : l) {
                descend(child, name, out);
            }
        }
    }

    /** A value as jsonpath prints it: strings bare, maps and lists as compact JSON, null as null. */
    static String print(Object v) {
        if (v instanceof Map || v instanceof List) {
            return KubeYaml.compactJson(v);
        }
        return String.valueOf(v);
    }
}
