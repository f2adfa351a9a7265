package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.bench.Scale;
import servicelab.check.ManifestChecker;

/**
 * The scheduler counts each node's pods as they are bound, stop, go or change owner instead of
 * looking at every pod for each new one: through scaling, a rollout, a deleted pod, a relabelled
 * one, full nodes and terminations running out, the counts stay what a pass over every pod finds,
 * and the choices stay those of the pass (the same seed places every pod on the same node).
 */
class SchedulerCountsTest {

    private static void apply(Simulation s, String text) {
        SimulationTest.apply(s, new ManifestChecker().check(text));
    }

    @Test
    void theCountsFollowEveryChangeOfAPodsNodeStateAndOwner() {
        Simulation s = new Simulation(World.defaults(), 7);
        String scene = Scale.manifest(300);
        apply(s, scene);
        assertTrue(s.scheduler.countsMatch(), "after placing 300 pods");
        apply(s, scene.replace("replicas: 10", "replicas: 4"));
        assertTrue(s.scheduler.countsMatch(), "scaled down, the old pods terminating");
        s.advance(5_000);
        assertTrue(s.scheduler.countsMatch(), "terminated and gone");
        apply(s, scene.replace("replicas: 10", "replicas: 4").replace("luksa/kubia", "luksa/kubia:v2"));
        assertTrue(s.scheduler.countsMatch(), "a rollout of every Deployment");
        PodRuntime one = s.pods.values().stream().filter(p -> !p.terminating && p.owner != null).findFirst().orElseThrow();
        s.setLabels(one, Map.of("app", "elsewhere"));
        assertTrue(s.scheduler.countsMatch(), "a pod released by its controller, and its replacement");
        s.deletePod(s.pods.values().stream().filter(p -> !p.terminating && p.owner != null).findFirst().orElseThrow());
        assertTrue(s.scheduler.countsMatch(), "a deleted pod and its replacement");
        apply(s, scene.replace("replicas: 10", "replicas: 40")); // more pods than the nodes take: some wait
        s.settle();
        assertTrue(s.scheduler.countsMatch(), "full nodes");
        assertTrue(s.pods.values().stream().anyMatch(p -> p.node == null), "some pods wait for room");
        apply(s, scene.replace("replicas: 10", "replicas: 1"));
        s.settle();
        assertTrue(s.scheduler.countsMatch(), "room again, the waiting pods placed or gone");
    }

    @Test
    void theSameSeedPlacesEveryPodWhereThePassOverEveryPodDid() throws java.io.IOException {
        // 300 pods, then a rollout to 360 on three nodes of 110: each pod's node for seed 42, as the pass
        // over every pod placed them (recorded at 5de7646), 31 of them waiting for room
        Simulation s = new Simulation(World.defaults(), 42);
        String scene = Scale.manifest(300);
        apply(s, scene);
        s.settle();
        apply(s, scene.replace("luksa/kubia", "luksa/kubia:v2").replace("replicas: 10", "replicas: 12"));
        s.settle();
        StringBuilder placed = new StringBuilder();
        s.userPods().forEach(p -> placed.append(p.name()).append('@').append(p.node()).append('\n'));
        assertEquals(servicelab.TestFiles.read("/sim/placement-300-rollout-seed42.txt"), placed.toString());
        assertTrue(s.scheduler.countsMatch());
    }

    @Test
    void aBarePodWhoseSpecChangesIsReplacedUnderItsNameAndStays() {
        // the old pod's end, a second later, took the new pod with it (they share namespace/name)
        String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: client\nspec:\n  containers:\n  - name: c\n    image: curlimages/curl\n";
        Simulation s = new Simulation(World.defaults(), 42);
        apply(s, pod);
        s.settle();
        apply(s, pod.replace("curlimages/curl", "busybox"));
        s.advance(5_000);
        assertEquals(List.of("client"), s.userPods().stream().map(SimPod::name).toList());
        assertEquals("busybox", s.pods.get("default/client").spec.containersOrEmpty().get(0).image());
        assertTrue(s.scheduler.countsMatch());
    }
}
