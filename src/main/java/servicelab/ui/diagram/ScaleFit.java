package servicelab.ui.diagram;

import java.util.function.DoublePredicate;

/**
 * The largest scale (up to widest) at which the diagram fits its pane's height: searched, not
 * solved (a larger scale leaves less width, so names wrap and nodes grow). Each test is a
 * measuring pass over every pod, so the last answer is kept while it still holds.
 */
final class ScaleFit {
    /** Below it a crowded cluster runs past the bottom instead. */
    static final double MIN_SCALE = 0.5;
    private double lastScale = 1;
    private double lastW = -1;
    private double lastH = -1;

    /** The scale for a w × h pane; fits tells whether the picture fits at a scale. */
    double scale(double w, double h, double widest, DoublePredicate fits) {
        double s = search(w == lastW && h == lastH, widest, fits);
        lastScale = s;
        lastW = w;
        lastH = h;
        return s;
    }

    private double search(boolean same, double widest, DoublePredicate fits) {
        if (same && lastScale <= MIN_SCALE && !fits.test(MIN_SCALE + 0.02)) {
            return MIN_SCALE; // at the floor whether or not it fits: one measure, not a search that ends there again
        }
        if (same && lastScale <= widest && fits.test(lastScale) && (lastScale > widest - 0.02 || !fits.test(lastScale + 0.02))) {
            return lastScale;
        }
        if (fits.test(widest)) {
            return widest;
        }
        double lo = MIN_SCALE;
        double hi = widest;
        while (hi - lo > 0.01) {
            double mid = (lo + hi) / 2;
            if (fits.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
