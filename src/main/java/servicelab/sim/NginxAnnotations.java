package servicelab.sim;

import java.util.Map;
import java.util.regex.Pattern;

import servicelab.model.Ingress;

/** How ingress-nginx reads its annotations: empty means missing, booleans as Go parses them. */
final class NginxAnnotations {
    // ingress-nginx accepts these (affinityCookieExpiresRegex); anything else is ignored.
    private static final Pattern SECONDS = Pattern.compile("0|-?[1-9][0-9]*");

    private NginxAnnotations() {
    }

    static Map<String, String> annotations(Ingress ing) {
        return ing == null || ing.metadata() == null ? Map.of() : ing.metadata().annotationsOrEmpty();
    }

    /** ingress-nginx reads an empty annotation as missing. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }

    /** Go's strconv.ParseBool, which ingress-nginx uses for boolean annotations; anything else is false. */
    static boolean goBool(String value) {
        String t = text(value);
        return t != null && (t.equals("1") || t.equals("t") || t.equals("T") || t.equals("true")
                || t.equals("TRUE") || t.equals("True"));
    }

    static Long seconds(String value) {
        String t = text(value);
        if (t == null || !SECONDS.matcher(t).matches()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
