package servicelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;

/** Light or dark: the semantic colour variables switch with one style class on the window's root. */
public final class Theme {
    private final Parent root;
    private final ToggleButton toggle;
    private final List<Consumer<Boolean>> listeners = new ArrayList<>();

    public Theme(Parent root, ToggleButton toggle) {
        this.root = root;
        this.toggle = toggle;
        toggle.setOnAction(e -> setDark(toggle.isSelected()));
    }

    /** Told the new theme (popups outside the window's scene follow it). */
    public void addListener(Consumer<Boolean> l) {
        listeners.add(l);
    }

    public boolean isDark() {
        return root.getStyleClass().contains("dark");
    }

    public void setDark(boolean dark) {
        toggle.setSelected(dark);
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        listeners.forEach(l -> l.accept(dark));
    }
}
