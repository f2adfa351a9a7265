package servicelab.ui;

import java.util.ResourceBundle;

import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.text.Messages;

/** Small things every view needs: the bundle's messages and icons of one size. */
public final class Ui {
    private Ui() {
    }

    public static FontIcon icon(String literal, int size) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(size);
        return i;
    }

    public static FontIcon icon(String literal) {
        return icon(literal, 15);
    }

    public static Messages messages(ResourceBundle bundle) {
        return new Messages(bundle);
    }
}
