package servicelab.sim;

import java.util.ArrayList;
import java.util.List;

/** The scheduler's choice of node for a new pod: spread by owner, then by load, then a seeded coin. */
final class Scheduler {
    private final Simulation sim;

    Scheduler(Simulation sim) {
        this.sim = sim;
    }

    String pick(String owner) {
        String best = null;
        int bestOwn = Integer.MAX_VALUE, bestAll = Integer.MAX_VALUE;
        List<String> ties = new ArrayList<>();
        for (NodeInfo n : sim.world.nodes()) {
            int own = 0, all = 0;
            for (PodRuntime p : sim.pods.values()) {
                if (!p.terminating && p.node.equals(n.name()) && !p.system) {
                    all++;
                    if (owner != null && owner.equals(p.owner)) {
                        own++;
                    }
                }
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
        return ties.size() == 1 ? best : ties.get(sim.scheduleRng.nextInt(ties.size()));
    }
}
