package servicelab.ui.traffic;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import servicelab.sim.Hop;
import servicelab.sim.Outcome;
import servicelab.sim.Router;
import servicelab.sim.SimPod;
import servicelab.sim.Trace;
import servicelab.sim.TraceText;
import servicelab.text.Messages;
import servicelab.ui.Ui;
import servicelab.ui.diagram.DiagramView;
import servicelab.workspace.ClusterModel;

/**
 * Traffic: compose requests (who sends, to what, how many), watch them travel hop by hop across
 * the diagram with play, pause, step, step back and reset at 0.25×–4×, read each hop's
 * explanation, and follow the cluster's events. The frame loop is the only place virtual time
 * advances: the clock runs with the animation speed, through the cluster model.
 */
public final class TrafficPanel extends VBox {
    private final Messages msg;
    private final ClusterModel cluster;
    private final DiagramView diagram;
    private final TraceText text;
    private final TrafficPlayer player = new TrafficPlayer();
    private final Composer composer;
    private final Button play = new Button();
    private final Slider speed = new Slider(0.25, 4, 1);
    private final Label speedLabel = new Label("1.0×");
    private final Label clock = new Label();
    private final Label summary = new Label();
    /** Predict first (curriculum C5): requests stop before they reach a pod until the next step reveals it. */
    private final ToggleButton predict = new ToggleButton();
    private boolean predictionPending;
    /** Predict first: what would tell the outcome (path, events, summary, counters) waits for the reveal. */
    private boolean concealed;
    private final List<String> concealedHops = new ArrayList<>();
    private final List<String> deferredHits = new ArrayList<>();
    private String concealedSummary = "";
    private final FailureCallout callout;
    /** The answer the teacher clicked for the room, or null. */
    private String picked;
    private String rightAnswer;
    private final ToggleButton oneAtATime = new ToggleButton();
    private final ListView<String> hopList = new ListView<>();
    private final EventListView events;
    private final PacketLayer packets;
    private boolean clockRunning = true;
    private boolean choicesPending;
    private Runnable onSent = () -> { };
    private java.util.function.BooleanSupplier gate = () -> true;

