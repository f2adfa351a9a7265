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
    private final Spinner<Integer> count = new Spinner<>(1, 200, 1);
    private List<Object> choicesFor;

    Composer(Messages msg, Runnable send) {
        super(8);
        from.setId("trafficFrom");
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
        Button sendButton = new Button(msg.get("traffic.send"), Ui.icon("fth-send"));
        sendButton.setId("sendButton");
        sendButton.getStyleClass().add("accent");
        sendButton.setOnAction(e -> send.run());
        sendButton.setMinWidth(Region.USE_PREF_SIZE);
        sendButton.setTooltip(new Tooltip(msg.get("traffic.sendTip")));
        // a narrow (or zoomed) window shrinks the target field, never the send button
        target.setMinWidth(110);
        getChildren().addAll(label(msg, "traffic.from"), from, label(msg, "traffic.to"), target, label(msg, "traffic.count"),
                count, sendButton);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("traffic-row");
    }

    private static Label label(Messages msg, String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("traffic-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The typed client, else the chosen one. */
    String client() {
        String typed = from.getEditor().getText();
        return typed != null && !typed.isBlank() ? typed.strip() : from.getValue() == null ? "laptop" : from.getValue();
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
            target.getEditor().setText(urls.get(0));
        }
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
        return urls;
    }
}
