package servicelab.ui.diagram;

import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;

import servicelab.model.Ingress;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.Endpoint;
import servicelab.sim.SimService;

/** The diagram's lines, drawn between the anchors its parts left: gateways to Services, Services to their endpoints. */
final class Connectors {
    private final Map<String, Point2D> anchors;
    private final Map<String, Node> nodes;
    private final LinePool linePool;

    Connectors(Map<String, Point2D> anchors, Map<String, Node> nodes, LinePool linePool) {
        this.anchors = anchors;
        this.nodes = nodes;
        this.linePool = linePool;
    }

    /** Gateways to what they serve: load balancer → Service, Gateway and ingress → backends, ExternalName → host. */
    void gateways(ClusterSnapshot snap, List<SimService> services) {
        for (SimService s : services) {
            Point2D left = leftOf("svc:" + s.key());
            if (left == null) {
                continue;
            }
            if (anchors.containsKey("lb:" + s.key())) {
                linePool.line(anchors.get("lb:" + s.key()), left, "gateway-line-lb");
            }
            if (s.isExternalName() && anchors.containsKey("external")) {
                linePool.line(left, anchors.get("external"), "gateway-line-external");
            }
        }
        for (servicelab.sim.GatewayView g : snap.gateways()) {
            for (String backend : g.backends()) {
                Point2D left = leftOf("svc:" + backend);
                if (left != null && anchors.containsKey("gateway:" + g.key())) {
                    linePool.line(anchors.get("gateway:" + g.key()), left, "gateway-line-gw");
                }
            }
        }
        if (!anchors.containsKey("ingress")) {
            return;
        }
        for (Ingress ing : snap.servedIngresses()) {
            for (var rule : ing.spec().rulesOrEmpty()) {
                for (var path : rule.pathsOrEmpty()) {
                    if (path.backend() != null && path.backend().service() != null) {
                        Point2D left = leftOf("svc:" + ing.namespaceOrDefault() + "/" + path.backend().service().name());
                        if (left != null) {
                            linePool.line(anchors.get("ingress"), left, "gateway-line-ingress");
                        }
                    }
                }
            }
        }
    }

    /** The middle of a card's left edge, where gateway lines arrive. */
    private Point2D leftOf(String key) {
        Point2D bottom = anchors.get(key);
        Node card = nodes.get(key);
        if (bottom == null || card == null) {
            return null;
        }
        Bounds b = card.getBoundsInParent();
        return new Point2D(bottom.getX() - b.getWidth() / 2, bottom.getY() - b.getHeight() / 2);
    }

    /** Service → its endpoints (only the selected Service's while one is selected). */
    void selection(ClusterSnapshot snap, List<SimService> services, String selected) {
        for (SimService s : services) {
            if (selected != null && !s.key().equals(selected)) {
                continue;
            }
            Point2D from = anchors.get("svc:" + s.key());
            for (Endpoint e : snap.endpoints(s.namespace(), s.name())) {
                // a hand-written address: the pod that has it, or the card of addresses outside the pods
                Point2D to = e.pod() != null ? anchors.get("pod:" + s.namespace() + "/" + e.pod())
                        : anchors.getOrDefault("podip:" + e.ip(), anchors.get("manual:" + e.ip()));
                if (from == null || to == null) {
                    continue;
                }
                String style = e.ready() ? "endpoint-line" : "endpoint-line-notready";
                if (s.key().equals(selected)) {
                    linePool.line(from, to, style, "endpoint-line-selected");
                } else {
                    linePool.line(from, to, style);
                }
            }
        }
    }
}
