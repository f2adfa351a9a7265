package servicelab.ui.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.transform.Scale;

import servicelab.model.Ingress;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.Endpoint;
import servicelab.sim.NodeInfo;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.text.Messages;
import servicelab.workspace.ClusterModel;
import servicelab.workspace.Layout;

/**
 * The live diagram of the simulated cluster: the Internet and its clients, the edge router, load
 * balancers and the ingress controller, and inside the cluster boundary the Services above the
 * nodes with their pods. Lines join a Service to the pods it selects: solid to ready endpoints,
 * dashed to not-ready ones. Selecting a Service highlights matching labels and says, for every
 * other pod, which label differs. It draws only what the cluster model published, and redraws
 * only what changed.
 */
public final class DiagramView extends Region {
    static final double POD_W = 176;
    static final double POD_H = 74;
    /** The narrowest width the picture is laid out for: three nodes whose pods show their whole names. */
    static final double MIN_LAYOUT_W = 760;
    /** The stage view lays the picture out narrower (pods wrap their names), so a projector draws it larger. */
    static final double PRESENTER_MIN_LAYOUT_W = 640;
    /** How far presenter mode enlarges the picture beyond its natural size to fill a large pane. */
    static final double PRESENTER_MAX_SCALE = 2.2;

    private final DiagramKit kit;
    private final ClusterModel cluster;
    private final Layout layout;
    private final Menus menus;
    private final NodeCache cache = new NodeCache();
    private final Pane zones = new Pane();
    private final Pane content = new Pane();
    private final Pane lines = new Pane();
    private final LinePool linePool = new LinePool(lines);
    /** The pods' badges, below the cards and tables and kept in place: a badge leaving its parent and coming back is styled anew. */
    private final Pane podLayer = new Pane();
    private final Group packets = new Group();
    /** The Service cards' row; kept across redraws so unchanged cards never leave the scene. */
    private final FlowPane row = new FlowPane();
    private final Map<String, Point2D> anchors = new HashMap<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Integer> hits = new HashMap<>();
    /** Service cards by Service (forgotten with the cluster); badges by place: the pod shown in a place may change, the badge stays. */
    private final Map<String, ServiceCard> cards = new HashMap<>();
    private final Map<String, PodBadge> badges = new HashMap<>();
    private final PromptOverlay prompt = new PromptOverlay();
    private final DiagramZoom zoom;
    private Actions actions;
    private String selected;
    private List<Object> drawn;
    // the picture being built
    private ClusterModel.State state;
    private boolean compact;
    private List<Node> zoneList;
    private List<Node> contentList;

    /** Nodes that must be drawn above the rest (the endpoints table, the stale note). */
    private final List<Node> onTop = new ArrayList<>();

    public DiagramView(Messages msg, ClusterModel cluster, Layout layout) {
        this.kit = new DiagramKit(msg);
        this.cluster = cluster;
        this.layout = layout;
        this.menus = new Menus(kit, () -> actions);
        getStyleClass().add("diagram");
        setId("diagram");
        getChildren().addAll(zones, lines, podLayer, content, packets);
        zoom = new DiagramZoom(this, msg, t -> t == this || t == content || t == podLayer || zones.getChildren().contains(t));
        getChildren().addAll(zoom.controls(), prompt);
        lines.setMouseTransparent(true);
        zones.setPickOnBounds(false);
        content.setPickOnBounds(false);
        podLayer.setPickOnBounds(false);
        packets.setMouseTransparent(true);
        widthProperty().addListener((o, a, b) -> refresh());
        heightProperty().addListener((o, a, b) -> refresh());
        setOnMouseClicked(e -> {
            if (e.getTarget() == this || e.getTarget() == content) {
                select(null);
            }
        });
        setMinSize(320, 280);
        cluster.addListener(s -> refresh());
        cluster.onNewCluster(() -> {
            hits.clear();
            selected = null;
            cards.clear();
        });
    }

    /** The whole picture fitted to the pane again (the learner's zoom and pan undone). */
    public void fit() {
        zoom.fit();
    }

    /** The learner's zoom on top of the fit (1 = fitted). */
    public double userZoom() {
        return zoom.zoom();
    }

    public void setActions(Actions a) {
        this.actions = a;
    }

    /** Diagram edits are offered only while the YAML is valid (they are text edits). */
    public boolean editable() {
        return actions != null && !cluster.state().stale();
    }

    public Group packetLayer() {
        return packets;
    }

    /** Where a component sits, for packet animation: "client:laptop", "edge", "lb", "ingress", "node:node-1", "pod:ns/name", "svc:ns/name", "dns", "external". */
    public Point2D anchor(String key) {
        return anchors.get(key);
    }

