package servicelab.ui.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.sim.Endpoint;
import servicelab.sim.NodeInfo;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;
import servicelab.workspace.Workspace;

/**
 * The live diagram of the simulated cluster: the Internet and its clients, the edge router, load
 * balancers and the ingress controller, and inside the cluster boundary the Services above the
 * nodes with their pods. Lines join a Service to the pods it selects: solid to ready endpoints,
 * dashed to not-ready ones. Selecting a Service highlights matching labels and says, for every
 * other pod, which label differs. Built in code from the simulation's state on every change.
 */
public final class DiagramView extends Region {
    /** What the diagram asks its owner to do; each becomes a text edit or a runtime action. */
    public interface Actions {
        void toggleReadiness(SimPod pod);

        void deletePod(SimPod pod);

        void switchType(SimService svc, String type);

        void scale(SimPod pod, int delta);

        void createServiceFor(SimPod pod);

        void editLabels(SimPod pod);

        void editPorts(SimService svc);

        void addPod(String node);
    }

    static final double POD_W = 176;
    static final double POD_H = 74;
    static final double SVC_W = 214;

    private final ResourceBundle bundle;
    private final Workspace ws;
    private final Pane zones = new Pane();
    private final Pane content = new Pane();
    private final Pane lines = new Pane();
    private final Group packets = new Group();
    /** The Service cards' row; kept across redraws so unchanged cards never leave the scene. */
    private final FlowPane row = new FlowPane();
    private final Map<String, Point2D> anchors = new HashMap<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Integer> hits = new HashMap<>();
    private Actions actions;
    private String selected;
    /** Small diagram areas (a 1280×800 screen) get compact Service cards. */
    private boolean compact;
    private boolean editable = true;

    public DiagramView(ResourceBundle bundle, Workspace ws) {
        this.bundle = bundle;
        this.ws = ws;
        getStyleClass().add("diagram");
        setId("diagram");
        getChildren().addAll(zones, lines, content, packets);
        lines.setMouseTransparent(true);
        zones.setPickOnBounds(false);
        content.setPickOnBounds(false);
        packets.setMouseTransparent(true);
        widthProperty().addListener((o, a, b) -> refresh());
        heightProperty().addListener((o, a, b) -> refresh());
        setOnMouseClicked(e -> {
            if (e.getTarget() == this || e.getTarget() == content) {
                select(null);
            }
        });
        setMinSize(480, 360);
    }

    public void setActions(Actions a) {
        this.actions = a;
    }

