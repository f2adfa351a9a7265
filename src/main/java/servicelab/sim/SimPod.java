package servicelab.sim;

import java.util.List;
import java.util.Map;

import servicelab.model.ContainerPort;

/**
 * A Pod as it runs: where it was scheduled, its IP, whether it is Ready, and the service
 * environment variables the kubelet injected when it started ({@code env}, fixed for its life).
 */
public record SimPod(String namespace, String name, String uid, String node, String ip, Map<String, String> labels,
                     String hostname, String subdomain, boolean ready, boolean terminating, int restartCount,
                     long startedAtMillis, boolean enableServiceLinks, Map<String, String> env,
                     List<ContainerPort> ports, String owner) {
    public SimPod {
        labels = Map.copyOf(labels);
        env = Map.copyOf(env);
        ports = List.copyOf(ports);
    }

    public String key() {
        return namespace + "/" + name;
    }
}