    public void countHit(String podKey) {
        hits.merge(podKey, 1, Integer::sum);
    }

    public void uncountHit(String podKey) {
        hits.computeIfPresent(podKey, (k, v) -> v <= 1 ? null : v - 1);
    }

    public void clearHits() {
        hits.clear();
        refresh();
    }

    public Map<String, Integer> hits() {
        return Map.copyOf(hits);
    }

    public String selectedService() {
        return selected;
    }

    public void select(String svcKey) {
        selected = svcKey;
        refresh();
    }

    // ------------------------------------------------------------------ building

    /**
     * Redraws the picture from the published cluster, unless nothing it shows changed: an open
     * menu or a hover stays put while the clock ticks on.
     */

    public void refresh() {
        double w = Math.max(getWidth(), 320);
        double h = Math.max(getHeight(), 280);
        state = cluster.state();
        ClusterSnapshot snap = state.cluster();
        // what the picture shows, compared field by field (records): no strings built on every tick
        List<Object> signature = List.of(w, h, String.valueOf(selected), editable(), state.stale(), state.partial(),
                Map.copyOf(hits), snap.services(), snap.userPods(), snap.servedIngresses(), snap.endpoints(), layout.positions().keySet());
        if (signature.equals(drawn)) {
            return;
        }
        drawn = signature;
        cache.begin();
        // a crowded cluster is drawn at the size it needs and scaled down to fit (no scroll pane: a clipped
        // viewport costs a quarter of the frame rate when packets move), from the last scale (one pass, usually)
        // a narrow pane gets the picture laid out wide enough for a pod's name and scaled down, never
        // squeezed; presenter mode fills the pane: a roomy projector draws it larger than life
        boolean stage = PodPlaces.presenter(this);
        double widest = Math.min(stage ? PRESENTER_MAX_SCALE : 1, w / (stage ? PRESENTER_MIN_LAYOUT_W : MIN_LAYOUT_W));
        double scale = scaleFor == null || scaleFor[0] != w || scaleFor[1] != h ? widest : lastScale;
        double needed = build(w / scale, h / scale, false);
        double fit = Math.min(widest, Math.max(0.5, h / needed));
        if (needed > h / scale + 1 || Math.abs(fit - scale) > 0.02) {
            scale = fit;
            build(w / scale, h / scale, true); // at the smallest scale a crowded node runs past the bottom
        }
        lastScale = scale;
        scaleFor = new double[] {w, h};
        for (Node layer : List.of(zones, lines, podLayer, content, packets)) {
            layer.getTransforms().setAll(zoom.pan(), zoom.scale(), new Scale(scale, scale, 0, 0));
        }
        cache.finish();
    }

    private double lastScale = 1;
    private double[] scaleFor;

    /** Lays the picture out for a w × h area; returns the height it needs (if more than h, nothing was drawn). */
    private double build(double w, double h, boolean force) {
        compact = h < 640;
        zoneList = new ArrayList<>();
        onTop.clear();
        contentList = new ArrayList<>();
        linePool.begin();
        anchors.clear();
        nodes.clear();
        ClusterSnapshot snap = state.cluster();
        List<SimService> services = snap.userServices();
        double inetW = internet(snap, services, h, w);
        double edgeX = 8 + inetW + 14;
        edge(edgeX, h);
        double gx = edgeX + 32;
        double cx = gx + 112;
        double cw = w - cx - 8;
        zoneList.add(box("cluster", "diagram-cluster", cx, 8, cw, h - 16));
        contentList.add(caption("cluster", kit.t("diagram.cluster", snap.world().clusterDomain()), cx + 12, 14, "diagram-zone-title"));
        Label stale = ClusterNotes.stale(kit, cache, state, cx, cw, h);
        gateways(snap, services, gx, h);
        double rowBottom = services(snap, services, cx, cw);
        double nodesTop = Math.max(rowBottom + 36, h * 0.30);
        // never squeeze pods into each other: grow, and the caller scales the picture down
        double podW = Math.min(POD_W, (cw - 16) / snap.world().nodes().size() - 32);
        double needed = nodesTop + 66 + PodPlaces.tallest(snap, podW, compact, PodPlaces.presenter(this)) + 16;
        if (needed > h + 1 && !force) {
            return needed; // the caller lays it out again, larger, and scales it down
        }
        nodes(snap, services, cx, cw, nodesTop, h);
        Label pending = ClusterNotes.pending(kit, cache, snap, cx, cw, h);
        if (pending != null) {
            contentList.add(pending);
        }
        endpoints(snap, services, cx, cw, h);
        if (stale != null) {
            contentList.add(stale);
            onTop.add(stale);
        }
        connectors(snap, services);
        selectionLines(snap, services);
        NodeCache.sync(zones.getChildren(), zoneList);
        NodeCache.sync(content.getChildren(), contentList);
        for (Node top : onTop) {
            if (top.getParent() == content && content.getChildren().get(content.getChildren().size() - 1) != top) {
                top.toFront(); // above the cards and pods it talks about
            }
        }
        onTop.clear();
        linePool.end();
        return needed;
    }

