package servicelab.ui.diagram;

import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import servicelab.sim.ClusterSnapshot;
import servicelab.sim.SimService;

/**
 * What lies outside the cluster's boundary, left of it: the Internet with its clients and the
 * ExternalName hosts, the edge router, and the load balancers and the ingress controller on the
 * cluster's edge. The stage view (presenter mode) gives the Internet only the room its cards need,
 * so the nodes get the rest.
 */
final class OutsideZone {
    /** A gateway card's width (load balancer, ingress controller): the stage's 14 px address needs more. */
    private double gatewayW;
    private final DiagramKit kit;
    private final NodeCache cache;
    private final Map<String, Point2D> anchors;
    /** The layer the cards are drawn in: a new card is put there to be styled and measured. */
    private final javafx.scene.layout.Pane layer;

    OutsideZone(DiagramKit kit, NodeCache cache, Map<String, Point2D> anchors, javafx.scene.layout.Pane layer) {
        this.kit = kit;
        this.cache = cache;
        this.anchors = anchors;
        this.layer = layer;
    }

    /** A gateway card's height as styled (a long name breaks over lines); the redraw's sync keeps or drops it. */
    private double heightOf(Node card) {
        if (card.getParent() == null) {
            layer.getChildren().add(card);
        }
        card.applyCss();
        return Math.max(44, ((Region) card).prefHeight(gatewayW));
    }

    /**
     * Draws the outside into the two lists; returns where the cluster's boundary starts. The stage
     * stacks the load balancers and the ingress controller under the clients, in the Internet's
     * column, and gives the cluster the width of the gateways' own column.
     */
    double draw(ClusterSnapshot snap, List<SimService> services, double w, double h, boolean stage, List<Node> zones, List<Node> content) {
        // the desk: room for a whole client IP at 1280×800; the stage: a 14 px address, no more
        double inetW = stage ? 136 : Math.min(170, Math.max(120, w * 0.16));
        double below = internet(snap, services, h, inetW, zones, content);
        double edgeX = 8 + inetW + (stage ? 12 : 14); // the stage's width goes to the nodes
        edge(edgeX, h, stage, content);
        if (stage) {
            gatewayW = inetW - 20;
            gateways(snap, services, 18, below + 12, below + 12, content);
            return edgeX + 22 + 12;
        }
        double gx = edgeX + 32;
        gatewayW = 104;
        gateways(snap, services, gx, h * 0.22, h * 0.62, content);
        return gx + gatewayW + 8;
    }

    Region box(String key, String style, double x, double y, double w, double h) {
        Region r = cache.placed("box:" + key, style, x, y, () -> DiagramKit.box(style, x, y, w, h));
        r.resize(w, h);
        r.setPrefSize(w, h);
        return r;
    }

    Label caption(String key, String text, double x, double y, String style) {
        return cache.placed("caption:" + key, List.of(text, style), x, y, () -> DiagramKit.caption(text, x, y, style));
    }

    /** The Internet on the left, with its clients and the ExternalName hosts; returns the clients' bottom. */
    private double internet(ClusterSnapshot snap, List<SimService> services, double h, double inetW, List<Node> zones, List<Node> content) {
        zones.add(box("inet", "diagram-internet", 8, 8, inetW, h - 16));
        content.add(caption("inet", kit.t("diagram.internet"), 18, 14, "diagram-zone-title"));
        double cy = 56;
        for (var c : snap.world().externalClients().entrySet()) {
            String name = c.getKey();
            String ip = c.getValue();
            double y = cy;
            content.add(cache.placed("client:" + name, List.of(ip, inetW), 18, y, () -> kit.clientCard(name, ip, 18, y, inetW - 20)));
            anchors.put("client:" + name, new Point2D(18 + (inetW - 20) / 2, cy + 24));
            cy += 64;
        }
        List<SimService> externals = services.stream().filter(SimService::isExternalName).toList();
        double bottom = h - 40;
        if (!externals.isEmpty()) {
            double y = h - 40 - 44 * externals.size();
            content.add(cache.placed("external", List.of(externals.stream().map(SimService::externalName).toList(), inetW), 18, y,
                    () -> kit.externalHosts(externals, 18, y, inetW - 20)));
            anchors.put("external", new Point2D(18 + (inetW - 20) / 2, y + 20));
            bottom = y - 12;
        }
        manualAddresses(snap, services, bottom, inetW, content);
        return cy - 8;
    }

