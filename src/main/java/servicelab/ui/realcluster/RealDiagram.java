package servicelab.ui.realcluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import servicelab.realcluster.RealObject;
import servicelab.workspace.RealClusterSession;

/**
 * The real namespace, drawn read-only: its Services across the top (type and ClusterIP), the
 * cluster's nodes below with the namespace's pods inside (green when Ready, amber when not), and a
 * line from each Service to the pods its EndpointSlices list (solid when the endpoint is ready,
 * dashed when not). While the watch is stale the picture greys out under a banner: it is the last
 * state seen, not the present.
 */
final class RealDiagram extends Region {
    static final Color READY = Color.web("#2e9d57");
    static final Color NOT_READY = Color.web("#d08a16");
    private final Canvas canvas = new Canvas();
    private final ResourceBundle bundle;
    private RealClusterSession.LiveState state = new RealClusterSession.LiveState(Map.of(), 0);
    private boolean stale;
    private boolean dark;
    /** Where each pod was drawn (centre x, top y), for the Service lines. */
    private final Map<String, double[]> podAt = new LinkedHashMap<>();

    RealDiagram(ResourceBundle bundle) {
        this.bundle = bundle;
        // the canvas follows the region, never the other way round (a managed canvas would feed its
        // own size back into the region's preferred size)
        canvas.setManaged(false);
        getChildren().add(canvas);
        getStyleClass().add("rc-diagram");
        setMinSize(200, 140);
    }

