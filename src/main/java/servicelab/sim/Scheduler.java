package servicelab.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The scheduler's choice of node for a new pod: among the nodes with room (fewer pods than the
 * kubelet's maxPods), spread by owner, then by load, then a seeded coin; none when no node has
 * room (the pod stays Pending: "0/3 nodes are available: 3 Too many pods.").
 */
final class Scheduler {
    private final Simulation sim;

    Scheduler(Simulation sim) {
        this.sim = sim;
    }

    /** Per node: the pods holding a place there (terminating ones too), and those that count for spreading. */
    private final java.util.Map<String, int[]> byNode = new java.util.HashMap<>();
    /** Per owner, per node: the owner's pods that count for spreading (neither terminating nor the system's). */
    private final java.util.Map<String, java.util.Map<String, Integer>> byOwner = new java.util.HashMap<>();
    private static final int[] NONE = new int[2];

    /**
     * Takes a pod's part out of the counts: called before a field they read changes (its node, its
     * terminating flag, its owner) or the pod goes. The counts replace a pass over every pod per new
     * pod, which made settling 3,000 pods quadratic.
     */
    void forget(PodRuntime p) {
        account(p, -1);
    }

    /** Puts a pod's part in the counts, after such a change. */
    void count(PodRuntime p) {
        account(p, 1);
    }

    private void account(PodRuntime p, int d) {
        if (p.node == null) {
            return; // not bound yet: it holds no place
        }
        int[] c = byNode.computeIfAbsent(p.node, k -> new int[2]);
        c[0] += d;
        if (!p.terminating && !p.system) {
            c[1] += d;
            if (p.owner != null) {
                byOwner.computeIfAbsent(p.owner, k -> new java.util.HashMap<>()).merge(p.node, d, (a, b) -> a + b == 0 ? null : a + b);
            }
        }
    }

    /** Whether the counts are what a pass over every pod finds (for tests). */
    boolean countsMatch() {
        Scheduler fresh = new Scheduler(sim);
        sim.pods.values().forEach(fresh::count);
        for (NodeInfo n : sim.world.nodes()) {
            if (!java.util.Arrays.equals(byNode.getOrDefault(n.name(), NONE), fresh.byNode.getOrDefault(n.name(), NONE))) {
                return false;
            }
        }
        java.util.Map<String, java.util.Map<String, Integer>> mine = new java.util.HashMap<>(byOwner);
        mine.values().removeIf(java.util.Map::isEmpty);
        return mine.equals(fresh.byOwner);
    }

    /** Whether the node admits another pod (terminating pods still hold their place). */
    boolean hasRoom(String node) {
        NodeInfo n = sim.world.node(node);
        return n != null && byNode.getOrDefault(node, NONE)[0] < n.maxPods();
    }

    String pick(String owner) {
        java.util.Map<String, Integer> own = owner == null ? java.util.Map.of() : byOwner.getOrDefault(owner, java.util.Map.of());
        String best = null;
        int bestOwn = Integer.MAX_VALUE, bestAll = Integer.MAX_VALUE;
        List<String> ties = new ArrayList<>();
        for (NodeInfo n : sim.world.nodes()) {
            int[] c = byNode.getOrDefault(n.name(), NONE);
            int held = c[0], all = c[1], mine = own.getOrDefault(n.name(), 0);
            if (held >= n.maxPods()) {
                continue; // no room: the kubelet would not admit it
            }
            if (mine < bestOwn || mine == bestOwn && all < bestAll) {
                bestOwn = mine;
                bestAll = all;
                ties.clear();
                ties.add(n.name());
                best = n.name();
            } else if (mine == bestOwn && all == bestAll) {
                ties.add(n.name());
            }
        }
        if (ties.isEmpty()) {
            return null;
        }
        return ties.size() == 1 ? best : ties.get(sim.scheduleRng.nextInt(ties.size()));
    }
}