    /** Diagram edits are offered only while the YAML is valid (they are text edits). */
    public void setEditable(boolean e) {
        editable = e;
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

    private String t(String key, Object... args) {
        return new servicelab.text.Messages(bundle).get(key, args);
    }

    // ------------------------------------------------------------------ building

    private List<Object> drawn;

    /**
     * Rebuilds the picture from the simulation's current state, unless nothing it shows changed:
     * an open menu or a hover stays put while the clock ticks on.
     */
    public void refresh() {
        double w = Math.max(getWidth(), 480);
        double h = Math.max(getHeight(), 360);
        Simulation state = ws.simulation();
        // what the picture shows, compared field by field (records): no strings built on every tick
        List<SimService> services = state.services();
        List<Object> signature = new ArrayList<>(List.of(w, h, String.valueOf(selected), editable, ws.stale(), ws.partial(),
                Map.copyOf(hits), services, state.userPods(), state.servedIngresses()));
        for (SimService x : services) {
            signature.add(state.endpoints(x.namespace(), x.name()));
        }
        if (signature.equals(drawn)) {
            return;
        }
        drawn = signature;
        keptNext = new HashMap<>();
        // a crowded cluster is drawn at the size it needs and scaled down to fit (no scroll pane:
        // a clipped viewport costs a quarter of the frame rate when packets move)
        double needed = build(w, h);
        double scale = 1;
        if (needed > h + 1) {
            scale = Math.max(0.55, h / needed);
            build(w / scale, h / scale);
        }
        for (Node layer : List.of(zones, lines, content, packets)) {
            layer.getTransforms().setAll(new javafx.scene.transform.Scale(scale, scale, 0, 0));
        }
        kept = keptNext;
    }

    /** Lays the picture out for a w × h area; returns the height it needs. */
    private double build(double w, double h) {
        Simulation sim = ws.simulation();
        compact = h < 640;
        List<Node> zoneList = new ArrayList<>();
        List<Node> contentList = new ArrayList<>();
        List<Node> lineList = new ArrayList<>();
        anchors.clear();
        nodes.clear();
        List<SimService> services = new ArrayList<>();
        for (SimService s : sim.services()) {
            if (!(s.namespace().equals("default") && s.name().equals("kubernetes")) && !s.namespace().equals("kube-system")) {
                services.add(s);
            }
        }
        List<SimPod> pods = sim.userPods();

        // the Internet on the left
        double inetW = Math.min(170, Math.max(120, w * 0.16)); // room for a whole client IP at 1280×800
        zoneList.add(box("inet", "diagram-internet", 8, 8, inetW, h - 16));
        contentList.add(caption("inet", t("diagram.internet"), 18, 14, "diagram-zone-title"));
        double cy = 56;
        for (var c : ws.world().externalClients().entrySet()) {
            String name = c.getKey();
            String ip = c.getValue();
            double y = cy;
            contentList.add(reuse("client:" + name, ip + "|" + y + "|" + inetW, () -> clientCard(name, ip, 18, y, inetW - 20)));
            anchors.put("client:" + c.getKey(), new Point2D(18 + (inetW - 20) / 2, cy + 24));
            cy += 64;
        }
        List<SimService> externals = services.stream().filter(SimService::isExternalName).toList();
        if (!externals.isEmpty()) {
            contentList.add(reuse("external", externals.stream().map(SimService::externalName).toList() + "|" + h + "|" + inetW,
                    () -> externalHosts(externals, 18, h - 40 - 44 * externals.size(), inetW - 20)));
            anchors.put("external", new Point2D(18 + (inetW - 20) / 2, h - 40 - 44 * externals.size() + 20));
        }

        // the edge router between the Internet and the cluster
        double edgeX = 8 + inetW + 14;
        Region edge = box("edge", "diagram-edge", edgeX, h * 0.18, 22, h * 0.64);
        contentList.add(edge);
        contentList.add(caption("edge", t("diagram.edge"), edgeX - 18, h * 0.18 - 22, "diagram-zone-title"));
        tip(edge, t("diagram.edgeTip"));
        anchors.put("edge", new Point2D(edgeX + 11, h / 2));

        // the cluster, with the load balancers and the ingress controller in a column on its left
        double gx = edgeX + 32;
        double cx = gx + 112;
        double cw = w - cx - 8;
        zoneList.add(box("cluster", "diagram-cluster", cx, 8, cw, h - 16));
        contentList.add(caption("cluster", t("diagram.cluster", ws.world().clusterDomain()), cx + 12, 14, "diagram-zone-title"));
        Label stale = null;
        if (ws.stale()) {
            String key = ws.partial() ? "diagram.partial" : "diagram.stale";
            stale = reuse("stale", key + "|" + cx + cw + "|" + h, () -> {
                Label l = new Label(t(key), icon("fth-alert-triangle"));
                l.getStyleClass().add("diagram-stale");
                l.setLayoutX(cx + cw - 330);
                l.setLayoutY(h - 60);
                l.setMaxWidth(320);
                l.setWrapText(true);
                return l;
            });
        }

        // load balancers and the ingress controller sit on the cluster's edge
        double gy = h * 0.22;
        for (SimService s : services) {
            if ("LoadBalancer".equals(s.type())) {
                String title = t("diagram.lb", s.name());
                String ip = s.loadBalancerIP() == null ? "<pending>" : s.loadBalancerIP();
                double y = gy;
                contentList.add(reuse("lb:" + s.key(), title + "|" + ip + "|" + gx + "|" + y,
                        () -> gateway("diagram-lb", "fth-shuffle", title, ip, gx, y)));
                anchors.put("lb:" + s.key(), new Point2D(gx + 52, gy + 22));
                anchors.putIfAbsent("lb", anchors.get("lb:" + s.key()));
                gy += 58;
            }
        }
        if (ws.world().ingressControllerEnabled()) {
            String ip = ws.world().ingressExternalIP();
            double y = Math.max(gy, h * 0.62);
            contentList.add(reuse("ingress", ip + "|" + gx + "|" + y,
                    () -> gateway("diagram-ingress", "fth-git-pull-request", t("diagram.ingress"), ip, gx, y)));
            anchors.put("ingress", new Point2D(gx + 52, Math.max(gy, h * 0.62) + 22));
        }

        // services across the top
        double sx = cx + 14;
        double sy = 40;
        double rowH = 0;
        String dnsText = t("diagram.dns", ws.world().dnsIP());
        contentList.add(reuse("dns", dnsText + "|" + cx, () -> {
            Label dns = new Label(dnsText, icon("fth-book"));
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
        List<SimService> placed = new ArrayList<>();
        List<Node> inRow = new ArrayList<>();
        if (row.getParent() != content) {
            content.getChildren().add(row); // it must be in the scene to be measured below
        }
        contentList.add(row);
        for (SimService s : services) {
            VBox card = cachedCard(s, pods);
            double[] at = ws.position("svc:" + s.key());
            if (at != null) {
                // moved by the learner: it stays where it was put
                card.relocate(at[0], at[1]);
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
        sync(row.getChildren(), inRow);
        // lay the cards out now: lines and packets need their real places
        row.applyCss();
        row.autosize();
        row.layout();
        for (SimService s : services) {
            Node card = nodes.get("svc:" + s.key());
            if (placed.contains(s)) {
                card.applyCss();
                card.autosize();
                javafx.geometry.Bounds b = card.getBoundsInParent();
                anchors.put("svc:" + s.key(), new Point2D(b.getMinX() + b.getWidth() / 2, b.getMaxY()));
                continue;
            }
            javafx.geometry.Bounds b = card.getBoundsInParent();
            anchors.put("svc:" + s.key(), new Point2D(sx + b.getMinX() + b.getWidth() / 2, sy + b.getMaxY()));
        }
        rowH = row.getHeight();
        double nodesTop = Math.max(sy + rowH + 36, h * 0.30);
        // never squeeze pods into each other: grow (the scroll pane around the diagram scrolls)
        int perNode = 1;
        for (NodeInfo n : ws.world().nodes()) {
            perNode = Math.max(perNode, (int) pods.stream().filter(p -> p.node().equals(n.name())).count());
        }
        double needed = nodesTop + 66 + perNode * (POD_H + 26) + 16;
        if (needed > h + 1) {
            return needed; // the caller lays it out again, larger, and scales it down
        }

        // nodes with their pods
        SimService chosenForBadges = services.stream().filter(x -> x.key().equals(selected)).findFirst().orElse(null);
        List<NodeInfo> ns = ws.world().nodes();
        double nw = (cw - 16) / ns.size();
        for (int i = 0; i < ns.size(); i++) {
            NodeInfo n = ns.get(i);
            double nx = cx + 10 + i * nw;
            Region nodeBox = box("node:" + n.name(), "diagram-node", nx, nodesTop, nw - 12, h - nodesTop - 16);
            if (nodeBox.getOnMouseClicked() == null) {
                nodeBox.setId("node-" + n.name());
                nodeBox.setOnMouseClicked(e -> {
                    // double-click in a node: a new pod scheduled there (spec.nodeName)
                    if (e.getClickCount() == 2 && actions != null && editable) {
                        actions.addPod(n.name());
                    }
                });
                tip(nodeBox, t("diagram.nodeTip"));
            }
            zoneList.add(nodeBox);
            // narrow columns show the name; the address is in the tooltip
            Label title = caption("node:" + n.name(), nw < 190 ? n.name() : n.name() + " · " + n.ip(), nx + 10, nodesTop + 6, "diagram-node-title");
            title.setMaxWidth(nw - 24);
            tip(title, n.name() + " · " + n.ip() + " · " + n.podCidr());
            contentList.add(title);
            // a narrow node keeps the word and drops the icon, so the chip stays inside the node
            contentList.add(reuse("proxy:" + n.name(), nw + "|" + nx + "|" + nodesTop, () -> {
                Label proxy = nw < 125 ? new Label(t("diagram.kubeProxy")) : new Label(t("diagram.kubeProxy"), icon("fth-repeat"));
                proxy.getStyleClass().add("diagram-proxy");
                proxy.setMaxWidth(nw - 24);
                proxy.setLayoutX(nx + 10);
                proxy.setLayoutY(nodesTop + 30);
                return proxy;
            }));
            anchors.put("node:" + n.name(), new Point2D(nx + 50, nodesTop + 42));
            double py = nodesTop + 66;
            int slot = 0;
            for (SimPod p : pods) {
                if (!p.node().equals(n.name())) {
                    continue;
                }
                PodBadge badge = badges.computeIfAbsent(n.name() + "#" + slot++, k -> new PodBadge());
                badge.update(p, Math.min(POD_W, nw - 32), chosenForBadges, hits.get(p.key()));
                badge.setLayoutX(nx + 10);
                badge.setLayoutY(py);
                contentList.add(badge);
                anchors.put("pod:" + p.key(), new Point2D(nx + 10 + Math.min(POD_W, nw - 32) / 2, py + 4));
                nodes.put("pod:" + p.key(), badge);
                py += POD_H + 26;
            }
        }

        // the selected Service's endpoints, as `kubectl get endpointslices` would list them
        SimService chosen = services.stream().filter(x -> x.key().equals(selected)).findFirst().orElse(null);
        if (chosen != null && !chosen.isExternalName()) {
            Node table = reuse("endpoints", chosen + "|" + sim.endpoints(chosen.namespace(), chosen.name()), () -> endpointsTable(chosen));
            table.setLayoutX(cx + cw - 330);
            table.setLayoutY(h - 24 - 30 * (1 + Math.max(1, sim.endpoints(chosen.namespace(), chosen.name()).size())) - 20);
            contentList.add(table);
        }
        if (stale != null) {
            contentList.add(stale); // above the cards and pods it talks about
        }

        // gateways to what they serve: load balancer → Service, ingress → backends, ExternalName → host
        for (SimService s : services) {
            Point2D svcTop = anchors.get("svc:" + s.key());
            Node card = nodes.get("svc:" + s.key());
            if (svcTop == null || card == null) {
                continue;
            }
            Point2D svcLeft = new Point2D(svcTop.getX() - card.getBoundsInParent().getWidth() / 2,
                    svcTop.getY() - card.getBoundsInParent().getHeight() / 2);
            if (anchors.containsKey("lb:" + s.key())) {
                lineList.add(connector(anchors.get("lb:" + s.key()), svcLeft, "gateway-line-lb"));
            }
            if (s.isExternalName() && anchors.containsKey("external")) {
                lineList.add(connector(svcLeft, anchors.get("external"), "gateway-line-external"));
            }
        }
        if (anchors.containsKey("ingress")) {
            for (var ing : sim.servedIngresses()) {
                for (var rule : ing.spec().rulesOrEmpty()) {
                    for (var path : rule.pathsOrEmpty()) {
                        if (path.backend() != null && path.backend().service() != null) {
                            String key = ing.namespaceOrDefault() + "/" + path.backend().service().name();
                            Node card = nodes.get("svc:" + key);
                            if (card != null) {
                                Point2D top = anchors.get("svc:" + key);
                                Point2D left = new Point2D(top.getX() - card.getBoundsInParent().getWidth() / 2,
                                        top.getY() - card.getBoundsInParent().getHeight() / 2);
                                lineList.add(connector(anchors.get("ingress"), left, "gateway-line-ingress"));
                            }
                        }
                    }
                }
            }
        }

        // selection lines: Service → its endpoints (only the selected Service's while one is selected)
        for (SimService s : services) {
            if (selected != null && !s.key().equals(selected)) {
                continue;
            }
            Point2D from = anchors.get("svc:" + s.key());
            for (Endpoint e : sim.endpoints(s.namespace(), s.name())) {
                Point2D to = anchors.get("pod:" + s.namespace() + "/" + e.pod());
                if (from == null || to == null) {
                    continue;
                }
                Line l = new Line(from.getX(), from.getY(), to.getX(), to.getY());
                l.getStyleClass().add(e.ready() ? "endpoint-line" : "endpoint-line-notready");
                if (s.key().equals(selected)) {
                    l.getStyleClass().add("endpoint-line-selected");
                }
                lineList.add(l);
            }
        }
        sync(zones.getChildren(), zoneList);
        sync(content.getChildren(), contentList);
        lines.getChildren().setAll(lineList);
        return h;
    }

    /** Tooltips are popup controls, costly to create: one per text, reused across redraws. */
    private final Map<String, Tooltip> tooltips = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tooltip> eldest) {
            return size() > 400; // pod names change with every rollout; keep only the recent ones
        }
    };

    private void tip(Node n, String text) {
        Tooltip.install(n, tooltips.computeIfAbsent(text, Tooltip::new));
    }

    /**
     * The diagram is redrawn by keeping every node whose content is unchanged (same key, same
     * signature) and creating only the rest: a node that stays in the scene keeps its CSS and text
     * layout, which is most of a redraw's cost.
     */
    private Map<String, Object[]> kept = new HashMap<>();
    private Map<String, Object[]> keptNext = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <N extends Node> N reuse(String key, String signature, java.util.function.Supplier<N> make) {
        Object[] hit = keptNext.get(key); // drawn by an earlier pass of this refresh
        if (hit == null || !hit[0].equals(signature)) {
            hit = kept.get(key);
        }
        N n = hit != null && hit[0].equals(signature) ? (N) hit[1] : make.get();
        keptNext.put(key, new Object[] {signature, n});
        return n;
    }

    /** Makes a layer's children the wanted list, touching only the nodes that come, go or move. */
    static void sync(javafx.collections.ObservableList<Node> have, List<Node> want) {
        java.util.Set<Node> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(want);
        have.removeIf(n -> !wanted.contains(n));
        for (int i = 0; i < want.size(); i++) {
            Node n = want.get(i);
            if (i < have.size() && have.get(i) == n) {
                continue;
            }
            int at = have.indexOf(n);
            if (at >= 0) {
                have.remove(at);
            }
            have.add(i, n);
        }
    }

    private Region box(String key, String style, double x, double y, double w, double h) {
        return reuse("box:" + key, style + "|" + x + "|" + y + "|" + w + "|" + h, () -> box(style, x, y, w, h));
    }

    private Label caption(String key, String text, double x, double y, String style) {
        return reuse("caption:" + key, text + "|" + x + "|" + y + "|" + style, () -> caption(text, x, y, style));
    }

    private static Line connector(Point2D a, Point2D b, String style) {
        Line l = new Line(a.getX(), a.getY(), b.getX(), b.getY());
        l.getStyleClass().add(style);
        return l;
    }

    private static Region box(String style, double x, double y, double w, double h) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setLayoutX(x);
        r.setLayoutY(y);
        r.resize(w, h);
        r.setPrefSize(w, h);
        return r;
    }

    private static Label caption(String text, double x, double y, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setLayoutX(x);
        l.setLayoutY(y);
        return l;
    }

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(14);
        return i;
    }

    private Node clientCard(String name, String ip, double x, double y, double w) {
        Label title = new Label(t("client." + name), icon(name.equals("browser") ? "fth-globe" : "fth-monitor"));
        title.getStyleClass().add("diagram-card-title");
        Label addr = new Label(ip);
        addr.getStyleClass().add("diagram-mono");
        VBox v = new VBox(2, title, addr);
        v.getStyleClass().add("diagram-client");
        v.setLayoutX(x);
        v.setLayoutY(y);
        v.setPrefWidth(w);
        return v;
    }

    private Node externalHosts(List<SimService> externals, double x, double y, double w) {
        VBox v = new VBox(4);
        v.getStyleClass().add("diagram-external");
        Label title = new Label(t("diagram.externalHosts"), icon("fth-cloud"));
        title.getStyleClass().add("diagram-card-title");
        v.getChildren().add(title);
        for (SimService s : externals) {
            Label l = new Label(s.externalName());
            l.getStyleClass().add("diagram-mono");
            v.getChildren().add(l);
        }
        v.setLayoutX(x);
        v.setLayoutY(y);
        v.setPrefWidth(w);
        return v;
    }

    private Node gateway(String style, String iconLiteral, String title, String ip, double x, double y) {
        Label t1 = new Label(title, icon(iconLiteral));
        t1.getStyleClass().add("diagram-card-title");
        Label t2 = new Label(ip);
        t2.getStyleClass().add("diagram-mono");
        VBox v = new VBox(1, t1, t2);
        v.getStyleClass().addAll("diagram-gateway", style);
        v.setLayoutX(x);
        v.setLayoutY(y);
        v.setPrefWidth(104);
        v.setMaxWidth(104);
        t1.setMaxWidth(92);
        t1.setWrapText(true); // the Korean "ingress controller" takes two lines rather than an ellipsis
        tip(v, title + " " + ip);
        return v;
    }

    private Node endpointsTable(SimService s) {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.getStyleClass().add("endpoints-table");
        g.setId("endpointsTable");
        g.setHgap(12);
        g.setVgap(4);
        Label title = new Label(t("diagram.endpointsOf", s.name()), icon("fth-list"));
        title.getStyleClass().add("diagram-card-title");
        g.add(title, 0, 0, 4, 1);
        int row = 1;
        for (String h : new String[] {"diagram.col.pod", "diagram.col.address", "diagram.col.node", "diagram.col.ready"}) {
            Label l = new Label(t(h));
            l.getStyleClass().add("endpoints-head");
            g.add(l, row - 1, 1);
            row++;
        }
        row = 2;
        List<Endpoint> eps = ws.simulation().endpoints(s.namespace(), s.name());
        for (Endpoint e : eps) {
            Label pod = new Label(e.pod());
            pod.setMaxWidth(130);
            pod.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            String ports = e.ports().values().stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
            Label addr = new Label(e.ip() + ":" + ports);
            addr.getStyleClass().add("diagram-mono");
            Label node = new Label(e.node());
            FontIcon mark = new FontIcon(e.ready() ? "fth-check-circle" : "fth-x-circle");
            mark.getStyleClass().add(e.ready() ? "ready-icon" : "notready-icon");
            Label ready = new Label(e.ready() ? "true" : "false", mark);
            g.addRow(row++, pod, addr, node, ready);
        }
        if (eps.isEmpty()) {
            Label none = new Label(t("diagram.noEndpoints"));
            none.getStyleClass().add("diagram-muted");
            g.add(none, 0, row, 4, 1);
        }
        return g;
    }

    /** The type as learners say it: headless is a ClusterIP Service without a cluster IP. */
    static String typeLabel(SimService s) {
        return s.headless() ? "Headless" : s.type();
    }

    private VBox cachedCard(SimService s, List<SimPod> pods) {
        String sig = s + "|" + ws.simulation().endpoints(s.namespace(), s.name()) + "|" + selected + "|" + editable
                + "|" + compact + "|" + (actions != null);
        VBox card = reuse("svc:" + s.key(), sig, () -> serviceCard(s, pods));
        card.setTranslateX(0);
        card.setTranslateY(0);
        return card;
    }

    private VBox serviceCard(SimService s, List<SimPod> pods) {
        VBox card = new VBox(3);
        card.getStyleClass().addAll("diagram-service", "type-" + typeLabel(s).toLowerCase());
        if (s.key().equals(selected)) {
            card.getStyleClass().add("selected");
        } else if (selected != null) {
            card.getStyleClass().add("dimmed"); // presenter mode's spotlight fades the others
        }
        double cardW = compact ? 178 : SVC_W;
        card.setPrefWidth(cardW);
        card.setMaxWidth(cardW);
        if (compact) {
            card.getStyleClass().add("compact");
        }
        Label badge = new Label(typeLabel(s));
        badge.getStyleClass().add("type-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE); // the type is the point; the name may be shortened
        Label name = new Label(s.name());
        name.getStyleClass().add("diagram-card-title");
        tip(name, s.name());
        HBox head = new HBox(6, badge, name);
        head.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(head);
        String ip = s.isExternalName() ? "CNAME → " + s.externalName() : s.headless() ? t("diagram.noClusterIp") : s.clusterIP();
        Label ipl = new Label(ip);
        ipl.getStyleClass().add("diagram-mono");
        card.getChildren().add(ipl);
        for (SimService.Port p : s.ports()) {
            // a compact card gives the node port its own line: "nodePort …" cut short teaches nothing
            boolean ownLine = compact && p.nodePort() != null;
            String chain = p.port() + " → " + p.targetPort() + (p.nodePort() != null && !ownLine ? "   nodePort " + p.nodePort() : "");
            Label pl = new Label(chain);
            pl.getStyleClass().addAll("diagram-mono", "diagram-ports");
            card.getChildren().add(pl);
            if (ownLine) {
                Label np = new Label("nodePort " + p.nodePort());
                np.getStyleClass().addAll("diagram-mono", "diagram-ports");
                card.getChildren().add(np);
            }
        }
        if (!compact && (s.loadBalancerIP() != null || "LoadBalancer".equals(s.type()))) {
            Label lb = new Label("EXTERNAL-IP " + (s.loadBalancerIP() == null ? "<pending>" : s.loadBalancerIP()));
            lb.getStyleClass().add("diagram-mono");
            card.getChildren().add(lb);
        }
        if (!compact && s.selector() != null && !s.selector().isEmpty() && !s.isExternalName()) {
            FlowPane chips = new FlowPane(4, 4);
            for (var e : s.selector().entrySet()) {
                Label chip = new Label(e.getKey() + "=" + e.getValue());
                chip.getStyleClass().add("selector-chip");
                chips.getChildren().add(chip);
            }
            card.getChildren().add(chips);
        }
        long ready = ws.simulation().endpoints(s.namespace(), s.name()).stream().filter(Endpoint::ready).count();
        long all = ws.simulation().endpoints(s.namespace(), s.name()).size();
        if (!s.isExternalName() && !compact) {
            Label eps = new Label(t("diagram.endpoints", ready, all));
            eps.getStyleClass().add("diagram-muted");
            card.getChildren().add(eps);
        }
        card.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()) {
                select(s.key().equals(selected) ? null : s.key());
            }
            e.consume();
        });
        draggable(card, "svc:" + s.key());
        if (actions != null && editable) {
            showOnSecondaryClick(card, () -> serviceMenu(s));
        }
        card.setId("svc-" + s.name());
        card.setAccessibleText(t("diagram.a11y.service", s.name(), typeLabel(s), ip,
                ws.simulation().endpoints(s.namespace(), s.name()).stream().filter(Endpoint::ready).count()));
        return card;
    }