    /**
     * Addresses written by hand in a selector-less Service's Endpoints that no pod has (a database
     * outside the cluster): one card above the external hosts; a pod's address is drawn at its pod.
     */
    private void manualAddresses(ClusterSnapshot snap, List<SimService> services, double bottom, double inetW, List<Node> content) {
        java.util.Set<String> podIps = new java.util.HashSet<>();
        for (servicelab.sim.SimPod p : snap.userPods()) {
            if (p.ip() != null) {
                podIps.add(p.ip());
            }
        }
        java.util.Set<String> outside = new java.util.LinkedHashSet<>();
        for (SimService s : services) {
            if (s.isExternalName() || s.selector() != null && !s.selector().isEmpty()) {
                continue;
            }
            for (servicelab.sim.Endpoint e : snap.endpoints(s.namespace(), s.name())) {
                if (e.pod() == null && !podIps.contains(e.ip())) {
                    outside.add(e.ip());
                }
            }
        }
        if (outside.isEmpty()) {
            return;
        }
        List<String> lines = List.copyOf(outside);
        double y = bottom - 30 - 22 * lines.size();
        content.add(cache.placed("manual", List.of(lines, inetW), 18, y,
                () -> kit.hostCard(kit.t("diagram.manualEndpoints"), lines, 18, y, inetW - 20)));
        for (int i = 0; i < lines.size(); i++) {
            anchors.put("manual:" + lines.get(i), new Point2D(18 + inetW - 20, y + 36 + 22 * i));
        }
    }

    /** The edge router between the Internet and the cluster. */
    private void edge(double edgeX, double h, boolean stage, List<Node> content) {
        Region edge = box("edge", "diagram-edge", edgeX, h * 0.18, 22, h * 0.64);
        content.add(edge);
        if (stage) {
            // the stage's narrow gap: the words centred over the bar, one under the other
            content.add(cache.placed("caption:edge", "stage", edgeX - 11, h * 0.18 - 44, () -> {
                // between the Internet's border and the cluster's: 12 + 22 + 12 px
                Label l = DiagramKit.caption(kit.t("diagram.edge"), edgeX - 11, h * 0.18 - 44, "diagram-zone-title");
                l.setWrapText(true);
                l.setPrefWidth(44);
                l.setMaxWidth(44);
                l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                l.setAlignment(javafx.geometry.Pos.CENTER);
                return l;
            }));
        } else {
            content.add(caption("edge", kit.t("diagram.edge"), edgeX - 18, h * 0.18 - 22, "diagram-zone-title"));
        }
        kit.tip(edge, kit.t("diagram.edgeTip"));
        anchors.put("edge", new Point2D(edgeX + 11, h / 2));
    }

