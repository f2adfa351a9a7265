package servicelab.model;

import static servicelab.text.GoStrings.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One problem with a manifest, as the API server reports it: the field path, the error type and
 * the message text (rendered exactly as {@code field.Error.Error()} does). {@code key} and
 * {@code args} name the learner's explanation in the explanation bundle; rendering it is the
 * job of the layer that knows the locale.
 */
public record FieldError(String field, ErrorType type, String message, String key, List<Object> args) {
    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** The same error with an explanation key and its arguments. */
    public FieldError explain(String explainKey, Object... explainArgs) {
        return new FieldError(field, type, message, explainKey, Arrays.asList(explainArgs));
    }

    public static FieldError required(String field, String detail) {
        return new FieldError(field, ErrorType.Required,
                field + ": Required value" + (detail == null || detail.isEmpty() ? "" : ": " + detail), null, null);
    }

    public static FieldError invalid(String field, Object value, String detail) {
        return new FieldError(field, ErrorType.Invalid,
                field + ": Invalid value: " + render(value) + suffix(detail), null, null);
    }

    public static FieldError duplicate(String field, Object value) {
        return new FieldError(field, ErrorType.Duplicate, field + ": Duplicate value: " + render(value), null, null);
    }

    public static FieldError notSupported(String field, Object value, List<String> supported) {
        String list = supported.stream().sorted().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
        return new FieldError(field, ErrorType.NotSupported,
                field + ": Unsupported value: " + render(value) + (supported.isEmpty() ? "" : ": supported values: " + list),
                null, null);
    }

    /** NotSupported with the values in the order the Go code lists them (a slice literal, not a sorted set). */
    public static FieldError notSupportedInOrder(String field, Object value, List<String> supported) {
        String list = supported.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
        return new FieldError(field, ErrorType.NotSupported, field + ": Unsupported value: " + render(value) + ": supported values: " + list,
                null, null);
    }

    public static FieldError forbidden(String field, String detail) {
        return new FieldError(field, ErrorType.Forbidden, field + ": Forbidden: " + detail, null, null);
    }

    /** field.TooLong since apimachinery v0.32 (Kubernetes 1.32); "must have at most N bytes" before. */
    public static FieldError tooLong(String field, int max) {
        return new FieldError(field, ErrorType.TooLong,
                field + ": Too long: may not be more than " + max + (max == 1 ? " byte" : " bytes"), null, null);
    }

    public static FieldError tooMany(String field, int actual, int max) {
        return new FieldError(field, ErrorType.TooMany,
                field + ": Too many: " + actual + ": must have at most " + max + " items", null, null);
    }

    public static FieldError notFound(String field, Object value) {
        return new FieldError(field, ErrorType.NotFound, field + ": Not found: " + render(value), null, null);
    }

    /** An error whose message is given whole (decoder and parser errors). */
    public static FieldError of(String field, ErrorType type, String message) {
        return new FieldError(field, type, message, null, null);
    }

    private static String suffix(String detail) {
        return detail == null || detail.isEmpty() ? "" : ": " + detail;
    }

    /** Value rendering of field.Error at the release the model follows. */
    public static String render(Object value) {
        return render(value, Release.KUBERNETES_MINOR);
    }

    /**
     * Value rendering of field.Error.ErrorBody: strings Go-quoted, numbers and booleans plain;
     * lists and maps with Go's %#v up to v1.33 ({@code []string{"a"}}) and as JSON from v1.34
     * ({@code ["a"]}: apimachinery c58e197e "Nicer value rendering in API errors", v0.34.0).
     */
    public static String render(Object value, int minor) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof IntOrString ios) {
            return ios.isInt() ? String.valueOf(ios.intValue()) : quote(ios.strValue());
        }
        boolean json = minor >= 34;
        if (value instanceof List<?> l) {
            return json ? "[" + l.stream().map(o -> servicelab.text.Json.goString(String.valueOf(o))).collect(Collectors.joining(",")) + "]"
                    : "[]string{" + l.stream().map(o -> quote(String.valueOf(o))).collect(Collectors.joining(", ")) + "}";
        }
        if (value instanceof Map<?, ?> m) {
            if (json) {
                // encoding/json writes a map's keys sorted
                return "{" + new java.util.TreeMap<>(m).entrySet().stream()
                        .map(e -> servicelab.text.Json.goString(String.valueOf(e.getKey())) + ":"
                                + servicelab.text.Json.goString(String.valueOf(e.getValue())))
                        .collect(Collectors.joining(",")) + "}";
            }
            return "map[string]string{" + m.entrySet().stream()
                    .map(e -> quote(String.valueOf(e.getKey())) + ":" + quote(String.valueOf(e.getValue())))
                    .collect(Collectors.joining(", ")) + "}";
        }
        return String.valueOf(value);
    }
}