    private ContextMenu serviceMenu(SimService s) {
        ContextMenu menu = new ContextMenu();
        Menu type = new Menu(t("diagram.switchType"));
        for (String ty : new String[] {"ClusterIP", "NodePort", "LoadBalancer", "ExternalName", "Headless"}) {
            MenuItem mi = new MenuItem(ty);
            mi.setId("type-" + ty);
            mi.setDisable(ty.equals(typeLabel(s)));
            mi.setOnAction(e -> actions.switchType(s, ty));
            type.getItems().add(mi);
        }
        MenuItem ports = new MenuItem(t("diagram.editPorts"));
        ports.setOnAction(e -> actions.editPorts(s));
        menu.getItems().addAll(ports, type); // the submenu last: reaching it never crosses another item
        return menu;
    }

    /**
     * A pod's badge, updated in place: a rollout gives every pod a new name and IP, and changing
     * the texts of a badge already on screen costs a fraction of styling a new one.
     */
    private final class PodBadge extends VBox {
        private SimPod pod;
        private final FontIcon mark = new FontIcon("fth-check-circle");
        private final Label name = new Label();
        private final Label state = new Label();
        private final Label ip = new Label();
        private final FlowPane chips = new FlowPane(3, 3);
        private final Label why = new Label();
        private final Label hit = new Label();
        private String chipsShown;

