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

    /**
     * The window's stylesheets, for a dialog of it: the scene's and those of the nodes near its
     * root (the main layout's own sit under the zoom pane, not on the scene's root).
     */
    public static java.util.List<String> stylesheets(javafx.scene.Scene scene) {
        java.util.List<String> out = new java.util.ArrayList<>(scene.getStylesheets());
        collect(scene.getRoot(), out, 3);
        return out;
    }

    private static void collect(javafx.scene.Parent p, java.util.List<String> out, int depth) {
        p.getStylesheets().stream().filter(s -> !out.contains(s)).forEach(out::add);
        if (depth > 0) {
            for (javafx.scene.Node n : p.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.Parent c) {
                    collect(c, out, depth - 1);
                }
            }
        }
    }

    public static Messages messages(ResourceBundle bundle) {
        return new Messages(bundle);
    }
}
