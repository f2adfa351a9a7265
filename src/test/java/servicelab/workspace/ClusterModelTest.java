package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.sim.SimPod;

/** The cluster model's rules: stale, partial, runtime actions, time, and what it publishes. */
class ClusterModelTest {
    /** Pods with an HTTP readiness probe every second; the Service selects them. */
    static final String APP = EditsTest.APP.replace("        - containerPort: 8080\n", """
                    - containerPort: 8080
                    readinessProbe:
                      httpGet:
                        path: /
                        port: 8080
                      periodSeconds: 1
            """);

    @Test
    void aValidTextBecomesTheClusterAndABrokenOneLeavesItStale() {
        Harness h = new Harness().open(EditsTest.APP);
        ClusterModel.State s = h.wb.cluster().state();
        assertFalse(s.stale());
        assertEquals(3, s.cluster().userPods().size());
        h.wb.document().typed(EditsTest.APP.replace("  replicas: 3", "  replicas: [3"));
        h.pause.elapse();
        h.settle();
        ClusterModel.State broken = h.wb.cluster().state();
        assertTrue(broken.stale());
        assertFalse(broken.partial());
        assertSame(s.cluster(), broken.cluster(), "the last valid cluster, unchanged");
    }

    @Test
    void aTextThatWasNeverValidShowsItsValidDocumentsAsPartial() {
        Harness h = new Harness().open(EditsTest.APP.replace("    targetPort: 8080", "      targetPort: 8080"));
        ClusterModel.State s = h.wb.cluster().state();
        assertTrue(s.stale() && s.partial());
        assertEquals(3, s.cluster().userPods().size(), "the Deployment is valid and runs");
        assertTrue(s.cluster().userServices().isEmpty(), "the broken Service is not there");
    }

    @Test
    void openingAnotherTextForgetsThePreviousCluster() {
        Harness h = new Harness().open(EditsTest.APP);
        List<String> reset = new ArrayList<>();
        h.wb.cluster().onNewCluster(() -> reset.add("new"));
        h.open("apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - port: 80\n      targetPort: 1\n");
        assertEquals(List.of("new"), reset);
        assertTrue(h.wb.cluster().state().partial(), "never valid: the old Deployment is not its 'last valid' state");
        assertTrue(h.wb.cluster().snapshot().userPods().isEmpty());
    }

    @Test
    void runtimeActionsAndTheClockPublishOnlyWhatChanged() {
        Harness h = new Harness().open(APP);
        List<ClusterModel.State> seen = new ArrayList<>();
        h.wb.cluster().addListener(seen::add);
        h.wb.cluster().tick(5_000);
        assertTrue(seen.isEmpty() || seen.get(0).cluster().revision() > 0);
        int before = seen.size();
        SimPod victim = h.wb.cluster().snapshot().userPods().get(0);
        assertTrue(h.wb.cluster().setReadinessFailing(victim.key(), true));
        assertEquals(before + 1, seen.size(), "the action itself is an event");
        assertTrue(h.wb.cluster().snapshot().pod(victim.key()).ready(), "the prober has not noticed yet");
        h.wb.cluster().tick(5_000);
        assertFalse(h.wb.cluster().snapshot().pod(victim.key()).ready(), "the clock's tick published the probe's verdict");
        assertEquals(2, h.wb.cluster().snapshot().endpoints("default", "kubia").stream().filter(e -> e.ready()).count());
        int quiet = seen.size();
        h.wb.cluster().tick(0);
        assertEquals(quiet, seen.size(), "no time, no change, nothing published");
    }

    @Test
    void scalingAfterAReadinessFailureShowsTheNewPodsReadyWithoutTraffic() {
        Harness h = new Harness().open(APP);
        SimPod victim = h.wb.cluster().snapshot().userPods().get(0);
        h.wb.cluster().setReadinessFailing(victim.key(), true);
        h.wb.cluster().tick(10_000);
        h.wb.document().typed(APP.replace("replicas: 3", "replicas: 5"));
        h.pause.elapse();
        h.settle();
        h.wb.cluster().tick(10_000);
        var snap = h.wb.cluster().snapshot();
        assertEquals(4, snap.userPods().stream().filter(SimPod::ready).count());
        assertEquals(4, snap.endpoints("default", "kubia").stream().filter(e -> e.ready()).count());
    }

    @Test
    void relabelAndDeleteActOnTheRunningCluster() {
        Harness h = new Harness().open(EditsTest.APP);
        SimPod p = h.wb.cluster().snapshot().userPods().get(0);
        ClusterModel.State before = h.wb.cluster().state();
        h.wb.cluster().relabel(p.key(), Map.of("app", "debug"));
        assertNotSame(before, h.wb.cluster().state());
        assertEquals("debug", h.wb.cluster().snapshot().pod(p.key()).labels().get("app"));
        assertEquals(4, h.wb.cluster().snapshot().userPods().size(), "the Deployment replaces it");
        h.wb.cluster().deletePod(p.key());
        h.wb.cluster().tick(2_000);
        assertTrue(h.wb.cluster().snapshot().pod(p.key()) == null);
    }

    @Test
    void aNewSeedRestartsTheClusterWithOtherNames() {
        Harness h = new Harness().open(EditsTest.APP);
        String first = h.wb.cluster().snapshot().userPods().get(0).name();
        h.wb.cluster().reset(7);
        assertEquals(7, h.wb.cluster().state().seed());
        assertFalse(h.wb.cluster().snapshot().userPods().stream().anyMatch(p -> p.name().equals(first)));
        h.wb.cluster().reset(42);
        assertEquals(first, h.wb.cluster().snapshot().userPods().get(0).name());
    }
}
