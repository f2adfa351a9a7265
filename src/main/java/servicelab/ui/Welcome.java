package servicelab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The first start's welcome text (Markdown beside the bundles: it is prose, not a message). */
final class Welcome {
    private Welcome() {
    }

    static String text(Locale locale) {
        String name = "/servicelab/ui/welcome_" + ("en".equals(locale.getLanguage()) ? "en" : "ko") + ".md";
        try (InputStream in = Welcome.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
