package servicelab.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;

import servicelab.model.Deployment;
import servicelab.model.Ingress;
import servicelab.model.IngressClass;
import servicelab.model.KubeObject;
import servicelab.model.ObjectMeta;
import servicelab.model.Pod;
import servicelab.model.Probe;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;

/**
 * The simulated cluster. Desired state comes in as stored objects ({@link #apply}); controllers,
 * the scheduler, IPAM, the prober, the endpoints controller and the load-balancer implementation
 * turn it into runtime state on a virtual clock; {@link Router} sends requests through it.
 * Everything random draws from one seed, so identical inputs give identical runs.
 *
 * <p>This class is the facade and the shared state; the controllers live beside it
 * ({@link Kubelet}, {@link WorkloadController}, {@link EndpointsController},
 * {@link ServiceController}, {@link Scheduler}). Every change anyone can observe bumps
 * {@link #revision()}, so a view knows when its {@link #snapshot()} is out of date.
 */
public final class Simulation {
    static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final long TERMINATION_MILLIS = 1000;
    /** The most pods the simulated cluster keeps (memory and time stay bounded; a real cluster's limits come first). */
    public static final int MAX_PODS = 5000;
    /** The most tasks one advance runs (probes, controllers, timers): past it the clock stops with a message. */
    public static final long MAX_STEPS_PER_ADVANCE = 2_000_000;

    final World world;
    final long seed;
    /** The Kubernetes release whose default feature gates the cluster runs with (tests try the other side of a gate). */
    int kubernetesMinor = servicelab.model.Release.KUBERNETES_MINOR;
    final Random nameRng;
    final Random scheduleRng;
    final Random proxyRng;
    final Random lbRng;
    long now;
    private long seq;
    /** Creation order of objects: a pod sees the Services created before it (env vars). */
    private long created;
    private long revision;
    private ClusterSnapshot snapshot;
    final EventLog events = new EventLog(5000);

