package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import servicelab.sim.World;

/**
 * {@code kubectl describe pod} lists the kubelet's probe events: "Readiness probe failed: …" with
 * the prober's own output (the command's error, Go's dial error, the HTTP status), repeats folded
 * into one line aged {@code (xN over …)}, and the restart of a container whose liveness probe
 * gave up.
 */
class PodEventsTest {
    private static String pod(String name, String image, String probe) {
        return """
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: %s
                spec:
                  containers:
                  - name: app
                    image: %s
                    ports:
                    - containerPort: 8080
                %s""".formatted(name, image, probe.indent(4));
    }

    private TextHost host;

    private Kubectl cluster(String text) {
        host = new TextHost(new LiveCluster(World.defaults(), 7), text);
        host.simulation().settle();
        host.simulation().advance(30_000);
        return new Kubectl(host);
    }

    private static String events(Kubectl k, String pod) {
        String d = k.run("describe pod " + pod).output();
        int at = d.indexOf("Events:");
        return d.substring(at);
    }

    @Test
    void aFailingExecProbeSaysWhatTheCommandPrintedAndFoldsItsRepeats() {
        Kubectl k = cluster(pod("gnu", "luksa/kubia", """
                readinessProbe:
                  exec:
                    command: ["ls", "/var/ready"]
                  periodSeconds: 10""") + pod("bb", "busybox", """
                readinessProbe:
                  exec:
                    command: ["cat", "/var/ready"]
                  periodSeconds: 10"""));
        String gnu = events(k, "gnu");
        assertTrue(gnu.startsWith("Events:\n  Type     Reason     Age"), gnu);
        assertTrue(gnu.matches("(?s).*\n  Warning  Unhealthy  \\d+s \\(x\\d+ over \\d+s\\)  kubelet  "
                + "Readiness probe failed: ls: cannot access '/var/ready': No such file or directory\n"), gnu);
        // one failure per period, folded into one event
        servicelab.sim.PodEvent e = host.simulation().pod("default", "gnu").events().get(0);
        assertEquals((e.last() - e.first()) / 10_000 + 1, e.count());
        assertTrue(e.count() >= 3, gnu);
        assertTrue(events(k, "bb").contains("Readiness probe failed: cat: can't open '/var/ready': No such file or directory\n"));
    }

    @Test
    void httpAndTcpProbesReportTheStatusOrTheRefusedDial() {
        Kubectl k = cluster(pod("wrong-port", "luksa/kubia", """
                readinessProbe:
                  httpGet:
                    path: /healthz
                    port: 9090""") + pod("tcp", "luksa/kubia", """
                readinessProbe:
                  tcpSocket:
                    port: 9090"""));
        String ip = k.run("get pod wrong-port -o jsonpath={.status.podIP}").output().strip();
        assertTrue(events(k, "wrong-port").contains("Readiness probe failed: Get \"http://" + ip + ":9090/healthz\": dial tcp " + ip
                + ":9090: connect: connection refused\n"), events(k, "wrong-port"));
        String tcpIp = k.run("get pod tcp -o jsonpath={.status.podIP}").output().strip();
        assertTrue(events(k, "tcp").contains("Readiness probe failed: dial tcp " + tcpIp + ":9090: connect: connection refused\n"));
    }

    @Test
    void aHealthyPodHasNoEventsAndALivenessFailureRestartsWithAKillingEvent() {
        Kubectl k = cluster(pod("fine", "luksa/kubia", """
                readinessProbe:
                  tcpSocket:
                    port: 8080""") + pod("dying", "luksa/kubia", """
                livenessProbe:
                  exec:
                    command: ["cat", "/tmp/healthy"]
                  periodSeconds: 5"""));
        assertTrue(k.run("describe pod fine").output().matches("(?s).*\nEvents: +<none>\n"), k.run("describe pod fine").output());
        String dying = events(k, "dying");
        assertTrue(dying.contains("Liveness probe failed: cat: /tmp/healthy: No such file or directory\n"), dying);
        assertTrue(dying.contains("  Normal   Killing    "), dying);
        assertTrue(dying.contains("kubelet  Container app failed liveness probe, will be restarted\n"), dying);
        assertFalse(k.run("get pod dying").output().contains(" 0 "), "the pod restarted");
    }

    @Test
    void eventsLastAnHourAfterTheyWereLastSeen() {
        TextHost host = new TextHost(new LiveCluster(World.defaults(), 7), pod("flaky", "luksa/kubia", """
                readinessProbe:
                  exec:
                    command: ["ls", "/var/ready"]"""));
        host.simulation().settle();
        host.simulation().advance(20_000);
        host.simulation().pod("default", "flaky").behaviour(null).files().add("/var/ready");
        Kubectl k = new Kubectl(host);
        host.simulation().advance(60_000);
        assertTrue(events(k, "flaky").contains("Readiness probe failed"));
        host.simulation().advance(3_600_000);
        assertEquals(-1, k.run("describe pod flaky").output().indexOf("Readiness probe failed"));
    }
}
