package servicelab.ui.diagram;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A horizontal {@link javafx.scene.layout.FlowPane} (top-left, rows centred, children filling
 * their row's height) that lays out without making objects. FlowPane builds a run list and a
 * rectangle per child on every measure, and the diagram measures its rows at several scales per
 * redraw: at 300 pods that was a tenth of the window's garbage. Its size for a width is also
 * asked without a layout ({@link #heightFor}), which the diagram's fitting needs.
 */
final class Flow extends Pane {
    private double hgap;
    private double vgap;
    private double wrap = 400;
    /** The managed children's area widths and heights, kept until a child or the flow asks for layout. */
    private double[] sizes = new double[0];
    private boolean sized;

    Flow(double hgap, double vgap, Node... children) {
        this.hgap = hgap;
        this.vgap = vgap;
        getChildren().addAll(children);
    }

    Flow() {
        this(0, 0);
    }

    void setGaps(double h, double v) {
        if (h != hgap || v != vgap) {
            hgap = h;
            vgap = v;
            super.requestLayout(); // the children's sizes stay what they were
        }
    }

    /** The width the children wrap at when the flow is sized to its preference (FlowPane's prefWrapLength). */
    void setWrapLength(double w) {
        if (w != wrap) {
            wrap = w;
            super.requestLayout(); // the children's sizes stay what they were
        }
    }

    /** A child whose size may have changed asks its parent for layout: what was measured is measured again. */
    @Override
    public void requestLayout() {
        sized = false;
        super.requestLayout();
    }

    private void measure() {
        var kids = getChildren();
        if (sized && sizes.length == 2 * kids.size()) {
            return;
        }
        if (sizes.length != 2 * kids.size()) {
            sizes = new double[2 * kids.size()];
        }
        for (int i = 0; i < kids.size(); i++) {
            Node c = kids.get(i);
            sizes[2 * i] = c.isManaged() ? childWidth(c) : 0;
            sizes[2 * i + 1] = c.isManaged() ? childHeight(c) : 0;
        }
        sized = true;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** FlowPane's: the widest child's preference, unbounded (a wrapping label's whole line). */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double w = 0;
        for (Node c : getChildren()) {
            if (c.isManaged()) {
                w = Math.max(w, c.prefWidth(-1));
            }
        }
        return in.getLeft() + snapSizeX(w) + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidthAt(wrap);
    }

    private double prefWidthAt(double wrapAt) {
        Insets in = getInsets();
        return in.getLeft() + snapSizeX(Math.max(wrapAt, runs(wrapAt, false, false))) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width == -1 ? wrap : width - in.getLeft() - in.getRight();
        return in.getTop() + runs(w, true, false) + in.getBottom();
    }

    /**
     * The height the flow takes when sized to its preference with wrap length {@code w}, as {@link
     * #autosize()} would size it (a child wider than {@code w} widens the flow, and later rows may
     * then join), without laying anything out.
     */
    double heightFor(double w) {
        return computePrefHeight(Math.max(prefWidthAt(w), computeMinWidth(-1)));
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        runs(getWidth() - in.getLeft() - in.getRight(), true, true);
    }

    /**
     * One pass over the children in rows no wider than {@code max} (a child wider than that gets a
     * row of its own). Returns the widest row's width, or with {@code height} the rows' total height;
     * with {@code place} the children are laid out too.
     */
    private double runs(double max, boolean height, boolean place) {
        measure();
        double h = snapSpaceX(hgap);
        double v = snapSpaceY(vgap);
        double widest = 0;
        double total = 0;
        int rows = 0;
        int first = 0;
        double x = 0;
        double rowH = 0;
        var kids = getChildren();
        for (int i = 0; i <= kids.size(); i++) {
            Node c = i < kids.size() ? kids.get(i) : null;
            if (c != null && !c.isManaged()) {
                continue;
            }
            double cw = c == null ? 0 : sizes[2 * i];
            if (c == null || x + cw > max && x > 0) {
                // the row from first to i ends: it is x - h wide and rowH high
                widest = Math.max(widest, x > 0 ? x - h : 0);
                double y = total + (rows > 0 ? v : 0);
                if (place) {
                    placeRow(first, i, y, rowH, h);
                }
                total = y + rowH;
                rows++;
                if (c == null) {
                    break;
                }
                first = i;
                x = 0;
                rowH = 0;
            }
            rowH = Math.max(rowH, sizes[2 * i + 1]);
            x += cw + h;
        }
        return height ? total : widest;
    }

    private void placeRow(int from, int to, double y, double rowH, double h) {
        Insets in = getInsets();
        double x = 0;
        var kids = getChildren();
        for (int i = from; i < to; i++) {
            Node c = kids.get(i);
            if (!c.isManaged()) {
                continue;
            }
            double cw = sizes[2 * i];
            layoutInArea(c, in.getLeft() + x, in.getTop() + y, cw, rowH, 0, Insets.EMPTY, true, true, HPos.LEFT, VPos.CENTER);
            x += cw + h;
        }
    }

    private double childWidth(Node c) {
        double alt = -1;
        if (c.isResizable() && c.getContentBias() == Orientation.VERTICAL) {
            alt = snapSizeY(bounded(c.minHeight(-1), c.prefHeight(-1), c.maxHeight(-1)));
        }
        return snapSizeX(bounded(c.minWidth(alt), c.prefWidth(alt), c.maxWidth(alt)));
    }

    private double childHeight(Node c) {
        double alt = -1;
        if (c.isResizable() && c.getContentBias() == Orientation.HORIZONTAL) {
            alt = snapSizeX(bounded(c.minWidth(-1), c.prefWidth(-1), c.maxWidth(-1)));
        }
        return snapSizeY(bounded(c.minHeight(alt), c.prefHeight(alt), c.maxHeight(alt)));
    }

    private static double bounded(double min, double pref, double max) {
        double a = pref >= min ? pref : min;
        double b = min >= max ? min : max;
        return a <= b ? a : b;
    }
}
