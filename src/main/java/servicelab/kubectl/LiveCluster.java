package servicelab.kubectl;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.model.KubeObject;
import servicelab.sim.Simulation;
import servicelab.sim.World;

/**
 * The simulated cluster a manifest text drives, as `kubectl apply` of each checked text would
 * leave it: a valid text becomes the desired state; an invalid one leaves the last valid cluster
 * in place (stale); a text that was never valid shows its error-free documents (partial). The
 * app's cluster model and the command line's console both keep their cluster with it.
 */
public final class LiveCluster {
    private World world;
    private long seed;
    private Simulation sim;
    private CheckReport lastValid;
    /** The first, invalid check whose error-free documents were applied because nothing valid came before. */
    private CheckReport partial;
    private boolean stale;
    private long lastApplyNanos;
    /** Pods the last valid text asked for when that was more than the simulation keeps (it was not applied); 0 otherwise. */
    private long tooBig;

    public LiveCluster(World world, long seed) {
        this.world = world;
        this.seed = seed;
        this.sim = new Simulation(world, seed);
    }

    public Simulation simulation() {
        return sim;
    }

    public World world() {
        return world;
    }

    public long seed() {
        return seed;
    }

    /** True while the text has errors: the cluster shown is the last valid one. */
    public boolean stale() {
        return stale;
    }

    /** True while the text has never been valid: the cluster shows only its error-free documents. */
    public boolean partial() {
        return stale && lastValid == null;
    }

    /** How long the last desired-state change took the simulation to reconcile (bench mode reports it). */
    public long lastApplyNanos() {
        return lastApplyNanos;
    }

    /**
     * Pods the text asks for when that is more than the simulated cluster keeps: the text was
     * valid but not applied, and the last cluster stays (0 when nothing was refused).
     */
    public long tooBig() {
        return tooBig;
    }

    /** Takes the check of the current text: a valid one becomes the cluster's desired state. */
    public void accept(CheckReport r) {
        if (r.valid()) {
            long t0 = System.nanoTime();
            try {
                sim.apply(r.objects());
            } catch (Simulation.TooBig e) {
                tooBig = e.pods();
                stale = lastValid != null || partial != null; // the cluster shown is an older text's
                return;
            }
            tooBig = 0;
            boolean first = lastValid == null;
            lastValid = r;
            stale = false;
            lastApplyNanos = System.nanoTime() - t0;
            if (first) {
                // a cluster opened from a file starts settled; later edits show their delays
                sim.settle();
            }
        } else {
            tooBig = 0;
            stale = true;
            if (lastValid == null) {
                // Nothing valid was ever shown (an exercise that starts broken, a file opened with a
                // mistake): show the documents that do check out, as kubectl apply would create them.
                boolean first = partial == null;
                try {
                    sim.apply(r.objects());
                } catch (Simulation.TooBig e) {
                    tooBig = e.pods();
                    return;
                }
                partial = r;
                if (first) {
                    sim.settle();
                }
            }
        }
    }

    /** Starts the cluster again from the current desired state, with a new seed (pods get new names). */
    public void reset(long newSeed) {
        seed = newSeed;
        sim = new Simulation(world, seed);
        CheckReport shown = shown();
        if (shown != null) {
            try {
                sim.apply(shown.objects());
            } catch (Simulation.TooBig e) {
                throw new IllegalStateException("the shown check was applied before", e);
            }
            sim.settle();
        }
    }

    /**
     * Another file or exercise replaces the text: the cluster of the previous one must not be shown
     * as this one's "last valid" state, so forget it and start an empty cluster (same seed).
     */
    public void newDocument() {
        lastValid = null;
        partial = null;
        stale = false;
        tooBig = 0;
        sim = new Simulation(world, seed);
    }

    public void setWorld(World w) {
        world = w;
        reset(seed);
    }

    /** The check whose objects the cluster shows: the last valid one, or the error-free part of a never-valid text. */
    public CheckReport shown() {
        return lastValid != null ? lastValid : partial;
    }

    /** The document of the shown check that declares an object of this kind and name, or null. */
    public DocumentReport document(String kind, String namespace, String name) {
        return documentIn(shown(), kind, namespace, name);
    }

    /** The document of a check that declares an object of this kind and name (any namespace when null), or null. */
    public static DocumentReport documentIn(CheckReport r, String kind, String namespace, String name) {
        if (r == null) {
            return null;
        }
        for (DocumentReport d : r.documents()) {
            if (kind.equals(d.kind()) && name.equals(d.name())
                    && (namespace == null || namespace.equals(d.namespace() == null ? "default" : d.namespace()))) {
                return d;
            }
        }
        return null;
    }

    /** The stored object behind a shown document, or null. */
    public KubeObject object(String kind, String namespace, String name) {
        DocumentReport d = document(kind, namespace, name);
        return d == null ? null : d.object();
    }
}
