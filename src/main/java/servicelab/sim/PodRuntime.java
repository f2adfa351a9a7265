package servicelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import servicelab.model.ContainerPort;
import servicelab.model.PodSpec;

/** A pod as the kubelet runs it. */
public final class PodRuntime {
    final String namespace;
    final String name;
    final String uid;
    /** The node it is bound to: null while the scheduler finds none with room. */
    String node;
    /** Its address: 0 until the node's IPAM gives it one. */
    int ip;
    /** Why it is not running yet: null when running, else "Unschedulable", "ContainerCreating" or "OutOfpods". */
    String waiting;
    /** spec.nodeName: the node it must run on (no scheduler), or null. */
    String requestedNode;
    Map<String, String> labels;
    final PodSpec spec;
    String owner;
    final String templateHash;
    final long seq;
    final long createdAt;
    final boolean system;
    final String hostname;
    final String subdomain;
    final List<ContainerRuntime> containers = new ArrayList<>();
    Map<String, String> env = Map.of();
    boolean terminating;
    boolean ready;
    int restartCount;
    /** When a container last restarted (kubectl prints "2 (2m ago)"); -1 when none has. */
    long lastRestart = -1;
    /** The kubelet's events about this pod, oldest first; a repeat folds into its earlier twin. */
    private final List<PodEvent> events = new ArrayList<>();

    PodRuntime(String namespace, String name, String uid, String node, int ip, Map<String, String> labels, PodSpec spec,
               String owner, String templateHash, long seq, long createdAt, boolean system) {
        this.namespace = namespace;
        this.name = name;
        this.uid = uid;
        this.node = node;
        this.ip = ip;
        this.labels = Map.copyOf(labels);
        this.spec = spec;
        this.owner = owner;
        this.templateHash = templateHash;
        this.seq = seq;
        this.createdAt = createdAt;
        this.system = system;
        this.hostname = spec == null ? null : spec.hostname();
        this.subdomain = spec == null ? null : spec.subdomain();
    }

    void updateReady() {
        boolean r = !terminating && !containers.isEmpty();
        for (ContainerRuntime c : containers) {
            r &= c.ready && c.started;
        }
        ready = r;
    }

    String key() {
        return namespace + "/" + name;
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    public String node() {
        return node;
    }

    /** The pod's IP, or null before it has one. */
    public String ip() {
        return ip == 0 ? null : Ipv4.format(ip);
    }

    /** True once its containers run (bound to a node, with an address). */
    public boolean running() {
        return waiting == null;
    }

    public String waiting() {
        return waiting;
    }

    public boolean ready() {
        return ready;
    }

    public boolean hasReadinessProbe() {
        return containers.stream().anyMatch(c -> c.spec != null && c.spec.readinessProbe() != null);
    }

    /** The pod's containers by name, in spec order. */
    public List<String> containerNames() {
        return containers.stream().map(ContainerRuntime::name).toList();
    }

    public long lastRestartMillis() {
        return lastRestart;
    }

    /** How many containers pass their readiness check (kubectl's READY column). */
    public int readyContainers() {
        return (int) containers.stream().filter(c -> c.ready).count();
    }

    public PodSpec spec() {
        return spec;
    }

    /** The kubelet's events about this pod (probe failures, restarts), oldest occurrence first. */
    public List<PodEvent> events() {
        return List.copyOf(events);
    }

    void event(long now, String type, String reason, String from, String message) {
        for (PodEvent e : events) {
            if (e.sameAs(type, reason, message)) {
                e.repeat(now);
                return;
            }
        }
        if (events.size() == 16) {
            events.remove(0); // a bounded history, as the API server's event TTL keeps it
        }
        events.add(new PodEvent(type, reason, from, message, now));
    }

    /** What the given container does; the first container when name is null. */
    public ContainerBehaviour behaviour(String container) {
        for (ContainerRuntime c : containers) {
            if (container == null || container.equals(c.name())) {
                return c.behaviour;
            }
        }
        return null;
    }

    boolean listens(int port) {
        for (ContainerRuntime c : containers) {
            if (c.behaviour.listening.contains(port)) {
                return true;
            }
        }
        return false;
    }

    /** The ports its containers declare, in order. */
    List<ContainerPort> containerPorts() {
        List<ContainerPort> ports = new ArrayList<>();
        for (ContainerRuntime c : containers) {
            if (c.spec != null) {
                ports.addAll(c.spec.portsOrEmpty());
            }
        }
        return ports;
    }

    /** Of these pods' views (in the pods' order), the user pods' (not the ingress controller's). */
    static List<SimPod> users(java.util.Collection<PodRuntime> pods, List<SimPod> views) {
        List<SimPod> out = new java.util.ArrayList<>(views.size());
        int i = 0;
        for (PodRuntime p : pods) {
            if (!p.system) {
                out.add(views.get(i));
            }
            i++;
        }
        return out;
    }

    SimPod view() {
        List<ContainerPort> ports = containerPorts();
        boolean links = spec == null || spec.enableServiceLinks() == null || spec.enableServiceLinks();
        return new SimPod(namespace, name, uid, node, ip(), labels, hostname, subdomain, ready, terminating,
                restartCount, createdAt, links, env, ports, owner, waiting, readiness());
    }

    /** The worst readiness probe among the containers: the one closest to its failureThreshold. */
    private SimPod.Readiness readiness() {
        SimPod.Readiness worst = SimPod.Readiness.NONE;
        for (ContainerRuntime c : containers) {
            if (c.spec != null && c.spec.readinessProbe() != null) {
                int threshold = c.spec.readinessProbe().failureThresholdOrDefault();
                SimPod.Readiness r = new SimPod.Readiness(true, c.readiness.failures, threshold);
                if (!worst.probed() || r.failures() * worst.threshold() > worst.failures() * r.threshold()) {
                    worst = r;
                }
            }
        }
        return worst;
    }

    /** The HTTP status the container listening on the port answers for the path (200 without containers). */
    int statusAt(int port, String path) {
        for (ContainerRuntime c : containers) {
            if (c.behaviour.listening.contains(port)) {
                return c.behaviour.statusFor(path);
            }
        }
        return 200;
    }
}
