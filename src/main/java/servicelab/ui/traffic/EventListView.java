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
    private long shownTotal;
    private ClusterSnapshot pending;
    private int framesBehind = -1;

    EventListView(Messages msg, TraceText text, Label title) {
        super(4);
        this.text = text;
        TextField filter = new TextField();
        filter.setId("eventFilter");
        filter.setPromptText(msg.get("traffic.filter"));
        filter.textProperty().addListener((o, a, b) ->
                filtered.setPredicate(s -> b == null || b.isBlank() || s.toLowerCase().contains(b.toLowerCase())));
        list.setId("eventList");
        list.setCellFactory(v -> TrafficPanel.wrappingCell());
        getChildren().addAll(new HBox(8, title, filter), list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /** A new cluster (another file, a restart): its events start from zero. */
    void clear() {
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
        for (EventLog.Event e : recent.subList(from, recent.size())) {
            long s = e.time() / 1000;
            batch.add(String.format("%d:%02d  ", s / 60, s % 60) + text.event(e));
        }
        events.addAll(batch); // one change for the list, however many events
        if (events.size() > KEEP) {
            events.remove(0, events.size() - KEEP);
        }
        shownTotal = snap.eventsTotal();
        if (!filtered.isEmpty()) {
            list.scrollTo(filtered.size() - 1);
        }
    }
}
