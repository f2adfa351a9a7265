package servicelab.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/**
 * A pod's badge, updated in place: a rollout gives every pod a new name and IP, and changing the
 * texts of a badge already on screen costs a fraction of styling a new one. It shows readiness,
 * the IP, the labels (those the selected Service asks for marked), why the selected Service does
 * not select it, and how many requests it answered.
 */
final class PodBadge extends VBox {
    // the pod's state as pseudo-classes: a style class that changes makes JavaFX style the whole badge anew
    static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    static final PseudoClass NOT_READY = PseudoClass.getPseudoClass("not-ready");
    static final PseudoClass TERMINATING = PseudoClass.getPseudoClass("terminating");
    static final PseudoClass UNSELECTED = PseudoClass.getPseudoClass("unselected");
    private final DiagramKit kit;
    private SimPod pod;
    private final FontIcon mark = new FontIcon("fth-check-circle");
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label ip = new Label();
    private final FlowPane chips = new FlowPane(3, 3);
    private final Label why = new Label();
    private final Label hit = new Label();
    /** The badge's own tooltips, whose texts follow the pod: a tooltip is a popup control, costly to create per pod. */
    private final Tooltip nameTip = new Tooltip();
    private final Tooltip hitTip = new Tooltip();
    private String chipsShown;

    /**
     * A badge for one place in a node. Its id names the place, not the pod: an id that changes
     * restyles the node too (the pod's name is on the badge and in its accessible text).
     */
    PodBadge(String place, DiagramKit kit, Menus menus, BooleanSupplier editable) {
        super(2);
        this.kit = kit;
        setId("pod-place-" + place);
        getStyleClass().add("diagram-pod");
        mark.getStyleClass().add("pod-mark");
        state.getStyleClass().add("pod-state");
        mark.setIconSize(14);
        name.setGraphic(mark);
        name.getStyleClass().add("diagram-card-title");
        // generated names share their prefix: keep the unique end visible
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        ip.getStyleClass().add("diagram-mono");
        why.getStyleClass().add("why-not");
        why.setWrapText(true);
        hit.getStyleClass().add("hit-counter");
        Tooltip.install(name, nameTip);
        Tooltip.install(hit, hitTip);
        getChildren().addAll(name, new FlowPane(8, 0, ip, state), chips);
        Menus.showOnSecondaryClick(this, () -> pod == null ? null : menus.pod(pod, editable.getAsBoolean()));
    }

    SimPod pod() {
        return pod;
    }

    /** No pod in this place now: nothing to look up or open a menu for. */
    void vacate() {
        pod = null;
        getProperties().remove("pod");
    }

    void update(SimPod p, double width, SimService sel, Integer hits) {
        pod = p;
        getProperties().put("pod", p.name());
        pseudoClassStateChanged(READY, p.ready());
        pseudoClassStateChanged(NOT_READY, !p.ready());
        pseudoClassStateChanged(TERMINATING, p.terminating());
        setPrefWidth(width);
        setMaxWidth(width);
        String icon = p.ready() ? "fth-check-circle" : "fth-x-circle";
        if (!icon.equals(mark.getIconLiteral())) {
            mark.setIconLiteral(icon);
        }
        mark.pseudoClassStateChanged(READY, p.ready());
        mark.pseudoClassStateChanged(NOT_READY, !p.ready());
        if (!p.name().equals(name.getText())) {
            name.setText(p.name());
            nameTip.setText(p.name());
        }
        name.setMaxWidth(width - 10);
        state.setText(p.terminating() ? "Terminating" : !p.running() ? p.status() : p.ready() ? "Ready" : "NotReady");
        state.pseudoClassStateChanged(READY, p.ready());
        state.pseudoClassStateChanged(NOT_READY, !p.ready());
        ip.setText(p.ip() == null ? "" : p.ip());
        // a screen reader hears the badge as one sentence (curriculum L8)
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText(kit.t("diagram.a11y.pod", p.name(), kit.t(p.terminating() ? "diagram.a11y.terminating"
                : p.ready() ? "diagram.a11y.ready" : "diagram.a11y.notReady"), p.ip() == null ? "-" : p.ip(), p.node()));
        Map<String, String> selector = sel == null ? null : sel.selector();
        labels(p, selector);
        String reason = selector != null && !selector.isEmpty() && sel.namespace().equals(p.namespace())
                ? kit.whyNot(selector, p.labels()) : null;
        pseudoClassStateChanged(UNSELECTED, reason != null);
        if (reason != null) {
            why.setText(reason);
            why.setMaxWidth(width - 10);
            if (why.getParent() != this) {
                getChildren().add(why);
            }
        } else {
            getChildren().remove(why);
        }
        hits(p, hits);
    }

    private void labels(SimPod p, Map<String, String> selector) {
        Map<String, String> shown = new LinkedHashMap<>(p.labels());
        shown.remove("pod-template-hash");
        String chipsNow = shown + "|" + selector;
        if (chipsNow.equals(chipsShown)) {
            return;
        }
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

    private void hits(SimPod p, Integer n) {
        if (n != null) {
            hit.setText(String.valueOf(n));
            hit.setId("hits-" + p.name());
            hitTip.setText(kit.t("diagram.hits", n));
            if (hit.getParent() != this) {
                getChildren().add(0, hit);
            }
        } else {
            getChildren().remove(hit);
        }
    }
}
