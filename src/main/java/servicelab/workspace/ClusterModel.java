package servicelab.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import servicelab.check.CheckReport;
import servicelab.kubectl.LiveCluster;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.PodRuntime;
import servicelab.sim.Router;
import servicelab.sim.Simulation;
import servicelab.sim.Trace;
import servicelab.sim.World;

/**
 * The simulated cluster behind the workbench. It applies each published check (a valid text
 * becomes the desired state; an invalid one leaves the last valid cluster, marked stale), runs
 * the learner's runtime actions (readiness, delete, relabel, requests) and the clock, and after
 * each of them publishes an immutable {@link State} if anything observable changed. Views draw
 * only from what was published; nobody has to tell it that something changed.
 */
public final class ClusterModel {
    /** What the views draw: the cluster, whether it is stale or partial, and the check it shows. */
    public record State(ClusterSnapshot cluster, boolean stale, boolean partial, CheckReport shown, long seed, long tooBig) {
    }

    private final LiveCluster live;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final List<Runnable> onNewCluster = new ArrayList<>();
    private final List<Consumer<State>> listeners = new ArrayList<>();
    private long lastAcceptNanos;
    private long lastAcceptBytes;
    /** Bytes the current thread has allocated so far (bench mode sets one; the app does not measure). */
    private java.util.function.LongSupplier allocated = () -> 0;

    public ClusterModel(World world, long seed) {
        this.live = new LiveCluster(world, seed);
        publish();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ClusterSnapshot snapshot() {
        return state.get().cluster();
    }

    /** Told when the cluster is replaced by a new one (another file, a reset): requests of the old one mean nothing. */
    public void onNewCluster(Runnable r) {
        onNewCluster.add(r);
    }

    public World world() {
        return live.world();
    }

    public long seed() {
        return live.seed();
    }

    /** The virtual clock (the clock label reads it every frame; it does not publish). */
    public long now() {
        return live.simulation().now();
    }

    public boolean stale() {
        return live.stale();
    }

    public LiveCluster live() {
        return live;
    }

    /** How long the last desired-state change took the simulation to reconcile (bench mode reports it). */
    public long lastApplyNanos() {
        return live.lastApplyNanos();
    }

    // ------------------------------------------------------------------ desired state

    /** A check of the document was published: a valid text becomes the desired state. */
    public void accept(CheckService.Checked c) {
        long t0 = System.nanoTime();
        long b0 = allocated.getAsLong();
        live.accept(c.report());
        publish();
        lastAcceptNanos = System.nanoTime() - t0;
        lastAcceptBytes = allocated.getAsLong() - b0;
    }

    /** Bench mode: how to read the current thread's allocated bytes, so that {@link #lastAcceptBytes()} means something. */
    public void meterAllocation(java.util.function.LongSupplier currentThreadBytes) {
        allocated = currentThreadBytes;
    }

    /** Bytes the last accept allocated on the UI thread (0 unless metered): garbage here brings a collection into the redraw. */
    public long lastAcceptBytes() {
        return lastAcceptBytes;
    }

    /** How long the last check took to become the drawn cluster: reconcile and every view's redraw (bench mode). */
    public long lastAcceptNanos() {
        return lastAcceptNanos;
    }

    /** Another text replaces the document: the previous cluster must not be shown as this one's. */
    public void newDocument() {
        live.newDocument();
        newCluster();
    }

    /** The cluster starts again from the current desired state with this seed. */
    public void reset(long seed) {
        live.reset(seed);
        newCluster();
    }

    public void setWorld(World w) {
        live.setWorld(w);
        newCluster();
    }

    private void newCluster() {
        onNewCluster.forEach(Runnable::run);
        publish();
    }

    // ------------------------------------------------------------------ runtime

    /** Advances the virtual clock (probes, controllers, load balancers); the frame loop's only way to move time. */
    public void tick(long millis) {
        if (millis > 0) {
            live.simulation().advance(millis);
            publishIfChanged();
        }
    }

    /**
     * Makes a pod's readiness probe fail (or pass again), as a real container would; returns
     * false when the pod has no readiness probe (nothing to fail).
     */
    public boolean setReadinessFailing(String podKey, boolean failing) {
        PodRuntime p = live.simulation().findPod(podKey);
        if (p == null) {
            return false;
        }
        boolean any = live.simulation().setReadinessFailing(p, failing);
        publishIfChanged();
        return any;
    }

    /** Deletes a pod as kubectl delete pod would; its controller starts a replacement. */
    public void deletePod(String podKey) {
        PodRuntime p = live.simulation().findPod(podKey);
        if (p != null) {
            live.simulation().deletePod(p);
            publishIfChanged();
        }
    }

    /** Relabels a running pod (kubectl label): a controller may release or adopt it. */
    public void relabel(String podKey, Map<String, String> labels) {
        PodRuntime p = live.simulation().findPod(podKey);
        if (p != null) {
            live.simulation().setLabels(p, labels);
            publishIfChanged();
        }
    }

    /** Sends n requests from a client to a URL; null when the client does not exist. */
    public List<Trace> send(String client, String url, int n) {
        Router router = live.simulation().router();
        Router.Client c = router.client(client);
        if (c == null) {
            return null;
        }
        List<Trace> traces = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                traces.add(router.send(c, url));
            }
        } finally {
            publishIfChanged();
        }
        return traces;
    }

    /** The router's view of a client (where its packets start on the diagram). */
    public Router.Client client(String client) {
        return live.simulation().router().client(client);
    }

    /**
     * Runs something that acts on the simulation directly (the console's runtime commands) and
     * publishes what it changed.
     */
    public <T> T act(java.util.function.Function<Simulation, T> action) {
        try {
            return action.apply(live.simulation());
        } finally {
            publishIfChanged();
        }
    }

    /** The live simulation, to read from (the console's printers); changes go through {@link #act}. */
    public Simulation simulation() {
        return live.simulation();
    }

    // ------------------------------------------------------------------ publishing

    private void publishIfChanged() {
        State s = state.get();
        ClusterSnapshot snap = live.simulation().snapshot(); // the same object while nothing changed
        if (s == null || s.cluster() != snap || s.stale() != live.stale() || s.partial() != live.partial()
                || s.shown() != live.shown() || s.tooBig() != live.tooBig()) {
            publish();
        }
    }

    private void publish() {
        State s = new State(live.simulation().snapshot(), live.stale(), live.partial(), live.shown(), live.seed(), live.tooBig());
        state.set(s);
        for (Consumer<State> l : List.copyOf(listeners)) {
            l.accept(s);
        }
    }

    /** Told every published state, in the order listeners were added (every time, even if it looks the same). */
    public void addListener(Consumer<State> l) {
        listeners.add(l);
    }
}
