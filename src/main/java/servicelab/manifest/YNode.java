package servicelab.manifest;

import java.util.List;

/** A composed YAML node that remembers where it stands in the text. */
public sealed interface YNode permits YNode.Scalar, YNode.Map, YNode.Seq {

    Span span();

    /** The resolved type of a plain scalar, as a YAML-to-JSON conversion sees it. */
    enum Kind { STR, INT, FLOAT, BOOL, NULL }

    /** How a scalar was written; the editor keeps it when it replaces the value. */
    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL, FOLDED }

    record Scalar(String value, Kind kind, Style style, Span span) implements YNode {
        public boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    record Entry(Scalar key, YNode value) {
    }

    record Map(List<Entry> entries, boolean flow, Span span) implements YNode {
        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        public YNode get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }
    }

    record Seq(List<YNode> items, boolean flow, Span span) implements YNode {
    }

    /** The node as plain Java data (LinkedHashMap, ArrayList, String/Long/Double/Boolean/null). */
    static Object toData(YNode n) {
        if (n == null) {
            return null;
        }
        if (n instanceof Scalar s) {
            return switch (s.kind()) {
                case NULL -> null;
                case BOOL -> Boolean.valueOf(s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("yes")
                        || s.value().equalsIgnoreCase("on") || s.value().equalsIgnoreCase("y"));
                case INT -> GoYaml.intValue(s.value());
                case FLOAT -> GoYaml.floatValue(s.value());
                case STR -> s.value();
            };
        }
        if (n instanceof Map m) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (Entry e : m.entries()) {
                out.put(e.key().value(), toData(e.value()));
            }
            return out;
        }
        Seq q = (Seq) n;
        List<Object> out = new java.util.ArrayList<>();
        for (YNode i : q.items()) {
            out.add(toData(i));
        }
        return out;
    }
}
