package servicelab.sim;

import java.util.List;
import java.util.Map;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.IntOrString;
import servicelab.model.PodSpec;
import servicelab.model.Probe;

/**
 * The node agents: start a pod (IP from the node's range, containers with the behaviour their
 * images have, service environment variables), run its probes with the kubelet's timing, restart
 * containers whose liveness fails, and terminate pods with a grace period.
 */
final class Kubelet {
    private final Simulation sim;

    /** The last environment built and what it was built from: pods started together share one map. */
    private String envNamespace;
    private boolean envLinks;
    private List<SimService> envFrom = List.of();
    private Map<String, String> envBuilt = Map.of();

    /**
     * The Service variables of a pod starting now. A Deployment's pods start with the same Services
     * visible, so they share one immutable map (3,000 pods beside 300 Services would otherwise hold
     * 3,000 copies of about 2,000 variables).
     */
    private Map<String, String> env(String namespace, boolean links, List<SimService> visible) {
        if (!namespace.equals(envNamespace) || links != envLinks || !sameServices(visible, envFrom)) {
            envNamespace = namespace;
            envLinks = links;
            envFrom = visible;
            envBuilt = Map.copyOf(ServiceEnv.forPod(namespace, links, visible));
        }
        return envBuilt;
    }

    private static boolean sameServices(List<SimService> a, List<SimService> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) { // the same objects: a Service's data is replaced, never changed in place
                return false;
            }
        }
        return true;
    }

    Kubelet(Simulation sim) {
        this.sim = sim;
    }

    /**
     * Creates a pod and runs it if it can: on the given node (spec.nodeName) or one the scheduler
     * picks with room for it, with an address from that node's range. A pod that cannot run yet
     * stays Pending and starts when room or an address frees up.
     */
    PodRuntime startPod(String namespace, String name, String node, Map<String, String> labels, PodSpec spec,
                        String owner, String templateHash, boolean system) {
        PodRuntime p = new PodRuntime(namespace, name, uid(), null, 0, labels, spec, owner, templateHash, sim.nextSeq(), sim.now, system);
        if (spec != null) {
            for (Container c : spec.containersOrEmpty()) {
                p.containers.add(new ContainerRuntime(c, defaultBehaviour(c)));
            }
        } else {
            p.containers.add(new ContainerRuntime(null, new ContainerBehaviour()));
            p.containers.get(0).behaviour.listening.addAll(List.of(80, 443));
        }
        p.requestedNode = node;
        PodRuntime prev = sim.pods.get(p.key());
        if (prev != null) {
            remove(prev); // a bare Pod replaced under its own name: the old one goes now, not a second later
        }
        sim.pods.put(p.key(), p);
        tryToRun(p);
        return p;
    }

    /** Binds a waiting pod to a node and gives it an address if it can now; returns whether it runs. */
    boolean tryToRun(PodRuntime p) {
        if (p.node == null) {
            String n = p.requestedNode != null ? (sim.scheduler.hasRoom(p.requestedNode) ? p.requestedNode : null)
                    : sim.scheduler.pick(p.owner);
            if (n == null) {
                String was = p.waiting;
                p.waiting = p.requestedNode != null ? "OutOfpods" : "Unschedulable";
                if (!p.waiting.equals(was)) {
                    sim.event(p.requestedNode != null ? "ev.pod.outOfPods" : "ev.pod.unschedulable", p.name,
                            sim.world.nodes().size(), p.requestedNode == null ? "" : p.requestedNode);
                }
                return false;
            }
            p.node = n;
            sim.scheduler.count(p);
        }
        int ip = sim.ipam.get(p.node).allocate();
        if (ip == 0) {
            if (!"ContainerCreating".equals(p.waiting)) {
                p.waiting = "ContainerCreating";
                // the CNI plugin has no address left on this node: kubelet reports "failed to allocate for range"
                sim.event("ev.pod.noIp", p.name, p.node);
            }
            return false;
        }
        p.ip = ip;
        p.waiting = null;
        boolean links = p.spec == null || p.spec.enableServiceLinks() == null || p.spec.enableServiceLinks();
        p.env = env(p.namespace, links, sim.servicesCreatedBefore(p.seq));
        sim.event("ev.pod.started", p.name, p.node, Ipv4.format(ip));
        for (ContainerRuntime c : p.containers) {
            startProbes(p, c);
        }
        readiness(p);
        return true;
    }

    /**
     * Room or an address was given back: waiting pods try again, oldest first. It stops trying
     * unschedulable pods at the first that finds no room (the next would find none either).
     */
    void retryWaiting() {
        boolean roomLeft = true;
        for (PodRuntime p : List.copyOf(sim.pods.values())) {
            if (p.waiting == null || p.terminating) {
                continue;
            }
            if (p.node == null && p.requestedNode == null && !roomLeft) {
                continue;
            }
            boolean ran = tryToRun(p);
            if (!ran && p.node == null && p.requestedNode == null) {
                roomLeft = false;
            }
        }
        sim.endpointsController.invalidate();
    }

    private static ContainerBehaviour defaultBehaviour(Container c) {
        ContainerBehaviour b = new ContainerBehaviour();
        for (ContainerPort cp : c.portsOrEmpty()) {
            if (cp.containerPort() != null) {
                b.listening.add(cp.containerPort());
            }
        }
        String image = c.image() == null ? "" : c.image();
        // the apps the lessons use listen where their images do, declared or not
        if (image.startsWith("luksa/kubia")) {
            b.listening.add(8080);
        } else if (image.startsWith("nginx")) {
            b.listening.add(80);
        }
        return b;
    }

    private String uid() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            sb.append(Character.forDigit(sim.nameRng.nextInt(16), 16));
            if (i == 7 || i == 11 || i == 15 || i == 19) {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    /** Starts the grace period: the pod leaves its endpoints now and is gone a second later. */
    void terminate(PodRuntime p) {
        if (p.terminating) {
            return;
        }
        sim.scheduler.forget(p);
        p.terminating = true;
        sim.scheduler.count(p);
        readiness(p);
        sim.event("ev.pod.terminating", p.name);
        if (p.ip == 0) {
            remove(p); // nothing runs yet: the API server deletes it at once
            return;
        }
        sim.schedule(sim.now + Simulation.TERMINATION_MILLIS, () -> remove(p));
        sim.endpointsController.invalidate();
    }

    /** The pod is gone: its address and its place on the node go back, and waiting pods may run. */
    private void remove(PodRuntime p) {
        if (!sim.pods.remove(p.key(), p)) {
            return; // gone already (or replaced under its name: the new pod stays)
        }
        sim.scheduler.forget(p);
        if (p.ip != 0) {
            sim.ipam.get(p.node).release(p.ip);
        }
        sim.event("ev.pod.deleted", p.name);
        retryWaiting();
    }

    /**
     * Makes a pod's readiness check fail (or pass again) by changing what its containers do, as the
     * probe's mechanism sees it: the exec probe's file is removed, the HTTP path answers 503, the
     * probed port closes. Returns false when no container has a readiness probe.
     */
    boolean setReadinessFailing(PodRuntime p, boolean failing) {
        boolean any = false;
        for (ContainerRuntime c : p.containers) {
            Probe probe = c.spec == null ? null : c.spec.readinessProbe();
            if (probe != null) {
                any = true;
                breakOrMend(c, probe, failing);
            }
        }
        sim.event(failing ? "ev.pod.readinessFailing" : "ev.pod.readinessPassing", p.name);
        return any;
    }

    private static void breakOrMend(ContainerRuntime c, Probe probe, boolean failing) {
        if (probe.exec() != null && probe.exec().command() != null) {
            for (String arg : probe.exec().command()) {
                if (arg.startsWith("/")) {
                    if (failing) {
                        c.behaviour.files.remove(arg);
                    } else {
                        c.behaviour.files.add(arg);
                    }
                }
            }
            if (!failing && probe.exec().command().size() == 1) {
                c.behaviour.files.clear();
            }
        }
        if (probe.httpGet() != null) {
            String path = probe.httpGet().path() == null ? "/" : probe.httpGet().path();
            if (failing) {
                c.behaviour.httpStatus.put(path, 503);
            } else {
                c.behaviour.httpStatus.remove(path);
            }
        }
        if (probe.tcpSocket() != null || probe.grpc() != null) {
            Integer port = probe.grpc() != null ? probe.grpc().port() : resolvePort(c, probe.tcpSocket().port());
            if (port != null) {
                if (failing) {
                    c.behaviour.listening.remove(port);
                } else {
                    c.behaviour.listening.add(port);
                }
            }
        }
    }

    // ------------------------------------------------------------------ prober

    private void startProbes(PodRuntime p, ContainerRuntime c) {
        c.startedAt = sim.now;
        c.started = c.spec == null || c.spec.startupProbe() == null;
        c.ready = false;
        c.readiness = new ContainerRuntime.ProbeState();
        c.liveness = new ContainerRuntime.ProbeState();
        c.startup = new ContainerRuntime.ProbeState();
        long gen = ++c.generation;
        if (c.spec == null) {
            c.ready = true;
            return;
        }
        if (c.spec.startupProbe() != null) {
            probeLoop(p, c, c.spec.startupProbe(), c.startup, "startup", gen);
        } else {
            startGatedProbes(p, c, gen);
        }
    }

    /** Readiness and liveness start once the startup probe (if any) has succeeded. */
    private void startGatedProbes(PodRuntime p, ContainerRuntime c, long gen) {
        if (c.spec.readinessProbe() != null) {
            probeLoop(p, c, c.spec.readinessProbe(), c.readiness, "readiness", gen);
        } else {
            c.ready = true; // no readiness probe: Ready as soon as it runs
        }
        if (c.spec.livenessProbe() != null) {
            probeLoop(p, c, c.spec.livenessProbe(), c.liveness, "liveness", gen);
        }
    }

    /**
     * The kubelet's probe worker: it ticks every periodSeconds from the container's start, skips
     * ticks inside initialDelaySeconds, and flips the result after successThreshold /
     * failureThreshold consecutive results.
     */
    private void probeLoop(PodRuntime p, ContainerRuntime c, Probe probe, ContainerRuntime.ProbeState st, String kind, long gen) {
        long period = probe.periodOrDefault() * 1000L;
        long start = sim.now;
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (c.generation != gen || p.terminating || !sim.pods.containsKey(p.key())) {
                return;
            }
            if (sim.now - start >= probe.initialDelayOrDefault() * 1000L) {
                String failure = probeFailure(p, c, probe);
                if (failure != null && failure != UNRESOLVED_PORT) {
                    // the prober's event for every failed try; the correlator folds repeats (x3 over 22s)
                    p.event(sim.now, "Warning", "Unhealthy", "kubelet",
                            Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " probe failed: " + failure);
                }
                onProbeResult(p, c, probe, st, kind, failure == null, gen);
            }
            if (c.generation == gen && !(kind.equals("startup") && c.started)) {
                sim.schedule(sim.now + period, tick[0]);
            }
        };
        sim.schedule(sim.now, tick[0]);
    }

    private void onProbeResult(PodRuntime p, ContainerRuntime c, Probe probe, ContainerRuntime.ProbeState st, String kind,
                               boolean ok, long gen) {
        int failuresBefore = st.failures;
        if (ok) {
            st.successes++;
            st.failures = 0;
        } else {
            st.failures++;
            st.successes = 0;
        }
        if (kind.equals("readiness") && failuresBefore != st.failures) {
            sim.changed(); // the pod's view shows the count (diagram.probeFailing) before the threshold flips it
        }
        switch (kind) {
            case "readiness" -> onReadiness(p, c, probe, st, ok);
            case "liveness" -> {
                if (!ok && st.failures >= probe.failureThresholdOrDefault()) {
                    p.event(sim.now, "Normal", "Killing", "kubelet", "Container " + c.name() + " failed liveness probe, will be restarted");
                    restartContainer(p, c, "ev.probe.livenessRestart");
                }
            }
            default -> {
                if (ok && !c.started) {
                    c.started = true;
                    sim.event("ev.probe.started", p.name, c.name());
                    startGatedProbes(p, c, gen);
                    readiness(p);
                } else if (!ok && st.failures >= probe.failureThresholdOrDefault()) {
                    p.event(sim.now, "Normal", "Killing", "kubelet", "Container " + c.name() + " failed startup probe, will be restarted");
                    restartContainer(p, c, "ev.probe.startupRestart");
                }
            }
        }
    }

    private void onReadiness(PodRuntime p, ContainerRuntime c, Probe probe, ContainerRuntime.ProbeState st, boolean ok) {
        boolean was = c.ready;
        if (ok && st.successes >= probe.successThresholdOrDefault()) {
            c.ready = true;
        } else if (!ok && st.failures >= probe.failureThresholdOrDefault()) {
            c.ready = false;
        }
        if (was != c.ready) {
            boolean podWas = p.ready;
            readiness(p);
            sim.event(c.ready ? "ev.probe.ready" : "ev.probe.notReady", p.name, c.name());
            if (podWas != p.ready) {
                sim.endpointsController.invalidate();
            }
        }
    }

    /** A container restart keeps the pod, its IP and UID; probes begin again (after a back-off). */
    private void restartContainer(PodRuntime p, ContainerRuntime c, String why) {
        c.generation++;
        c.ready = false;
        boolean podWas = p.ready;
        readiness(p);
        p.restartCount++;
        p.lastRestart = sim.now;
        sim.event(why, p.name, c.name(), p.restartCount);
        if (podWas) {
            sim.endpointsController.invalidate();
        }
        long backoff = Math.min(300_000L, p.restartCount <= 1 ? 0 : 10_000L << Math.min(5, p.restartCount - 2));
        sim.schedule(sim.now + backoff, () -> {
            if (sim.pods.containsKey(p.key()) && !p.terminating) {
                startProbes(p, c);
                readiness(p);
                sim.endpointsController.invalidate();
            }
        });
    }

    /** A failed probe whose event we do not model (the kubelet's "errored" path); compared by identity. */
    private static final String UNRESOLVED_PORT = new String("unresolved port");

    /**
     * Runs one probe and returns null when it passes, else the output the prober puts in its
     * event: the command's error, Go's dial or HTTP client error, or the status it got
     * (pkg/probe/http, tcp, grpc).
     */
    private static String probeFailure(PodRuntime p, ContainerRuntime c, Probe probe) {
        if ((probe.httpGet() != null && resolvePort(c, probe.httpGet().port()) == null)
                || (probe.tcpSocket() != null && resolvePort(c, probe.tcpSocket().port()) == null)) {
            return UNRESOLVED_PORT; // a named port the container lacks: the kubelet errors before probing
        }
        ContainerBehaviour b = c.behaviour;
        int timeoutMs = probe.timeoutOrDefault() * 1000;
        String ip = p.ip() == null ? "" : p.ip();
        if (probe.exec() != null) {
            return b.exec(probe.exec().command()) == 0 ? null : b.execError(probe.exec().command(), c.spec == null ? "" : c.spec.image());
        }
        if (probe.httpGet() != null) {
            Integer port = resolvePort(c, probe.httpGet().port());
            String path = probe.httpGet().path() == null ? "/" : probe.httpGet().path();
            String get = "Get \"http://" + ip + ":" + port + path + "\": ";
            if (port == null || !b.listening.contains(port)) {
                return get + "dial tcp " + ip + ":" + port + ": connect: connection refused";
            }
            if (b.responseDelayMillis >= timeoutMs) {
                return get + "context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
            }
            int status = b.statusFor(path);
            return status >= 200 && status < 400 ? null : "HTTP probe failed with statuscode: " + status;
        }
        if (probe.tcpSocket() != null) {
            Integer port = resolvePort(c, probe.tcpSocket().port());
            return port != null && b.listening.contains(port) ? null : "dial tcp " + ip + ":" + port + ": connect: connection refused";
        }
        if (probe.grpc() != null) {
            Integer port = probe.grpc().port();
            if (port == null || !b.listening.contains(port)) {
                return "timeout: failed to connect service \"" + ip + ":" + port + "\" within " + probe.timeoutOrDefault() + "s";
            }
            return b.defaultStatus < 400 ? null : "service unhealthy (responded with \"NOT_SERVING\")";
        }
        return null;
    }

    /** A probe or targetPort named port, resolved against the container's ports. */
    static Integer resolvePort(ContainerRuntime c, IntOrString port) {
        if (port == null) {
            return null;
        }
        if (port.isInt()) {
            return port.intValue();
        }
        if (c.spec != null) {
            for (ContainerPort cp : c.spec.portsOrEmpty()) {
                if (port.strValue().equals(cp.name())) {
                    return cp.containerPort();
                }
            }
        }
        return null;
    }

    /** A pod's readiness may have changed: a Deployment's rollout may have made progress. */
    private void readiness(PodRuntime p) {
        boolean was = p.ready;
        p.updateReady();
        if (was != p.ready && p.owner != null && p.owner.startsWith("Deployment/")) {
            sim.rollouts.flipped(p);
        }
    }
}
