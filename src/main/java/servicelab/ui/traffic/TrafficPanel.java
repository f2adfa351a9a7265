package servicelab.ui.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.sim.EventLog;
import servicelab.sim.Hop;
import servicelab.sim.NodeInfo;
import servicelab.sim.Outcome;
import servicelab.sim.Router;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;
import servicelab.sim.Trace;
import servicelab.sim.TraceText;
import servicelab.ui.diagram.DiagramView;
import servicelab.workspace.Workspace;

/**
 * Traffic: compose requests (who sends, to what, how many), watch them travel hop by hop across
 * the diagram with play, pause, step, step back and reset at 0.25×–4×, read each hop's
 * explanation, and follow the cluster's events. The virtual clock runs with the animation speed.
 */
public final class TrafficPanel extends VBox {
    private final ResourceBundle bundle;
    private final Workspace ws;
    private final DiagramView diagram;
    private final TraceText text;
    private final TrafficPlayer player = new TrafficPlayer();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private final Spinner<Integer> count = new Spinner<>(1, 200, 1);
    private final Button play = new Button();
    private final Slider speed = new Slider(0.25, 4, 1);
    private final Label speedLabel = new Label("1.0×");
    private final Label clock = new Label();
    private final Label summary = new Label();
    /** Predict first (curriculum C5): requests stop before they reach a pod until the next step reveals it. */
    private final javafx.scene.control.ToggleButton predict = new javafx.scene.control.ToggleButton();
    private boolean predictionPending;
    private final javafx.scene.control.ToggleButton oneAtATime = new javafx.scene.control.ToggleButton();
    private final ListView<String> hopList = new ListView<>();
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final FilteredList<String> filtered = new FilteredList<>(events, s -> true);
    private final ListView<String> eventList = new ListView<>(filtered);
    private final Group packets;
    private final List<Group> packetNodes = new ArrayList<>();
    private long shownEvents;
    private boolean clockRunning = true;

