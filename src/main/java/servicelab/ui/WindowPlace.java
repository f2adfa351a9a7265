package servicelab.ui;

import java.util.List;

import javafx.geometry.Rectangle2D;

import servicelab.workspace.settings.Settings;

/** Where a remembered window goes back: on the screen it mostly sat on, never larger than it. */
final class WindowPlace {
    /** A window must keep this much of itself on a screen to count as being there. */
    static final double MIN_VISIBLE = 120;

    private WindowPlace() {
    }

    /** The screen that shows most of the saved window, or null when none shows enough of it (a monitor unplugged). */
    static Rectangle2D screenFor(Settings.Window w, List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double ix = Math.min(w.x() + w.width(), s.getMaxX()) - Math.max(w.x(), s.getMinX());
            double iy = Math.min(w.y() + w.height(), s.getMaxY()) - Math.max(w.y(), s.getMinY());
            if (ix >= MIN_VISIBLE && iy >= MIN_VISIBLE / 2 && ix * iy > bestArea) {
                best = s;
                bestArea = ix * iy;
            }
        }
        return best;
    }

    /** The saved window moved and shrunk to lie wholly on the screen. */
    static Rectangle2D clamp(Settings.Window w, Rectangle2D screen) {
        double width = Math.min(w.width(), screen.getWidth());
        double height = Math.min(w.height(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(w.x(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(w.y(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }
}
