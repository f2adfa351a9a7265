package servicelab.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way a message is made from a bundle: MessageFormat with the bundle's locale, numbers
 * printed as written (no grouping: a port is 30123, not 30,123), then Korean particles fixed
 * after the values filled in ({@link Josa}).
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;
    /** Parsed patterns by key: a redraw formats the same few messages for every pod (one instance per thread). */
    private final java.util.Map<String, MessageFormat> formats = new java.util.HashMap<>();

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.KOREAN : bundle.getLocale();
    }

    /** A bundle family (e.g. {@code servicelab.messages}) in one locale, without falling back to the JVM's locale. */
    public static Messages load(String baseName, Locale locale) {
        return new Messages(ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Messages made lately, by key and values: a redraw asks for the same state words and sentences for
     * every pod, and formatting them again was a tenth of what a keystroke's redraw allocated. Only
     * values that cannot change (strings, numbers, booleans, enums) make a message worth keeping.
     */
    private final java.util.Map<Call, String> made = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Call, String> eldest) {
            return size() > 2048;
        }
    };

    private record Call(String key, java.util.List<Object> args) {
    }

    /** The formatted message; a missing key is a programming error and throws. */
    public String get(String key, Object... args) throws MissingResourceException {
        Call call = keepable(args) ? new Call(key, java.util.List.of(args)) : null;
        String m = call == null ? null : made.get(call);
        if (m == null) {
            m = make(key, args);
            if (call != null) {
                made.put(call, m);
            }
        }
        return m;
    }

    private String make(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return Josa.fix(pattern);
        }
        return Josa.fix(formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale)).format(prepare(args)));
    }

    private static boolean keepable(Object[] args) {
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Integer || a instanceof Long || a instanceof Boolean
                    || a instanceof Character || a instanceof Enum<?>)) {
                return false; // null (List.of refuses it), a double's rounding, a mutable value
            }
        }
        return true;
    }

    /** Formats a pattern as {@link #get} does (for patterns that do not come from a bundle key). */
    public static String format(String pattern, Locale locale, Object... args) {
        return Josa.fix(new MessageFormat(pattern, locale).format(prepare(args)));
    }

    private static Object[] prepare(Object[] args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            // a boolean picks a {n,choice,0#…|1#…} branch; other numbers print as written
            a[i] = args[i] instanceof Boolean b ? (Object) (b ? 1 : 0)
                    : args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return a;
    }
}
