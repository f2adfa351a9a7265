package servicelab.ui.diagram;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import servicelab.sim.Endpoint;
import servicelab.sim.SimService;

/** A Service's card: type, name, cluster IP, ports, external IP, selector and endpoints count. */
final class ServiceCard {
    static final double WIDTH = 214;
    static final double COMPACT_WIDTH = 178;

    private ServiceCard() {
    }

    /** How the card is drawn besides the Service itself: selection, compactness. */
    record Look(String selected, boolean compact) {
    }

    static VBox build(DiagramKit kit, SimService s, List<Endpoint> eps, Look look) {
        VBox card = new VBox(3);
        card.getStyleClass().addAll("diagram-service", "type-" + DiagramKit.typeLabel(s).toLowerCase());
        if (s.key().equals(look.selected())) {
            card.getStyleClass().add("selected");
        } else if (look.selected() != null) {
            card.getStyleClass().add("dimmed"); // presenter mode's spotlight fades the others
        }
        boolean compact = look.compact();
        double cardW = compact ? COMPACT_WIDTH : WIDTH;
        card.setPrefWidth(cardW);
        card.setMaxWidth(cardW);
        if (compact) {
            card.getStyleClass().add("compact");
        }
        Label badge = new Label(DiagramKit.typeLabel(s));
        badge.getStyleClass().add("type-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE); // the type is the point; the name may be shortened
        Label name = new Label(s.name());
        name.getStyleClass().add("diagram-card-title");
        kit.tip(name, s.name());
        HBox head = new HBox(6, badge, name);
        head.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(head);
        String ip = s.isExternalName() ? "CNAME → " + s.externalName() : s.headless() ? kit.t("diagram.noClusterIp") : s.clusterIP();
        Label ipl = new Label(ip);
        ipl.getStyleClass().add("diagram-mono");
        card.getChildren().add(ipl);
        ports(card, s, compact);
        details(kit, card, s, eps, compact);
        card.setId("svc-" + s.name());
        card.setAccessibleText(kit.t("diagram.a11y.service", s.name(), DiagramKit.typeLabel(s), ip,
                eps.stream().filter(Endpoint::ready).count()));
        return card;
    }

    private static void ports(VBox card, SimService s, boolean compact) {
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
    }

    private static void details(DiagramKit kit, VBox card, SimService s, List<Endpoint> eps, boolean compact) {
        if (compact) {
            return;
        }
        if (s.loadBalancerIP() != null || "LoadBalancer".equals(s.type())) {
            Label lb = new Label("EXTERNAL-IP " + (s.loadBalancerIP() == null ? "<pending>" : s.loadBalancerIP()));
            lb.getStyleClass().add("diagram-mono");
            card.getChildren().add(lb);
        }
        if (s.selector() != null && !s.selector().isEmpty() && !s.isExternalName()) {
            FlowPane chips = new FlowPane(4, 4);
            for (var e : s.selector().entrySet()) {
                Label chip = new Label(e.getKey() + "=" + e.getValue());
                chip.getStyleClass().add("selector-chip");
                chips.getChildren().add(chip);
            }
            card.getChildren().add(chips);
        }
        if (!s.isExternalName()) {
            long ready = eps.stream().filter(Endpoint::ready).count();
            Label count = new Label(kit.t("diagram.endpoints", ready, eps.size()));
            count.getStyleClass().add("diagram-muted");
            card.getChildren().add(count);
        }
    }
}
