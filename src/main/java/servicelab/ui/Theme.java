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
    /** The app's other windows' roots (glossary, teacher's view, dialogs): held weakly, a closed one goes. */
    private final List<java.lang.ref.WeakReference<Parent>> followers = new ArrayList<>();

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
        mark(root, dark);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        followers.removeIf(r -> r.get() == null);
        for (java.lang.ref.WeakReference<Parent> r : followers) {
            Parent p = r.get();
            if (p != null) {
                mark(p, dark);
            }
        }
        listeners.forEach(l -> l.accept(dark));
    }

    /**
     * Another window of the app, its root given: in this theme now and when the learner switches.
     * The controls' look is the whole app's (one user-agent stylesheet), the colours are each
     * root's: without this a glossary opened in the dark theme had dark controls on light panes.
     */
    public void follow(Parent other) {
        mark(other, isDark());
        followers.add(new java.lang.ref.WeakReference<>(other));
    }

    /** The same, for a window owned by the main window (or by a window it owns); else nothing. */
    public static void follow(javafx.stage.Window owner, Parent other) {
        javafx.stage.Window w = owner;
        while (w instanceof javafx.stage.Stage s && !(s.getProperties().get(MainWindow.class) instanceof MainWindow)) {
            w = s.getOwner();
        }
        if (w != null && w.getProperties().get(MainWindow.class) instanceof MainWindow main) {
            main.theme().follow(other);
        }
    }

    /**
     * A dialog of the main window in its theme: the app's colours are defined on ".root" (light) and
     * ".root.dark", and a dialog's scene root is not its pane.
     */
    public static void follow(javafx.stage.Window owner, javafx.scene.control.DialogPane pane) {
        pane.getStyleClass().add("root");
        follow(owner, (Parent) pane);
    }

    private static void mark(Parent p, boolean dark) {
        p.getStyleClass().remove("dark");
        if (dark) {
            p.getStyleClass().add("dark");
        }
    }
}