        PodBadge() {
            super(2);
            getStyleClass().add("diagram-pod");
            mark.setIconSize(14);
            name.setGraphic(mark);
            name.getStyleClass().add("diagram-card-title");
            // generated names share their prefix: keep the unique end visible
            name.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            ip.getStyleClass().add("diagram-mono");
            why.getStyleClass().add("why-not");
            why.setWrapText(true);
            hit.getStyleClass().add("hit-counter");
            getChildren().addAll(name, new FlowPane(8, 0, ip, state), chips);
            showOnSecondaryClick(this, () -> actions == null ? null : podMenu(pod));
        }

        void update(SimPod p, double width, SimService sel, Integer n) {
            pod = p;
            setId("pod-" + p.name());
            styled(this, "ready", p.ready());
            styled(this, "not-ready", !p.ready());
            styled(this, "terminating", p.terminating());
            setPrefWidth(width);
            setMaxWidth(width);
            mark.setIconLiteral(p.ready() ? "fth-check-circle" : "fth-x-circle");
            styled(mark, "ready-icon", p.ready());
            styled(mark, "notready-icon", !p.ready());
            if (!p.name().equals(name.getText())) {
                name.setText(p.name());
                tip(name, p.name());
            }
            name.setMaxWidth(width - 10);
            state.setText(p.terminating() ? "Terminating" : p.ready() ? "Ready" : "NotReady");
            styled(state, "state-ready", p.ready());
            styled(state, "state-notready", !p.ready());
            ip.setText(p.ip());
            // a screen reader hears the badge as one sentence (curriculum L8)
            setAccessibleRole(javafx.scene.AccessibleRole.NODE);
            setAccessibleText(t("diagram.a11y.pod", p.name(), t(p.terminating() ? "diagram.a11y.terminating"
                    : p.ready() ? "diagram.a11y.ready" : "diagram.a11y.notReady"), p.ip() == null ? "-" : p.ip(), p.node()));
            Map<String, String> shown = new LinkedHashMap<>(p.labels());
            shown.remove("pod-template-hash");
            Map<String, String> selector = sel == null ? null : sel.selector();
            String chipsNow = shown + "|" + selector;
            if (!chipsNow.equals(chipsShown)) {
                chipsShown = chipsNow;
                List<Node> list = new ArrayList<>();
                for (var e : shown.entrySet()) {
                    Label chip = new Label(e.getKey() + "=" + e.getValue());
                    chip.getStyleClass().add("label-chip");
                    if (selector != null && e.getValue().equals(selector.get(e.getKey()))) {
                        chip.getStyleClass().add("match");
                    }
                    list.add(chip);
                }
                chips.getChildren().setAll(list);
            }
            String reason = null;
            if (selector != null && !selector.isEmpty() && sel.namespace().equals(p.namespace())) {
                reason = whyNot(selector, p.labels());
            }
            styled(this, "unselected", reason != null);
            if (reason != null) {
                why.setText(reason);
                why.setMaxWidth(width - 10);
                if (why.getParent() != this) {
                    getChildren().add(why);
                }
            } else {
                getChildren().remove(why);
            }
            if (n != null) {
                hit.setText(String.valueOf(n));
                hit.setId("hits-" + p.name());
                tip(hit, t("diagram.hits", n));
                if (hit.getParent() != this) {
                    getChildren().add(0, hit);
                }
            } else {
                getChildren().remove(hit);
            }
        }
    }