    void show(RealClusterSession.LiveState s, boolean isStale, boolean isDark) {
        state = s;
        stale = isStale;
        dark = isDark;
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private Color fg() {
        return dark ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    private Color muted() {
        return dark ? Color.web("#8d96a0") : Color.web("#656d76");
    }

    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        podAt.clear();
        if (w < 80 || h < 80) {
            return; // nothing legible fits; and a negative text width would break the renderer
        }
        g.setFill(dark ? Color.web("#0d1117") : Color.web("#f6f8fa"));
        g.fillRoundRect(0, 0, w, h, 12, 12);
        List<RealObject> services = state.of("Service"), nodes = state.of("Node"), pods = state.of("Pod");
        if (services.isEmpty() && pods.isEmpty()) {
            g.setFill(muted());
            g.setFont(Font.font(14));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(bundle.getString("real.emptyNamespace"), w / 2, h / 2, Math.max(1, w - 24));
        } else {
            double top = drawServices(g, services, w);
            drawNodes(g, nodes, pods, top + 36, w, h);
            drawLines(g);
        }
        if (stale) {
            g.setFill(Color.color(0.5, 0.5, 0.5, 0.45));
            g.fillRoundRect(0, 0, w, h, 12, 12);
            g.setFill(Color.web("#cf222e"));
            g.fillRoundRect(12, 12, Math.min(w - 24, 420), 34, 8, 8);
            g.setFill(Color.WHITE);
            g.setFont(Font.font(null, FontWeight.BOLD, 14));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(bundle.getString("real.staleBanner"), 24, 29, Math.max(1, Math.min(w - 48, 396)));
        }
    }

    /** Services as pills across the top; returns the y of their bottom edge. */
    private double drawServices(GraphicsContext g, List<RealObject> services, double w) {
        double x = 12, y = 12, pillH = 44;
        double pillW = Math.max(150, Math.min(230, (w - 24) / Math.max(1, services.size()) - 10));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (RealObject s : services) {
            if (x + pillW > w - 12 && x > 12) {
                x = 12;
                y += pillH + 8;
            }
            g.setFill(dark ? Color.web("#1f3a5f") : Color.web("#ddf4ff"));
            g.fillRoundRect(x, y, pillW, pillH, 18, 18);
            g.setStroke(Color.web("#0969da"));
            g.setLineWidth(1.5);
            g.strokeRoundRect(x, y, pillW, pillH, 18, 18);
            g.setFill(fg());
            g.setFont(Font.font(null, FontWeight.BOLD, 13));
            g.fillText(s.name(), x + 12, y + 5, Math.max(1, pillW - 24));
            g.setFont(Font.font(12));
            g.setFill(muted());
            String ip = s.clusterIP() == null ? "" : " · " + s.clusterIP();
            g.fillText(s.serviceType() + ip, x + 12, y + 24, Math.max(1, pillW - 24));
            podAt.put("svc:" + s.name(), new double[] {x + pillW / 2, y + pillH});
            x += pillW + 10;
        }
        return services.isEmpty() ? 0 : y + pillH;
    }

    private void drawNodes(GraphicsContext g, List<RealObject> nodes, List<RealObject> pods, double top, double w, double h) {
        Map<String, List<RealObject>> byNode = new LinkedHashMap<>();
        for (RealObject n : nodes) {
            byNode.put(n.name(), new ArrayList<>());
        }
        for (RealObject p : pods) {
            byNode.computeIfAbsent(p.nodeName() == null ? bundle.getString("real.unscheduled") : p.nodeName(),
                    k -> new ArrayList<>()).add(p);
        }
        int cols = Math.max(1, byNode.size());
        double gap = 10, boxW = (w - 24 - gap * (cols - 1)) / cols, boxH = Math.max(60, h - top - 12);
        double x = 12;
        for (var e : byNode.entrySet()) {
            g.setFill(dark ? Color.web("#161b22") : Color.WHITE);
            g.fillRoundRect(x, top, boxW, boxH, 10, 10);
            g.setStroke(muted());
            g.setLineWidth(1);
            g.strokeRoundRect(x, top, boxW, boxH, 10, 10);
            g.setFill(muted());
            g.setFont(Font.font(12));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(bundle.getString("real.node") + " " + e.getKey(), x + 8, top + 6, Math.max(1, boxW - 16));
            double py = top + 28;
            for (RealObject p : e.getValue()) {
                if (py + 34 > top + boxH) {
                    break;
                }
                drawPod(g, p, x + 8, py, boxW - 16);
                py += 40;
            }
            x += boxW + gap;
        }
    }

    private void drawPod(GraphicsContext g, RealObject p, double x, double y, double width) {
        boolean ready = p.podReady();
        g.setFill(ready ? READY.deriveColor(0, 1, 1, 0.18) : NOT_READY.deriveColor(0, 1, 1, 0.18));
        g.fillRoundRect(x, y, width, 34, 8, 8);
        g.setStroke(ready ? READY : NOT_READY);
        g.setLineWidth(2);
        g.strokeRoundRect(x, y, width, 34, 8, 8);
        g.setFill(fg());
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.fillText(p.name(), x + 8, y + 3, Math.max(1, width - 16));
        g.setFont(Font.font(12));
        g.setFill(muted());
        String ip = p.podIP() == null ? "" : p.podIP() + " · ";
        g.fillText(ip + bundle.getString(ready ? "real.ready" : "real.notReady"), x + 8, y + 18, Math.max(1, width - 16));
        podAt.put("pod:" + p.name(), new double[] {x + width / 2, y});
    }

    private void drawLines(GraphicsContext g) {
        for (RealObject slice : state.of("EndpointSlice")) {
            double[] from = podAt.get("svc:" + slice.sliceService());
            if (from == null) {
                continue;
            }
            for (RealObject.SliceEndpoint e : slice.sliceEndpoints()) {
                double[] to = e.pod() == null ? null : podAt.get("pod:" + e.pod());
                if (to == null) {
                    continue;
                }
                g.setStroke(e.ready() ? READY : NOT_READY);
                g.setLineWidth(e.ready() ? 2 : 1.5);
                g.setLineDashes(e.ready() ? null : new double[] {6, 5});
                g.strokeLine(from[0], from[1], to[0], to[1]);
            }
        }
        g.setLineDashes(null);
    }
}
