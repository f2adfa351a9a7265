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

    /** Whether the node admits another pod (terminating pods still hold their place). */
    boolean hasRoom(String node) {
        NodeInfo n = sim.world.node(node);
        if (n == null) {
            return false;
        }
        int on = 0;
        for (PodRuntime p : sim.pods.values()) {
            if (node.equals(p.node)) {
                on++;
            }
        }
        return on < n.maxPods();
    }

    String pick(String owner) {
        // one pass over the pods counts every node (a pass per node made 3,000 pods cost minutes)
        java.util.Map<String, int[]> counts = new java.util.HashMap<>();
        for (PodRuntime p : sim.pods.values()) {
            if (p.node == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(p.node, k -> new int[3]); // held, all, own
            c[0]++;
            if (!p.terminating && !p.system) {
                c[1]++;
                if (owner != null && owner.equals(p.owner)) {
                    c[2]++;
                }
            }
        }
        String best = null;
        int bestOwn = Integer.MAX_VALUE, bestAll = Integer.MAX_VALUE;
        List<String> ties = new ArrayList<>();
        for (NodeInfo n : sim.world.nodes()) {
            int[] c = counts.getOrDefault(n.name(), new int[3]);
            int held = c[0], all = c[1], own = c[2];
            if (held >= n.maxPods()) {
                continue; // no room: the kubelet would not admit it
            }
            if (own < bestOwn || own == bestOwn && all < bestAll) {
                bestOwn = own;
                bestAll = all;
                ties.clear();
                ties.add(n.name());
                best = n.name();
            } else if (own == bestOwn && all == bestAll) {
                ties.add(n.name());
            }
        }
        if (ties.isEmpty()) {
            return null;
        }
        return ties.size() == 1 ? best : ties.get(sim.scheduleRng.nextInt(ties.size()));
    }
}
