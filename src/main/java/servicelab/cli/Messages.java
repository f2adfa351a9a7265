package servicelab.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The CLI's own texts, from {@code servicelab/cli/cli_*.properties}. */
final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("servicelab.cli.cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return servicelab.model.Josa.fix(new MessageFormat(bundle.getString(key), locale).format(a));
    }
}
