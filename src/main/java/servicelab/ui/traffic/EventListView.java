package servicelab.ui.traffic;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import servicelab.sim.ClusterSnapshot;
import servicelab.sim.EventLog;
import servicelab.sim.TraceText;
import servicelab.text.Messages;

/**
 * The cluster's events as they happen (pods starting, probes flipping, endpoints changing,
 * requests), newest last, with a filter. It follows the published cluster; appending to the
 * wrapping list and scrolling it costs 10–35 ms when a keystroke rolls many pods, so the list
 * catches up a frame after the diagram has shown the change.
 */
final class EventListView extends VBox {
    private static final int KEEP = 2000;
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final FilteredList<String> filtered = new FilteredList<>(events, s -> true);
    private final ListView<String> list = new ListView<>(filtered);
    private final TraceText text;
    private final Messages msg;
    /** What each row is (parallel to events): its kind for the filter, and a burst's tally. */
    private final List<Row> rows = new ArrayList<>();
    private String kind = "all";
    private String typed = "";
    private long shownTotal;
    private ClusterSnapshot pending;
    private int framesBehind = -1;

    EventListView(Messages msg, TraceText text, Label title) {
        super(4);
        this.text = text;
        this.msg = msg;
        TextField filter = new TextField();
        filter.setId("eventFilter");
        filter.setPromptText(msg.get("traffic.filter"));
        filter.setMinWidth(60);
        filter.textProperty().addListener((o, a, b) -> {
            typed = b == null ? "" : b.strip().toLowerCase();
            refilter();
        });
        javafx.scene.control.ComboBox<String> kinds = new javafx.scene.control.ComboBox<>();
        kinds.setId("eventKind");
        kinds.getItems().setAll(KINDS);
        kinds.setValue("all");
        kinds.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : msg.get(switch (k) {
                    case "request" -> "events.kind.request";
                    case "pod" -> "events.kind.pod";
                    case "probe" -> "events.kind.probe";
                    case "service" -> "events.kind.service";
                    default -> "events.kind.all";
                });
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        kinds.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kinds.valueProperty().addListener((o, a, b) -> {
            kind = b == null ? "all" : b;
            refilter();
        });
        list.setId("eventList");
        list.setCellFactory(WrappingCell::of);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, title, kinds, filter);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        cover.setText(msg.get("traffic.concealed"));
        cover.setWrapText(true);
        cover.getStyleClass().add("traffic-empty");
        cover.setId("eventsConcealed");
        cover.setVisible(false);
        javafx.scene.layout.StackPane body = new javafx.scene.layout.StackPane(list, cover);
        getChildren().addAll(head, body);
        VBox.setVgrow(body, Priority.ALWAYS);
    }

    private final Label cover = new Label();

    /** Predict first: the list would tell the outcome, so it is covered until the reveal. */
    void setConcealed(boolean on) {
        list.setVisible(!on);
        cover.setVisible(on);
    }

    static final List<String> KINDS = List.of("all", "request", "pod", "probe", "service");

    /** A row: its kind, and for a burst of requests the client, URL, count, outcomes and pods. */
    private static final class Row {
        final String kind;
        final String burst;
        String time;
        int count = 1;
        final java.util.Map<String, Integer> outcomes = new java.util.LinkedHashMap<>();
        final java.util.Set<String> pods = new java.util.HashSet<>();

        Row(String kind, String burst) {
            this.kind = kind;
            this.burst = burst;
        }
    }

    static String kindOf(String key) {
        return key.startsWith("ev.request") ? "request" : key.startsWith("ev.pod.") ? "pod"
                : key.startsWith("ev.probe.") ? "probe" : key.startsWith("ev.service.") || key.startsWith("ev.lb.") ? "service" : "other";
    }

    private void refilter() {
        java.util.IdentityHashMap<String, Row> byText = new java.util.IdentityHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            byText.put(events.get(i), rows.get(i));
        }
        filtered.setPredicate(s -> {
            Row r = byText.get(s);
            return (kind.equals("all") || r != null && r.kind.equals(kind))
                    && (typed.isEmpty() || s.toLowerCase().contains(typed));
        });
    }

    /** A new cluster (another file, a restart): its events start from zero. */
    void clear() {
        rows.clear();
        events.clear();
        shownTotal = 0;
        pending = null;
        framesBehind = -1;
    }

    /** The cluster published a snapshot: its new events are shown a frame later. */
    void follow(ClusterSnapshot snap) {
        if (snap.eventsTotal() != shownTotal) {
            pending = snap;
            if (framesBehind < 0) {
                framesBehind = 0;
            }
        }
    }

    private void tally(Row r, EventLog.Event e, String time) {
        if (r.time == null) {
            r.time = time;
        } else {
            r.count++;
        }
        Object o = e.args().get(2);
        String outcome = o instanceof servicelab.sim.Outcome oc ? text.outcome(oc) : String.valueOf(o);
        r.outcomes.merge(outcome, 1, Integer::sum);
        if (!"-".equals(String.valueOf(e.args().get(3)))) {
            r.pods.add(String.valueOf(e.args().get(3)));
        }
    }

    /** A batch of requests on one line: time, count, client → URL, outcomes and how many pods answered. */
    private String burstText(Row r, EventLog.Event e) {
        List<String> parts = new ArrayList<>();
        r.outcomes.forEach((o, n) -> parts.add(o + " " + n));
        return r.time + msg.get("events.burst", r.count, e.args().get(0), e.args().get(1), String.join(" · ", parts), r.pods.size());
    }

    /** Called every frame: appends what arrived once the diagram has had its frame. */
    void frame() {
        if (framesBehind >= 0 && ++framesBehind > 1) {
            framesBehind = -1;
            flush();
        }
    }

    private void flush() {
        ClusterSnapshot snap = pending;
        pending = null;
        if (snap == null || snap.eventsTotal() == shownTotal) {
            return;
        }
        if (snap.eventsTotal() < shownTotal) {
            clear(); // not the cluster the list was following
        }
        long newOnes = snap.eventsTotal() - shownTotal;
        List<EventLog.Event> recent = snap.recentEvents();
        int from = (int) Math.max(0, recent.size() - Math.min(newOnes, recent.size()));
        List<String> batch = new ArrayList<>();
        List<Row> batchRows = new ArrayList<>();
        for (EventLog.Event e : recent.subList(from, recent.size())) {
            long s = e.time() / 1000;
            String time = String.format("%d:%02d  ", s / 60, s % 60);
            String k = kindOf(e.key());
            if (k.equals("request") && e.args().size() >= 4) {
                // a burst of requests from one client to one URL is one row that counts up
                String burst = e.args().get(0) + " " + e.args().get(1);
                Row last = !batchRows.isEmpty() ? batchRows.get(batchRows.size() - 1)
                        : rows.isEmpty() ? null : rows.get(rows.size() - 1);
                boolean inBatch = !batchRows.isEmpty();
                if (last != null && burst.equals(last.burst)) {
                    tally(last, e, time);
                    String t = burstText(last, e);
                    if (inBatch) {
                        batch.set(batch.size() - 1, t);
                    } else {
                        events.set(events.size() - 1, t);
                    }
                    continue;
                }
                Row r = new Row(k, burst);
                tally(r, e, time);
                r.count = 1;
                batch.add(time + text.event(e));
                batchRows.add(r);
                continue;
            }
            batch.add(time + text.event(e));
            batchRows.add(new Row(k, null));
        }
        rows.addAll(batchRows);
        events.addAll(batch); // one change for the list, however many events
        if (events.size() > KEEP) {
            rows.subList(0, events.size() - KEEP).clear();
            events.remove(0, events.size() - KEEP);
        }
        refilter();
        shownTotal = snap.eventsTotal();
        if (!filtered.isEmpty()) {
            list.scrollTo(filtered.size() - 1);
        }
    }
}