    private Region box(String key, String style, double x, double y, double w, double h) {
        return cache.reuse("box:" + key, List.of(style, x, y, w, h), () -> DiagramKit.box(style, x, y, w, h));
    }

    private Label caption(String key, String text, double x, double y, String style) {
        return cache.reuse("caption:" + key, List.of(text, x, y, style), () -> DiagramKit.caption(text, x, y, style));
    }

    /** The Internet on the left, with its clients and the ExternalName hosts; returns its width. */
    private double internet(ClusterSnapshot snap, List<SimService> services, double h, double w) {
        double inetW = Math.min(170, Math.max(120, w * 0.16)); // room for a whole client IP at 1280×800
        zoneList.add(box("inet", "diagram-internet", 8, 8, inetW, h - 16));
        contentList.add(caption("inet", kit.t("diagram.internet"), 18, 14, "diagram-zone-title"));
        double cy = 56;
        for (var c : snap.world().externalClients().entrySet()) {
            String name = c.getKey();
            String ip = c.getValue();
            double y = cy;
            contentList.add(cache.reuse("client:" + name, List.of(ip, y, inetW), () -> kit.clientCard(name, ip, 18, y, inetW - 20)));
            anchors.put("client:" + name, new Point2D(18 + (inetW - 20) / 2, cy + 24));
            cy += 64;
        }
        List<SimService> externals = services.stream().filter(SimService::isExternalName).toList();
        if (!externals.isEmpty()) {
            double y = h - 40 - 44 * externals.size();
            contentList.add(cache.reuse("external", List.of(externals.stream().map(SimService::externalName).toList(), h, inetW),
                    () -> kit.externalHosts(externals, 18, y, inetW - 20)));
            anchors.put("external", new Point2D(18 + (inetW - 20) / 2, y + 20));
        }
        return inetW;
    }

    /** The edge router between the Internet and the cluster. */
    private void edge(double edgeX, double h) {
        Region edge = box("edge", "diagram-edge", edgeX, h * 0.18, 22, h * 0.64);
        contentList.add(edge);
        contentList.add(caption("edge", kit.t("diagram.edge"), edgeX - 18, h * 0.18 - 22, "diagram-zone-title"));
        kit.tip(edge, kit.t("diagram.edgeTip"));
        anchors.put("edge", new Point2D(edgeX + 11, h / 2));
    }

    /** Load balancers and the ingress controller sit on the cluster's edge. */
    private void gateways(ClusterSnapshot snap, List<SimService> services, double gx, double h) {
        double gy = h * 0.22;
        for (SimService s : services) {
            if ("LoadBalancer".equals(s.type())) {
                String title = kit.t("diagram.lb", s.name());
                String ip = s.loadBalancerIP() == null ? "<pending>" : s.loadBalancerIP();
                double y = gy;
                contentList.add(cache.reuse("lb:" + s.key(), List.of(title, ip, gx, y),
                        () -> kit.gateway("diagram-lb", "fth-shuffle", title, ip, gx, y)));
                anchors.put("lb:" + s.key(), new Point2D(gx + 52, gy + 22));
                anchors.putIfAbsent("lb", anchors.get("lb:" + s.key()));
                gy += 58;
            }
        }
        if (snap.world().ingressControllerEnabled()) {
            String ip = snap.world().ingressExternalIP();
            double y = Math.max(gy, h * 0.62);
            contentList.add(cache.reuse("ingress", List.of(ip, gx, y),
                    () -> kit.gateway("diagram-ingress", "fth-git-pull-request", kit.t("diagram.ingress"), ip, gx, y)));
            anchors.put("ingress", new Point2D(gx + 52, y + 22));
        }
    }

