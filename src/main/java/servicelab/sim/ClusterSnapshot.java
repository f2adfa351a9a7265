package servicelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import servicelab.model.Ingress;

/**
 * The simulated cluster at one revision, immutable: what every view draws from. A new snapshot
 * exists only when something observable changed ({@link Simulation#revision()}); {@code now} is
 * the virtual time of that change. {@code recentEvents} holds the newest events (at most
 * {@link #EVENTS}) and {@code eventsTotal} counts every event ever logged, so a list that shows
 * events can append exactly the new ones.
 */
public record ClusterSnapshot(long revision, long now, long seed, World world, List<SimService> services,
                              List<SimPod> pods, List<SimPod> userPods, Map<String, List<Endpoint>> endpoints, List<Ingress> ingresses,
                              List<Ingress> servedIngresses, List<EventLog.Event> recentEvents, long eventsTotal,
                              List<GatewayView> gateways, Map<String, List<String>> isolation) {
    /** How many of the newest events a snapshot carries. */
    public static final int EVENTS = 2000;

    public ClusterSnapshot {
        services = List.copyOf(services);
        pods = List.copyOf(pods);
        userPods = List.copyOf(userPods);
        endpoints = Map.copyOf(endpoints);
        ingresses = List.copyOf(ingresses);
        servedIngresses = List.copyOf(servedIngresses);
        recentEvents = recentEvents instanceof EventLog.Tail ? recentEvents : List.copyOf(recentEvents); // immutable already
        gateways = List.copyOf(gateways);
        isolation = Map.copyOf(isolation);
    }

    /** The NetworkPolicies that isolate a pod ("Ingress NS/NAME", "Egress NS/NAME"); empty when none do. */
    public List<String> isolationOf(String podKey) {
        return isolation.getOrDefault(podKey, List.of());
    }

    public SimService service(String namespace, String name) {
        for (SimService s : services) {
            if (s.namespace().equals(namespace) && s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** Services a learner declared (not the API server's {@code kubernetes} nor cluster DNS's). */
    public List<SimService> userServices() {
        List<SimService> out = new ArrayList<>();
        for (SimService s : services) {
            if (!(s.namespace().equals("default") && s.name().equals("kubernetes")) && !s.namespace().equals("kube-system")) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Endpoint> endpoints(String namespace, String name) {
        return endpoints.getOrDefault(namespace + "/" + name, List.of());
    }

    public SimPod pod(String key) {
        for (SimPod p : pods) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    public SimPod podByName(String name) {
        for (SimPod p : userPods()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
