package servicelab.ui.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.sim.Endpoint;
import servicelab.sim.SimService;
import servicelab.text.Messages;

/**
 * The diagram's building blocks: zones, captions, client and gateway cards, the endpoints table,
 * connectors, messages and tooltips. Tooltips are popup controls, costly to create: one per
 * text, reused across redraws.
 */
final class DiagramKit {
    private final Messages msg;
    private final Map<String, Tooltip> tooltips = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tooltip> eldest) {
            return size() > 400; // pod names change with every rollout; keep only the recent ones
        }
    };

    DiagramKit(Messages msg) {
        this.msg = msg;
    }

    String t(String key, Object... args) {
        return msg.get(key, args);
    }

    void tip(Node n, String text) {
        Tooltip.install(n, tooltips.computeIfAbsent(text, Tooltip::new));
    }

    static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(14);
        return i;
    }

    /** The type as learners say it: headless is a ClusterIP Service without a cluster IP. */
    static String typeLabel(SimService s) {
        return s.headless() ? "Headless" : s.type();
    }

    static Region box(String style, double x, double y, double w, double h) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setLayoutX(x);
        r.setLayoutY(y);
        r.resize(w, h);
        r.setPrefSize(w, h);
        return r;
    }

    /** A text's width in the diagram's font (NanumGothic), for layout decisions made before styling. */
    static double textWidth(String text, boolean bold, double size) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(javafx.scene.text.Font.font("NanumGothic", bold ? javafx.scene.text.FontWeight.BOLD
                : javafx.scene.text.FontWeight.NORMAL, size));
        return probe.getLayoutBounds().getWidth();
    }

    static Label caption(String text, double x, double y, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setLayoutX(x);
        l.setLayoutY(y);
        return l;
    }

    Node clientCard(String name, String ip, double x, double y, double w) {
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

    Node externalHosts(List<SimService> externals, double x, double y, double w) {
        return hostCard(t("diagram.externalHosts"), externals.stream().map(SimService::externalName).toList(), x, y, w);
    }

    /** A card of names or addresses outside the cluster, one per line under a title. */
    Node hostCard(String heading, List<String> lines, double x, double y, double w) {
        VBox v = new VBox(4);
        v.getStyleClass().add("diagram-external");
        Label title = new Label(heading, icon("fth-cloud"));
        title.getStyleClass().add("diagram-card-title");
        v.getChildren().add(title);
        for (String line : lines) {
            Label l = new Label(line);
            l.getStyleClass().add("diagram-mono");
            v.getChildren().add(l);
        }
        for (Node n : v.getChildren()) {
            // a narrow Internet column wraps a long host name rather than cutting it
            ((Label) n).setWrapText(true);
            ((Label) n).setMinHeight(Region.USE_PREF_SIZE);
        }
        v.setMaxWidth(w);
        v.setLayoutX(x);
        v.setLayoutY(y);
        v.setPrefWidth(w);
        return v;
    }

    Node gateway(String style, String iconLiteral, String title, String ip, double x, double y, double w) {
        Label t1 = new Label(title, icon(iconLiteral));
        t1.getStyleClass().add("diagram-card-title");
        Label t2 = new Label(ip);
        t2.getStyleClass().add("diagram-mono");
        VBox v = new VBox(1, t1, t2);
        v.getStyleClass().addAll("diagram-gateway", style);
        v.setLayoutX(x);
        v.setLayoutY(y);
        v.setPrefWidth(w);
        v.setMaxWidth(w);
        t1.setMaxWidth(w - 12);
        t1.setWrapText(true); // the Korean "ingress controller" takes two lines rather than an ellipsis
        tip(v, title + " " + ip);
        return v;
    }

    /** The selected Service's endpoints, as `kubectl get endpointslices` would list them. */
    Node endpointsTable(SimService s, List<Endpoint> eps) {
        GridPane g = new GridPane();
        g.getStyleClass().add("endpoints-table");
        g.setId("endpointsTable");
        g.setHgap(12);
        g.setVgap(4);
        Label title = new Label(t("diagram.endpointsOf", s.name()), icon("fth-list"));
        title.getStyleClass().add("diagram-card-title");
        g.add(title, 0, 0, 4, 1);
        int col = 0;
        for (String h : new String[] {"diagram.col.pod", "diagram.col.address", "diagram.col.node", "diagram.col.ready"}) {
            Label l = new Label(t(h));
            l.getStyleClass().add("endpoints-head");
            g.add(l, col++, 1);
        }
        int row = 2;
        for (Endpoint e : eps) {
            Label pod = new Label(e.pod());
            pod.setMaxWidth(130);
            pod.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
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

    /** kube-proxy's chip: the mode named when it is not the default iptables (the class sees what picks the pod). */
    String proxyText(servicelab.sim.World.ProxyMode mode) {
        return switch (mode) {
            case IPTABLES -> t("diagram.kubeProxy");
            case NFTABLES -> t("diagram.kubeProxyMode", "nftables");
            case IPVS -> t("diagram.kubeProxyMode", "IPVS");
        };
    }

    /** The chip's text for a node of this width: the mode alone when "kube-proxy (mode)" would be cut (the tooltip says it all). */
    String proxyText(servicelab.sim.World.ProxyMode mode, double room) {
        String full = proxyText(mode);
        if (mode == servicelab.sim.World.ProxyMode.IPTABLES || textWidth(full, false, 14) + 16 + 4 + 14 <= room) {
            return full;
        }
        return mode == servicelab.sim.World.ProxyMode.NFTABLES ? "nftables" : "IPVS";
    }
}
