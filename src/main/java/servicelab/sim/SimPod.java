package servicelab.sim;

import java.util.List;
import java.util.Map;

import servicelab.model.ContainerPort;

/**
 * A Pod as it runs: where it was scheduled, its IP, whether it is Ready, and the service
 * environment variables the kubelet injected when it started ({@code env}, fixed for its life).
 * A pod that does not run yet has {@code waiting} set ("Unschedulable": no node has room;
 * "ContainerCreating": its node has no address left; "OutOfpods": its named node is full) and
 * no IP (and no node while unschedulable).
 */
public record SimPod(String namespace, String name, String uid, String node, String ip, Map<String, String> labels,
                     String hostname, String subdomain, boolean ready, boolean terminating, int restartCount,
                     long startedAtMillis, boolean enableServiceLinks, Map<String, String> env,
                     List<ContainerPort> ports, String owner, String waiting, Readiness readiness) {
    /**
     * The readiness probe as the kubelet's prober sees it: whether the pod has one, and its
     * consecutive failures against failureThreshold (a ready pod with 1 of 3 failures is still
     * an endpoint: the diagram says so with diagram.probeFailing, "1/3").
     */
    public record Readiness(boolean probed, int failures, int threshold) {
        public static final Readiness NONE = new Readiness(false, 0, 0);

        /** Failing, but not yet often enough to be taken out of the endpoints. */
        public boolean failingBelowThreshold() {
            return probed && failures > 0 && failures < threshold;
        }
    }

    public SimPod {
        labels = Map.copyOf(labels);
        env = Map.copyOf(env);
        ports = List.copyOf(ports);
    }

    /** A running pod. */
    public SimPod(String namespace, String name, String uid, String node, String ip, Map<String, String> labels,
                  String hostname, String subdomain, boolean ready, boolean terminating, int restartCount,
                  long startedAtMillis, boolean enableServiceLinks, Map<String, String> env,
                  List<ContainerPort> ports, String owner) {
        this(namespace, name, uid, node, ip, labels, hostname, subdomain, ready, terminating, restartCount, startedAtMillis,
                enableServiceLinks, env, ports, owner, null, Readiness.NONE);
    }

    public boolean running() {
        return waiting == null;
    }

    /** kubectl's STATUS for it. */
    public String status() {
        if (terminating) {
            return "Terminating";
        }
        return waiting == null ? "Running" : waiting.equals("Unschedulable") ? "Pending" : waiting;
    }

    public String key() {
        return namespace + "/" + name;
    }
}
