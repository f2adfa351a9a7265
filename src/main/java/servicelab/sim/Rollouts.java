package servicelab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Deployment controller keeps of each Deployment between syncs, for {@code kubectl
 * describe}: its revision ({@code deployment.kubernetes.io/revision}, one more at each new
 * template), whether the rollout of that revision has completed (the Progressing condition then
 * stays NewReplicaSetAvailable even when pods later turn unready), when it last made progress
 * (ProgressDeadlineExceeded comes after progressDeadlineSeconds without), and its
 * ScalingReplicaSet events. The simulation rolls a new template out at once, so a rollout is one
 * scale-up of the new ReplicaSet and one scale-down of the old.
 */
public final class Rollouts {
    /** A ScalingReplicaSet event: when, and kubectl's message. */
    public record Event(long at, String message) {
    }

    /** One Deployment's record. */
    public static final class Rollout {
        private int revision = 1;
        private String hash;
        private int replicas;
        private boolean complete;
        private long progressAt;
        private int ready;
        private int total;
        private final List<Event> events = new ArrayList<>();

        public int revision() {
            return revision;
        }

        /** Whether every pod of this revision has been available at once since it was rolled out. */
        public boolean complete() {
            return complete;
        }

        /** When the rollout last made progress (began, or had more of its pods available). */
        public long lastProgress() {
            return progressAt;
        }

        public List<Event> events() {
            return List.copyOf(events);
        }
    }

    /** The API server keeps events an hour (--event-ttl); describe lists no older ones. */
    public static final long EVENT_TTL = 3_600_000L;
    private final Simulation sim;
    private final Map<String, Rollout> byId = new HashMap<>();

    Rollouts(Simulation sim) {
        this.sim = sim;
    }

    /** A Deployment applied: created, scaled, or given a new template. */
    void put(Workload w) {
        Rollout r = byId.get(w.id());
        String rs = w.name() + "-" + w.templateHash();
        if (r == null) {
            r = new Rollout();
            byId.put(w.id(), r);
            scaled(r, rs, 0, w.replicas());
            r.progressAt = sim.now();
        } else if (!w.templateHash().equals(r.hash)) {
            r.revision++;
            scaled(r, rs, 0, w.replicas());
            scaled(r, w.name() + "-" + r.hash, r.replicas, 0);
            r.complete = false;
            r.ready = 0;
            r.progressAt = sim.now();
        } else if (w.replicas() != r.replicas) {
            scaled(r, rs, r.replicas, w.replicas());
        }
        r.hash = w.templateHash();
        r.replicas = w.replicas();
    }

    private void scaled(Rollout r, String replicaSet, int from, int to) {
        r.events.removeIf(e -> sim.now() - e.at() >= EVENT_TTL); // a long lesson's edits do not pile up
        if (from != to) {
            r.events.add(new Event(sim.now(), "Scaled " + (to > from ? "up" : "down") + " replica set " + replicaSet
                    + " from " + from + " to " + to));
        }
    }

    void delete(String id) {
        byId.remove(id);
    }

    /**
     * The Deployment's pods as its controller left them (all with the current template, the old
     * ones stopped at once): how many there are and how many are ready.
     */
    void counted(String id, List<PodRuntime> pods) {
        Rollout r = byId.get(id);
        if (r != null) {
            r.total = pods.size();
            int ready = 0;
            for (PodRuntime p : pods) {
                ready += p.ready() ? 1 : 0;
            }
            progress(r, ready);
        }
    }

    /** A pod of a Deployment turned ready or unready (one readiness change at a time, so no scan of every pod). */
    void flipped(PodRuntime p) {
        Rollout r = byId.get(p.owner);
        if (r != null && r.hash != null && r.hash.equals(p.templateHash)) {
            progress(r, r.ready + (p.ready() ? 1 : -1));
        }
    }

    /**
     * More ready pods is progress; the rollout completes when the desired number of pods are
     * updated and available and no others remain (DeploymentComplete), and stays complete.
     */
    private void progress(Rollout r, int ready) {
        if (ready > r.ready) {
            r.progressAt = sim.now();
        }
        r.ready = ready;
        r.complete |= ready == r.replicas && r.total == r.replicas;
    }

    /** The record of a Deployment, or null when there is no such Deployment. */
    public Rollout of(String namespace, String name) {
        return byId.get("Deployment/" + namespace + "/" + name);
    }
}