    /**
     * A Gateway's card: its class, its address, then each listener with the routes attached to it
     * (GatewayClass → Gateway → listener → route; the dashed lines go on to the Services). The
     * tooltip adds the routes that name the Gateway but did not attach, and why.
     */
    private Node gatewayCard(servicelab.sim.GatewayView g, String title, String ip, double x, double y, double w) {
        javafx.scene.layout.VBox c = (javafx.scene.layout.VBox) kit.gateway("diagram-gw", "fth-log-in", title, ip, x, y, w);
        c.setId("gw-" + g.namespace() + "-" + g.name());
        javafx.scene.control.Label cls = new javafx.scene.control.Label(kit.t("diagram.gatewayClass", String.valueOf(g.className())));
        cls.getStyleClass().add("diagram-muted");
        cls.setWrapText(true);
        cls.setMaxWidth(w - 12);
        c.getChildren().add(1, cls);
        StringBuilder tip = new StringBuilder(kit.t("diagram.gatewayTip", g.key(), String.valueOf(g.className()), ip));
        for (servicelab.sim.GatewayView.Listener l : g.listeners()) {
            List<String> names = l.routes().stream().map(r -> r.substring(r.indexOf('/') + 1)).toList();
            String routes = names.isEmpty() ? kit.t("diagram.gatewayNoRoutes") : String.join(", ", names);
            javafx.scene.control.Label line = new javafx.scene.control.Label(kit.t("diagram.gatewayListener", l.label(), routes));
            line.getStyleClass().addAll("diagram-muted", "gateway-listener");
            line.setWrapText(true);
            line.setMaxWidth(w - 12);
            c.getChildren().add(line);
            tip.append('\n').append(kit.t("diagram.gatewayListenerTip", l.label(), String.valueOf(l.protocol()),
                    l.routes().isEmpty() ? kit.t("diagram.gatewayNoRoutes") : String.join(", ", l.routes())));
        }
        for (servicelab.sim.GatewayView.Unattached u : g.unattached()) {
            tip.append('\n').append(kit.t("diagram.gatewayNotAttached", u.kind() + " " + u.route(), whyNotAttached(u.reason())));
        }
        kit.tip(c, tip.toString());
        return c;
    }

    /** A route's Accepted reason in the learner's words. */
    private String whyNotAttached(String reason) {
        return switch (reason) {
            case "NoMatchingParent" -> kit.t("diagram.gwWhy.noMatchingParent");
            case "NoMatchingListenerHostname" -> kit.t("diagram.gwWhy.noMatchingListenerHostname");
            default -> kit.t("diagram.gwWhy.notAllowedByListeners");
        };
    }

    /** Load balancers and the ingress controller sit on the cluster's edge. */
    private void gateways(ClusterSnapshot snap, List<SimService> services, double gx, double top, double ingressTop, List<Node> content) {
        double gy = top;
        for (SimService s : services) {
            if ("LoadBalancer".equals(s.type())) {
                String title = kit.t("diagram.lb", s.name());
                String ip = s.loadBalancerIP() == null ? "<pending>" : s.loadBalancerIP();
                double y = gy;
                double gw = gatewayW;
                Node card = cache.placed("lb:" + s.key(), List.of(title, ip, gw), gx, y,
                        () -> kit.gateway("diagram-lb", "fth-shuffle", title, ip, gx, y, gw));
                content.add(card);
                anchors.put("lb:" + s.key(), new Point2D(gx + gw / 2, gy + 22));
                anchors.putIfAbsent("lb", anchors.get("lb:" + s.key()));
                gy += heightOf(card) + 14;
            }
        }
        for (servicelab.sim.GatewayView g : snap.gateways()) {
            // a Gateway API Gateway is an entry of its own, with the address its class's controller gave it
            String title = kit.t("diagram.gateway", g.name());
            String ip = g.address() == null ? "<pending>" : g.address();
            double y = gy;
            double gw = gatewayW;
            Node card = cache.placed("gw:" + g.key(), List.of(title, ip, gw, g.listeners(), g.unattached(), String.valueOf(g.className())), gx, y,
                    () -> gatewayCard(g, title, ip, gx, y, gw));
            content.add(card);
            anchors.put("gateway:" + g.key(), new Point2D(gx + gw / 2, gy + 22));
            gy += heightOf(card) + 14;
        }
        if (snap.world().ingressControllerEnabled()) {
            String ip = snap.world().ingressExternalIP();
            double y = Math.max(gy, ingressTop);
            double gw = gatewayW;
            content.add(cache.placed("ingress", List.of(ip, gw), gx, y,
                    () -> kit.gateway("diagram-ingress", "fth-git-pull-request", kit.t("diagram.ingress"), ip, gx, y, gw)));
            anchors.put("ingress", new Point2D(gx + gw / 2, y + 22));
        }
    }
}