    /** Desired objects by kind/namespace/name, in apply order. */
    private final Map<String, KubeObject> desired = new LinkedHashMap<>();
    final Map<String, ServiceRuntime> services = new LinkedHashMap<>();
    final Map<String, PodRuntime> pods = new LinkedHashMap<>();
    final List<Ingress> ingresses = new ArrayList<>();
    final List<IngressClass> ingressClasses = new ArrayList<>();
    final Map<String, List<Endpoint>> endpoints = new HashMap<>();
    /** What the EndpointSlice (or mirroring) controller wrote for each Service, without slices written by hand. */
    final Map<String, List<Endpoint>> ownEndpoints = new HashMap<>();
    /** EndpointSlices written by hand, by namespace/name; kube-proxy reads those labelled with a Service's name. */
    final Map<String, servicelab.model.EndpointSlice> userSlices = new LinkedHashMap<>();
    /** Gateway API objects (CRDs), oldest first. */
    public final GatewayObjects gatewayApi = new GatewayObjects(() -> this.serviceController.nextLoadBalancerIp());
    /** NetworkPolicies, and the network plugin that enforces them. */
    public final NetworkPolicies policies = new NetworkPolicies(this);
    /** ConfigMaps by namespace/name; the cluster itself reads kube-system/kube-proxy. */
    final Map<String, servicelab.model.ConfigMap> configMaps = new LinkedHashMap<>();
    /** Endpoints written by hand (for Services without a selector), by namespace/name. */
    final Map<String, servicelab.model.Endpoints> manualEndpoints = new LinkedHashMap<>();
    final Map<String, Ipam> ipam = new HashMap<>();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingLong(Task::time).thenComparingLong(Task::seq));
    final KubeProxy proxy;
    final Router router;
    final Kubelet kubelet = new Kubelet(this);
    final Scheduler scheduler = new Scheduler(this);
    final WorkloadController workloads = new WorkloadController(this);
    /** What the Deployment controller records of each Deployment: revision, rollout progress, scaling events. */
    public final Rollouts rollouts = new Rollouts(this);
    final EndpointsController endpointsController = new EndpointsController(this);
    final ServiceController serviceController = new ServiceController(this);
    private DnsView dnsView;
    PodRuntime ingressPod;

    /** Runs the cluster with another release's default feature gates (a version-gated rule's other side). */
    public void followRelease(int minor) {
        kubernetesMinor = minor;
        endpointsController.invalidate();
    }

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
        serviceController.addBuiltIns();
        if (world.ingressControllerEnabled()) {
            ingressPod = kubelet.startPod(INGRESS_NAMESPACE, "ingress-nginx-controller", world.nodes().get(0).name(),
                    Map.of("app.kubernetes.io/name", "ingress-nginx"), null, null, null, true);
            ingressClasses.add(new IngressClass(new ObjectMeta(world.ingressClassName(), null, null, null,
                    Map.of(IngressClass.DEFAULT_CLASS_ANNOTATION, "true")), world.ingressController()));
        }
    }

    public World world() {
        return world;
    }

    public long seed() {
        return seed;
    }

    public long now() {
        return now;
    }

    public EventLog events() {
        return events;
    }

    /** Grows with every change a view could show (objects, pods, readiness, endpoints, events). */
    public long revision() {
        return revision;
    }

    /** AddressBook's cluster IP index, with the count of Service changes it was built at. */
    AddressBook.ClusterIps clusterIps = new AddressBook.ClusterIps(-1, Map.of());

    /** Something observable changed: the next {@link #snapshot()} is a new one. */
    void changed() {
        revision++;
        dnsView = null;
    }

    /** Logs an event; every event is an observable change. */
    void event(String key, Object... args) {
        events.add(now, key, args);
        changed();
    }

    long nextSeq() {
        return ++created;
    }

    /** The Services a pod created now sees in its environment: those created before it. */
    List<SimService> servicesCreatedBefore(long podSeq) {
        List<SimService> visible = new ArrayList<>();
        for (ServiceRuntime s : services.values()) {
            if (s.seq < podSeq) {
                visible.add(s.data);
            }
        }
        return visible;
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
    public void apply(List<KubeObject> objects) throws TooBig {
        Map<String, KubeObject> next = new LinkedHashMap<>();
        for (KubeObject o : objects) {
            next.put(key(o), o);
        }
        long wanted = podsWanted(next.values());
        if (wanted > MAX_PODS) {
            throw new TooBig(wanted); // nothing is applied: the last cluster stays as it is
        }
        if (next.equals(desired) && new ArrayList<>(next.keySet()).equals(new ArrayList<>(desired.keySet()))) {
            return; // nothing declared changed (a comment, a blank line): the cluster stays as it is
        }
        changed();
        for (String k : new ArrayList<>(desired.keySet())) {
            if (!next.containsKey(k)) {
                delete(desired.remove(k));
            }
        }
        for (var e : next.entrySet()) {
            KubeObject old = desired.put(e.getKey(), e.getValue());
            if (old == null) {
                create(e.getValue());
            } else if (!old.equals(e.getValue())) {
                update(old, e.getValue());
            }
        }
        workloads.reconcile();
    }

    /** The desired state asks for more pods than the simulated cluster keeps. */
    public static final class TooBig extends Exception {
        private final long pods;

        TooBig(long pods) {
            super(pods + " pods asked for; the simulated cluster keeps at most " + MAX_PODS);
            this.pods = pods;
        }

        public long pods() {
            return pods;
        }
    }

    /** How many pods the objects ask for: each workload's replicas and each bare pod. */
    static long podsWanted(java.util.Collection<KubeObject> objects) {
        long n = 0;
        for (KubeObject o : objects) {
            if (o instanceof Pod) {
                n++;
            } else if (o instanceof ReplicationController rc) {
                n += rc.replicas() == null ? 1 : Math.max(0, rc.replicas());
            } else if (o instanceof ReplicaSet rs) {
                n += rs.replicas() == null ? 1 : Math.max(0, rs.replicas());
            } else if (o instanceof Deployment d) {
                n += d.replicas() == null ? 1 : Math.max(0, d.replicas());
            }
        }
        return n;
    }

    private void create(KubeObject o) {
        created++;
        if (o instanceof Service s) {
            serviceController.create(s, created);
        } else if (o instanceof Pod p) {
            // spec.nodeName bypasses the scheduler, as in Kubernetes
            String node = p.spec() != null && p.spec().nodeName() != null && world.node(p.spec().nodeName()) != null
                    ? p.spec().nodeName() : null;
            kubelet.startPod(p.namespaceOrDefault(), p.name(), node, p.metadata().labelsOrEmpty(), p.spec(), null, null, false);
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
        } else if (o instanceof servicelab.model.Endpoints ep) {
            manualEndpoints.put(ep.namespaceOrDefault() + "/" + ep.name(), ep);
            endpointsController.invalidate();
        } else if (GatewayObjects.handles(o)) {
            gatewayApi.put(o);
        } else if (o instanceof servicelab.model.NetworkPolicy np) {
            policies.put(np);
        } else if (o instanceof servicelab.model.ConfigMap cm) {
            configMaps.put(cm.namespaceOrDefault() + "/" + cm.name(), cm);
        } else if (o instanceof servicelab.model.EndpointSlice es) {
            userSlices.put(es.namespaceOrDefault() + "/" + es.name(), es);
            endpointsController.invalidate();
        }
    }

    private void update(KubeObject old, KubeObject o) {
        if (o instanceof Service s) {
            serviceController.update(s);
        } else if (o instanceof Pod p) {
            PodRuntime r = pods.get(p.namespaceOrDefault() + "/" + p.name());
            if (r != null && java.util.Objects.equals(((Pod) old).spec(), p.spec())) {
                relabel(r, p.metadata().labelsOrEmpty()); // labels may change in place
            } else {
                delete(old);
                create(o);
            }
        } else if (o instanceof ReplicationController || o instanceof ReplicaSet || o instanceof Deployment) {
            create(o); // the controller's new spec replaces the old one; reconcile does the rest
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
            serviceController.delete(s);
        } else if (o instanceof Pod p) {
            PodRuntime r = pods.get(p.namespaceOrDefault() + "/" + p.name());
            if (r != null) {
                kubelet.terminate(r);
            }
        } else if (o instanceof ReplicationController || o instanceof ReplicaSet || o instanceof Deployment) {
            workloads.delete(key(o));
        } else if (o instanceof Ingress i) {
            int at = indexOfIngress(i);
            if (at >= 0) {
                ingresses.remove(at);
            }
        } else if (o instanceof IngressClass c) {
            ingressClasses.removeIf(x -> x.name().equals(c.name()));
        } else if (o instanceof servicelab.model.Endpoints ep) {
            manualEndpoints.remove(ep.namespaceOrDefault() + "/" + ep.name());
            endpointsController.invalidate();
        } else if (GatewayObjects.handles(o)) {
            gatewayApi.remove(o);
        } else if (o instanceof servicelab.model.NetworkPolicy np) {
            policies.remove(np);
        } else if (o instanceof servicelab.model.ConfigMap cm) {
            configMaps.remove(cm.namespaceOrDefault() + "/" + cm.name());
        } else if (o instanceof servicelab.model.EndpointSlice es) {
            userSlices.remove(es.namespaceOrDefault() + "/" + es.name());
            endpointsController.invalidate();
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

    private void relabel(PodRuntime p, Map<String, String> labels) {
        p.labels = Map.copyOf(labels);
        event("ev.pod.relabelled", p.name, servicelab.model.Labels.format(labels));
        workloads.reconcile();
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
        kubelet.terminate(p);
        workloads.reconcile();
    }

    /** Changes a pod's labels (kubectl label): a controller may release or adopt it. */
    public void setLabels(PodRuntime p, Map<String, String> labels) {
        relabel(p, labels);
    }

    /**
     * Makes a pod's readiness check fail (or pass again) by changing what its containers do, as the
     * probe's mechanism sees it. Returns false when no container has a readiness probe.
     */
    public boolean setReadinessFailing(PodRuntime p, boolean failing) {
        return kubelet.setReadinessFailing(p, failing);
    }

    /** A container's files changed (kubectl exec touch/rm): the prober will notice on its next tick. */
    public void containerChanged() {
        changed();
    }

    // ------------------------------------------------------------------ clock

    private record Task(long time, long seq, Runnable action) {
    }

    /** Tasks waiting on the clock (tests check that nothing queues up by itself). */
    int pendingTasks() {
        return tasks.size();
    }

    void schedule(long time, Runnable action) {
        tasks.add(new Task(time, seq++, action));
    }

    /**
     * Runs everything due up to now + millis, in time order, and leaves the clock there. A run
     * that would take more than {@link #MAX_STEPS_PER_ADVANCE} tasks stops where it got to and
     * says so (returns false): the clock stays there, and nothing is lost.
     */
    public boolean advance(long millis) {
        long target = Math.max(now, now + Math.max(0, millis));
        long steps = 0;
        while (!tasks.isEmpty() && tasks.peek().time() <= target) {
            if (++steps > MAX_STEPS_PER_ADVANCE) {
                event("ev.sim.budget", MAX_STEPS_PER_ADVANCE);
                proxy.expireAffinity();
                return false;
            }
            Task t = tasks.poll();
            now = Math.max(now, t.time());
            t.action().run();
        }
        now = target;
        proxy.expireAffinity();
        return true;
    }

    /**
     * Runs the cluster until it has settled: every probe has had the chance to pass its thresholds
     * and pending load balancers have their address.
     */
    public boolean settle() {
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
        return advance(Math.min(longest + 1000, 600_000));
    }

    // ------------------------------------------------------------------ views

    /** The cluster as it is now, immutable; the same object until something changes. */
    public ClusterSnapshot snapshot() {
        if (snapshot == null || snapshot.revision() != revision) {
            // the snapshot's world runs kube-proxy in the mode the cluster configures (the kube-proxy ConfigMap)
            World shown = world.proxyMode() == proxyMode() ? world : world.withProxyMode(proxyMode());
            // one view of each pod for both lists and the policies (a view per list and use was a fifth of a snapshot)
            List<SimPod> all = pods();
            List<SimPod> user = PodRuntime.users(pods.values(), all);
            snapshot = new ClusterSnapshot(revision, now, seed, shown, services(), all, user, Map.copyOf(endpointsController.current()),
                    List.copyOf(ingresses), servedIngresses(), events.tail(ClusterSnapshot.EVENTS), events.total(), GatewayView.of(this),
                    policies.isolation(user));
        }
        return snapshot;
    }

    public List<SimService> services() {
        List<SimService> out = new ArrayList<>();
        services.values().forEach(s -> out.add(s.data));
        return out;
    }

    public SimService service(String namespace, String name) {
        ServiceRuntime r = services.get(namespace + "/" + name);
        return r == null ? null : r.data;
    }

    /** The mode every node's kube-proxy runs in (the kube-proxy ConfigMap's, else the world's). */
    public World.ProxyMode proxyMode() {
        return KubeProxy.configuredMode(world, configMaps);
    }

    /** The ConfigMaps created, in the order they were. */
    public List<servicelab.model.ConfigMap> configMaps() {
        return List.copyOf(configMaps.values());
    }

    /** Whether an Endpoints object was written by hand for this name (a Service without a selector). */
    public boolean hasManualEndpoints(String namespace, String name) {
        return manualEndpoints.containsKey(namespace + "/" + name);
    }

    public List<Endpoint> endpoints(String namespace, String name) {
        return endpointsController.current().getOrDefault(namespace + "/" + name, List.of());
    }

    /** The endpoints the Service's own controller wrote (its EndpointSlice, or the mirrored one), without hand-written slices. */
    public List<Endpoint> controllerEndpoints(String namespace, String name) {
        return endpointsController.currentOwn().getOrDefault(namespace + "/" + name, List.of());
    }

    /** The EndpointSlices written by hand, in the order they were created. */
    public List<servicelab.model.EndpointSlice> userSlices() {
        return List.copyOf(userSlices.values());
    }

    public List<SimPod> pods() {
        List<SimPod> out = new ArrayList<>(pods.size());
        pods.values().forEach(p -> out.add(p.view()));
        return out;
    }

    /** User pods (not the ingress controller's), in creation order. */
    public List<SimPod> userPods() {
        return PodRuntime.users(pods.values(), pods());
    }

    /** Cluster DNS's view, rebuilt only after pods, endpoints, Services or Ingresses change. */
    public DnsView dnsView() {
        if (dnsView == null) {
            dnsView = buildDnsView();
        }
        return dnsView;
    }

    private DnsView buildDnsView() {
        // learners reach Ingress and HTTPRoute hosts from the Internet, as if their DNS pointed at the entry
        Map<String, String> publicDns = PublicNames.of(this);
        return new DnsView(world.clusterDomain(), services(), Map.copyOf(endpointsController.current()), pods(), publicDns);
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

    /** A Service and when (in creation order) it came to exist. */
    static final class ServiceRuntime {
        SimService data;
        final long seq;

        ServiceRuntime(SimService data, long seq) {
            this.data = data;
            this.seq = seq;
        }
    }
}
