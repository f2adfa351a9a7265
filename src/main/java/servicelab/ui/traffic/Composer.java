package servicelab.ui.traffic;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import servicelab.model.Ingress;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.NodeInfo;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.text.Messages;
import servicelab.ui.Ui;

/**
 * Composing requests: who sends (a client outside, or a pod), to what (a URL; the choices are the
 * addresses a learner would try in the current cluster), and how many.
 */
final class Composer extends HBox {
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    // up to 1,000 requests at once: enough for a random spread to settle where the lesson says it will
    private final Spinner<Integer> count = new Spinner<>(1, 1000, 1);
    private final Button sendButton;
    /** Why sending is not possible now (broken YAML, no target), shown beside the disabled button. */
    private final Label reason = new Label();
    private final Messages msg;
    private List<Object> choicesFor;
    private boolean stale;
    private ClusterSnapshot snap;

    Composer(Messages msg, Runnable send) {
        super(8);
        this.msg = msg;
        from.setId("trafficFrom");
        // the outside clients by their Korean names; a typed external:IP or pod/NAME stays as typed
        from.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : msg.has("client." + id) ? msg.get("client." + id) : id;
            }

            @Override
            public String fromString(String text) {
                String t = text == null ? "" : text.strip();
                for (String id : List.of("laptop", "browser")) {
                    if (t.equals(msg.get("client." + id))) {
                        return id;
                    }
                }
                return t;
            }
        });
        from.setEditable(true); // any outside client: external:198.51.100.7
        from.setTooltip(new Tooltip(msg.get("traffic.fromTip")));
        target.setId("trafficTarget");
        target.setEditable(true);
        target.setPrefWidth(240);
        HBox.setHgrow(target, Priority.ALWAYS);
        target.setMaxWidth(420);
        from.setPrefWidth(150);
        from.setMinWidth(104); // "laptop", "browser" stay readable in a narrow window
        count.setId("trafficCount");
        count.setPrefWidth(80);
        count.setMinWidth(76);
        count.setEditable(true);
        sendButton = new Button(msg.get("traffic.send"), Ui.icon("fth-send"));
        sendButton.setId("sendButton");
        sendButton.getStyleClass().add("accent");
        sendButton.setOnAction(e -> send.run());
        sendButton.setMinWidth(Region.USE_PREF_SIZE);
        sendButton.setTooltip(new Tooltip(msg.get("traffic.sendTip")));
        // a narrow (or zoomed) window shrinks the target field, never the send button
        target.setMinWidth(110);
        reason.setId("sendReason");
        reason.getStyleClass().add("send-reason");
        reason.setWrapText(true);
        reason.setMaxWidth(200);
        reason.setMinWidth(0);
        getChildren().addAll(label(msg, "traffic.from"), from, label(msg, "traffic.to"), target, label(msg, "traffic.count"),
                count, sendButton, reason);
        target.getEditor().textProperty().addListener((o, a, b) -> updateSend());
        target.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                suitClient(b);
            }
        });
        updateSend();
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("traffic-row");
    }

    /**
     * The stage's one-row traffic bar: the labels step aside and the player's row (taken from the
     * panel) follows the send button; off, the player's row is handed back (detached).
     */
    void hostOnStage(HBox playback, boolean on) {
        if (playback != null) {
            hosted = playback;
        }
        if (count.getTooltip() == null) {
            count.setTooltip(new Tooltip(msg.get("traffic.count"))); // on the stage its label steps aside
        }
        // one row: the sender and the address must not be cut as the row fills; the count needs little
        from.setMinWidth(on ? 124 : 104);
        target.setMinWidth(on ? 140 : 110);
        count.setPrefWidth(on ? 60 : 80);
        for (HBox row : hosted == null ? List.of(this) : List.of(this, hosted)) {
            for (javafx.scene.Node n : row.getChildren()) {
                if (n.getStyleClass().contains("traffic-label") || n instanceof javafx.scene.control.Separator) {
                    n.setVisible(!on);
                    n.setManaged(!on);
                }
            }
        }
        if (on && hosted != null && hosted.getParent() != this) {
            if (hosted.getParent() instanceof javafx.scene.layout.Pane p) {
                p.getChildren().remove(hosted);
            }
            getChildren().add(hosted);
        } else if (!on && hosted != null) {
            getChildren().remove(hosted);
        }
    }

    private HBox hosted;

    private static Label label(Messages msg, String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("traffic-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The typed client, else the chosen one. */
    String client() {
        String typed = from.getEditor().getText();
        return typed != null && !typed.isBlank() ? from.getConverter().fromString(typed)
                : from.getValue() == null ? "laptop" : from.getValue();
    }

    /** Send is offered only when it can work: a valid YAML and a target; otherwise the button says why. */
    private void updateSend() {
        String why = stale ? msg.get("traffic.cannotSend.stale")
                : url().isEmpty() ? msg.get("traffic.cannotSend.noTarget") : null;
        sendButton.setDisable(why != null);
        reason.setText(why == null ? "" : why);
        reason.setVisible(why != null);
        reason.setManaged(why != null);
        sendButton.setAccessibleHelp(why);
    }

    boolean canSend() {
        return !sendButton.isDisabled();
    }

    /**
     * A target inside the cluster (a Service's name, a cluster IP, a pod IP) is reached from a pod;
     * one a laptop can reach (node ports, load-balancer IPs, Ingress hosts) from the laptop.
     */
    private void suitClient(String url) {
        if (snap == null) {
            return;
        }
        boolean outsideReachable = outside(snap).contains(url);
        if (!outsideReachable && !target.getItems().contains(url)) {
            return; // a typed address: the learner chose the client too
        }
        String c = client();
        boolean external = !c.startsWith("pod/");
        if (!outsideReachable && external) {
            String pod = preferredPod(snap);
            if (pod != null) {
                from.setValue(pod);
                from.getEditor().setText(from.getConverter().toString(pod));
            }
        } else if (outsideReachable && !external && !url.contains("://" + c)) {
            from.setValue("laptop");
            from.getEditor().setText(from.getConverter().toString("laptop"));
        }
    }

    /** The pod a learner would exec into: one named like a client, else the first. */
    private static String preferredPod(ClusterSnapshot snap) {
        String first = null;
        for (SimPod p : snap.userPods()) {
            String id = "pod/" + (p.namespace().equals("default") ? "" : p.namespace() + "/") + p.name();
            if (p.name().startsWith("client") || p.name().startsWith("curl") || p.name().startsWith("busybox")) {
                return id;
            }
            first = first == null ? id : first;
        }
        return first;
    }

    String url() {
        String url = target.getEditor().getText() == null ? "" : target.getEditor().getText().strip();
        return url.isEmpty() || url.contains("://") ? url : "http://" + url;
    }

    int count() {
        return count.getValue() == null ? 1 : count.getValue();
    }

    /** Fills the composer (lesson buttons and tests use it; a learner picks the same fields). */
    void compose(String client, String url, int n) {
        if (!from.getItems().contains(client)) {
            from.getItems().add(client);
        }
        from.setValue(client);
        from.getEditor().setText(client);
        target.getEditor().setText(url);
        count.getValueFactory().setValue(n);
        updateSend();
    }

    /** The cluster changed (or its YAML broke): new choices, and whether sending can work. */
    void update(ClusterSnapshot s, boolean staleNow) {
        snap = s;
        stale = staleNow;
        refreshChoices(s);
        updateSend();
    }

    /** Offers every client and the addresses a learner would try for the current cluster. */
    void refreshChoices(ClusterSnapshot snap) {
        List<Object> key = List.of(snap.services(), snap.userPods().stream().map(SimPod::name).toList(), snap.servedIngresses());
        if (key.equals(choicesFor)) {
            return; // the same Services and pods: the choices are unchanged
        }
        choicesFor = key;
        String keepFrom = from.getValue();
        List<String> clients = new ArrayList<>(List.of("laptop", "browser"));
        for (SimPod p : snap.userPods()) {
            clients.add("pod/" + (p.namespace().equals("default") ? "" : p.namespace() + "/") + p.name());
        }
        from.getItems().setAll(clients);
        from.setValue(keepFrom != null && clients.contains(keepFrom) ? keepFrom : clients.get(0));
        String keepTarget = target.getEditor().getText();
        List<String> urls = urls(snap);
        target.getItems().setAll(urls);
        if (keepTarget != null && !keepTarget.isBlank()) {
            target.getEditor().setText(keepTarget);
        } else if (!urls.isEmpty()) {
            // the first try should work: an address the laptop reaches, else a name asked from a pod
            List<String> outside = outside(snap);
            String first = outside.isEmpty() ? urls.get(0) : outside.get(0);
            this.snap = snap;
            target.getEditor().setText(first);
            suitClient(first);
        }
    }

    /** The addresses an outside client reaches: node ports, load-balancer IPs, Ingress hosts. */
    private static List<String> outside(ClusterSnapshot snap) {
        List<String> out = new ArrayList<>();
        for (SimService s : snap.userServices()) {
            int port = s.ports().isEmpty() ? 80 : s.ports().get(0).port();
            for (SimService.Port p : s.ports()) {
                if (p.nodePort() != null) {
                    for (NodeInfo n : snap.world().nodes()) {
                        out.add("http://" + n.ip() + ":" + p.nodePort() + "/");
                    }
                }
            }
            if (s.loadBalancerIP() != null) {
                out.add("http://" + s.loadBalancerIP() + (port == 80 ? "" : ":" + port) + "/");
            }
        }
        for (Ingress i : snap.servedIngresses()) {
            for (var r : i.spec().rulesOrEmpty()) {
                if (r.host() != null && !r.host().startsWith("*")) {
                    out.add("http://" + r.host() + "/");
                }
            }
        }
        return out;
    }

    private static List<String> urls(ClusterSnapshot snap) {
        List<String> urls = new ArrayList<>();
        for (SimService s : snap.userServices()) {
            int port = s.ports().isEmpty() ? 80 : s.ports().get(0).port();
            urls.add("http://" + s.name() + (port == 80 ? "" : ":" + port) + "/");
            if (s.clusterIP() != null && !s.headless()) {
                urls.add("http://" + s.clusterIP() + ":" + port + "/");
            }
            for (SimService.Port p : s.ports()) {
                if (p.nodePort() != null) {
                    for (NodeInfo n : snap.world().nodes()) {
                        urls.add("http://" + n.ip() + ":" + p.nodePort() + "/");
                    }
                }
            }
            if (s.loadBalancerIP() != null) {
                urls.add("http://" + s.loadBalancerIP() + (port == 80 ? "" : ":" + port) + "/");
            }
        }
        for (Ingress i : snap.servedIngresses()) {
            for (var r : i.spec().rulesOrEmpty()) {
                if (r.host() != null && !r.host().startsWith("*")) {
                    urls.add("http://" + r.host() + "/");
                }
            }
        }
        // a pod's own address (chapter 1 has pods and no Service yet)
        for (SimPod p : snap.userPods()) {
            if (p.ip() != null && !p.name().startsWith("client")) {
                urls.add("http://" + p.ip() + ":" + podPort(p) + "/");
            }
        }
        return urls;
    }

    private static int podPort(SimPod p) {
        return p.ports().isEmpty() ? 80 : p.ports().get(0).containerPort();
    }
}