    private static void styled(Node n, String styleClass, boolean on) {
        if (on && !n.getStyleClass().contains(styleClass)) {
            n.getStyleClass().add(styleClass);
        } else if (!on) {
            n.getStyleClass().remove(styleClass);
        }
    }

    /** Badges by place (node and row): the pod shown in a place may change, the badge stays. */
    private final Map<String, PodBadge> badges = new HashMap<>();

    private ContextMenu podMenu(SimPod p) {
        ContextMenu menu = new ContextMenu();
        MenuItem toggle = new MenuItem(t(p.ready() ? "diagram.makeUnready" : "diagram.makeReady"));
        toggle.setId("toggle-readiness");
        toggle.setOnAction(e -> actions.toggleReadiness(p));
        MenuItem labels = new MenuItem(t("diagram.editLabels"));
        labels.setOnAction(e -> actions.editLabels(p));
        labels.setDisable(!editable && p.owner() == null);
        MenuItem delete = new MenuItem(t("diagram.deletePod"));
        delete.setId("delete-pod");
        delete.setOnAction(e -> actions.deletePod(p));
        menu.getItems().addAll(toggle, labels, delete);
        if (editable && p.owner() != null && !p.owner().startsWith("Pod")) {
            MenuItem up = new MenuItem(t("diagram.scaleUp"));
            up.setId("scale-up");
            up.setOnAction(e -> actions.scale(p, 1));
            MenuItem down = new MenuItem(t("diagram.scaleDown"));
            down.setId("scale-down");
            down.setOnAction(e -> actions.scale(p, -1));
            menu.getItems().addAll(up, down);
        }
        if (editable) {
            MenuItem svc = new MenuItem(t("diagram.createService"));
            svc.setId("create-service");
            svc.setOnAction(e -> actions.createServiceFor(p));
            menu.getItems().add(svc);
        }
        return menu;
    }