    public TrafficPanel(Messages msg, ClusterModel cluster, DiagramView diagram) {
        this.msg = msg;
        this.cluster = cluster;
        this.diagram = diagram;
        this.text = new TraceText(msg.locale());
        this.packets = new PacketLayer(diagram.packetLayer());
        this.callout = new FailureCallout(diagram, text);
        getStyleClass().add("traffic");
        setSpacing(6);
        composer = new Composer(msg, this::send);
        events = new EventListView(msg, text, title("traffic.events"));
        playback = controls();
        getChildren().addAll(composer, playback, lists());
        updatePlay();
        cluster.addListener(s -> {
            events.follow(s.cluster());
            // the composer's choices matter when the learner next opens them, not for this frame
            if (!choicesPending) {
                choicesPending = true;
                javafx.application.Platform.runLater(() -> {
                    choicesPending = false;
                    composer.update(cluster.snapshot(), cluster.state().stale());
                });
            }
        });
        cluster.onNewCluster(() -> {
            resetTraffic();
            events.clear();
        });
        composer.update(cluster.snapshot(), cluster.state().stale());
        events.follow(cluster.snapshot());
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

    private HBox controls() {
        Button back = iconButton("fth-skip-back", "traffic.back", "stepBack");
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
        Button ff = new Button(msg.get("traffic.fastForward"), Ui.icon("fth-fast-forward"));
        ff.setMinWidth(Region.USE_PREF_SIZE);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        ff.setId("fastForward");
        ff.setTooltip(new Tooltip(msg.get("traffic.fastForwardTip")));
        ff.setOnAction(e -> cluster.tick(10_000));
        clock.getStyleClass().add("traffic-clock");
        clock.setId("virtualClock");
        summary.getStyleClass().add("traffic-summary");
        summary.setId("trafficSummary");
        summary.setWrapText(true); // a narrow window gives it two lines, not "…"
        summary.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(6, back, play, fwd, reset, new Separator(Orientation.VERTICAL), label("traffic.speed"), speed,
                speedLabel, new Separator(Orientation.VERTICAL), clock, ff, gap);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("traffic-row");
        return controls;
    }

    private SplitPane lists() {
        predict.setGraphic(Ui.icon("fth-help-circle"));
        predict.setId("predictFirst");
        predict.getStyleClass().add("flat");
        predict.setTooltip(new Tooltip(msg.get("traffic.predictTip")));
        oneAtATime.setGraphic(Ui.icon("fth-git-commit"));
        oneAtATime.setId("oneAtATime");
        oneAtATime.getStyleClass().add("flat");
        oneAtATime.setTooltip(new Tooltip(msg.get("traffic.oneAtATimeTip")));
        oneAtATime.setOnAction(e -> player.setOneAtATime(oneAtATime.isSelected()));
        hopList.setId("hopList");
        Label noHops = new Label(msg.get("traffic.noHops"));
        noHops.setWrapText(true); // a narrow panel wraps the hint instead of cutting it
        noHops.getStyleClass().add("traffic-empty");
        hopList.setPlaceholder(noHops);
        hopList.setCellFactory(WrappingCell::of);
        // how the next batch plays: predict first, one at a time (beside the path they pause on)
        // the last send's summary beside the path it explains, with the room to wrap
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Label hopsTitle = title("traffic.hops");
        hopsTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox hopsHead = new HBox(6, hopsTitle, summary, predict, oneAtATime);
        hopsHead.setAlignment(Pos.CENTER_LEFT);
        VBox hopsBox = new VBox(4, hopsHead, hopList);
        VBox.setVgrow(hopList, Priority.ALWAYS);
        SplitPane lists = new SplitPane(hopsBox, events);
        lists.setDividerPositions(0.55);
        VBox.setVgrow(lists, Priority.ALWAYS);
        this.lists = lists;
        this.hopsHead = hopsHead;
        this.hopsTitle = hopsTitle;
        return lists;
    }

    private SplitPane lists;
    /** The player's row: its own row at the desk, beside the composer on the stage. */
    private HBox playback;
    private HBox hopsHead;
    private Label hopsTitle;
    private boolean compact;

    /** A note at the start of the path's header row (the class plan's strip: one row, not two). */
    public void addToHead(javafx.scene.Node n) {
        HBox.setHgrow(n, Priority.ALWAYS);
        hopsHead.getChildren().add(0, n);
    }

    /**
     * The stage view's traffic bar: the composer, the playback row and the path's one-line summary
     * (with predict-first), the request path and the events one key away (Ctrl+Shift+J).
     */
    public void setCompact(boolean on) {
        if (on == compact) {
            return;
        }
        compact = on;
        // the lists stay in the scene, hidden: they keep filling, and come back as they were
        lists.setVisible(!on);
        lists.setManaged(!on);
        hopsTitle.setVisible(!on);
        hopsTitle.setManaged(!on);
        composer.hostOnStage(on ? playback : null, on); // one row, not two: the stage's height goes to the diagram
        speed.setPrefWidth(on ? 60 : 130);
        if (!on && playback.getParent() == null) {
            getChildren().add(1, playback);
        }
        if (on) {
            ((VBox) lists.getItems().get(0)).getChildren().remove(hopsHead);
            getChildren().add(hopsHead);
        } else {
            getChildren().remove(hopsHead);
            ((VBox) lists.getItems().get(0)).getChildren().add(0, hopsHead);
        }
    }

    public boolean compact() {
        return compact;
    }

    /** The stage-only view keeps the header row (plan, summary, predict-first) and puts the composer's row away. */
    public void setBare(boolean on) {
        composer.setVisible(!on);
        composer.setManaged(!on);
        summary.setVisible(!on); // the row's width goes to the plan's step: the outcome is on the diagram
        summary.setManaged(!on);
    }

    /** The header row, for the stage-only view's own controls at its end. */
    public HBox head() {
        return hopsHead;
    }

    private Label label(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("traffic-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label title(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("pane-title");
        return l;
    }

    private Button iconButton(String literal, String tipKey, String id) {
        Button b = new Button(null, Ui.icon(literal));
        b.setId(id);
        b.setTooltip(new Tooltip(msg.get(tipKey)));
        b.getStyleClass().add("flat");
        return b;
    }

    /** The virtual clock runs unless a test or the presenter stops it. */
    public void setClockRunning(boolean running) {
        clockRunning = running;
    }

    public TrafficPlayer player() {
        return player;
    }

    /** Told after every send (exercises unlock their check once the learner has looked at traffic). */
    public void setOnSent(Runnable r) {
        onSent = r;
    }

    /** Asked before every send; false holds it (an exercise's prediction is not made yet). */
    public void setGate(java.util.function.BooleanSupplier g) {
        gate = g;
    }

    /** Fills the composer (lesson buttons and tests use it; a learner picks the same fields). */
    public void compose(String client, String url, int n) {
        composer.compose(client, url, n);
    }

    // ------------------------------------------------------------------ sending

    /** Predict-first on or off for the next send (class plans switch it per step). */
    public void setPredict(boolean on) {
        predict.setSelected(on);
    }

    /** True while sent requests are still on their way (playing or paused). */
    public boolean unfinished() {
        return player.steps() > 0 && !player.finished();
    }

    /** True while the diagram asks the class a question the next step answers. */
    public boolean asking() {
        return diagram.prompt() != null;
    }

    /** Sends the composed requests now and plays them. */
    public List<Trace> send() {
        String who = composer.client();
        String url = composer.url();
        Router.Client c = cluster.client(who);
        if (c == null || url.isEmpty() || !gate.getAsBoolean()) {
            return List.of();
        }
        int n = composer.count();
        predictionPending = predict.isSelected();
        diagram.setPrompt(null);
        List<Trace> traces;
        try {
            traces = cluster.send(who, url, n);
        } catch (RuntimeException e) {
            summary.setText(msg.get("traffic.badTarget", url));
            return List.of();
        }
        conceal(predictionPending);
        load(traces, c);
        onSent.run();
        player.play();
        if (predictionPending && player.steps() <= 1) {
            player.pause(); // refused at once: the class guesses before the one step shows it
            ask();
        }
        updatePlay();
        long delivered = traces.stream().filter(tr -> tr.outcome() == Outcome.DELIVERED).count();
        String said = msg.get("traffic.summary", n, delivered, text.outcome(traces.get(0).outcome()));
        if (concealed) {
            concealedSummary = said;
            summary.setText(msg.get("traffic.concealed"));
        } else {
            summary.setText(said);
        }
        return traces;
    }

    private void load(List<Trace> traces, Router.Client c) {
        callout.hide();
        String start = c.external() ? (diagram.anchor("client:" + c.id()) != null ? "client:" + c.id() : "client:laptop")
                : "pod:" + c.pod().namespace() + "/" + c.pod().name();
        player.load(traces, tr -> start, h -> HopAnchors.of(h, cluster.snapshot()));
        packets.load(player.flights().size());
        // the hop list explains the first request of the batch
        List<String> hops = new ArrayList<>();
        int i = 1;
        for (Hop h : traces.get(0).hops()) {
            hops.add(i++ + ". " + text.hop(h));
        }
        if (concealed) {
            concealedHops.clear();
            concealedHops.addAll(hops);
            hopList.getItems().clear();
        } else {
            hopList.getItems().setAll(hops);
        }
        placePackets();
    }

    /** Hides (or shows again) everything that tells a request's outcome before the class has guessed. */
    private void conceal(boolean on) {
        concealed = on;
        events.setConcealed(on);
        if (on) {
            picked = null;
            concealedHops.clear();
            deferredHits.clear();
        }
    }

    /** The reveal: the path, events, summary and counters held back, and whether the room was right. */
    private void unconceal() {
        if (!concealed) {
            return;
        }
        conceal(false);
        hopList.getItems().setAll(concealedHops);
        summary.setText(concealedSummary);
        for (String key : deferredHits) {
            diagram.countHit(key);
        }
        deferredHits.clear();
        callout.update(player, player.step(), +1);
        diagram.refresh();
    }

    /** The question that fits the request: which pod, or (for one that reaches none) what happens to it. */
    private void ask() {
        PredictQuestion q = PredictQuestion.of(player.flights().get(0).trace(), cluster.snapshot(), text, msg);
        rightAnswer = q.rightAnswer();
        diagram.ask(q.question(), q.answers(), a -> picked = a);
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
        play.setGraphic(Ui.icon(player.playing() ? "fth-pause" : "fth-play"));
        play.setTooltip(new Tooltip(msg.get(player.playing() ? "traffic.pause" : "traffic.play")));
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
            if (picked != null) {
                boolean right = picked.equals(rightAnswer);
                diagram.showResult(msg.get(right ? "traffic.predictRight" : "traffic.predictWrong", rightAnswer, picked), right);
                picked = null;
            } else {
                diagram.setPrompt(null);
            }
            unconceal();
        }
    }

    public void stepForward() {
        reveal(); // a question is answered; a verdict goes with the next step
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

    /** Empties the request path, the packets, the counters and the summary. */
    public void resetTraffic() {
        player.reset();
        callout.hide();
        packets.clear();
        hopList.getItems().clear();
        summary.setText("");
        diagram.setPrompt(null);
        conceal(false);
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
                if (concealed && sign > 0) {
                    deferredHits.add(key); // counted at the reveal: a counter would give the answer away
                } else if (sign > 0) {
                    diagram.countHit(key);
                } else if (!deferredHits.remove(key)) {
                    diagram.uncountHit(key);
                }
                any = true;
            }
        }
        if (!concealed) {
            callout.update(player, step, sign);
        }
        // the hop the first request has just made is the one explained (after a step back too)
        int now = player.step();
        if (now > 0 && now <= hopList.getItems().size()) {
            hopList.getSelectionModel().clearAndSelect(now - 1);
            hopList.scrollTo(now - 1);
        } else {
            hopList.getSelectionModel().clearSelection();
        }
        if (any) {
            diagram.refresh();
        }
    }

    private void placePackets() {
        packets.place(player, diagram::anchor, concealed);
    }

    private void frame(double dt) {
        events.frame();
        if (player.tick(dt)) {
            arrived(player.step(), +1);
            if (predictionPending && player.steps() > 1 && beforeArrival(player.step())) {
                player.pause(); // the class guesses first; the next step shows where it went
                ask();
            }
            updatePlay();
        }
        if (!packets.isEmpty()) {
            placePackets();
        }
        if (clockRunning && dt > 0) {
            cluster.tick((long) (dt * 1000 * player.speed()));
        }
        long s = cluster.now() / 1000;
        String now = msg.get("traffic.clock", String.format("%d:%02d", s / 60, s % 60));
        if (!now.equals(clock.getText())) {
            clock.setText(now);
        }
    }

    /** Sends 30 requests and steps them to their end, so a still picture shows the path and the spread. */
    public void sendAndShow(String from, String url) {
        setClockRunning(false);
        compose(from, url, 30);
        send();
        player().pause();
        for (int i = player().steps(); i > 0; i--) {
            stepForward();
        }
    }
}
