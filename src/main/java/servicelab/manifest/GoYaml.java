package servicelab.manifest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * What a plain scalar becomes on the way Kubernetes reads YAML: go-yaml v2 (go.yaml.in/yaml/v2
 * v2.4.2, resolve.go) under sigs.k8s.io/yaml v1.6.0, which turns it into JSON before any Go type
 * sees it (Kubernetes 1.34). This is not YAML 1.1: base-60 numbers are strings, {@code y}/{@code n}
 * are booleans, Go's number prefixes ({@code 0o}, {@code 0X}, {@code 0B}) are integers, and
 * timestamps stay text. Every method is linear in its input.
 */
public final class GoYaml {
    private GoYaml() {
    }

    /** A resolved scalar: its kind and its Go value (String, Long, BigInteger for uint64, Double, Boolean, null). */
    public record Resolved(YNode.Kind kind, Object value) {
        static final Resolved NULL = new Resolved(YNode.Kind.NULL, null);
    }

    // resolve.go init(): the exact spellings looked up before any parsing
    private static final Map<String, Resolved> TABLE = Map.ofEntries(
            bool(true, "y"), bool(true, "Y"), bool(true, "yes"), bool(true, "Yes"), bool(true, "YES"),
            bool(true, "true"), bool(true, "True"), bool(true, "TRUE"),
            bool(true, "on"), bool(true, "On"), bool(true, "ON"),
            bool(false, "n"), bool(false, "N"), bool(false, "no"), bool(false, "No"), bool(false, "NO"),
            bool(false, "false"), bool(false, "False"), bool(false, "FALSE"),
            bool(false, "off"), bool(false, "Off"), bool(false, "OFF"),
            Map.entry("", Resolved.NULL), Map.entry("~", Resolved.NULL), Map.entry("null", Resolved.NULL),
            Map.entry("Null", Resolved.NULL), Map.entry("NULL", Resolved.NULL),
            flt(Double.NaN, ".nan"), flt(Double.NaN, ".NaN"), flt(Double.NaN, ".NAN"),
            flt(Double.POSITIVE_INFINITY, ".inf"), flt(Double.POSITIVE_INFINITY, ".Inf"), flt(Double.POSITIVE_INFINITY, ".INF"),
            flt(Double.POSITIVE_INFINITY, "+.inf"), flt(Double.POSITIVE_INFINITY, "+.Inf"), flt(Double.POSITIVE_INFINITY, "+.INF"),
            flt(Double.NEGATIVE_INFINITY, "-.inf"), flt(Double.NEGATIVE_INFINITY, "-.Inf"), flt(Double.NEGATIVE_INFINITY, "-.INF"));

    private static Map.Entry<String, Resolved> bool(boolean v, String s) {
        return Map.entry(s, new Resolved(YNode.Kind.BOOL, v));
    }

    private static Map.Entry<String, Resolved> flt(double v, String s) {
        return Map.entry(s, new Resolved(YNode.Kind.FLOAT, v));
    }

    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** resolve("", in): the type go-yaml gives an untagged plain scalar. */
    public static Resolved resolve(String in) {
        char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
        if (hint == 0) {
            return str(in); // R:118, R:196: no class, a string at once
        }
        Resolved r = TABLE.get(in);
        if (r != null) {
            return r;
        }
        switch (hint) {
            case '.': {
                Double d = parseFloat(in, true);
                return d != null ? new Resolved(YNode.Kind.FLOAT, d) : str(in);
            }
            case 'D':
            case 'S': {
                // a timestamp (YYYY-...) is kept as its text in interface{} (decode.go), so it is a string here;
                // nothing that starts with four digits and '-' parses as a number below either
                String plain = in.replace("_", "");
                Object i = parseInt(plain);
                if (i != null) {
                    return new Resolved(YNode.Kind.INT, i);
                }
                if (isYamlStyleFloat(plain)) {
                    Double d = parseFloat(plain, false);
                    if (d != null) {
                        return new Resolved(YNode.Kind.FLOAT, d);
                    }
                }
                return str(in);
            }
            default:
                return str(in); // 'M': only the table applies
        }
    }

    private static Resolved str(String in) {
        return new Resolved(YNode.Kind.STR, in);
    }

