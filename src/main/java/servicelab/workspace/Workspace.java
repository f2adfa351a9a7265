package servicelab.workspace;

import java.util.ArrayList;
import java.util.List;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.model.KubeObject;
import servicelab.sim.Simulation;
import servicelab.sim.World;

/**
 * One open workspace: the manifest text's last check, the simulated cluster it drives, and the
 * virtual clock. The text is the single source of truth for desired state; a valid check is
 * applied to the simulation, an invalid one leaves the last valid cluster in place, marked stale.
 */
public final class Workspace {
    private World world;
    private long seed;
    private Simulation sim;
    private CheckReport report;
    private CheckReport lastValid;
    /** The first, invalid check whose error-free documents were applied because nothing valid came before. */
    private CheckReport partial;
    private boolean stale;
    private final List<Runnable> listeners = new ArrayList<>();
    private long lastApplyNanos;
    /** Where the learner put things on the diagram (presentation state: never in the YAML). */
    private final java.util.Map<String, double[]> positions = new java.util.HashMap<>();

    public double[] position(String key) {
        return positions.get(key);
    }

    public void setPosition(String key, double x, double y) {
        positions.put(key, new double[] {x, y});
    }

    /** Every moved card's position (for a saved scene). */
    public java.util.Map<String, double[]> positions() {
        return java.util.Map.copyOf(positions);
    }

    public void clearPositions() {
        positions.clear();
    }

    /** How long the last desired-state change took the simulation to reconcile (bench mode reports it). */
    public long lastApplyNanos() {
        return lastApplyNanos;
    }

    public Workspace(World world, long seed) {
        this.world = world;
        this.seed = seed;
        this.sim = new Simulation(world, seed);
    }

    public Simulation simulation() {
        return sim;
    }

    public CheckReport report() {
        return report;
    }

    /** True while the text has errors: the cluster shown is the last valid one. */
    public boolean stale() {
        return stale;
    }

    public long seed() {
        return seed;
    }

    public World world() {
        return world;
    }

    public void onChange(Runnable r) {
        listeners.add(r);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** Takes the check of the current text: a valid one becomes the cluster's desired state. */
    public void accept(CheckReport r) {
        report = r;
        if (r.valid()) {
            boolean first = lastValid == null;
            lastValid = r;
            stale = false;
            long t0 = System.nanoTime();
            sim.apply(r.objects());
            lastApplyNanos = System.nanoTime() - t0;
            if (first) {
                // a cluster opened from a file starts settled; later edits show their delays
                sim.settle();
            }
        } else {
            stale = true;
            if (lastValid == null) {
                // Nothing valid was ever shown (an exercise that starts broken, a file opened with a
                // mistake): show the documents that do check out, as kubectl apply would create them.
                boolean first = partial == null;
                partial = r;
                sim.apply(r.objects());
                if (first) {
                    sim.settle();
                }
            }
        }
        fire();
    }

    /** True while the text has never been valid: the cluster shows only its error-free documents. */
    public boolean partial() {
        return stale && lastValid == null;
    }

    /** Starts the cluster again from the current desired state, with a new seed (pods get new names). */
    public void reset(long newSeed) {
        seed = newSeed;
        sim = new Simulation(world, seed);
        CheckReport shown = lastValid != null ? lastValid : partial;
        if (shown != null) {
            sim.apply(shown.objects());
            sim.settle();
        }
        fire();
    }

    /**
     * Another file or exercise replaces the text: the cluster of the previous one must not be shown
     * as this one's "last valid" state, so forget it and start an empty cluster (same seed).
     */
    public void newDocument() {
        lastValid = null;
        partial = null;
        report = null;
        stale = false;
        sim = new Simulation(world, seed);
        fire();
    }

    public void setWorld(World w) {
        world = w;
        reset(seed);
    }

    /** Advances the virtual clock (probes, controllers, load balancers). */
    public void advance(long millis) {
        sim.advance(millis);
        fire();
    }

    /** Tells listeners that runtime state changed outside {@link #accept} (a toggled pod, a request). */
    public void changed() {
        fire();
    }

    /** The check whose objects the cluster shows: the last valid one, or the error-free part of a never-valid text. */
    public CheckReport shown() {
        return lastValid != null ? lastValid : partial;
    }

    /** The document that declares an object of this kind and name, or null. */
    public DocumentReport document(String kind, String namespace, String name) {
        CheckReport r = lastValid != null ? lastValid : partial;
        if (r == null) {
            return null;
        }
        for (DocumentReport d : r.documents()) {
            if (kind.equals(d.kind()) && name.equals(d.name()) && (namespace == null || namespace.equals(d.namespace()))) {
                return d;
            }
        }
        return null;
    }

    /** The stored object behind a document, or null. */
    public KubeObject object(String kind, String namespace, String name) {
        DocumentReport d = document(kind, namespace, name);
        return d == null ? null : d.object();
    }
}
