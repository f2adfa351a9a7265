package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import servicelab.sim.SimPod;
import servicelab.sim.World;

/**
 * describe of the simulated Deployments and ReplicaSets prints what kubectl prints for them: the
 * status the Deployment controller computes (sync.go's calculateStatus), its conditions in the order
 * it last set them, the revision, the new ReplicaSet and its ScalingReplicaSet events.
 */
class DescribeWorkloadsTest {
    LiveCluster ws;
    Kubectl k;

    @BeforeEach
    void setUp() {
        ws = new LiveCluster(World.defaults(), 42);
        k = new Kubectl(new TextHost(ws, KubectlTest.DEPLOYMENT));
    }

    private String ok(String line) {
        Kubectl.Result r = k.run(line);
        assertEquals(0, r.exitCode(), line + " → " + r.output());
        return r.output();
    }

    /** The readiness probe (ls /var/ready) passes in these pods from now on. */
    private void ready(List<SimPod> pods) {
        pods.forEach(p -> ws.simulation().pod("default", p.name()).behaviour(null).files().add("/var/ready"));
        ws.simulation().advance(5_000);
    }

    private String hash() {
        return ws.simulation().userPods().get(0).labels().get("pod-template-hash");
    }

    @Test
    void aSettledDeploymentDescribesAsKubectlPrintsIt() {
        ready(ws.simulation().userPods());
        String rs = "kubia-" + hash();
        assertEquals("""
                Name:                   kubia
                Namespace:              default
                Labels:                 <none>
                Annotations:            deployment.kubernetes.io/revision: 1
                Selector:               app=kubia
                Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
                StrategyType:           RollingUpdate
                MinReadySeconds:        0
                RollingUpdateStrategy:  25%% max unavailable, 25%% max surge
                Pod Template:
                  Labels:  app=kubia
                  Containers:
                   kubia:
                    Image:         luksa/kubia
                    Port:          8080/TCP
                    Host Port:     0/TCP
                    Readiness:     exec [ls /var/ready] delay=0s timeout=1s period=1s #success=1 #failure=3
                    Environment:   <none>
                    Mounts:        <none>
                  Volumes:         <none>
                  Node-Selectors:  <none>
                  Tolerations:     <none>
                Conditions:
                  Type           Status  Reason
                  ----           ------  ------
                  Available      True    MinimumReplicasAvailable
                  Progressing    True    NewReplicaSetAvailable
                OldReplicaSets:  <none>
                NewReplicaSet:   %s (3/3 replicas created)
                Events:
                  Type    Reason             Age   From                   Message
                  ----    ------             ----  ----                   -------
                  Normal  ScalingReplicaSet  %-4s  deployment-controller  Scaled up replica set %s from 0 to 3
                """.formatted(rs, ws.simulation().now() / 1000 + "s", rs), ok("describe deployment kubia"));
        String described = ok("describe rs " + rs);
        assertTrue(described.contains("\nControlled By:  Deployment/kubia\nReplicas:       3 current / 3 desired\n"
                + "Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed\n"), described);
        assertTrue(described.contains("deployment.kubernetes.io/max-replicas: 4\n"), "3 + a 25% surge rounded up");
        assertTrue(ok("get rs " + rs + " -o yaml").contains("\nkind: ReplicaSet\n"), "the ReplicaSet's own data, not the Deployment's");
    }

    @Test
    void podsThatNeverTurnReadyLeaveItUnavailableAndItsRolloutStallsAfterTheProgressDeadline() {
        String before = ok("describe deploy kubia");
        assertTrue(before.contains("Replicas:               3 desired | 3 updated | 3 total | 0 available | 3 unavailable\n"), before);
        assertTrue(before.contains("  Progressing    True    ReplicaSetUpdated\n  Available      False   MinimumReplicasUnavailable\n"), before);
        ws.simulation().advance(601_000); // progressDeadlineSeconds: 600 without a pod more available
        String stalled = ok("describe deploy kubia");
        assertTrue(stalled.contains("  Available      False   MinimumReplicasUnavailable\n  Progressing    False   ProgressDeadlineExceeded\n"),
                stalled);
    }

    @Test
    void aCompletedRolloutStaysCompleteWhenPodsLaterTurnUnready() {
        ready(ws.simulation().userPods());
        SimPod one = ws.simulation().userPods().get(0);
        ws.simulation().pod("default", one.name()).behaviour(null).files().remove("/var/ready");
        ws.simulation().advance(5_000);
        String d = ok("describe deploy kubia");
        // 25% of 3 rounded down: no pod may be missing, so Available turns False and is now the last set
        assertTrue(d.contains("3 desired | 3 updated | 3 total | 2 available | 1 unavailable\n"), d);
        assertTrue(d.contains("  Progressing    True    NewReplicaSetAvailable\n  Available      False   MinimumReplicasUnavailable\n"), d);
    }

    @Test
    void aNewTemplateIsRevisionTwoWithOneScaleUpAndOneScaleDownAndAScaleIsAnEventOfItsOwn() {
        ready(ws.simulation().userPods());
        String old = "kubia-" + hash();
        k = new Kubectl(new TextHost(ws, KubectlTest.DEPLOYMENT.replace("luksa/kubia", "luksa/kubia:v2")));
        String fresh = "kubia-" + ws.simulation().userPods().stream().filter(p -> !p.terminating()).findFirst().orElseThrow()
                .labels().get("pod-template-hash");
        String rolling = ok("describe deploy kubia");
        assertTrue(rolling.contains("deployment.kubernetes.io/revision: 2\n"), rolling);
        assertTrue(rolling.contains("  Progressing    True    ReplicaSetUpdated\n"), rolling);
        assertTrue(rolling.contains("Scaled up replica set " + fresh + " from 0 to 3\n")
                && rolling.contains("Scaled down replica set " + old + " from 3 to 0\n"), rolling);
        assertTrue(rolling.contains("NewReplicaSet:   " + fresh + " (3/3 replicas created)\n"), rolling);
        ready(ws.simulation().userPods().stream().filter(p -> !p.terminating()).toList());
        assertTrue(ok("describe deploy kubia").contains("  Available      True    MinimumReplicasAvailable\n"
                + "  Progressing    True    NewReplicaSetAvailable\n"));
        ok("scale deployment kubia --replicas=5");
        assertTrue(ok("describe deploy kubia").contains("Scaled up replica set " + fresh + " from 3 to 5\n"));
    }

    @Test
    void aReplicationControllerWithoutLabelsTakesItsTemplatesAndCountsItsPods() {
        String rc = """
                apiVersion: v1
                kind: ReplicationController
                metadata:
                  name: kubia
                spec:
                  replicas: 2
                  template:
                    metadata:
                      labels:
                        app: kubia
                    spec:
                      containers:
                      - name: kubia
                        image: luksa/kubia
                """;
        k = new Kubectl(new TextHost(new LiveCluster(World.defaults(), 42), rc));
        String d = ok("describe rc kubia");
        assertTrue(d.startsWith("Name:         kubia\nNamespace:    default\nSelector:     app=kubia\nLabels:       app=kubia\n"
                + "Annotations:  <none>\nReplicas:     2 current / 2 desired\n"
                + "Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed\n"), d);
        assertTrue(d.endsWith("Events:            <none>\n"), d);
    }
}
