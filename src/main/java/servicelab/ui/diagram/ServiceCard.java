package servicelab.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import servicelab.sim.Endpoint;
import servicelab.sim.SimService;

/**
 * A Service's card: type, name, cluster IP, ports, external IP, selector and endpoints count.
 * Updated in place like a pod's badge: an edited port or a new endpoint changes a label's text,
 * which costs a fraction of styling a new card; only a change of shape (another type, another
 * number of ports) builds its lines again.
 */
final class ServiceCard extends VBox {
    static final double WIDTH = 214;
    static final double COMPACT_WIDTH = 160;

    /** How the card is drawn besides the Service itself: selection, compactness. */
    record Look(String selected, boolean compact) {
    }

    private final DiagramKit kit;
    private final Label badge = new Label();
    private final Label name = new Label();
    private final Label ip = new Label();
    private final List<Label> ports = new ArrayList<>();
    private final Label external = new Label();
    private final Flow chips = new Flow(4, 4);
    private final Label count = new Label();
    private SimService service;
    private List<Object> shape;
    private List<Object> shown;
    /** Whether the card's styles or parts changed since its CSS was last applied (a new card has none yet). */
    private boolean restyle = true;

    ServiceCard(DiagramKit kit) {
        super(3);
        this.kit = kit;
        getStyleClass().add("diagram-service");
        badge.getStyleClass().add("type-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE); // the type is the point; the name may be shortened
        name.getStyleClass().add("diagram-card-title");
        name.setWrapText(true); // a long Service name takes a second line, never "kubia-node…"
        name.setMinHeight(Region.USE_PREF_SIZE);
        ip.getStyleClass().add("diagram-mono");
        ip.setWrapText(true); // "CNAME → api.somecompany.com" takes two lines on a narrow card
        ip.setMinHeight(Region.USE_PREF_SIZE);
        external.getStyleClass().add("diagram-mono");
        count.getStyleClass().add("diagram-muted");
    }

    SimService service() {
        return service;
    }

    /** Whether the card needs its CSS applied before it is measured; asking clears it. */
    boolean takeRestyle() {
        boolean r = restyle;
        restyle = false;
        return r;
    }

    void update(SimService s, List<Endpoint> eps, Look look) {
        List<Object> now = List.of(s, eps, look);
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        service = s;
        String type = DiagramKit.typeLabel(s);
        boolean compact = look.compact();
        List<Object> newShape = List.of(type, compact, s.name(), s.ports().size(), s.ports().stream().map(p -> p.nodePort() != null).toList(),
                s.selector() == null ? List.of() : List.copyOf(s.selector().keySet()));
        if (!newShape.equals(shape)) {
            shape = newShape;
            layOut(s, compact);
            restyle = true;
        }
        List<String> styles = new ArrayList<>(List.of("diagram-service", "type-" + type.toLowerCase()));
        if (s.key().equals(look.selected())) {
            styles.add("selected");
        } else if (look.selected() != null) {
            styles.add("dimmed"); // presenter mode's spotlight fades the others
        }
        if (compact) {
            styles.add("compact");
        }
        if (!getStyleClass().equals(styles)) {
            getStyleClass().setAll(styles); // a new style class restyles the card: only when it changes
            restyle = true;
        }
        fill(s, eps, compact);
        if (!("svc-" + s.name()).equals(getId())) {
            setId("svc-" + s.name());
            restyle = true;
        }
    }

    /** A text's width in the diagram's bold font at this size (before the card is styled). */
    private static double width(String text, double size) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(javafx.scene.text.Font.font("NanumGothic", javafx.scene.text.FontWeight.BOLD, size));
        return t.getLayoutBounds().getWidth();
    }

    /** The lines the card has for a Service of this shape. */
    private void layOut(SimService s, boolean compact) {
        double cardW = compact ? COMPACT_WIDTH : WIDTH;
        setPrefWidth(cardW);
        setMaxWidth(cardW);
        // the type badge beside the name when both fit on one line, else above it: the name is
        // never cut ("kubia-node…") nor broken mid-word
        double need = width(DiagramKit.typeLabel(s), 12) + 14 + 6 + width(s.name(), 13);
        Node head;
        if (need <= cardW - 24) {
            HBox row = new HBox(6, badge, name);
            row.setAlignment(Pos.CENTER_LEFT);
            head = row;
        } else {
            head = new VBox(3, badge, name);
        }
        List<Node> lines = new ArrayList<>(List.of(head, ip));
        ports.clear();
        for (SimService.Port p : s.ports()) {
            // a compact card gives the node port its own line: "nodePort …" cut short teaches nothing
            int n = compact && p.nodePort() != null ? 2 : 1;
            for (int i = 0; i < n; i++) {
                Label l = new Label();
                l.getStyleClass().addAll("diagram-mono", "diagram-ports");
                ports.add(l);
                lines.add(l);
            }
        }
        if (!compact) {
            if ("LoadBalancer".equals(s.type())) {
                lines.add(external);
            }
            if (s.selector() != null && !s.selector().isEmpty() && !s.isExternalName()) {
                lines.add(chips);
            }
            if (!s.isExternalName()) {
                lines.add(count);
            }
        }
        getChildren().setAll(lines);
    }

    private void fill(SimService s, List<Endpoint> eps, boolean compact) {
        String type = DiagramKit.typeLabel(s);
        badge.setText(type);
        if (!s.name().equals(name.getText())) {
            name.setText(s.name());
            kit.tip(name, s.name());
        }
        String address = s.isExternalName() ? "CNAME → " + s.externalName() : s.headless() ? kit.t("diagram.noClusterIp") : s.clusterIP();
        ip.setText(address);
        int line = 0;
        for (SimService.Port p : s.ports()) {
            boolean ownLine = compact && p.nodePort() != null;
            ports.get(line++).setText(p.port() + " → " + p.targetPort()
                    + (p.nodePort() != null && !ownLine ? "   nodePort " + p.nodePort() : ""));
            if (ownLine) {
                ports.get(line++).setText("nodePort " + p.nodePort());
            }
        }
        external.setText("EXTERNAL-IP " + (s.loadBalancerIP() == null ? "<pending>" : s.loadBalancerIP()));
        if (s.selector() != null) {
            List<Node> cs = new ArrayList<>();
            for (Map.Entry<String, String> e : s.selector().entrySet()) {
                Label chip = new Label(e.getKey() + "=" + e.getValue());
                chip.getStyleClass().add("selector-chip");
                cs.add(chip);
            }
            if (!sameChips(cs)) {
                chips.getChildren().setAll(cs);
                restyle = true;
            }
        }
        long ready = eps.stream().filter(Endpoint::ready).count();
        count.setText(kit.t("diagram.endpoints", ready, eps.size()));
        setAccessibleText(kit.t("diagram.a11y.service", s.name(), type, address, ready));
    }

    private boolean sameChips(List<Node> cs) {
        if (cs.size() != chips.getChildren().size()) {
            return false;
        }
        for (int i = 0; i < cs.size(); i++) {
            if (!((Label) cs.get(i)).getText().equals(((Label) chips.getChildren().get(i)).getText())) {
                return false;
            }
        }
        return true;
    }
}