    /** resolve_table: sign, digit, table-only letters, dot; 0 for every other first byte. */
    private static char hint(char c) {
        if (c == '+' || c == '-') {
            return 'S';
        }
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return 'M';
        }
        return c == '.' ? '.' : 0;
    }

    /**
     * strconv.ParseInt(s, 0, 64), then ParseUint(s, 0, 64): an optional sign (ParseInt only), a base
     * prefix 0x/0X, 0o/0O, 0b/0B or a leading 0 (octal), and at least one digit. Long, BigInteger
     * (uint64 beyond int64) or null.
     */
    static Object parseInt(String s) {
        int i = 0;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        int base = 10;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            if (p == 'x' || p == 'o' || p == 'b') {
                base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                i += 2;
            } else {
                base = 8;
                i += 1;
            }
        }
        if (i >= s.length() || s.length() - i > 70) {
            return null; // no digits, or far beyond 64 bits
        }
        for (int k = i; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), base) < 0 || s.charAt(k) > 'z') {
                return null;
            }
        }
        BigInteger v = new BigInteger(s.substring(i), base);
        if (neg) {
            v = v.negate();
        }
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        // ParseUint takes no sign, so "+9223372036854775808" is not an integer but a float
        return v.signum() > 0 && v.compareTo(UINT64_MAX) <= 0 && s.charAt(0) != '+' ? v : null;
    }

    /** strconv.ParseInt(s, 0, 64) as pflag's int flags read it: a Long, or null when Go refuses it. */
    public static Object parseGoInt(String s) {
        Object v = s.indexOf('_') >= 0 ? null : parseInt(s); // base 0 allows _ only between digits; refuse them
        return v instanceof Long ? v : null;
    }

    /** resolve.go yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ as a scan. */
    static boolean isYamlStyleFloat(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = digits(s, i);
        i += intDigits;
        if (intDigits == 0) {
            if (i >= n || s.charAt(i) != '.') {
                return false;
            }
            int frac = digits(s, i + 1);
            if (frac == 0) {
                return false;
            }
            i += 1 + frac;
        } else if (i < n && s.charAt(i) == '.') {
            i += 1 + digits(s, i + 1);
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = digits(s, i);
            if (exp == 0) {
                return false;
            }
            i += exp;
        }
        return i == n;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /**
     * strconv.ParseFloat(s, 64) for decimal text: null when it is not a number or overflows (Go
     * returns ±Inf with a range error, which resolve() treats as "not a float"). With
     * {@code underscores}, '_' may stand between digits, as ParseFloat allows.
     */
    static Double parseFloat(String s, boolean underscores) {
        String t = s;
        if (underscores && s.indexOf('_') >= 0) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '_' && (i == 0 || i == s.length() - 1 || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1)))) {
                    return null;
                }
            }
            t = s.replace("_", "");
        }
        if (!isYamlStyleFloat(t)) {
            return null; // Go also reads "inf", "nan" and hex floats, which no hint class reaches here
        }
        double d = Double.parseDouble(t);
        return Double.isInfinite(d) ? null : d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The Go value of an INT scalar's text (Long or BigInteger), as resolve() read it. */
    public static Object intValue(String text) {
        Object v = parseInt(text.replace("_", ""));
        return v != null ? v : text;
    }

    /** The Go value of a FLOAT scalar's text. */
    public static Object floatValue(String text) {
        Resolved r = TABLE.get(text);
        if (r != null && r.kind() == YNode.Kind.FLOAT) {
            return r.value();
        }
        Double d = parseFloat(text.replace("_", ""), false);
        return d != null ? d : text;
    }

    /** The text json.Marshal writes for a float64 (encoding/json floatEncoder), e.g. 80 for 80.0, 1e+21. */
    public static String jsonFloat(double d) {
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double abs = Math.abs(d);
        if (abs >= 1e-6 && abs < 1e21) {
            return b.toPlainString();
        }
        return goExponent(b, 1); // floatEncoder cleans e-07 up to e-7
    }

    /** Go's 'e' format of shortest digits: 1e+21, 1.5e-07 (at least two exponent digits). */
    private static String goExponent(BigDecimal b, int minExpDigits) {
        String digits = b.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - b.scale();
        StringBuilder sb = new StringBuilder();
        if (b.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        String e = Integer.toString(Math.abs(exp));
        while (e.length() < minExpDigits) {
            e = "0" + e;
        }
        return sb.append('e').append(exp < 0 ? '-' : '+').append(e).toString();
    }

    /**
     * The JSON key sigs.k8s.io/yaml makes of a plain mapping key (yaml.go convertToJSONableObject):
     * bools become "true"/"false", integers their decimal text, floats strconv.FormatFloat(f, 'g', -1, 32).
     *
     * @throws IllegalArgumentException with sigs.k8s.io/yaml's message for a null or uint64 key
     */
    public static String jsonKey(String plain) {
        Resolved r = resolve(plain);
        return switch (r.kind()) {
            case STR -> plain;
            case BOOL -> r.value().toString();
            case INT -> {
                if (r.value() instanceof BigInteger u) {
                    throw new IllegalArgumentException("unsupported map key of type: uint64, key: 0x" + u.toString(16));
                }
                yield r.value().toString();
            }
            case FLOAT -> float32Key((Double) r.value());
            case NULL -> throw new IllegalArgumentException("unsupported map key of type: %!s(<nil>), key: <nil>");
        };
    }

    private static String float32Key(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        float f = (float) d;
        if (f == 0) {
            return (1 / f < 0) ? "-0" : "0";
        }
        BigDecimal b = new BigDecimal(Float.toString(f)).stripTrailingZeros();
        String digits = b.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - b.scale();
        // ftoa.go %g: with shortest digits, exponent form below 1e-4 and from 1e6 (eprec = 6)
        if (exp < -4 || exp >= 6) {
            return goExponent(b, 2);
        }
        return b.toPlainString();
    }

    /** The value json.Marshal refuses (NaN, ±Inf), with its message; null when the scalar converts. */
    public static String unsupportedJson(Resolved r) {
        if (r.kind() == YNode.Kind.FLOAT && r.value() instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "json: unsupported value: " + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf");
        }
        return null;
    }

    /** A short name of the kind for go-yaml's "cannot decode !!float `1.5` as a !!int". */
    static String tagName(YNode.Kind k) {
        return switch (k) {
            case STR -> "!!str";
            case INT -> "!!int";
            case FLOAT -> "!!float";
            case BOOL -> "!!bool";
            case NULL -> "!!null";
        };
    }
}
