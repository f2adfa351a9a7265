package servicelab.manifest;

import java.util.List;
import java.util.Map;

/**
 * Writes plain data (maps, lists, scalars) as block YAML in the style of kubernetes.io examples:
 * two-space indentation, list dashes at their parent key's column.
 */
public final class YamlWriter {
    private YamlWriter() {
    }

    /** Indentation habits of a document: the step per level and whether list dashes sit at their key's column. */
    public record Style(int unit, boolean compactSequences) {
        public static final Style KUBERNETES = new Style(2, true);
    }

    /** The data as a YAML block, every line indented by {@code indent} spaces, ending with a newline. */
    public static String write(Object data, int indent) {
        return write(data, indent, Style.KUBERNETES);
    }

    public static String write(Object data, int indent, Style style) {
        StringBuilder sb = new StringBuilder();
        new YamlWriter.Impl(style).writeValueLines(sb, data, indent);
        return sb.toString();
    }

    /** One {@code key: value} entry (with nested block lines) at indent. */
    public static String entry(String key, Object value, int indent, Style style) {
        StringBuilder sb = new StringBuilder();
        new Impl(style).writeEntry(sb, key, value, indent);
        return sb.toString();
    }

    /** One {@code - value} list item at the dash column indent. */
    public static String item(Object value, int indent, Style style) {
        StringBuilder sb = new StringBuilder();
        new Impl(style).writeItem(sb, value, indent);
        return sb.toString();
    }

    /** The data in flow style on one line: {@code {app: kubia, ports: [80, 443]}}. */
    public static String flow(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (var e : m.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(key(String.valueOf(e.getKey()))).append(": ").append(flow(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(flow(o));
            }
            return sb.append(']').toString();
        }
        String s = scalar(v);
        return s.contains(",") || s.contains("[") || s.contains("{") ? quote(String.valueOf(v)) : s;
    }

    private static final class Impl {
        private final Style style;

        Impl(Style style) {
            this.style = style;
        }

    void writeValueLines(StringBuilder sb, Object data, int indent) {
        String pad = " ".repeat(indent);
        if (data instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append(pad).append("{}\n");
                return;
            }
            for (var e : m.entrySet()) {
                writeEntry(sb, String.valueOf(e.getKey()), e.getValue(), indent);
            }
        } else if (data instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append(pad).append("[]\n");
                return;
            }
            for (Object item : l) {
                writeItem(sb, item, indent);
            }
        } else {
            sb.append(pad).append(scalar(data)).append('\n');
        }
    }

    /** {@code key: value} at indent, nested blocks below it. */
    void writeEntry(StringBuilder sb, String key, Object value, int indent) {
        String pad = " ".repeat(indent);
        sb.append(pad).append(key(key)).append(':');
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append('\n');
            writeValueLines(sb, m, indent + style.unit());
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            sb.append('\n');
            for (Object item : l) {
                writeItem(sb, item, style.compactSequences() ? indent : indent + style.unit());
            }
        } else {
            sb.append(' ').append(inline(value)).append('\n');
        }
    }

    /** {@code - item} at indent; a map item puts its first key on the dash line. */
    void writeItem(StringBuilder sb, Object item, int indent) {
        String pad = " ".repeat(indent);
        if (item instanceof Map<?, ?> m && !m.isEmpty()) {
            StringBuilder inner = new StringBuilder();
            writeValueLines(inner, m, indent + 2);
            String s = inner.toString();
            sb.append(pad).append("- ").append(s.substring(indent + 2));
        } else if (item instanceof List<?> l && !l.isEmpty()) {
            sb.append(pad).append("-\n");
            for (Object x : l) {
                writeItem(sb, x, indent + 2);
            }
        } else {
            sb.append(pad).append("- ").append(inline(item)).append('\n');
        }
    }

    }

    static String inline(Object v) {
        if (v instanceof Map<?, ?> m && m.isEmpty()) {
            return "{}";
        }
        if (v instanceof List<?> l && l.isEmpty()) {
            return "[]";
        }
        return scalar(v);
    }

    static String key(String k) {
        return plainSafe(k) && !resolvesOtherwise(k) ? k : quote(k);
    }

    /** A scalar as YAML: strings quoted only when plain style would change their meaning. */
    public static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        String s = String.valueOf(v);
        if (!plainSafe(s) || resolvesOtherwise(s)) {
            return quote(s);
        }
        return s;
    }

    /**
     * Whether a string can be written plain: it starts with a letter, digit, '_', '.' or '/', goes on
     * with those, '-' and inner spaces, and a colon only where no space or end follows it
     * (image: luksa/kubia:v2). A loop, not a regex: a repeated group recurses per character.
     */
    static boolean plainSafe(String s) {
        int n = s.length();
        if (n == 0 || !plainChar(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' ? i + 1 >= n || s.charAt(i + 1) == ' ' : !plainChar(c) && INNER_PLAIN.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters go-yaml's emitter writes plain after the first (only a scalar's first character
     * can be an indicator): an image by digest is {@code nginx@sha256:…}, unquoted, as kubectl prints it.
     */
    private static final String INNER_PLAIN = "@=+%~!*&?();$^";

    private static boolean plainChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "_./- ".indexOf(c) >= 0;
    }

    /**
     * Whether plain text would be read as something other than this string: by the API server
     * (go-yaml: numbers, booleans, null), or by YAML 1.1 readers, for which go-yaml's own encoder
     * still quotes base-60 numbers and timestamps.
     */
    static boolean resolvesOtherwise(String s) {
        if (GoYaml.resolve(s).kind() != YNode.Kind.STR) {
            return true;
        }
        return base60(s) || s.length() >= 8 && digitsAt(s, 0, 4) && s.charAt(4) == '-' || yaml11Only(s);
    }

    /** [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)? */
    private static boolean base60(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int n = s.length();
        if (i >= n || !Character.isDigit(s.charAt(i))) {
            return false;
        }
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        int groups = 0;
        while (i < n && s.charAt(i) == ':') {
            int d = i + 1;
            while (d < n && d - i <= 2 && Character.isDigit(s.charAt(d))) {
                d++;
            }
            if (d == i + 1 || d - i - 1 == 2 && s.charAt(i + 1) > '5') {
                return false;
            }
            groups++;
            i = d;
        }
        if (groups == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
        }
        return i == n;
    }

    private static boolean digitsAt(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Spellings YAML 1.1 readers (SnakeYAML, PyYAML) type but go-yaml leaves as strings. */
    private static boolean yaml11Only(String s) {
        return s.equals("<<") || s.equals("=") || s.equalsIgnoreCase(".nan") || s.equalsIgnoreCase(".inf");
    }

    public static String quote(String s) {
        return servicelab.text.GoStrings.quote(s);
    }

    public static String singleQuote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
