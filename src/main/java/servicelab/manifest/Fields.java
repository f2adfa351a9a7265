package servicelab.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.IntOrString;

/**
 * Strict decoding of one YAML mapping into typed values, as the API server's JSON decoder does:
 * a value of the wrong JSON type is an error naming the Go struct field, and a key the type does
 * not have is an {@code unknown field} error (server-side strict field validation).
 */
final class Fields {
    private final YNode.Map map;
    private final String path;
    private final String goType;
    private final String goPath;
    private final List<FieldError> errors;
    private final Set<String> used = new LinkedHashSet<>();

    Fields(YNode.Map map, String path, String goType, String goPath, List<FieldError> errors) {
        this.map = map;
        this.path = path;
        this.goType = goType;
        this.goPath = goPath;
        this.errors = errors;
    }

    String path() {
        return path;
    }

    boolean has(String key) {
        YNode n = map.get(key);
        return n != null && !(n instanceof YNode.Scalar s && s.isNull());
    }

    boolean present(String key) {
        return map.get(key) != null;
    }

    /** Fields that exist in the Kubernetes type but that this model does not use: accepted, not read. */
    void accept(String... keys) {
        used.addAll(List.of(keys));
    }

    private String sub(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String goSub(String key) {
        return goPath.isEmpty() ? key : goPath + "." + key;
    }

    private YNode value(String key) {
        used.add(key);
        YNode n = map.get(key);
        return n instanceof YNode.Scalar s && s.isNull() ? null : n;
    }

    private void typeError(String key, YNode n, String goFieldType) {
        String p = sub(key);
        errors.add(FieldError.of(p, ErrorType.Invalid, "json: cannot unmarshal " + jsonType(n)
                + " into Go struct field " + goType + "." + goSub(key) + " of type " + goFieldType)
                .explain("m.decode.type", p, jsonTypeKey(n), goFieldType, Decoder.looksLikeMissingSpace(n)));
    }

    static String jsonType(YNode n) {
        if (n instanceof YNode.Map) {
            return "object";
        }
        if (n instanceof YNode.Seq) {
            return "array";
        }
        YNode.Scalar s = (YNode.Scalar) n;
        return switch (s.kind()) {
            case INT, FLOAT -> "number";
            case BOOL -> "bool";
            case NULL -> "null";
            case STR -> "string";
        };
    }

    private static String jsonTypeKey(YNode n) {
        return jsonType(n);
    }

    String str(String key) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.Kind.STR) {
            return s.value();
        }
        typeError(key, n, "string");
        return null;
    }

    Integer int32(String key) {
        Long l = integer(key, "int32", Integer.MIN_VALUE, Integer.MAX_VALUE);
        return l == null ? null : l.intValue();
    }

    Long int64(String key) {
        return integer(key, "int64", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private Long integer(String key, String goFieldType, long min, long max) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.Kind.INT) {
            Object v = GoYaml.intValue(s.value());
            if (v instanceof Long l && l >= min && l <= max) {
                return l;
            }
            String p = sub(key);
            errors.add(FieldError.of(p, ErrorType.Invalid, "json: cannot unmarshal number " + v
                    + " into Go struct field " + goType + "." + goSub(key) + " of type " + goFieldType)
                    .explain("m.decode.range", p, s.value(), goFieldType));
            return null;
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.Kind.FLOAT) {
            // the API server reads JSON: 80.0 and 8e1 arrive as the number 80
            java.math.BigInteger whole = wholeFloat(s);
            if (within(whole, min, max)) {
                return whole.longValue();
            }
            String p = sub(key);
            String json = GoYaml.jsonFloat((Double) GoYaml.floatValue(s.value()));
            errors.add(FieldError.of(p, ErrorType.Invalid, "json: cannot unmarshal number " + json
                    + " into Go struct field " + goType + "." + goSub(key) + " of type " + goFieldType)
                    .explain(whole != null ? "m.decode.range" : "m.decode.float", p, s.value(), goFieldType));
            return null;
        }
        typeError(key, n, goFieldType);
        return null;
    }

    Boolean bool(String key) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.Kind.BOOL) {
            return (Boolean) YNode.toData(s);
        }
        typeError(key, n, "bool");
        return null;
    }

    /** A float that json.Marshal writes without a fraction (80.0 → 80); else null. */
    private static java.math.BigInteger wholeFloat(YNode.Scalar s) {
        Object v = GoYaml.floatValue(s.value());
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e21) {
            return new java.math.BigDecimal(d).toBigIntegerExact();
        }
        return null;
    }

    private static boolean within(java.math.BigInteger v, long min, long max) {
        return v != null && v.compareTo(java.math.BigInteger.valueOf(min)) >= 0 && v.compareTo(java.math.BigInteger.valueOf(max)) <= 0;
    }

    IntOrString intOrString(String key) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.Kind.INT) {
            Object v = GoYaml.intValue(s.value());
            if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                return IntOrString.of(l.intValue());
            }
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.Kind.FLOAT) {
            java.math.BigInteger whole = wholeFloat(s);
            if (within(whole, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
                return IntOrString.of(whole.intValue());
            }
        }
        if (n instanceof YNode.Scalar s && s.kind() == YNode.Kind.STR) {
            return IntOrString.of(s.value());
        }
        String p = sub(key);
        errors.add(FieldError.of(p, ErrorType.Invalid, "json: cannot unmarshal " + jsonType(n)
                + " into Go struct field " + goType + "." + goSub(key) + " of type intstr.IntOrString")
                .explain("m.decode.type", p, jsonType(n), "int or string", Decoder.looksLikeMissingSpace(n)));
        return null;
    }

    Map<String, String> strMap(String key) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof YNode.Map m)) {
            typeError(key, n, "map[string]string");
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YNode.Entry e : m.entries()) {
            YNode v = e.value();
            if (v instanceof YNode.Scalar s && s.kind() == YNode.Kind.STR) {
                out.put(e.key().value(), s.value());
            } else if (v instanceof YNode.Scalar s && s.isNull()) {
                out.put(e.key().value(), "");
            } else {
                String p = sub(key) + "." + e.key().value();
                errors.add(FieldError.of(p, ErrorType.Invalid, "json: cannot unmarshal " + jsonType(v)
                        + " into Go struct field " + goType + "." + goSub(key) + " of type string")
                        .explain("m.decode.mapValue", p, jsonType(v), e.key().value(),
                                v instanceof YNode.Scalar s2 ? s2.value() : ""));
            }
        }
        return out;
    }

    List<String> strList(String key) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof YNode.Seq q)) {
            typeError(key, n, "[]string");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < q.items().size(); i++) {
            YNode v = q.items().get(i);
            if (v instanceof YNode.Scalar s && s.kind() == YNode.Kind.STR) {
                out.add(s.value());
            } else {
                String p = sub(key) + "[" + i + "]";
                errors.add(FieldError.of(p, ErrorType.Invalid, "json: cannot unmarshal " + jsonType(v)
                        + " into Go struct field " + goType + "." + goSub(key) + " of type string")
                        .explain("m.decode.type", p, jsonType(v), "string", false));
            }
        }
        return out;
    }

    /** A nested object, or null when absent or null. */
    Fields obj(String key, String childGoType) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof YNode.Map m)) {
            typeError(key, n, childGoType.startsWith("v1.") || childGoType.contains(".") ? childGoType : "v1." + childGoType);
            return null;
        }
        return new Fields(m, sub(key), childGoType, goSub(key), errors);
    }

    /** A list of objects decoded by {@code item}; null when absent. */
    <T> List<T> list(String key, String childGoType, BiFunction<Fields, Integer, T> item) {
        YNode n = value(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof YNode.Seq q)) {
            typeError(key, n, "[]v1." + childGoType);
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < q.items().size(); i++) {
            YNode v = q.items().get(i);
            String p = sub(key) + "[" + i + "]";
            if (v instanceof YNode.Map m) {
                Fields f = new Fields(m, p, childGoType, goSub(key), errors);
                T t = item.apply(f, i);
                f.finish();
                out.add(t);
            } else {
                errors.add(FieldError.of(p, ErrorType.Invalid, "json: cannot unmarshal " + jsonType(v)
                        + " into Go struct field " + goType + "." + goSub(key) + " of type v1." + childGoType)
                        .explain("m.decode.listItem", p, jsonType(v), Decoder.looksLikeMissingSpace(v)));
            }
        }
        return out;
    }

    /** Reports every key that was neither read nor accepted: strict decoding's unknown fields. */
    void finish() {
        for (YNode.Entry e : map.entries()) {
            String k = e.key().value();
            if (!used.contains(k)) {
                String p = sub(k);
                errors.add(FieldError.of(p, ErrorType.UnknownField, "unknown field \"" + p + "\"")
                        .explain("m.decode.unknown", p, k, !path.isEmpty(), !suggestion(k).isEmpty(), suggestion(k), path));
            }
        }
    }

    private String suggestion(String key) {
        return Suggest.closest(key, used);
    }

    Map<String, Object> raw() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) YNode.toData(map);
        return m;
    }
}