    /**
     * Lets the learner move a card; where it ends up is kept in the workspace (presentation
     * state), so the layout survives edits of the YAML and the YAML never carries it.
     */
    private void draggable(Node card, String key) {
        double[] press = new double[4];
        card.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isPrimaryButtonDown()) {
                javafx.geometry.Point2D local = content.sceneToLocal(e.getSceneX(), e.getSceneY());
                javafx.geometry.Bounds b = card.getBoundsInParent();
                javafx.geometry.Point2D origin = card.getParent() == content ? new Point2D(b.getMinX(), b.getMinY())
                        : content.sceneToLocal(card.localToScene(0, 0));
                press[0] = local.getX();
                press[1] = local.getY();
                press[2] = origin.getX();
                press[3] = origin.getY();
            }
        });
        card.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                javafx.geometry.Point2D local = content.sceneToLocal(e.getSceneX(), e.getSceneY());
                card.setTranslateX(local.getX() - press[0]);
                card.setTranslateY(local.getY() - press[1]);
                e.consume();
            }
        });
        card.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            double dx = card.getTranslateX(), dy = card.getTranslateY();
            if (Math.abs(dx) > 3 || Math.abs(dy) > 3) {
                ws.setPosition(key, Math.max(0, press[2] + dx), Math.max(0, press[3] + dy));
                drawn = null;
                refresh();
            }
        });
    }

    /** Opens a node's menu on a right click (and on the keyboard's context-menu key). */
    private static void showOnSecondaryClick(Node n, java.util.function.Supplier<ContextMenu> menu) {
        // menus are built when asked for: a redraw creates dozens of cards and most are never right-clicked
        n.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            ContextMenu m;
            if (e.isSecondaryButtonDown() && (m = menu.get()) != null) {
                m.show(n, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        n.setOnContextMenuRequested(e -> {
            ContextMenu m;
            if (e.isKeyboardTrigger() && (m = menu.get()) != null) {
                m.show(n, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    /** Why a pod is not selected: the first selector term its labels do not satisfy, as `app=web ≠ app=Web`. */
    String whyNot(Map<String, String> selector, Map<String, String> labels) {
        for (var e : selector.entrySet()) {
            String have = labels.get(e.getKey());
            if (have == null) {
                return t("diagram.whyNot.missing", e.getKey(), e.getValue());
            }
            if (!have.equals(e.getValue())) {
                return t("diagram.whyNot.differs", e.getKey(), e.getValue(), have);
            }
        }
        return null;
    }

    /** A question shown over the picture (predict, then reveal); null hides it. */
    private final Label prompt = new Label();

    public void setPrompt(String text) {
        prompt.setText(text == null ? "" : text);
        prompt.setVisible(text != null);
        if (prompt.getParent() == null) {
            prompt.getStyleClass().add("diagram-prompt");
            prompt.setId("diagramPrompt");
            prompt.setWrapText(true);
            prompt.setMouseTransparent(true);
            getChildren().add(prompt);
        }
        requestLayout();
    }

    public String prompt() {
        return prompt.isVisible() ? prompt.getText() : null;
    }

    @Override
    protected void layoutChildren() {
        // children are placed absolutely by refresh(); the layers fill the region
        for (Node n : List.of(zones, lines, content)) {
            n.resizeRelocate(0, 0, getWidth(), getHeight());
        }
        if (prompt.getParent() == this) {
            double w = Math.min(560, getWidth() - 40);
            double h = prompt.prefHeight(w);
            prompt.resizeRelocate((getWidth() - w) / 2, getHeight() - h - 14, w, h);
        }
    }
}
