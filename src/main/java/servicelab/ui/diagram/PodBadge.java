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
    static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");
    /** On the stage, a counted badge: room at its top for the counter pill that straddles its edge. */
    static final PseudoClass COUNTED = PseudoClass.getPseudoClass("counted");
    /** The name's font as diagram.css sets it (.diagram-card-title), for measuring before the badge is styled. */
    private static final javafx.scene.text.Font NAME_FONT = javafx.scene.text.Font.font("NanumGothic",
            javafx.scene.text.FontWeight.BOLD, 13);
    /** The name's font on the stage (presenter mode: no diagram text under 14 px). */
    private static final javafx.scene.text.Font STAGE_NAME_FONT = javafx.scene.text.Font.font("NanumGothic",
            javafx.scene.text.FontWeight.BOLD, 14);
    /** The measuring texts (UI thread only; a new Text per name costs more than its layout). */
    private static final javafx.scene.text.Text PROBE = probe(NAME_FONT);
    private static final javafx.scene.text.Text STAGE_PROBE = probe(STAGE_NAME_FONT);
    /** Names as broken before, by room: every redraw measures every pod's name, mostly at the scale it had. */
    private static final Map<Room, String> BROKEN = recent();
    /** The widest hyphen-ended part of each name, at the desk's font. */
    private static final Map<String, Double> WIDEST = recent();
    private final DiagramKit kit;
    private SimPod pod;
    private final FontIcon mark = new FontIcon("fth-check-circle");
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label ip = new Label();
    private final Flow chips = new Flow(3, 3);
    private final Label why = new Label();
    /** Shown when NetworkPolicies isolate the pod: the directions, and the policies in the tooltip. */
    private final Label isolated = new Label();
    private final Label hit = new Label();
    private final javafx.scene.layout.Region bar = new javafx.scene.layout.Region();
    private final javafx.scene.layout.StackPane track = new javafx.scene.layout.StackPane(bar);
    private final javafx.scene.layout.HBox counter = new javafx.scene.layout.HBox(6, hit, track);
    /** The badge's own tooltips, whose texts follow the pod: a tooltip is a popup control, costly to create per pod. */
    private final Tooltip nameTip = new Tooltip();
    private final Tooltip hitTip = new Tooltip();
    private final Tooltip stateTip = new Tooltip();
    private final Tooltip isolatedTip = new Tooltip();
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
        // generated names share their prefix and differ in their end: a name too long for the
        // badge breaks at its hyphens (lines() below), never into "ku…2"
        name.setTextOverrun(OverrunStyle.CLIP);
        name.setWrapText(true); // and if a part is still too long, it wraps rather than being cut
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ip.getStyleClass().add("diagram-mono");
        why.getStyleClass().add("why-not");
        why.setWrapText(true);
        hit.getStyleClass().add("hit-counter");
        hit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a count is never cut to "…"
        // the counter and, beside it, a bar for this pod's share of the requests: the spread at a glance
        bar.getStyleClass().add("hit-bar");
        track.getStyleClass().add("hit-track"); // the whole of the requests sent, so the bar reads as a share
        track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        track.setMinWidth(BAR_MAX);
        track.setMaxWidth(BAR_MAX);
        counter.getStyleClass().add("hit-row");
        counter.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        counter.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip.install(name, nameTip);
        Tooltip.install(hit, hitTip);
        state.setTooltip(stateTip);
        isolated.setTooltip(isolatedTip);
        isolated.getStyleClass().add("netpol-chip");
        isolated.setId(null);
        getChildren().addAll(name, new Flow(8, 0, ip, state), chips);
        Menus.showOnSecondaryClick(this, () -> pod == null ? null : menus.pod(pod, editable.getAsBoolean()));
    }

    SimPod pod() {
        return pod;
    }

    /** No pod in this place now: nothing to look up or open a menu for. */
    void vacate() {
        pod = null;
        getProperties().remove("pod");
        getProperties().put(servicelab.ui.dev.LayoutReport.PARKED, true);
    }

    void update(SimPod p, double width, SimService sel, Integer hits, int total, boolean stage, boolean marks, List<String> isolatedBy) {
        pod = p;
        getProperties().put("pod", p.name());
        getProperties().remove(servicelab.ui.dev.LayoutReport.PARKED);
        pseudoClassStateChanged(READY, p.ready());
        pseudoClassStateChanged(NOT_READY, !p.ready());
        pseudoClassStateChanged(TERMINATING, p.terminating());
        setPrefWidth(width);
        setMaxWidth(width);
        // by code, not literal: a literal is looked up among the pack's icons each time it is set
        org.kordamp.ikonli.Ikon icon = p.ready() ? org.kordamp.ikonli.feather.Feather.CHECK_CIRCLE
                : org.kordamp.ikonli.feather.Feather.X_CIRCLE;
        if (mark.getIconCode() != icon) {
            mark.setIconCode(icon);
        }
        mark.pseudoClassStateChanged(READY, p.ready());
        mark.pseudoClassStateChanged(NOT_READY, !p.ready());
        // the state's icon before the name, or not: the diagram decides for every badge (marksFit)
        name.setGraphic(marks ? mark : null);
        String shown = lines(p.name(), nameRoom(width, marks), stage);
        if (!shown.equals(name.getText())) {
            name.setText(shown);
            nameTip.setText(p.name());
        }
        name.setMaxWidth(width - 10);
        showState(p);
        ip.setText(p.ip() == null ? "" : p.ip());
        // a screen reader hears the badge as one sentence (curriculum L8)
        setAccessibleRole(AccessibleRole.NODE);
        String said = kit.t("diagram.a11y.pod", p.name(), kit.t(p.terminating() ? "diagram.a11y.terminating"
                : p.ready() ? "diagram.a11y.ready" : "diagram.a11y.notReady"), p.ip() == null ? "-" : p.ip(), p.node());
        if (!said.equals(getAccessibleText())) { // an object property: an equal new string would still notify
            setAccessibleText(said);
        }
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
        hits(p, hits, total, stage);
        isolation(isolatedBy, width);
    }

    /** The state in the learner's words; kubectl's word for it in the tooltip. */
    private void showState(SimPod p) {
        String kubectl = p.terminating() ? "Terminating" : !p.running() ? p.status() : p.ready() ? "Ready" : "NotReady";
        String shownState = p.ready() && p.readiness().failingBelowThreshold()
                ? kit.t("diagram.probeFailing", p.readiness().failures(), p.readiness().threshold())
                : kit.t(p.terminating() ? "diagram.state.terminating" : !p.running() ? "diagram.state.waiting"
                        : p.ready() ? "diagram.state.ready" : "diagram.state.notReady", p.status());
        state.setText(shownState);
        if (!kubectl.equals(stateTip.getText())) {
            stateTip.setText(kubectl);
        }
        state.pseudoClassStateChanged(FAILING, p.ready() && p.readiness().failingBelowThreshold());
        state.pseudoClassStateChanged(READY, p.ready());
        state.pseudoClassStateChanged(NOT_READY, !p.ready());
    }

    /** The NetworkPolicy overlay: which directions policies isolate the pod in, and by which policies. */
    private void isolation(List<String> by, double width) {
        if (by.isEmpty()) {
            getChildren().remove(isolated);
            return;
        }
        boolean in = by.stream().anyMatch(b -> b.startsWith("Ingress "));
        boolean out = by.stream().anyMatch(b -> b.startsWith("Egress "));
        boolean none = !in && !out; // selected, but the scene's plugin enforces no policy
        isolated.setText(kit.t(none ? "diagram.netpol.unenforced" : in && out ? "diagram.netpol.both"
                : in ? "diagram.netpol.ingress" : "diagram.netpol.egress"));
        if (isolated.getGraphic() == null) {
            isolated.setGraphic(DiagramKit.icon("fth-shield"));
        }
        List<String> lines = new java.util.ArrayList<>();
        for (String b : by) {
            String policy = b.substring(b.indexOf(' ') + 1);
            lines.add(b.startsWith("Ingress ") ? kit.t("diagram.netpol.tipIngress", policy)
                    : b.startsWith("Egress ") ? kit.t("diagram.netpol.tipEgress", policy) : kit.t("diagram.netpol.tipUnenforced", policy));
        }
        String tip = String.join("\n", lines);
        if (!tip.equals(isolatedTip.getText())) {
            isolatedTip.setText(tip);
        }
        isolated.setMaxWidth(width - 10);
        if (isolated.getParent() != this) {
            getChildren().add(2, isolated);
        }
    }

    /**
     * Whether the badges show the state's icon before the name: every badge or none (a badge without
     * it would read as a different state), and none when a name's longest part does not fit beside it
     * in the narrowest badge (a generated hash would wrap mid-word; the state's word and the border's
     * colour still say it). The stage never does.
     */
    static boolean marksFit(List<SimPod> pods, double narrowest, boolean stage) {
        return !stage && pods.stream().allMatch(p -> WIDEST.computeIfAbsent(p.name(), PodBadge::widestPart) <= narrowest - 50);
    }

    /** The name's room in a badge of this width: the badge's padding, and the icon with its gap when shown. */
    static double nameRoom(double width, boolean marks) {
        return width - (marks ? 50 : 22);
    }

    private static double widestPart(String full) {
        double widest = 0;
        for (int start = 0, end; start < full.length(); start = end) {
            end = partEnd(full, start);
            widest = Math.max(widest, width(full, start, end, false));
        }
        return widest;
    }

    /** Where the part of a name that starts at {@code start} ends: after its hyphen, or at the name's end. */
    private static int partEnd(String full, int start) {
        int dash = full.indexOf('-', start);
        return dash < 0 ? full.length() : dash + 1;
    }

    /** The name font's advance of each ASCII character, at the desk and on the stage (0: not measured yet). */
    private static final double[] ADVANCE = new double[128];
    private static final double[] STAGE_ADVANCE = new double[128];

    /**
     * The width of {@code s[from, to)} in the name's font. JavaFX lays Latin text out glyph after glyph
     * without kerning, so a pod's name (ASCII, as DNS names are) is as wide as its characters' advances
     * together: each is measured once, where a rollout's thirty new names cost a text layout per part
     * at every scale tried (PodBadgeWidthTest holds the sum to the laid-out width). Anything else is laid out.
     */
    static double width(String s, int from, int to, boolean stage) {
        double[] advance = stage ? STAGE_ADVANCE : ADVANCE;
        javafx.scene.text.Text probe = stage ? STAGE_PROBE : PROBE;
        double w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= advance.length) {
                probe.setText(s.substring(from, to));
                return probe.getLayoutBounds().getWidth();
            }
            if (advance[c] == 0) {
                probe.setText(String.valueOf(c));
                advance[c] = probe.getLayoutBounds().getWidth();
            }
            w += advance[c];
        }
        return w;
    }

    /** A cache of the 4,096 names used last (a cluster's names change with every rollout). */
    private static <K, V> Map<K, V> recent() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > 4096;
            }
        };
    }

    /** How many lines {@link #lines} breaks the name into. */
    static int lineCount(String full, double room, boolean stage) {
        String lines = lines(full, room, stage);
        int n = 1;
        for (int i = lines.indexOf('\n'); i >= 0; i = lines.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * The name as it fits in the room: one line, or broken after hyphens so that every line fits
     * (the generated suffix, which tells replicas apart, on a line of its own).
     */
    static String lines(String full, double room, boolean stage) {
        return BROKEN.computeIfAbsent(new Room(full, room, stage), k -> breakName(full, room, stage));
    }

    /** A name in a room, as BROKEN keeps it. */
    private record Room(String name, double room, boolean stage) {
    }

    private static javafx.scene.text.Text probe(javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.setFont(font);
        return t;
    }

    static String breakName(String full, double room, boolean stage) {
        StringBuilder out = new StringBuilder(full.length() + 2);
        int lineStart = 0;
        double lineW = 0;
        for (int start = 0, end; start < full.length(); start = end) {
            end = partEnd(full, start);
            double partW = width(full, start, end, stage);
            if (start > lineStart && lineW + partW > room) {
                out.append(full, lineStart, start).append('\n');
                lineStart = start;
                lineW = 0;
            }
            lineW += partW;
        }
        return out.append(full, lineStart, full.length()).toString();
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

    /** The longest share bar (a pod that got every request), in the badge's own pixels. */
    static final double BAR_MAX = 64;

    private void hits(SimPod p, Integer n, int total, boolean stage) {
        pseudoClassStateChanged(COUNTED, stage && n != null);
        if (n != null) {
            hit.setText(String.valueOf(n));
            hit.setId("hits-" + p.name());
            bar.setId("hitbar-" + p.name());
            int percent = Math.round(n * 100f / Math.max(1, total));
            String share = kit.t("diagram.hitsShare", n, percent);
            if (!share.equals(hitTip.getText())) {
                hitTip.setText(share);
                counter.setAccessibleText(share);
            }
            double w = Math.max(4, BAR_MAX * n / Math.max(1, total));
            bar.setMinWidth(w);
            bar.setPrefWidth(w);
            bar.setMaxWidth(w);
            // the desk puts the counter on a row of its own; the stage makes it a pill on the badge's
            // top edge (half above it), so a crowded node spends no row on it
            if (counter.getParent() != this || counter.isManaged() == stage) {
                getChildren().remove(counter);
                counter.setManaged(!stage);
                if (stage) {
                    getChildren().add(counter);
                } else {
                    getChildren().add(0, counter);
                }
            }
        } else {
            getChildren().remove(counter);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!counter.isManaged() && counter.getParent() == this) {
            counter.autosize();
            counter.relocate(10, -counter.getHeight() / 2);
        }
    }
}
