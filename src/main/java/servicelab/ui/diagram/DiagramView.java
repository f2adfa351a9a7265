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
    /** Where a node's first pod starts, below the node's title and its kube-proxy chip. */
    static final double PODS_TOP = 66;
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
    private final Map<String, Point2D> anchors = new HashMap<>();
    private final OutsideZone outside;
    private final Pane zones = new Pane();
    private final Pane content = new Pane();
    private final Pane lines = new Pane();
    private final LinePool linePool = new LinePool(lines);
    /** The pods' badges, below the cards and tables and kept in place: a badge leaving its parent and coming back is styled anew. */
    private final Pane podLayer = new Pane();
    private final Group packets = new Group();
    /** The Service cards' row; kept across redraws so unchanged cards never leave the scene. */
    private final Flow row = new Flow();
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
    /** Presenter mode's stage view: a tighter layout, drawn larger. */
    private boolean stage;
    /** Where a node's first pod starts (below the title, and below or beside kube-proxy's chip). */
    private double podsTop = PODS_TOP;
    private List<Node> zoneList;
    private List<Node> contentList;

    /** Nodes that must be drawn above the rest (the endpoints table, the stale note). */
    private final List<Node> onTop = new ArrayList<>();

    public DiagramView(Messages msg, ClusterModel cluster, Layout layout) {
        this.kit = new DiagramKit(msg);
        this.cluster = cluster;
        this.layout = layout;
        this.menus = new Menus(kit, () -> actions);
        this.outside = new OutsideZone(kit, cache, anchors, content);
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
                Map.copyOf(hits), snap.services(), snap.userPods(), snap.servedIngresses(), snap.gateways(), snap.endpoints(), layout.positions().keySet(),
                snap.world().proxyMode(), snap.isolation());
        if (signature.equals(drawn)) {
            return;
        }
        drawn = signature;
        cache.begin();
        // a crowded cluster is drawn at the size it needs and scaled down to fit (no scroll pane: a clipped viewport
        // costs a quarter of the frame rate when packets move), from the last scale; a narrow pane gets the picture
        // laid out wide enough for a pod's name and scaled down; presenter mode fills the pane, larger than life
        stage = PodPlaces.presenter(this);
        double widest = Math.min(stage ? PRESENTER_MAX_SCALE : 1, w / (stage ? PRESENTER_MIN_LAYOUT_W : MIN_LAYOUT_W));
        double scale = fit.scale(w, h, widest, s -> build(w / s, h / s, false) <= h / s + 1);
        build(w / scale, h / scale, true); // at the smallest scale a crowded node runs past the bottom
        for (Node layer : List.of(zones, lines, podLayer, content, packets)) {
            layer.getTransforms().setAll(zoom.pan(), zoom.scale(), new Scale(scale, scale, 0, 0));
        }
        cache.finish();
    }

    private final ScaleFit fit = new ScaleFit();

    /** Lays the picture out for a w × h area and returns the height it needs; only measures unless draw. */
    private double build(double w, double h, boolean draw) {
        compact = h < 640;
        zoneList = new ArrayList<>();
        onTop.clear();
        contentList = new ArrayList<>();
        linePool.begin();
        anchors.clear();
        nodes.clear();
        ClusterSnapshot snap = state.cluster();
        List<SimService> services = snap.userServices();
        double cx = outside.draw(snap, services, w, h, stage, zoneList, contentList);
        double cw = w - cx - 8;
        zoneList.add(box("cluster", "diagram-cluster", cx, 8, cw, h - 16));
        contentList.add(caption("cluster", kit.t("diagram.cluster", snap.world().clusterDomain()), cx + 12, 14, "diagram-zone-title"));
        Label stale = ClusterNotes.stale(kit, cache, state, cx, cw, h);
        double rowBottom = services(snap, services, cx, cw, draw);
        // the desk keeps a calm gap above the nodes; the stage spends its height on the pods
        double nodesTop = stage ? rowBottom + (services.isEmpty() ? 8 : 14) : Math.max(rowBottom + 36, h * 0.30);
        // never squeeze pods into each other: grow, and the caller scales the picture down
        spans = PodPlaces.spans(snap.world().nodes(), podsOn(snap), cx, cw, stage);
        marks = PodBadge.marksFit(snap.userPods(), PodPlaces.narrowestPod(spans), stage);
        podsTop = stage ? stagePodsTop(snap) : PODS_TOP;
        double needed = nodesTop + podsTop + podColumns(snap, services, cx, cw, nodesTop, false) + (stage ? 14 : 16);
        if (!draw) {
            return needed; // the caller searches the scale, then draws once
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
        Connectors joins = new Connectors(anchors, nodes, linePool);
        joins.gateways(snap, services);
        joins.selection(snap, services, selected);
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
        return outside.box(key, style, x, y, w, h);
    }

    private Label caption(String key, String text, double x, double y, String style) {
        return outside.caption(key, text, x, y, style);
    }

    /** CSS for the row's changed cards only (the whole row's pass was a third of a 300-pod redraw). */
    private void styleRow(List<Node> before, List<Node> inRow, boolean fresh) {
        List<Object> around = styleContext(row);
        if (!before.equals(row.getChildren()) || fresh || !around.equals(rowContext)) {
            rowContext = around;
            row.applyCss();
            inRow.forEach(c -> ((ServiceCard) c).takeRestyle());
        } else {
            inRow.stream().filter(c -> ((ServiceCard) c).takeRestyle()).forEach(Node::applyCss);
        }
    }

    /** The style classes above the Service row and the scene's style sheets when its CSS was last applied whole. */
    private List<Object> rowContext = List.of();

    /** What a card's look can depend on outside the card: a theme or presenter mode restyles every card. */
    private static List<Object> styleContext(Node n) {
        List<Object> out = new ArrayList<>();
        for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
            out.add(List.copyOf(p.getStyleClass()));
            out.add(List.copyOf(p.getStylesheets()));
        }
        if (n.getScene() != null) {
            out.add(List.copyOf(n.getScene().getStylesheets()));
        }
        return out;
    }

    /** The Services across the top (moved cards where they were put); returns the row's bottom, only measured unless draw. */
    private double services(ClusterSnapshot snap, List<SimService> services, double cx, double cw, boolean draw) {
        double sx = cx + 14;
        double sy = 40;
        String dnsText = kit.t("diagram.dns", snap.world().dnsIP());
        contentList.add(cache.placed("dns", dnsText, cx + 160, 12, () -> {
            Label dns = new Label(dnsText, DiagramKit.icon("fth-book"));
            dns.getStyleClass().add("diagram-dns");
            dns.setLayoutX(cx + 160);
            dns.setLayoutY(12);
            return dns;
        }));
        anchors.put("dns", new Point2D(cx + 220, 22));
        row.setGaps(compact ? 10 : 16, compact ? 8 : 14);
        row.setLayoutX(sx);
        row.setLayoutY(sy);
        row.setWrapLength(cw - 28);
        boolean fresh = row.getParent() != content;
        if (fresh) {
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
        List<Node> before = List.copyOf(row.getChildren());
        NodeCache.sync(row.getChildren(), inRow);
        // lay the cards out now: lines and packets need their real places
        styleRow(before, inRow, fresh);
        if (!draw) {
            return sy + row.heightFor(cw - 28);
        }
        row.autosize();
        row.layout();
        for (SimService s : services) {
            Node card = nodes.get("svc:" + s.key());
            boolean moved = placed.contains(s);
            if (moved) {
                card.applyCss();
                card.autosize();
            }
            Bounds b = card.getBoundsInParent(); // a moved card's is in the content's coordinates, the row's in the row's
            anchors.put("svc:" + s.key(), new Point2D((moved ? 0 : sx) + b.getMinX() + b.getWidth() / 2, (moved ? 0 : sy) + b.getMaxY()));
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
        List<NodeInfo> ns = snap.world().nodes();
        for (int i = 0; i < ns.size(); i++) {
            nodeBox(ns.get(i), spans[i].x(), spans[i].w(), nodesTop, h);
        }
        podColumns(snap, services, cx, cw, nodesTop, true);
    }

    /** The nodes' columns of this layout (widths, pods per row, badge widths). */
    private PodPlaces.Span[] spans;
    private boolean marks; // the pod badges' state icons, all or none (PodBadge.marksFit)

    private static Map<String, Integer> podsOn(ClusterSnapshot snap) {
        Map<String, Integer> on = new HashMap<>();
        snap.userPods().forEach(p -> on.merge(String.valueOf(p.node()), 1, Integer::sum));
        return on;
    }

    /**
     * The pods' badges in their nodes' columns; returns the tallest column's height (placing the badges only when place).
     * The stage measures each badge as styled (a narrow one wraps) and keeps room for a counter under a pod a Service
     * sends to, so the first arrival does not shrink the picture.
     */
    private double podColumns(ClusterSnapshot snap, List<SimService> services, double cx, double cw, double nodesTop, boolean place) {
        SimService sel = services.stream().filter(x -> x.key().equals(selected)).findFirst().orElse(null);
        java.util.Set<String> served = stage ? served(snap, services) : java.util.Set.of();
        java.util.Set<Node> shownBadges = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int totalHits = hits.values().stream().mapToInt(Integer::intValue).sum();
        if (stage && !place && java.util.Arrays.stream(spans).anyMatch(sp -> sp.podW() < PodPlaces.STAGE_MIN_POD_W)) {
            return Double.MAX_VALUE / 4; // a counter and its share bar need this width: draw smaller instead
        }
        double tallest = stage ? PodPlaces.STAGE_POD_H + 10 : POD_H + 26;
        for (int i = 0; i < spans.length; i++) { // a span per node, in the world's order
            NodeInfo n = snap.world().nodes().get(i);
            double nx = spans[i].x();
            int cols = spans[i].cols();
            double podW = spans[i].podW();
            double py = nodesTop + podsTop;
            double rowH = 0;
            int slot = 0;
            for (SimPod p : snap.userPods()) {
                if (!n.name().equals(p.node())) {
                    continue;
                }
                int col = slot % cols;
                if (col == 0) {
                    py += rowH;
                    rowH = 0;
                }
                if (!place && !stage) { // the desk's measuring pass: a slot's height needs no badge restyled
                    slot++;
                    rowH = PodPlaces.slot(p, podW, compact, marks);
                    continue;
                }
                PodBadge badge = badges.computeIfAbsent(n.name() + "-" + slot++, k -> new PodBadge(k, kit, menus, this::editable));
                badge.update(p, podW, sel, hits.get(p.key()), totalHits, stage, marks, snap.isolationOf(p.key()));
                if (badge.getParent() != podLayer) {
                    podLayer.getChildren().add(badge);
                }
                shownBadges.add(badge);
                double bx = nx + 10 + col * (podW + 10);
                if (place) {
                    badge.setLayoutX(bx);
                    badge.setLayoutY(py);
                    anchorPod(p, new Point2D(bx - (marks ? 6 : 14), py + 22)); // see anchorPod
                    nodes.put("pod:" + p.key(), badge);
                }
                if (stage) {
                    badge.applyCss();
                    boolean roomForCounter = served.contains(p.key()) && !hits.containsKey(p.key());
                    // 14 px apart: room for the upper half of the next badge's counter pill
                    rowH = Math.max(rowH, badge.prefHeight(podW) + (roomForCounter ? PodPlaces.STAGE_COUNTER_H : 0) + 14);
                } else {
                    rowH = PodPlaces.slot(p, podW, compact, marks);
                }
            }
            tallest = Math.max(tallest, py + rowH - nodesTop - podsTop);
        }
        if (place) {
            parkOthers(shownBadges);
        }
        return tallest;
    }

    /** Where packets reach a pod, by name and by address (a hand-written endpoint names an address): beside
     *  its badge, a batch spreading 13 px either way, clear of its counter and of a name without an icon before it. */
    private void anchorPod(SimPod p, Point2D at) {
        anchors.put("pod:" + p.key(), at);
        if (p.ip() != null) {
            anchors.put("podip:" + p.ip(), at);
        }
    }

    /** The pods some Service sends to (their badges keep room for a counter). */
    private static java.util.Set<String> served(ClusterSnapshot snap, List<SimService> services) {
        java.util.Set<String> served = new java.util.HashSet<>();
        for (SimService s : services) {
            snap.endpoints(s.namespace(), s.name()).forEach(e -> served.add(s.namespace() + "/" + e.pod()));
        }
        return served;
    }

    private void parkOthers(java.util.Set<Node> shownBadges) {
        for (Node b : podLayer.getChildren()) {
            if (!shownBadges.contains(b)) {
                // an empty place: its badge waits out of sight for the next pod there (hidden or
                // removed, it would be styled anew when it comes back)
                b.relocate(-100_000, -100_000);
                ((PodBadge) b).vacate();
            }
        }
    }

    /** Where the pods start on the stage: under the title, if every node has room for kube-proxy's chip beside it. */
    private double stagePodsTop(ClusterSnapshot snap) {
        double chip = DiagramKit.textWidth(kit.proxyText(snap.world().proxyMode()), false, 14) + 16 + 4 + 14 + 8;
        for (int i = 0; i < spans.length; i++) {
            double nw = spans[i].w();
            if (DiagramKit.textWidth(nodeTitle(snap.world().nodes().get(i), nw), true, 14) + chip > nw - 24) {
                return PODS_TOP + 2; // the chip on its own line, the first counter pill below it
            }
        }
        return 40;
    }

    /** Narrow columns show the node's name; the address is in the tooltip. */
    private static String nodeTitle(NodeInfo n, double nw) {
        return nw < 190 ? n.name() : n.name() + " · " + n.ip();
    }

    private void nodeBox(NodeInfo n, double nx, double nw, double nodesTop, double h) {
        Region nodeBox = box("node:" + n.name(), "diagram-node", nx, nodesTop, nw - 12, h - nodesTop - (stage ? 14 : 16));
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
        String titleText = nodeTitle(n, nw);
        Label title = caption("node:" + n.name(), titleText, nx + 10, nodesTop + 6, "diagram-node-title");
        title.setMaxWidth(nw - 24);
        kit.tip(title, n.name() + " · " + n.ip() + " · " + n.podCidr());
        contentList.add(title);
        // a narrow node keeps the word and drops the icon; on the stage, the chip goes beside the title if every node has room
        String proxyText = kit.proxyText(state.cluster().world().proxyMode(), nw - 24);
        boolean inline = podsTop < PODS_TOP;
        double px = inline ? nx + 10 + DiagramKit.textWidth(titleText, true, 14) + 10 : nx + 10;
        double pyChip = inline ? nodesTop + 4 : nodesTop + 30;
        contentList.add(cache.placed("proxy:" + n.name(), List.of(nw, proxyText), px, pyChip, () -> {
            Label proxy = nw < 125 ? new Label(proxyText) : new Label(proxyText, DiagramKit.icon("fth-repeat"));
            proxy.getStyleClass().add("diagram-proxy");
            kit.tip(proxy, kit.proxyText(state.cluster().world().proxyMode()));
            proxy.setMaxWidth(nw - 24);
            proxy.setLayoutX(px);
            proxy.setLayoutY(pyChip);
            return proxy;
        }));
        anchors.put("node:" + n.name(), new Point2D(px + 40, pyChip + 12)); // at kube-proxy: it picks the endpoint
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