    public TrafficPanel(ResourceBundle bundle, Workspace ws, DiagramView diagram) {
        this.bundle = bundle;
        this.ws = ws;
        this.diagram = diagram;
        this.text = new TraceText(bundle.getLocale());
        this.packets = diagram.packetLayer();
        getStyleClass().add("traffic");
        setSpacing(6);

        from.setId("trafficFrom");
        from.setEditable(true); // any outside client: external:198.51.100.7
        from.setTooltip(new Tooltip(t("traffic.fromTip")));
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
        Button send = new Button(t("traffic.send"), icon("fth-send"));
        send.setId("sendButton");
        send.getStyleClass().add("accent");
        send.setDefaultButton(false);
        send.setOnAction(e -> send());
        send.setMinWidth(Region.USE_PREF_SIZE);
        // a narrow (or zoomed) window shrinks the target field, never the send button
        target.setMinWidth(110);
        HBox composer = new HBox(8, label("traffic.from"), from, label("traffic.to"), target, label("traffic.count"), count, send);
        composer.setAlignment(Pos.CENTER_LEFT);
        composer.getStyleClass().add("traffic-row");

        Button back = iconButton("fth-skip-back", "traffic.back", "stepBack");
        send.setTooltip(new Tooltip(t("traffic.sendTip")));
        back.setOnAction(e -> stepBack());
        play.setId("playButton");
        play.setOnAction(e -> togglePlay());
        Button fwd = iconButton("fth-skip-forward", "traffic.step", "stepForward");
        fwd.setOnAction(e -> stepForward());
        Button reset = iconButton("fth-rotate-ccw", "traffic.reset", "resetTraffic");
        reset.setOnAction(e -> resetTraffic());
        speed.setId("speedSlider");
        speed.setPrefWidth(130);
        speed.valueProperty().addListener((o, a, b) -> {
            player.setSpeed(b.doubleValue());
            speedLabel.setText(String.format("%.2g×", player.speed()));
        });
        Button ff = new Button(t("traffic.fastForward"), icon("fth-fast-forward"));
        ff.setMinWidth(Region.USE_PREF_SIZE);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        ff.setId("fastForward");
        ff.setTooltip(new Tooltip(t("traffic.fastForwardTip")));
        ff.setOnAction(e -> ws.advance(10_000));
        clock.getStyleClass().add("traffic-clock");
        clock.setId("virtualClock");
        summary.getStyleClass().add("traffic-summary");
        summary.setId("trafficSummary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        predict.setGraphic(icon("fth-help-circle"));
        predict.setId("predictFirst");
        predict.getStyleClass().add("flat");
        predict.setTooltip(new Tooltip(t("traffic.predictTip")));
        oneAtATime.setGraphic(icon("fth-git-commit"));
        oneAtATime.setId("oneAtATime");
        oneAtATime.getStyleClass().add("flat");
        oneAtATime.setTooltip(new Tooltip(t("traffic.oneAtATimeTip")));
        oneAtATime.setOnAction(e -> player.setOneAtATime(oneAtATime.isSelected()));
        HBox controls = new HBox(6, back, play, fwd, reset, new Separator(Orientation.VERTICAL), label("traffic.speed"), speed,
                speedLabel, new Separator(Orientation.VERTICAL), clock, ff, gap, summary);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("traffic-row");

        hopList.setId("hopList");
        Label noHops = new Label(t("traffic.noHops"));
        noHops.setWrapText(true); // a narrow panel wraps the hint instead of cutting it
        noHops.getStyleClass().add("traffic-empty");
        hopList.setPlaceholder(noHops);
        hopList.setCellFactory(v -> wrappingCell());
        TextField filter = new TextField();
        filter.setId("eventFilter");
        filter.setPromptText(t("traffic.filter"));
        filter.textProperty().addListener((o, a, b) ->
                filtered.setPredicate(s -> b == null || b.isBlank() || s.toLowerCase().contains(b.toLowerCase())));
        eventList.setId("eventList");
        eventList.setCellFactory(v -> wrappingCell());
        // how the next batch plays: predict first, one at a time (beside the path they pause on)
        Region hopsGap = new Region();
        HBox.setHgrow(hopsGap, Priority.ALWAYS);
        HBox hopsHead = new HBox(6, title("traffic.hops"), hopsGap, predict, oneAtATime);
        hopsHead.setAlignment(Pos.CENTER_LEFT);
        VBox hopsBox = new VBox(4, hopsHead, hopList);
        VBox.setVgrow(hopList, Priority.ALWAYS);
        VBox eventsBox = new VBox(4, new HBox(8, title("traffic.events"), filter), eventList);
        VBox.setVgrow(eventList, Priority.ALWAYS);
        SplitPane lists = new SplitPane(hopsBox, eventsBox);
        lists.setDividerPositions(0.55);
        VBox.setVgrow(lists, Priority.ALWAYS);
        getChildren().addAll(composer, controls, lists);

        updatePlay();
        refreshChoices();
        ws.onChange(this::onWorkspaceChange);
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                double dt = last == 0 ? 0 : (now - last) / 1e9;
                last = now;
                frame(Math.min(dt, 0.1));
            }
        }.start();
    }

    private String t(String key, Object... args) {
        return new servicelab.text.Messages(bundle).get(key, args);
    }

    private Label label(String key) {
        Label l = new Label(t(key));
        l.getStyleClass().add("traffic-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label title(String key) {
        Label l = new Label(t(key));
        l.getStyleClass().add("pane-title");
        return l;
    }

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(15);
        return i;
    }

    private Button iconButton(String literal, String tipKey, String id) {
        Button b = new Button(null, icon(literal));
        b.setId(id);
        b.setTooltip(new Tooltip(t(tipKey)));
        b.getStyleClass().add("flat");
        return b;
    }

    private <T> javafx.scene.control.ListCell<T> wrappingCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.valueOf(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }

    /** The virtual clock runs unless a test or the presenter stops it. */
    public void setClockRunning(boolean running) {
        clockRunning = running;
    }

    public TrafficPlayer player() {
        return player;
    }

    // ------------------------------------------------------------------ composing

    private String choicesFor;

    /** Offers every client and the addresses a learner would try for the current cluster. */
    public void refreshChoices() {
        Simulation sim = ws.simulation();
        String key = sim.services().toString() + sim.userPods().stream().map(SimPod::name).toList() + sim.servedIngresses().size();
        if (key.equals(choicesFor)) {
            return; // the same Services and pods: the choices are unchanged
        }
        choicesFor = key;
        String keepFrom = from.getValue();
        List<String> clients = new ArrayList<>(List.of("laptop", "browser"));
        for (SimPod p : sim.userPods()) {
            clients.add("pod/" + (p.namespace().equals("default") ? "" : p.namespace() + "/") + p.name());
        }
        from.getItems().setAll(clients);
        from.setValue(keepFrom != null && clients.contains(keepFrom) ? keepFrom : clients.get(0));
        String keepTarget = target.getEditor().getText();
        List<String> urls = new ArrayList<>();
        for (SimService s : sim.services()) {
            if (s.namespace().equals("kube-system") || s.name().equals("kubernetes")) {
                continue;
            }
            int port = s.ports().isEmpty() ? 80 : s.ports().get(0).port();
            urls.add("http://" + s.name() + (port == 80 ? "" : ":" + port) + "/");
            if (s.clusterIP() != null && !s.headless()) {
                urls.add("http://" + s.clusterIP() + ":" + port + "/");
            }
            for (SimService.Port p : s.ports()) {
                if (p.nodePort() != null) {
                    for (NodeInfo n : ws.world().nodes()) {
                        urls.add("http://" + n.ip() + ":" + p.nodePort() + "/");
                    }
                }
            }
            if (s.loadBalancerIP() != null) {
                urls.add("http://" + s.loadBalancerIP() + (port == 80 ? "" : ":" + port) + "/");
            }
        }
        for (var i : sim.servedIngresses()) {
            for (var r : i.spec().rulesOrEmpty()) {
                if (r.host() != null && !r.host().startsWith("*")) {
                    urls.add("http://" + r.host() + "/");
                }
            }
        }
        target.getItems().setAll(urls);
        if (keepTarget != null && !keepTarget.isBlank()) {
            target.getEditor().setText(keepTarget);
        } else if (!urls.isEmpty()) {
            target.getEditor().setText(urls.get(0));
        }
    }

    private Runnable onSent = () -> { };

    /** Told after every send (exercises unlock their check once the learner has looked at traffic). */
    public void setOnSent(Runnable r) {
        onSent = r;
    }

    /** Fills the composer (lesson buttons and tests use it; a learner picks the same fields). */
    public void compose(String client, String url, int n) {
        if (!from.getItems().contains(client)) {
            from.getItems().add(client);
        }
        from.setValue(client);
        from.getEditor().setText(client);
        target.getEditor().setText(url);
        count.getValueFactory().setValue(n);
    }

    /** Sends the composed requests now and plays them. */
    public List<Trace> send() {
        Router router = ws.simulation().router();
        String typed = from.getEditor().getText();
        String who = typed != null && !typed.isBlank() ? typed.strip() : from.getValue() == null ? "laptop" : from.getValue();
        Router.Client c = router.client(who.startsWith("pod/") || who.startsWith("external") ? who : who);
        String url = target.getEditor().getText() == null ? "" : target.getEditor().getText().strip();
        if (c == null || url.isEmpty()) {
            return List.of();
        }
        if (!url.contains("://")) {
            url = "http://" + url;
        }
        int n = count.getValue() == null ? 1 : count.getValue();
        predictionPending = predict.isSelected();
        diagram.setPrompt(null);
        List<Trace> traces = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                traces.add(router.send(c, url));
            }
        } catch (RuntimeException e) {
            summary.setText(t("traffic.badTarget", url));
            return List.of();
        }
        load(traces, c);
        onSent.run();
        player.play();
        updatePlay();
        long delivered = traces.stream().filter(tr -> tr.outcome() == Outcome.DELIVERED).count();
        summary.setText(t("traffic.summary", n, delivered, traces.get(0).outcome().name()));
        ws.changed();
        return traces;
    }

    private void load(List<Trace> traces, Router.Client c) {
        packets.getChildren().clear();
        packetNodes.clear();
        String start = c.external() ? (diagram.anchor("client:" + c.id()) != null ? "client:" + c.id() : "client:laptop")
                : "pod:" + c.pod().namespace() + "/" + c.pod().name();
        player.load(traces, tr -> start, this::anchorOf);
        for (TrafficPlayer.Flight f : player.flights()) {
            Circle dot = new Circle(7);
            dot.getStyleClass().add("packet");
            Label addr = new Label();
            addr.getStyleClass().add("packet-label");
            addr.setLayoutX(10);
            addr.setLayoutY(-22);
            Group g = new Group(dot, addr);
            packets.getChildren().add(g);
            packetNodes.add(g);
        }
        // the hop list explains the first request of the batch
        List<String> hops = new ArrayList<>();
        int i = 1;
        for (Hop h : traces.get(0).hops()) {
            hops.add(i++ + ". " + text.hop(h));
        }
        hopList.getItems().setAll(hops);
        placePackets();
    }

    /** Which diagram component a hop happens at. */
    String anchorOf(Hop h) {
        return switch (h.by()) {
            case "dns" -> "dns";
            case "edge" -> "edge";
            case "load-balancer" -> {
                String ip = h.dstBefore().contains(":") ? h.dstBefore().substring(0, h.dstBefore().indexOf(':')) : h.dstBefore();
                SimService s = ws.simulation().services().stream().filter(x -> ip.equals(x.loadBalancerIP())).findFirst().orElse(null);
                yield s == null ? "lb" : "lb:" + s.key();
            }
            case "kube-proxy", "node" -> h.key().equals("hop.net.egress") ? "external" : "node:" + h.at();
            case "ingress-nginx" -> "ingress";
            case "pod" -> {
                SimPod p = ws.simulation().pods().stream().filter(x -> x.name().equals(h.args().get(0))).findFirst().orElse(null);
                yield p == null ? "node:" + h.at() : "pod:" + p.key();
            }
            default -> {
                if (h.key().equals("hop.net.toNode")) {
                    yield "node:" + h.args().get(0);
                }
                String ip = h.dstAfter().contains(":") ? h.dstAfter().substring(0, h.dstAfter().indexOf(':')) : h.dstAfter();
                SimPod p = ws.simulation().pods().stream().filter(x -> x.ip().equals(ip)).findFirst().orElse(null);
                yield p == null ? "node:" + h.at() : "pod:" + p.key();
            }
        };
    }

    // ------------------------------------------------------------------ playing

    public void togglePlay() {
        reveal();
        if (player.playing()) {
            player.pause();
        } else {
            player.play();
        }
        updatePlay();
    }

    private void updatePlay() {
        play.setGraphic(icon(player.playing() ? "fth-pause" : "fth-play"));
        play.setTooltip(new Tooltip(t(player.playing() ? "traffic.pause" : "traffic.play")));
    }

    /** The step just before a request reaches its pod: the whole batch's last, or each request's when one at a time. */
    private boolean beforeArrival(int step) {
        if (!player.oneAtATime()) {
            return step == player.steps() - 1;
        }
        return player.flights().stream().anyMatch(f -> f.length() > 1 && f.end() - 1 == step);
    }

    private void reveal() {
        if (diagram.prompt() != null) {
            // one at a time, every request is guessed in turn
            predictionPending = player.oneAtATime() && !player.finished();
            diagram.setPrompt(null);
        }
    }

    public void stepForward() {
        reveal();
        player.pause();
        if (player.stepForward()) {
            arrived(player.step(), +1);
        }
        updatePlay();
        placePackets();
    }

    public void stepBack() {
        player.pause();
        int before = player.step();
        if (player.stepBack()) {
            arrived(before, -1);
        }
        updatePlay();
        placePackets();
    }

    public void resetTraffic() {
        player.reset();
        packets.getChildren().clear();
        packetNodes.clear();
        hopList.getItems().clear();
        summary.setText("");
        diagram.clearHits();
        updatePlay();
    }

    /** Counts requests that reach their pod at this step (or takes them back when stepping back). */
    private void arrived(int step, int sign) {
        boolean any = false;
        for (TrafficPlayer.Flight f : player.flights()) {
            Trace tr = f.trace();
            if (f.end() == step && tr.outcome() == Outcome.DELIVERED && tr.pod() != null) {
                String key = tr.podNamespace() + "/" + tr.pod();
                if (sign > 0) {
                    diagram.countHit(key);
                } else {
                    diagram.uncountHit(key);
                }
                any = true;
            }
        }
        if (step > 0 && step <= hopList.getItems().size()) {
            hopList.getSelectionModel().clearAndSelect(step - 1);
            hopList.scrollTo(step - 1);
        } else {
            hopList.getSelectionModel().clearSelection();
        }
        if (any) {
            diagram.refresh();
        }
    }

    private void placePackets() {
        for (int i = 0; i < packetNodes.size() && i < player.flights().size(); i++) {
            TrafficPlayer.Flight f = player.flights().get(i);
            Group g = packetNodes.get(i);
            Point2D p = player.position(f, diagram::anchor);
            if (p == null) {
                g.setVisible(false);
                continue;
            }
            g.setVisible(true);
            // spread a batch a little so every packet stays visible
            double jitter = (i % 7 - 3) * 4.0;
            g.setTranslateX(p.getX() + jitter);
            g.setTranslateY(p.getY() + (i % 5 - 2) * 3.0);
            Circle dot = (Circle) g.getChildren().get(0);
            // style and text change only when a packet's state does: no CSS pass on every frame
            boolean failedNow = f.end() <= player.step() && f.failed();
            if (failedNow != dot.getStyleClass().contains("failed")) {
                if (failedNow) {
                    dot.getStyleClass().add("failed");
                } else {
                    dot.getStyleClass().remove("failed");
                }
            }
            if (i == 0) {
                Label l = (Label) g.getChildren().get(1);
                String text = f.label(player.step());
                if (!text.equals(l.getText())) {
                    l.setText(text);
                }
            } else if (g.getChildren().get(1).isVisible()) {
                g.getChildren().get(1).setVisible(false);
            }
        }
    }

    private void frame(double dt) {
        if (eventsBehindFrames >= 0 && ++eventsBehindFrames > 1) {
            eventsBehindFrames = -1;
            flushEvents();
        }
        if (player.tick(dt)) {
            arrived(player.step(), +1);
            if (predictionPending && player.steps() > 1 && beforeArrival(player.step())) {
                player.pause(); // the class guesses first; the next step shows where it went
                diagram.setPrompt(t("traffic.predictPrompt"));
            }
            updatePlay();
        }
        if (!packetNodes.isEmpty()) {
            placePackets();
        }
        if (clockRunning && dt > 0) {
            ws.simulation().advance((long) (dt * 1000 * player.speed()));
            tickClock();
        }
    }

    private void tickClock() {
        long s = ws.simulation().now() / 1000;
        clock.setText(t("traffic.clock", String.format("%d:%02d", s / 60, s % 60)));
        if (ws.simulation().events().total() != shownEvents && eventsBehindFrames < 0) {
            ws.changed();
        }
    }

    /** The event log whose events the list shows (the simulation is replaced on restart or a new file). */
    private EventLog shownLog;

    /** Frames drawn since the event list last fell behind the log; see {@link #onWorkspaceChange}. */
    private int eventsBehindFrames = -1;

    private void onWorkspaceChange() {
        EventLog log = followLog();
        if (log.total() != shownEvents) {
            // the window's own listener redraws the diagram; this one only schedules the event list.
            // Appending to the wrapping event list and scrolling it costs 10-35 ms when a keystroke
            // rolls many pods; doing it a frame later lets the diagram show the change first.
            if (eventsBehindFrames < 0) {
                eventsBehindFrames = 0;
            }
        }
        tickClockLabelOnly();
    }

    /** The current cluster's log; a new cluster (another file, a restart) starts the list from zero. */
    private EventLog followLog() {
        EventLog log = ws.simulation().events();
        if (log != shownLog) {
            shownLog = log;
            shownEvents = 0;
            events.clear();
        }
        return log;
    }

    private void flushEvents() {
        EventLog log = followLog();
        if (log.total() != shownEvents) {
            long newOnes = log.total() - shownEvents;
            List<EventLog.Event> recent = log.recent();
            int from = (int) Math.max(0, recent.size() - Math.min(newOnes, recent.size()));
            List<String> batch = new ArrayList<>();
            for (EventLog.Event e : recent.subList(from, recent.size())) {
                long s = e.time() / 1000;
                batch.add(String.format("%d:%02d  ", s / 60, s % 60) + text.event(e));
            }
            events.addAll(batch); // one change for the list, however many events
            if (events.size() > 2000) {
                events.remove(0, events.size() - 2000);
            }
            shownEvents = log.total();
            if (!filtered.isEmpty()) {
                eventList.scrollTo(filtered.size() - 1);
            }
        }
    }

    private void tickClockLabelOnly() {
        long s = ws.simulation().now() / 1000;
        clock.setText(t("traffic.clock", String.format("%d:%02d", s / 60, s % 60)));
    }

}
