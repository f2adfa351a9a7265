package servicelab.ui;

import java.util.List;

import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import servicelab.workspace.settings.Settings;

/**
 * The window's first frame: the workbench's toolbar, status bar and three columns (lesson,
 * diagram, editor) as plain regions in the learner's theme, where the learner left the
 * dividers. It costs a few milliseconds, so the window is on screen about as soon as an empty
 * JavaFX window would be, and the real window replaces it a second later on the same stage.
 * Plain regions only: no control, so no theme stylesheet is parsed for it.
 */
final class Skeleton {
    /** Toolbar and status bar heights of main.fxml at 100 %. */
    private static final double TOP = 47;
    private static final double BOTTOM = 24;

    private Skeleton() {
    }

    static Parent build(Settings settings) {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("skeleton");
        if (settings != null && settings.dark()) {
            root.getStyleClass().add("dark");
        }
        root.getStylesheets().add(Skeleton.class.getResource("/servicelab/ui/skeleton.css").toExternalForm());
        root.setTop(band("top", TOP));
        root.setBottom(band("bottom", BOTTOM));
        List<Double> d = settings == null ? null : settings.dividers("main3");
        double lesson = d != null && d.size() == 2 ? d.get(0) : 0.24;
        double editor = d != null && d.size() == 2 ? d.get(1) : 0.72;
        Region left = column("left");
        Region middle = column("middle");
        Region right = column("right");
        Pane columns = new Pane(left, middle, right) {
            @Override
            protected void layoutChildren() {
                double w = getWidth();
                double h = getHeight();
                left.resizeRelocate(0, 0, Math.round(w * lesson), h);
                middle.resizeRelocate(Math.round(w * lesson), 0, Math.round(w * editor) - Math.round(w * lesson), h);
                right.resizeRelocate(Math.round(w * editor), 0, w - Math.round(w * editor), h);
            }
        };
        root.setCenter(columns);
        return root;
    }

    private static Region band(String where, double height) {
        Region r = new Region();
        r.getStyleClass().addAll("band", where);
        r.setPrefHeight(height);
        r.setMinHeight(height);
        return r;
    }

    private static Region column(String where) {
        Region r = new Region();
        r.getStyleClass().addAll("column", where);
        return r;
    }
}