    /** The Services across the top (moved cards where the learner put them); returns the row's bottom. */
    private double services(ClusterSnapshot snap, List<SimService> services, double cx, double cw) {
        double sx = cx + 14;
        double sy = 40;
        String dnsText = kit.t("diagram.dns", snap.world().dnsIP());
        contentList.add(cache.reuse("dns", List.of(dnsText, cx), () -> {
            Label dns = new Label(dnsText, DiagramKit.icon("fth-book"));
            dns.getStyleClass().add("diagram-dns");
            dns.setLayoutX(cx + 160);
            dns.setLayoutY(12);
            return dns;
        }));
        anchors.put("dns", new Point2D(cx + 220, 22));
        row.setHgap(compact ? 10 : 16);
        row.setVgap(compact ? 8 : 14);
        row.setLayoutX(sx);
        row.setLayoutY(sy);
        row.setPrefWrapLength(cw - 28);
        if (row.getParent() != content) {
            content.getChildren().add(row); // it must be in the scene to be measured below
        }
        contentList.add(row);
        List<Node> inRow = new ArrayList<>();
        List<SimService> placed = new ArrayList<>();
        cards.keySet().retainAll(services.stream().map(SimService::key).toList()); // deleted Services' cards go
        for (SimService s : services) {
            VBox card = card(snap, s);
            double[] at = layout.position("svc:" + s.key());
            if (at != null) {
                card.relocate(at[0], at[1]); // moved by the learner: it stays where it was put
                if (card.getParent() != content) {
                    content.getChildren().add(card);
                }
                contentList.add(card);
                placed.add(s);
            } else {
                inRow.add(card);
            }
            nodes.put("svc:" + s.key(), card);
        }
        NodeCache.sync(row.getChildren(), inRow);
        // lay the cards out now: lines and packets need their real places
        row.applyCss();
        row.autosize();
        row.layout();
        for (SimService s : services) {
            Node card = nodes.get("svc:" + s.key());
            boolean moved = placed.contains(s);
            if (moved) {
                card.applyCss();
                card.autosize();
            }
            Bounds b = card.getBoundsInParent();
            double ox = moved ? 0 : sx;
            double oy = moved ? 0 : sy;
            anchors.put("svc:" + s.key(), new Point2D(ox + b.getMinX() + b.getWidth() / 2, oy + b.getMaxY()));
        }
        return sy + row.getHeight();
    }

    /** A Service's card, the same node for the same Service across redraws (moved, selected or edited). */
    private VBox card(ClusterSnapshot snap, SimService s) {
        ServiceCard card = cards.computeIfAbsent(s.key(), k -> newCard(k));
        card.update(s, snap.endpoints(s.namespace(), s.name()), new ServiceCard.Look(selected, compact));
        card.setTranslateX(0);
        card.setTranslateY(0);
        return card;
    }

