package servicelab.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.Deployment;
import servicelab.model.IngressClass;
import servicelab.model.Ingress;
import servicelab.model.IntOrString;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
import servicelab.model.Labels;
import servicelab.model.ObjectMeta;
import servicelab.model.Pod;
import servicelab.model.PodSpec;
import servicelab.model.PodTemplateSpec;
import servicelab.model.Probe;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.model.ServiceSpec;

/**
 * The simulated cluster. Desired state comes in as stored objects ({@link #apply}); controllers,
 * the scheduler, IPAM, the prober, the endpoints controller and the load-balancer implementation
 * turn it into runtime state on a virtual clock; {@link Router} sends requests through it.
 * Everything random draws from one seed, so identical inputs give identical runs.
 */
public final class Simulation {
    static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final long TERMINATION_MILLIS = 1000;

    final World world;
    final long seed;
    final Random nameRng;
    final Random scheduleRng;
    final Random proxyRng;
    final Random lbRng;
    long now;
    private long seq;
    /** Creation order of objects: a pod sees the Services created before it (env vars). */
    private long created;
    final EventLog events = new EventLog(5000);

    /** Desired objects by kind/namespace/name, in apply order. */
    private final Map<String, KubeObject> desired = new LinkedHashMap<>();
    final Map<String, ServiceRuntime> services = new LinkedHashMap<>();
    final Map<String, PodRuntime> pods = new LinkedHashMap<>();
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    final List<Ingress> ingresses = new ArrayList<>();
    final List<IngressClass> ingressClasses = new ArrayList<>();
    final Map<String, List<Endpoint>> endpoints = new HashMap<>();
    private final Map<String, Ipam> ipam = new HashMap<>();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingLong(Task::time).thenComparingLong(Task::seq));
    private int lbNext;
    private int fallbackIp = 0;
    private int fallbackNodePort = 0;
    final KubeProxy proxy;
    final Router router;
    private DnsView dnsView;
    PodRuntime ingressPod;

    public Simulation(World world, long seed) {
        this.world = world;
        this.seed = seed;
        Random root = new Random(seed);
        this.nameRng = new Random(root.nextLong());
        this.scheduleRng = new Random(root.nextLong());
        this.proxyRng = new Random(root.nextLong());
        this.lbRng = new Random(root.nextLong());
        for (NodeInfo n : world.nodes()) {
            ipam.put(n.name(), new Ipam(n.podCidr()));
        }
        this.proxy = new KubeProxy(this);
        this.router = new Router(this);
        // the master Service every pod's environment names, as in a real cluster
        ServiceRuntime master = new ServiceRuntime(new SimService("default", "kubernetes", "ClusterIP", "10.96.0.1",
                List.of(new SimService.Port("https", "TCP", 443, IntOrString.of(6443), null)), null, null, false,
                "None", 0, null, "Cluster", null, -1), -1);
        services.put(master.data.key(), master);
        ServiceRuntime dns = new ServiceRuntime(new SimService("kube-system", "kube-dns", "ClusterIP", world.dnsIP(),
                List.of(new SimService.Port("dns", "UDP", 53, IntOrString.of(53), null),
                        new SimService.Port("dns-tcp", "TCP", 53, IntOrString.of(53), null)),
                Map.of("k8s-app", "kube-dns"), null, false, "None", 0, null, "Cluster", null, -1), -1);
        services.put(dns.data.key(), dns);
        if (world.ingressControllerEnabled()) {
            ingressPod = startPod(INGRESS_NAMESPACE, "ingress-nginx-controller", world.nodes().get(0).name(),
                    Map.of("app.kubernetes.io/name", "ingress-nginx"), null, null, null, true);
            ingressClasses.add(new IngressClass(new ObjectMeta(world.ingressClassName(), null, null, null,
                    Map.of(IngressClass.DEFAULT_CLASS_ANNOTATION, "true")), world.ingressController()));
        }
    }

    public World world() {
        return world;
    }

    public long now() {
        return now;
    }

    public EventLog events() {
        return events;
    }

    // ------------------------------------------------------------------ desired state

    private static String key(KubeObject o) {
        return o.kind() + "/" + o.namespaceOrDefault() + "/" + o.name();
    }

    /**
     * Makes the cluster match the given stored objects (defaulted, with allocated cluster IPs and
     * nodePorts): new objects are created in order, changed ones updated, missing ones deleted.
     * Workload controllers then create their pods, after the whole batch, as `kubectl apply -f`
     * followed by the controllers would.
     */
    public void apply(List<KubeObject> objects) {
        Map<String, KubeObject> next = new LinkedHashMap<>();
        for (KubeObject o : objects) {
            next.put(key(o), o);
        }
        if (next.equals(desired) && new ArrayList<>(next.keySet()).equals(new ArrayList<>(desired.keySet()))) {
            return; // nothing declared changed (a comment, a blank line): the cluster stays as it is
        }
        for (String k : new ArrayList<>(desired.keySet())) {
            if (!next.containsKey(k)) {
                delete(desired.remove(k));
            }
        }
        for (var e : next.entrySet()) {
            KubeObject old = desired.get(e.getKey());
            if (old == null) {
                desired.put(e.getKey(), e.getValue());
                create(e.getValue());
            } else if (!old.equals(e.getValue())) {
                desired.put(e.getKey(), e.getValue());
                update(old, e.getValue());
            }
        }
        reconcile();
    }

    private void create(KubeObject o) {
        created++;
        if (o instanceof Service s) {
            createService(s);
        } else if (o instanceof Pod p) {
            // spec.nodeName bypasses the scheduler, as in Kubernetes
            String node = p.spec() != null && p.spec().nodeName() != null && world.node(p.spec().nodeName()) != null
                    ? p.spec().nodeName() : null;
            startPod(p.namespaceOrDefault(), p.name(), node, p.metadata().labelsOrEmpty(), p.spec(), null, null, false);
        } else if (o instanceof ReplicationController rc) {
            workloads.put(key(o), Workload.of(rc));
        } else if (o instanceof ReplicaSet rs) {
            workloads.put(key(o), Workload.of(rs));
        } else if (o instanceof Deployment d) {
            workloads.put(key(o), Workload.of(d));
        } else if (o instanceof Ingress i) {
            ingresses.add(admit(i));
        } else if (o instanceof IngressClass c) {
            ingressClasses.removeIf(x -> x.name().equals(c.name()));
            ingressClasses.add(c);
        }
    }

    private void update(KubeObject old, KubeObject o) {
        if (o instanceof Service s) {
            {
                ServiceRuntime r = services.get(s.namespaceOrDefault() + "/" + s.name());
                String lb = r == null ? null : r.data.loadBalancerIP();
                long created = r == null ? now : r.data.createdAtMillis();
                long createdSeq = r == null ? ++created : r.seq;
                services.put(s.namespaceOrDefault() + "/" + s.name(), new ServiceRuntime(toSim(s, created,
                        "LoadBalancer".equals(s.effectiveType()) ? lb : null), createdSeq));
                if ("LoadBalancer".equals(s.effectiveType()) && lb == null) {
                    scheduleLoadBalancer(s.namespaceOrDefault() + "/" + s.name());
                }
                proxy.forget(s.namespaceOrDefault() + "/" + s.name());
                events.add(now, "ev.service.updated", s.name());
            }
        } else if (o instanceof Pod p) {
            {
                PodRuntime r = pods.get(p.namespaceOrDefault() + "/" + p.name());
                Pod oldPod = (Pod) old;
                if (r != null && java.util.Objects.equals(oldPod.spec(), p.spec())) {
                    relabel(r, p.metadata().labelsOrEmpty()); // labels may change in place
                } else {
                    delete(old);
                    create(o);
                }
            }
        } else if (o instanceof ReplicationController rc) {
            workloads.put(key(o), Workload.of(rc));
        } else if (o instanceof ReplicaSet rs) {
            workloads.put(key(o), Workload.of(rs));
        } else if (o instanceof Deployment d) {
            workloads.put(key(o), Workload.of(d));
        } else if (o instanceof Ingress i) {
            int at = indexOfIngress((Ingress) old);
            if (at < 0) {
                ingresses.add(admit(i));
            } else {
                ingresses.set(at, admit(i));
            }
        } else {
            delete(old);
            create(o);
        }
    }

    private void delete(KubeObject o) {
        if (o instanceof Service s) {
            {
                services.remove(s.namespaceOrDefault() + "/" + s.name());
                endpoints.remove(s.namespaceOrDefault() + "/" + s.name());
                proxy.forget(s.namespaceOrDefault() + "/" + s.name());
                events.add(now, "ev.service.deleted", s.name());
            }
        } else if (o instanceof Pod p) {
            PodRuntime r = pods.get(p.namespaceOrDefault() + "/" + p.name());
            if (r != null) {
                terminate(r);
            }
        } else if (o instanceof ReplicationController || o instanceof ReplicaSet || o instanceof Deployment) {
            deleteWorkload(key(o));
        } else if (o instanceof Ingress i) {
            int at = indexOfIngress(i);
            if (at >= 0) {
                ingresses.remove(at);
            }
        } else if (o instanceof IngressClass c) {
            ingressClasses.removeIf(x -> x.name().equals(c.name()));
        }
    }

    private void deleteWorkload(String k) {
        Workload w = workloads.remove(k);
        if (w != null) {
            for (PodRuntime p : new ArrayList<>(pods.values())) {
                if (w.id().equals(p.owner) && !p.terminating) {
                    terminate(p);
                }
            }
        }
    }

    private int indexOfIngress(Ingress i) {
        for (int k = 0; k < ingresses.size(); k++) {
            if (ingresses.get(k).namespaceOrDefault().equals(i.namespaceOrDefault()) && ingresses.get(k).name().equals(i.name())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The DefaultIngressClass admission plugin: a new Ingress without a class (and without the
     * legacy annotation) gets the default class if exactly one exists at creation time.
     */
    private Ingress admit(Ingress i) {
        if (i.spec() == null || i.spec().ingressClassName() != null
                || i.metadata().annotationsOrEmpty().containsKey(IngressRouting.LEGACY_CLASS_ANNOTATION)) {
            return i;
        }
        List<IngressClass> defaults = ingressClasses.stream().filter(IngressClass::isDefault).toList();
        if (defaults.size() != 1) {
            return i;
        }
        Ingress.Spec s = i.spec();
        return new Ingress(i.metadata(), new Ingress.Spec(defaults.get(0).name(), s.defaultBackend(), s.tls(), s.rules()));
    }

    /** The Ingresses our controller serves: those of its class (assigned at creation) or named by the legacy annotation. */
    public List<Ingress> servedIngresses() {
        List<Ingress> out = new ArrayList<>();
        for (Ingress i : ingresses) {
            boolean named = i.spec() != null && i.spec().ingressClassName() != null
                    || i.metadata().annotationsOrEmpty().containsKey(IngressRouting.LEGACY_CLASS_ANNOTATION);
            if (named && IngressRouting.serves(i, ingressClasses, world.ingressController())) {
                out.add(i);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ services

    private void createService(Service s) {
        SimService data = toSim(s, now, null);
        services.put(data.key(), new ServiceRuntime(data, created));
        events.add(now, "ev.service.created", s.name(), data.clusterIP() == null ? "" : data.clusterIP());
        if ("LoadBalancer".equals(data.type())) {
            scheduleLoadBalancer(data.key());
        }
    }

    private void scheduleLoadBalancer(String svcKey) {
        if (!world.loadBalancerEnabled()) {
            return; // EXTERNAL-IP stays <pending>
        }
        schedule(now + world.loadBalancerDelayMillis(), () -> {
            ServiceRuntime r = services.get(svcKey);
            if (r != null && "LoadBalancer".equals(r.data.type()) && r.data.loadBalancerIP() == null) {
                String ip = Ipv4.format(Ipv4.parse(world.loadBalancerPoolStart()) + lbNext++);
                r.data = withLoadBalancerIP(r.data, ip);
                events.add(now, "ev.lb.assigned", r.data.name(), ip);
            }
        });
    }

    private static SimService withLoadBalancerIP(SimService d, String ip) {
        return new SimService(d.namespace(), d.name(), d.type(), d.clusterIP(), d.ports(), d.selector(), d.externalName(),
                d.publishNotReadyAddresses(), d.sessionAffinity(), d.affinityTimeoutSeconds(), d.externalTrafficPolicy(),
                d.internalTrafficPolicy(), ip, d.createdAtMillis());
    }

    /** The Service as the data plane needs it; fills allocations the caller left empty (tests, scenes). */
    private SimService toSim(Service s, long created, String lbIP) {
        ServiceSpec spec = s.spec() == null ? ServiceSpec.builder().build() : s.spec();
        String type = s.effectiveType();
        String clusterIP;
        if ("ExternalName".equals(type)) {
            clusterIP = null;
        } else if (spec.isHeadless()) {
            clusterIP = "None";
        } else if (spec.clusterIP() != null && !spec.clusterIP().isEmpty()) {
            clusterIP = spec.clusterIP();
        } else {
            clusterIP = "10.96.200." + (++fallbackIp);
        }
        List<SimService.Port> ports = new ArrayList<>();
        for (ServicePort p : spec.portsOrEmpty()) {
            int port = p.port() == null ? 0 : p.port();
            IntOrString target = p.targetPort() == null || p.targetPort().isZero() ? IntOrString.of(port) : p.targetPort();
            Integer nodePort = p.nodePort();
            if (nodePort == null && ("NodePort".equals(type) || "LoadBalancer".equals(type))) {
                nodePort = world.nodePortMax() - (fallbackNodePort++);
            }
            ports.add(new SimService.Port(p.name(), p.protocol() == null ? "TCP" : p.protocol(), port, target, nodePort));
        }
        int timeout = spec.sessionAffinityTimeoutSeconds() == null ? 10800 : spec.sessionAffinityTimeoutSeconds();
        String etp = spec.externalTrafficPolicy() == null
                ? ("NodePort".equals(type) || "LoadBalancer".equals(type) ? "Cluster" : null) : spec.externalTrafficPolicy();
        String itp = spec.internalTrafficPolicy() == null ? "Cluster" : spec.internalTrafficPolicy();
        return new SimService(s.namespaceOrDefault(), s.name(), type, clusterIP, ports, spec.selector(),
                spec.externalName(), Boolean.TRUE.equals(spec.publishNotReadyAddresses()),
                spec.sessionAffinity() == null ? "None" : spec.sessionAffinity(), timeout, etp, itp, lbIP, created);
    }

    // ------------------------------------------------------------------ workloads and pods

    private void reconcile() {
        for (Workload w : workloads.values()) {
            // release pods whose labels no longer match; adopt orphans that do (RC and ReplicaSet do)
            for (PodRuntime p : pods.values()) {
                if (p.terminating || !p.namespace.equals(w.namespace())) {
                    continue;
                }
                if (w.id().equals(p.owner) && !w.selects(p.labels)) {
                    p.owner = null;
                    events.add(now, "ev.pod.released", p.name, w.name());
                } else if (p.owner == null && !p.system && w.adoptsOrphans() && w.selects(p.labels)) {
                    p.owner = w.id();
                    events.add(now, "ev.pod.adopted", p.name, w.name());
                }
            }
            List<PodRuntime> mine = new ArrayList<>();
            for (PodRuntime p : pods.values()) {
                if (w.id().equals(p.owner) && !p.terminating) {
                    mine.add(p);
                }
            }
            // a changed template replaces the pods (a rollout, done at once)
            for (PodRuntime p : new ArrayList<>(mine)) {
                if (p.templateHash != null && !p.templateHash.equals(w.templateHash())) {
                    terminate(p);
                    mine.remove(p);
                }
            }
            while (mine.size() < w.replicas()) {
                PodRuntime p = startPod(w.namespace(), w.podName(nameRng), null, w.podLabels(), w.template().spec(), w.id(),
                        w.templateHash(), false);
                if (p == null) {
                    break; // no pod IP left: the controller tries again on its next pass
                }
                mine.add(p);
            }
            while (mine.size() > w.replicas()) {
                PodRuntime newest = mine.remove(mine.size() - 1);
                terminate(newest);
            }
        }
        recomputeEndpoints();
    }

    PodRuntime startPod(String namespace, String name, String node, Map<String, String> labels, PodSpec spec,
                        String owner, String templateHash, boolean system) {
        String n = node != null ? node : schedule(owner);
        int ip = ipam.get(n).allocate();
        if (ip == 0) {
            // the CNI plugin has no address left on this node: the pod cannot start (kubelet reports
            // "failed to allocate for range"); terminating pods free addresses a second later
            events.add(now, "ev.pod.noIp", name, n);
            schedule(now + TERMINATION_MILLIS + 1, this::reconcile);
            return null;
        }
        PodRuntime p = new PodRuntime(namespace, name, uid(), n, ip, labels, spec, owner, templateHash, ++created, now, system);
        if (spec != null) {
            for (Container c : spec.containersOrEmpty()) {
                p.containers.add(new ContainerRuntime(c, defaultBehaviour(c)));
            }
        } else {
            p.containers.add(new ContainerRuntime(null, new ContainerBehaviour()));
            p.containers.get(0).behaviour.listening.addAll(List.of(80, 443));
        }
        boolean links = spec == null || spec.enableServiceLinks() == null || spec.enableServiceLinks();
        List<SimService> visible = new ArrayList<>();
        for (ServiceRuntime s : services.values()) {
            if (s.seq < p.seq) {
                visible.add(s.data);
            }
        }
        p.env = ServiceEnv.forPod(namespace, links, visible);
        pods.put(p.key(), p);
        events.add(now, "ev.pod.started", name, n, Ipv4.format(ip));
        for (ContainerRuntime c : p.containers) {
            startProbes(p, c);
        }
        p.updateReady();
        return p;
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

    private String schedule(String owner) {
        // spread: fewest pods of the same owner, then fewest pods, then a seeded coin
        String best = null;
        int bestOwn = Integer.MAX_VALUE, bestAll = Integer.MAX_VALUE;
        List<String> ties = new ArrayList<>();
        for (NodeInfo n : world.nodes()) {
            int own = 0, all = 0;
            for (PodRuntime p : pods.values()) {
                if (!p.terminating && p.node.equals(n.name()) && !p.system) {
                    all++;
                    if (owner != null && owner.equals(p.owner)) {
                        own++;
                    }
                }
            }
            if (own < bestOwn || own == bestOwn && all < bestAll) {
                bestOwn = own;
                bestAll = all;
                ties.clear();
                ties.add(n.name());
                best = n.name();
            } else if (own == bestOwn && all == bestAll) {
                ties.add(n.name());
            }
        }
        return ties.size() == 1 ? best : ties.get(scheduleRng.nextInt(ties.size()));
    }

    private String uid() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            sb.append(Character.forDigit(nameRng.nextInt(16), 16));
            if (i == 7 || i == 11 || i == 15 || i == 19) {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    void terminate(PodRuntime p) {
        if (p.terminating) {
            return;
        }
        p.terminating = true;
        p.updateReady();
        events.add(now, "ev.pod.terminating", p.name);
        schedule(now + TERMINATION_MILLIS, () -> {
            if (pods.remove(p.key()) != null) {
                ipam.get(p.node).release(p.ip);
                events.add(now, "ev.pod.deleted", p.name);
                recomputeEndpoints();
            }
        });
        recomputeEndpoints();
    }

    private void relabel(PodRuntime p, Map<String, String> labels) {
        p.labels = Map.copyOf(labels);
        events.add(now, "ev.pod.relabelled", p.name, Labels.format(labels));
        reconcile();
    }

    // ------------------------------------------------------------------ runtime actions (UI, CLI, console)

    public PodRuntime pod(String namespace, String name) {
        return pods.get(namespace + "/" + name);
    }

    /** Finds a pod by name in any namespace (user namespaces first). */
    public PodRuntime findPod(String nameOrNsName) {
        if (nameOrNsName.contains("/")) {
            return pods.get(nameOrNsName);
        }
        for (PodRuntime p : pods.values()) {
            if (p.name.equals(nameOrNsName) && !p.system) {
                return p;
            }
        }
        for (PodRuntime p : pods.values()) {
            if (p.name.equals(nameOrNsName)) {
                return p;
            }
        }
        return null;
    }

    /** Deletes a pod as `kubectl delete pod` does; its controller, if any, creates a replacement. */
    public void deletePod(PodRuntime p) {
        terminate(p);
        reconcile();
    }

    /** Changes a pod's labels (kubectl label): a controller may release or adopt it. */
    public void setLabels(PodRuntime p, Map<String, String> labels) {
        relabel(p, labels);
    }

    /**
     * Makes a pod's readiness check fail (or pass again) by changing what its containers do, as the
     * probe's mechanism sees it: the exec probe's file is removed, the HTTP path answers 503, the
     * probed port closes. Returns false when no container has a readiness probe.
     */
    public boolean setReadinessFailing(PodRuntime p, boolean failing) {
        boolean any = false;
        for (ContainerRuntime c : p.containers) {
            Probe probe = c.spec == null ? null : c.spec.readinessProbe();
            if (probe == null) {
                continue;
            }
            any = true;
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
        events.add(now, failing ? "ev.pod.readinessFailing" : "ev.pod.readinessPassing", p.name);
        return any;
    }

    // ------------------------------------------------------------------ prober

    private void startProbes(PodRuntime p, ContainerRuntime c) {
        c.startedAt = now;
        c.started = c.spec == null || c.spec.startupProbe() == null;
        c.ready = false;
        c.readiness = new ProbeState();
        c.liveness = new ProbeState();
        c.startup = new ProbeState();
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
    private void probeLoop(PodRuntime p, ContainerRuntime c, Probe probe, ProbeState st, String kind, long gen) {
        long period = probe.periodOrDefault() * 1000L;
        long start = now;
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (c.generation != gen || p.terminating || !pods.containsKey(p.key())) {
                return;
            }
            if (now - start >= probe.initialDelayOrDefault() * 1000L) {
                boolean ok = runProbe(p, c, probe);
                onProbeResult(p, c, probe, st, kind, ok, gen);
            }
            if (c.generation == gen && !(kind.equals("startup") && c.started)) {
                schedule(now + period, tick[0]);
            }
        };
        schedule(now, tick[0]);
    }

    private void onProbeResult(PodRuntime p, ContainerRuntime c, Probe probe, ProbeState st, String kind, boolean ok, long gen) {
        if (ok) {
            st.successes++;
            st.failures = 0;
        } else {
            st.failures++;
            st.successes = 0;
        }
        switch (kind) {
            case "readiness" -> {
                boolean was = c.ready;
                if (ok && st.successes >= probe.successThresholdOrDefault()) {
                    c.ready = true;
                } else if (!ok && st.failures >= probe.failureThresholdOrDefault()) {
                    c.ready = false;
                }
                if (was != c.ready) {
                    boolean podWas = p.ready;
                    p.updateReady();
                    events.add(now, c.ready ? "ev.probe.ready" : "ev.probe.notReady", p.name, c.name());
                    if (podWas != p.ready) {
                        recomputeEndpoints();
                    }
                }
            }
            case "liveness" -> {
                if (!ok && st.failures >= probe.failureThresholdOrDefault()) {
                    restartContainer(p, c, "ev.probe.livenessRestart");
                }
            }
            default -> {
                if (ok && !c.started) {
                    c.started = true;
                    events.add(now, "ev.probe.started", p.name, c.name());
                    startGatedProbes(p, c, gen);
                    p.updateReady();
                } else if (!ok && st.failures >= probe.failureThresholdOrDefault()) {
                    restartContainer(p, c, "ev.probe.startupRestart");
                }
            }
        }
    }

    /** A container restart keeps the pod, its IP and UID; probes begin again (after a back-off). */
    private void restartContainer(PodRuntime p, ContainerRuntime c, String why) {
        c.generation++;
        c.ready = false;
        boolean podWas = p.ready;
        p.updateReady();
        p.restartCount++;
        p.lastRestart = now;
        events.add(now, why, p.name, c.name(), p.restartCount);
        if (podWas) {
            recomputeEndpoints();
        }
        long backoff = Math.min(300_000L, p.restartCount <= 1 ? 0 : 10_000L << Math.min(5, p.restartCount - 2));
        schedule(now + backoff, () -> {
            if (pods.containsKey(p.key()) && !p.terminating) {
                startProbes(p, c);
                p.updateReady();
                recomputeEndpoints();
            }
        });
    }

    private boolean runProbe(PodRuntime p, ContainerRuntime c, Probe probe) {
        ContainerBehaviour b = c.behaviour;
        int timeoutMs = probe.timeoutOrDefault() * 1000;
        if (probe.exec() != null) {
            return b.exec(probe.exec().command()) == 0;
        }
        if (probe.httpGet() != null) {
            Integer port = resolvePort(c, probe.httpGet().port());
            if (port == null || !b.listening.contains(port) || b.responseDelayMillis >= timeoutMs) {
                return false;
            }
            int status = b.statusFor(probe.httpGet().path() == null ? "/" : probe.httpGet().path());
            return status >= 200 && status < 400;
        }
        if (probe.tcpSocket() != null) {
            Integer port = resolvePort(c, probe.tcpSocket().port());
            return port != null && b.listening.contains(port);
        }
        if (probe.grpc() != null) {
            return probe.grpc().port() != null && b.listening.contains(probe.grpc().port()) && b.defaultStatus < 400;
        }
        return true;
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

    // ------------------------------------------------------------------ endpoints controller

    void recomputeEndpoints() {
        dnsView = null;
        endpoints.clear();
        for (ServiceRuntime s : services.values()) {
            SimService d = s.data;
            if (d.selector() == null || d.selector().isEmpty() || d.isExternalName()) {
                continue; // selector-less: endpoints are managed by someone else
            }
            List<Endpoint> list = new ArrayList<>();
            for (PodRuntime p : pods.values()) {
                if (!p.namespace.equals(d.namespace()) || !Labels.matches(d.selector(), p.labels)) {
                    continue;
                }
                Map<String, Integer> ports = new HashMap<>();
                for (SimService.Port sp : d.ports()) {
                    Integer target = targetPortOf(p, sp);
                    if (target != null) {
                        ports.put(sp.name() == null ? "" : sp.name(), target);
                    }
                }
                if (!d.ports().isEmpty() && ports.isEmpty()) {
                    continue; // no port resolves on this pod: it contributes no endpoint
                }
                boolean serving = p.ready;
                boolean ready = d.publishNotReadyAddresses() || serving && !p.terminating;
                String hostname = p.hostname != null && d.name().equals(p.subdomain) ? p.hostname : null;
                list.add(new Endpoint(p.name, Ipv4.format(p.ip), p.node, ready, serving, p.terminating, hostname, ports));
            }
            list.sort(Comparator.comparingLong(e -> Integer.toUnsignedLong(Ipv4.parse(e.ip()))));
            endpoints.put(d.key(), List.copyOf(list));
        }
        proxy.invalidate();
    }

    /** The Service port's targetPort on this pod: a number as is, a name looked up with the same protocol. */
    static Integer targetPortOf(PodRuntime p, SimService.Port sp) {
        IntOrString t = sp.targetPort();
        if (t.isInt()) {
            return t.intValue();
        }
        for (ContainerRuntime c : p.containers) {
            if (c.spec == null) {
                continue;
            }
            for (ContainerPort cp : c.spec.portsOrEmpty()) {
                String proto = cp.protocol() == null ? "TCP" : cp.protocol();
                if (t.strValue().equals(cp.name()) && proto.equals(sp.protocol())) {
                    return cp.containerPort();
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ clock

    private record Task(long time, long seq, Runnable action) {
    }

    void schedule(long time, Runnable action) {
        tasks.add(new Task(time, seq++, action));
    }

    /** Runs everything due up to now + millis, in time order, and leaves the clock there. */
    public void advance(long millis) {
        long target = now + millis;
        while (!tasks.isEmpty() && tasks.peek().time() <= target) {
            Task t = tasks.poll();
            now = Math.max(now, t.time());
            t.action().run();
        }
        now = target;
        proxy.expireAffinity();
    }

    /**
     * Runs the cluster until it has settled: every probe has had the chance to pass its thresholds
     * and pending load balancers have their address.
     */
    public void settle() {
        long longest = world.loadBalancerEnabled() ? world.loadBalancerDelayMillis() : 0;
        for (PodRuntime p : pods.values()) {
            for (ContainerRuntime c : p.containers) {
                if (c.spec == null) {
                    continue;
                }
                long sum = 0;
                for (Probe pr : new Probe[] {c.spec.startupProbe(), c.spec.readinessProbe()}) {
                    if (pr != null) {
                        sum += pr.initialDelayOrDefault() * 1000L + pr.periodOrDefault() * 1000L
                                * Math.max(pr.successThresholdOrDefault(), pr.failureThresholdOrDefault());
                    }
                }
                longest = Math.max(longest, sum);
            }
        }
        advance(Math.min(longest + 1000, 600_000));
    }

    // ------------------------------------------------------------------ views

    public List<SimService> services() {
        List<SimService> out = new ArrayList<>();
        services.values().forEach(s -> out.add(s.data));
        return out;
    }

    public SimService service(String namespace, String name) {
        ServiceRuntime r = services.get(namespace + "/" + name);
        return r == null ? null : r.data;
    }

    public List<Endpoint> endpoints(String namespace, String name) {
        return endpoints.getOrDefault(namespace + "/" + name, List.of());
    }

    public List<SimPod> pods() {
        List<SimPod> out = new ArrayList<>();
        for (PodRuntime p : pods.values()) {
            out.add(p.view());
        }
        return out;
    }

    /** User pods (not the ingress controller's), in creation order. */
    public List<SimPod> userPods() {
        List<SimPod> out = new ArrayList<>();
        for (PodRuntime p : pods.values()) {
            if (!p.system) {
                out.add(p.view());
            }
        }
        return out;
    }

    /** Cluster DNS's view, rebuilt only after pods, endpoints, Services or Ingresses change. */
    public DnsView dnsView() {
        if (dnsView == null) {
            dnsView = buildDnsView();
        }
        return dnsView;
    }

    private DnsView buildDnsView() {
        Map<String, String> publicDns = new TreeMap<>(world.publicDns());
        if (world.ingressControllerEnabled()) {
            // learners reach Ingress hosts from the Internet, as if their DNS pointed at the controller
            for (Ingress i : ingresses) {
                for (Ingress.Rule r : i.spec() == null ? List.<Ingress.Rule>of() : i.spec().rulesOrEmpty()) {
                    if (r.host() != null && !r.host().startsWith("*")) {
                        publicDns.putIfAbsent(r.host().toLowerCase(), world.ingressExternalIP());
                    }
                }
            }
        }
        return new DnsView(world.clusterDomain(), services(), Map.copyOf(endpoints), pods(), publicDns);
    }

    public Router router() {
        return router;
    }

    public List<Ingress> ingresses() {
        return List.copyOf(ingresses);
    }

    public List<IngressClass> ingressClasses() {
        return List.copyOf(ingressClasses);
    }

    // ------------------------------------------------------------------ runtime records

    /** A Service and when (in creation order) it came to exist. */
    static final class ServiceRuntime {
        SimService data;
        final long seq;

        ServiceRuntime(SimService data, long seq) {
            this.data = data;
            this.seq = seq;
        }
    }

    static final class ProbeState {
        int successes;
        int failures;
    }

    /** A running container: its spec, its behaviour and its probe state. */
    static final class ContainerRuntime {
        final Container spec;
        final ContainerBehaviour behaviour;
        long startedAt;
        boolean started;
        boolean ready;
        long generation;
        ProbeState readiness = new ProbeState();
        ProbeState liveness = new ProbeState();
        ProbeState startup = new ProbeState();

        ContainerRuntime(Container spec, ContainerBehaviour behaviour) {
            this.spec = spec;
            this.behaviour = behaviour;
        }

        String name() {
            return spec == null ? "controller" : spec.name();
        }
    }

    /** A pod as the kubelet runs it. */
    public static final class PodRuntime {
        final String namespace;
        final String name;
        final String uid;
        final String node;
        final int ip;
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

        public String ip() {
            return Ipv4.format(ip);
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

        SimPod view() {
            List<ContainerPort> ports = new ArrayList<>();
            for (ContainerRuntime c : containers) {
                if (c.spec != null) {
                    ports.addAll(c.spec.portsOrEmpty());
                }
            }
            boolean links = spec == null || spec.enableServiceLinks() == null || spec.enableServiceLinks();
            return new SimPod(namespace, name, uid, node, Ipv4.format(ip), labels, hostname, subdomain, ready, terminating,
                    restartCount, createdAt, links, env, ports, owner);
        }
    }

    /** Pod IPs of one node: the next free address, never reusing one just freed. */
    static final class Ipam {
        private final int base;
        private final Set<Integer> used = new HashSet<>();
        private int cursor = 2; // .1 is the node's bridge

        Ipam(String cidr) {
            this.base = Ipv4.parse(cidr.substring(0, cidr.indexOf('/')));
        }

        int allocate() {
            for (int i = 0; i < 253; i++) {
                int off = cursor;
                cursor = cursor >= 254 ? 2 : cursor + 1;
                if (used.add(off)) {
                    return base + off;
                }
            }
            return 0;
        }

        void release(int ip) {
            used.remove(ip - base);
        }
    }

    /** A workload controller's view of its RC, ReplicaSet or Deployment. */
    record Workload(String kind, String namespace, String name, int replicas, Map<String, String> mapSelector,
                    LabelSelector selector, PodTemplateSpec template, String templateHash) {

        static Workload of(ReplicationController rc) {
            Map<String, String> sel = rc.selector() == null || rc.selector().isEmpty()
                    ? rc.template().labelsOrEmpty() : rc.selector();
            return new Workload("ReplicationController", rc.namespaceOrDefault(), rc.name(),
                    rc.replicas() == null ? 1 : rc.replicas(), sel, null, rc.template(), null);
        }

        static Workload of(ReplicaSet rs) {
            return new Workload("ReplicaSet", rs.namespaceOrDefault(), rs.name(), rs.replicas() == null ? 1 : rs.replicas(),
                    null, rs.selector(), rs.template(), null);
        }

        static Workload of(Deployment d) {
            return new Workload("Deployment", d.namespaceOrDefault(), d.name(), d.replicas() == null ? 1 : d.replicas(),
                    null, d.selector(), d.template(), templateHash(d.template()));
        }

        String id() {
            return kind + "/" + namespace + "/" + name;
        }

        boolean adoptsOrphans() {
            return !kind.equals("Deployment"); // a Deployment's ReplicaSet only owns pods with its template hash
        }

        boolean selects(Map<String, String> labels) {
            if (mapSelector != null) {
                return !mapSelector.isEmpty() && Labels.matches(mapSelector, labels);
            }
            // a Deployment's old pods (another pod-template-hash) still match: the rollout replaces them
            return selector != null && !selector.isEmpty() && selector.matches(labels);
        }

        Map<String, String> podLabels() {
            Map<String, String> l = new LinkedHashMap<>(template.labelsOrEmpty());
            if (templateHash != null) {
                l.put("pod-template-hash", templateHash);
            }
            return l;
        }

        String podName(Random rng) {
            StringBuilder sb = new StringBuilder(name).append('-');
            if (templateHash != null) {
                sb.append(templateHash).append('-');
            }
            for (int i = 0; i < 5; i++) {
                sb.append(NAME_ALPHABET.charAt(rng.nextInt(NAME_ALPHABET.length())));
            }
            return sb.toString();
        }

        /** A pod-template-hash in the style Kubernetes prints (FNV-1a of the template, in the safe alphabet). */
        static String templateHash(PodTemplateSpec t) {
            String s = String.valueOf(t);
            int h = 0x811c9dc5;
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x01000193;
            }
            long v = Integer.toUnsignedLong(h);
            StringBuilder sb = new StringBuilder();
            String digits = Long.toString(v);
            for (int i = 0; i < digits.length(); i++) {
                sb.append(NAME_ALPHABET.charAt((digits.charAt(i) - '0' + i * 7) % NAME_ALPHABET.length()));
            }
            return sb.toString();
        }
    }
}
