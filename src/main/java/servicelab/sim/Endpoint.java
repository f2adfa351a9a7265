package servicelab.sim;

import java.util.Map;

/**
 * One address of a Service's EndpointSlice: the pod behind it, its conditions, and the target
 * port resolved per Service port (keyed by the Service port's name, "" for an unnamed port).
 */
public record Endpoint(String pod, String ip, String node, boolean ready, boolean serving, boolean terminating,
                       String hostname, Map<String, Integer> ports) {
    public Endpoint {
        ports = Map.copyOf(ports);
    }
}