    private ServiceCard newCard(String key) {
        ServiceCard c = new ServiceCard(kit);
        c.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                select(key.equals(selected) ? null : key);
            }
            e.consume();
        });
        Dragging.install(c, content, () -> {
            drawn = null;
            refresh();
        }, (x, y) -> layout.setPosition("svc:" + key, x, y));
        Menus.showOnSecondaryClick(c, () -> editable() ? menus.service(c.service()) : null);
        return c;
    }

    /** The nodes with their pods. */
    private void nodes(ClusterSnapshot snap, List<SimService> services, double cx, double cw, double nodesTop, double h) {
        SimService sel = services.stream().filter(x -> x.key().equals(selected)).findFirst().orElse(null);
        List<NodeInfo> ns = snap.world().nodes();
        java.util.Set<Node> shownBadges = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int totalHits = hits.values().stream().mapToInt(Integer::intValue).sum();
        double nw = (cw - 16) / ns.size();
        for (int i = 0; i < ns.size(); i++) {
            NodeInfo n = ns.get(i);
            double nx = cx + 10 + i * nw;
            nodeBox(n, nx, nw, nodesTop, h);
            double py = nodesTop + 66;
            int slot = 0;
            double podW = Math.min(POD_W, nw - 32);
            for (SimPod p : snap.userPods()) {
                if (!n.name().equals(p.node())) {
                    continue;
                }
                PodBadge badge = badges.computeIfAbsent(n.name() + "-" + slot++, k -> new PodBadge(k, kit, menus, this::editable));
                badge.update(p, podW, sel, hits.get(p.key()), totalHits);
                badge.setLayoutX(nx + 10);
                badge.setLayoutY(py);
                if (badge.getParent() != podLayer) {
                    podLayer.getChildren().add(badge);
                }
                shownBadges.add(badge);
                anchors.put("pod:" + p.key(), new Point2D(nx + 4, py + 22)); // beside the badge: packets never cover its counter
                nodes.put("pod:" + p.key(), badge);
                py += PodPlaces.slot(p, podW, compact, PodPlaces.presenter(this));
            }
        }
        for (Node b : podLayer.getChildren()) {
            if (!shownBadges.contains(b)) {
                // an empty place: its badge waits out of sight for the next pod there (hidden or
                // removed, it would be styled anew when it comes back)
                b.relocate(-100_000, -100_000);
                ((PodBadge) b).vacate();
            }
        }
    }

    private void nodeBox(NodeInfo n, double nx, double nw, double nodesTop, double h) {
        Region nodeBox = box("node:" + n.name(), "diagram-node", nx, nodesTop, nw - 12, h - nodesTop - 16);
        if (nodeBox.getOnMouseClicked() == null) {
            nodeBox.setId("node-" + n.name());
            nodeBox.setOnMouseClicked(e -> {
                // double-click in a node: a new pod scheduled there (spec.nodeName)
                if (e.getClickCount() == 2 && editable()) {
                    actions.addPod(n.name());
                }
            });
            kit.tip(nodeBox, kit.t("diagram.nodeTip"));
        }
        zoneList.add(nodeBox);
        // narrow columns show the name; the address is in the tooltip
        Label title = caption("node:" + n.name(), nw < 190 ? n.name() : n.name() + " · " + n.ip(), nx + 10, nodesTop + 6, "diagram-node-title");
        title.setMaxWidth(nw - 24);
        kit.tip(title, n.name() + " · " + n.ip() + " · " + n.podCidr());
        contentList.add(title);
        // a narrow node keeps the word and drops the icon, so the chip stays inside the node
        contentList.add(cache.reuse("proxy:" + n.name(), List.of(nw, nx, nodesTop), () -> {
            Label proxy = nw < 125 ? new Label(kit.t("diagram.kubeProxy"))
                    : new Label(kit.t("diagram.kubeProxy"), DiagramKit.icon("fth-repeat"));
            proxy.getStyleClass().add("diagram-proxy");
            proxy.setMaxWidth(nw - 24);
            proxy.setLayoutX(nx + 10);
            proxy.setLayoutY(nodesTop + 30);
            return proxy;
        }));
        anchors.put("node:" + n.name(), new Point2D(nx + 50, nodesTop + 42));
    }

    /** The selected Service's endpoints, as `kubectl get endpointslices` would list them. */
    private void endpoints(ClusterSnapshot snap, List<SimService> services, double cx, double cw, double h) {
        SimService chosen = services.stream().filter(x -> x.key().equals(selected)).findFirst().orElse(null);
        if (chosen == null || chosen.isExternalName()) {
            return;
        }
        List<Endpoint> eps = snap.endpoints(chosen.namespace(), chosen.name());
        Node table = cache.reuse("endpoints", List.of(chosen, eps), () -> kit.endpointsTable(chosen, eps));
        table.setLayoutX(cx + cw - 330);
        table.setLayoutY(h - 24 - 30 * (1 + Math.max(1, eps.size())) - 20);
        contentList.add(table);
        onTop.add(table);
    }

    /** Gateways to what they serve: load balancer → Service, ingress → backends, ExternalName → host. */
    private void connectors(ClusterSnapshot snap, List<SimService> services) {
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
    private void selectionLines(ClusterSnapshot snap, List<SimService> services) {
        for (SimService s : services) {
            if (selected != null && !s.key().equals(selected)) {
                continue;
            }
            Point2D from = anchors.get("svc:" + s.key());
            for (Endpoint e : snap.endpoints(s.namespace(), s.name())) {
                Point2D to = anchors.get("pod:" + s.namespace() + "/" + e.pod());
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

    // ------------------------------------------------------------------ the question over the picture

    /** A question shown over the picture (predict, then reveal); null hides it. */
    public void setPrompt(String text) {
        ask(text, List.of(), null);
    }

    /** A question with the answers the room can choose from; the teacher's click goes to picked. */
    public void ask(String text, List<String> answers, java.util.function.Consumer<String> picked) {
        prompt.ask(text, answers, picked); // null: no question
        requestLayout();
    }

    /** After the reveal: whether the room's answer was right. */
    public void showResult(String text, boolean right) {
        prompt.result(text, right);
        requestLayout();
    }

    public String prompt() {
        return prompt.text();
    }

    @Override
    protected void layoutChildren() {
        // children are placed absolutely by refresh(); the layers fill the region
        for (Node n : List.of(zones, lines, podLayer, content)) {
            n.resizeRelocate(0, 0, getWidth(), getHeight());
        }
        zoom.layout();
        double pw = Math.min(620, getWidth() - 40);
        double ph = prompt.prefHeight(pw);
        prompt.resizeRelocate((getWidth() - pw) / 2, getHeight() - ph - 14, pw, ph);
    }
}
