package servicelab.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ReplicationController, ReplicaSet and Deployment controllers: each keeps the declared number
 * of pods with the current template, releases pods whose labels no longer match and adopts
 * matching orphans (RC and ReplicaSet do). A changed template is rolled out at once.
 */
final class WorkloadController {
    private final Simulation sim;
    final Map<String, Workload> workloads = new LinkedHashMap<>();

    WorkloadController(Simulation sim) {
        this.sim = sim;
    }

    void put(String key, Workload w) {
        workloads.put(key, w);
        if (w.kind().equals("Deployment")) {
            sim.rollouts.put(w);
        }
    }

    void delete(String key) {
        sim.rollouts.delete(key);
        Workload w = workloads.remove(key);
        if (w != null) {
            for (PodRuntime p : new ArrayList<>(sim.pods.values())) {
                if (w.id().equals(p.owner) && !p.terminating) {
                    sim.kubelet.terminate(p);
                }
            }
        }
    }

    void reconcile() {
        for (Workload w : workloads.values()) {
            String id = w.id(); // once: the loops below compare it with every pod's owner (300 x 3,000 at scale)
            ownership(w, id);
            List<PodRuntime> mine = new ArrayList<>();
            for (PodRuntime p : sim.pods.values()) {
                if (!p.terminating && id.equals(p.owner)) {
                    mine.add(p);
                }
            }
            // a changed template replaces the pods (a rollout, done at once)
            for (PodRuntime p : new ArrayList<>(mine)) {
                if (p.templateHash != null && !p.templateHash.equals(w.templateHash())) {
                    sim.kubelet.terminate(p);
                    mine.remove(p);
                }
            }
            while (mine.size() < w.replicas()) {
                // the pod exists from now on, running or Pending: the controller never has to come back for it
                mine.add(sim.kubelet.startPod(w.namespace(), w.podName(sim.nameRng), null, w.podLabels(),
                        w.template().spec(), id, w.templateHash(), false));
            }
            while (mine.size() > w.replicas()) {
                // scaling down takes pods that do not run yet first, then the newest (as the ReplicaSet controller ranks them)
                PodRuntime victim = mine.stream().filter(x -> x.waiting != null).reduce((a, b) -> b).orElse(mine.get(mine.size() - 1));
                mine.remove(victim);
                sim.kubelet.terminate(victim);
            }
            if (w.kind().equals("Deployment")) {
                sim.rollouts.counted(id, mine); // the rollout's pods as the controller left them
            }
        }
        sim.endpointsController.invalidate();
    }

    /** Releases pods whose labels no longer match; adopts orphans that do (RC and ReplicaSet do). */
    private void ownership(Workload w, String id) {
        for (PodRuntime p : sim.pods.values()) {
            if (p.terminating || !p.namespace.equals(w.namespace())) {
                continue;
            }
            if (id.equals(p.owner) && !w.selects(p.labels)) {
                sim.scheduler.forget(p);
                p.owner = null;
                sim.scheduler.count(p);
                sim.event("ev.pod.released", p.name, w.name());
            } else if (p.owner == null && !p.system && w.adoptsOrphans() && w.selects(p.labels)) {
                sim.scheduler.forget(p);
                p.owner = id;
                sim.scheduler.count(p);
                sim.event("ev.pod.adopted", p.name, w.name());
            }
        }
    }
}
