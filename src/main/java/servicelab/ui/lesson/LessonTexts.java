package servicelab.ui.lesson;

import java.util.ResourceBundle;

import org.kordamp.ikonli.javafx.FontIcon;

/** The lesson view's texts from the bundle, and the icons its nodes carry. */
final class LessonTexts {
    private final ResourceBundle bundle;

    LessonTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("lesson-icon");
        return icon;
    }

    /** A bundle text; the key itself when the bundle lacks it, so a missing text shows instead of failing the lesson. */
    String t(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    String fmt(String key, Object... args) {
        return bundle.containsKey(key) ? new servicelab.text.Messages(bundle).get(key, args) : key;
    }
}
