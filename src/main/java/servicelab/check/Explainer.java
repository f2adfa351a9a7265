package servicelab.check;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Renders learner explanations from their keys and arguments, in Korean by default. The texts
 * live in the {@code servicelab/check/*.properties} bundles, never in code.
 */
public final class Explainer {
    private static final Set<String> JSON_TYPES = Set.of("string", "number", "bool", "object", "array", "null");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    /** Loaded at the first explanation: a file with nothing to explain never reads the 49 KB of texts. */
    private ResourceBundle manifest;
    private ResourceBundle validation;

    public Explainer(Locale locale) {
        this.locale = locale;
    }

    private synchronized void load() {
        if (manifest == null) {
            manifest = ResourceBundle.getBundle("servicelab.check.manifest", locale, NO_FALLBACK);
            validation = ResourceBundle.getBundle("servicelab.check.validation", locale, NO_FALLBACK);
        }
    }

    /** The default, Korean explainer. */
    public static Explainer korean() {
        return new Explainer(Locale.KOREAN);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        load();
        return manifest.containsKey(key) || validation.containsKey(key);
    }

    public String text(String key, List<Object> args) {
        if (key == null) {
            return "";
        }
        load();
        String pattern;
        try {
            pattern = manifest.containsKey(key) ? manifest.getString(key) : validation.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] a = new Object[args.size()];
        for (int i = 0; i < a.length; i++) {
            Object v = args.get(i);
            // JSON's type names (decode errors) read as words in the learner's language
            a[i] = v instanceof String s && key.startsWith("m.decode.") && JSON_TYPES.contains(s) && manifest.containsKey("json." + s)
                    ? manifest.getString("json." + s) : v;
        }
        try {
            return servicelab.text.Messages.format(pattern, locale, a);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    public String text(String key, Object... args) {
        return text(key, List.of(args));
    }
}
