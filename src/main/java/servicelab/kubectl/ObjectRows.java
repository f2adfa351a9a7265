package servicelab.kubectl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import servicelab.model.Container;
import servicelab.model.Deployment;
import servicelab.model.Ingress;
import servicelab.model.IngressClass;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.sim.Endpoint;
import servicelab.sim.NodeInfo;
import servicelab.sim.PodRuntime;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;

/**
 * The objects of each type as get, describe, completion and delete see them: one {@link Item} each,
 * with the cells of kubectl get's table, and the column formats those cells share.
 */
final class ObjectRows {
    /** The control plane's address in the default world (the kubernetes Service's endpoint). */
    static final String API_SERVER = "192.168.0.10";

    private final Kubectl k;
    private final ObjectData data;

    ObjectRows(Kubectl k) {
        this.k = k;
        this.data = new ObjectData(k, this);
    }

    // ------------------------------------------------------------------ the objects of each type

    List<Item> items(Resources r) {
        Simulation sim = k.sim();
        List<Item> out = new ArrayList<>();
        switch (r) {
            case PODS -> podRows(sim, out);
            case SERVICES -> serviceRows(sim, out);
            case ENDPOINTS -> endpointsRows(sim, out);
            case ENDPOINTSLICES -> sliceRows(sim, out);
            case INGRESSES -> ingressRows(sim, out);
            case INGRESSCLASSES -> ingressClassRows(sim, out);
            case CONFIGMAPS -> configMapRows(sim, out);
            case NETWORKPOLICIES -> PolicyDescriber.rows(sim, out, data, this);
            case GATEWAYCLASSES, GATEWAYS, HTTPROUTES, GRPCROUTES, REFERENCEGRANTS -> GatewayRows.rows(r, sim, out, data, this);
            case DEPLOYMENTS -> deploymentRows(out);
            case REPLICASETS -> replicaSetRows(out);
            case REPLICATIONCONTROLLERS -> controllerRows(out);
            case NODES -> nodeRows(out);
            case NAMESPACES -> namespaceRows(sim, out);
        }
        out.sort(Comparator.comparing((Item i) -> i.namespace() == null ? "" : i.namespace()).thenComparing(Item::name));
        return out;
    }

    private void podRows(Simulation sim, List<Item> out) {
        for (SimPod p : sim.pods()) {
            PodRuntime pr = sim.pod(p.namespace(), p.name());
            int containers = pr == null ? 1 : Math.max(1, pr.containerNames().size());
            int ready = pr == null ? 0 : pr.readyContainers();
            String status = p.status();
            out.add(new Item(p.namespace(), p.name(), p.labels(), p.startedAtMillis(),
                    List.of(p.name(), ready + "/" + containers, status, restarts(p, pr), age(p.startedAtMillis())),
                    List.of(p.ip() == null ? "<none>" : p.ip(), p.node() == null ? "<none>" : p.node(), "<none>", "<none>"),
                    () -> data.podData(p, pr)));
        }
    }

    private void serviceRows(Simulation sim, List<Item> out) {
        for (SimService s : sim.services()) {
            out.add(new Item(s.namespace(), s.name(), serviceLabels(s), s.createdAtMillis(),
                    List.of(s.name(), s.type(), clusterIpColumn(s), externalIp(s), ports(s), age(s.createdAtMillis())),
                    List.of(s.selector() == null || s.selector().isEmpty() ? "<none>" : labelString(s.selector())),
                    () -> data.serviceData(s)));
        }
    }

    private void endpointsRows(Simulation sim, List<Item> out) {
        for (SimService s : sim.services()) {
            if (s.isExternalName()) {
                continue;
            }
            if ((s.selector() == null || s.selector().isEmpty()) && !(s.namespace().equals("default") && s.name().equals("kubernetes"))
                    && !sim.hasManualEndpoints(s.namespace(), s.name())) {
                continue; // a selector-less Service has an Endpoints object only when one was written by hand
            }
            out.add(new Item(s.namespace(), s.name(), serviceLabels(s), s.createdAtMillis(),
                    List.of(s.name(), endpointsColumn(s, null), age(s.createdAtMillis())), List.of(), () -> data.endpointsData(s)));
        }
    }

    /** A Service's EndpointSlice: the kubernetes Service's own, or the controller's for a selector. */
    private void sliceRows(Simulation sim, List<Item> out) {
        userSliceRows(sim, out);
        for (SimService s : sim.services()) {
            if (s.isExternalName() || s.selector() == null || s.selector().isEmpty()) {
                if (!s.isExternalName() && sim.hasManualEndpoints(s.namespace(), s.name()) && !sim.controllerEndpoints(s.namespace(), s.name()).isEmpty()) {
                    mirroredSliceRow(sim, s, out);
                }
                if (!(s.namespace().equals("default") && s.name().equals("kubernetes"))) {
                    continue;
                }
            }
            List<Endpoint> eps = sim.controllerEndpoints(s.namespace(), s.name());
            if (s.namespace().equals("default") && s.name().equals("kubernetes")) {
                // the API server writes its own slice, named after the Service
                out.add(new Item(s.namespace(), "kubernetes", Map.of("kubernetes.io/service-name", "kubernetes"),
                        s.createdAtMillis(), List.of("kubernetes", "IPv4", "6443", API_SERVER, age(s.createdAtMillis())),
                        List.of(), () -> Map.of("apiVersion", "discovery.k8s.io/v1", "kind", "EndpointSlice",
                                "metadata", Map.of("name", "kubernetes", "namespace", "default"))));
                continue;
            }
            List<String> ports = new ArrayList<>();
            if (!eps.isEmpty()) { // the controller takes a slice's ports from its pods: none, none
                for (SimService.Port p : s.ports()) {
                    Integer target = eps.isEmpty() ? null : eps.get(0).ports().get(p.name() == null ? "" : p.name());
                    ports.add(String.valueOf(target != null ? target : p.targetPort() != null && p.targetPort().intValue() != null
                            ? p.targetPort().intValue() : p.port()));
                }
            }
            List<String> addrs = eps.stream().map(Endpoint::ip).toList();
            String slice = sliceName(s);
            out.add(new Item(s.namespace(), slice, Map.of("kubernetes.io/service-name", s.name()), s.createdAtMillis(),
                    List.of(slice, "IPv4", ports.isEmpty() ? "<unset>" : String.join(",", ports), firstThree(addrs, "<unset>"),
                            age(s.createdAtMillis())),
                    List.of(), () -> data.sliceData(s, slice, eps)));
        }
    }

    /** Slices written by hand, as printEndpointSlice shows them (formatDiscoveryPorts, formatDiscoveryEndpoints). */
    private void userSliceRows(Simulation sim, List<Item> out) {
        for (servicelab.model.EndpointSlice es : sim.userSlices()) {
            List<String> ports = es.portsOrEmpty().stream()
                    .map(p -> p.port() != null ? String.valueOf(p.port()) : p.name() != null ? p.name() : "*").toList();
            List<String> addrs = es.endpointsOrEmpty().stream().flatMap(e -> e.addressesOrEmpty().stream()).toList();
            out.add(new Item(es.namespaceOrDefault(), es.name(), es.metadata().labelsOrEmpty(), 0,
                    List.of(es.name(), es.addressType() == null ? "" : es.addressType(), firstThree(ports, "<unset>"), firstThree(addrs, "<unset>"), age(0)),
                    List.of(), () -> data.documentData("EndpointSlice", es)));
        }
    }

    /**
     * The slice the mirroring controller writes from a selector-less Service's Endpoints: a
     * generated name, the Service's name and the mirroring controller in its labels.
     */
    private void mirroredSliceRow(Simulation sim, SimService s, List<Item> out) {
        List<Endpoint> eps = sim.controllerEndpoints(s.namespace(), s.name());
        java.util.Set<Integer> ports = new java.util.TreeSet<>();
        eps.forEach(e -> ports.addAll(e.ports().values()));
        String slice = sliceName(s);
        out.add(new Item(s.namespace(), slice, Map.of("kubernetes.io/service-name", s.name(),
                "endpointslice.kubernetes.io/managed-by", "endpointslicemirroring-controller.k8s.io"), s.createdAtMillis(),
                List.of(slice, "IPv4", firstThree(ports.stream().map(String::valueOf).toList(), "<unset>"),
                        firstThree(eps.stream().map(Endpoint::ip).toList(), "<unset>"), age(s.createdAtMillis())),
                List.of(), () -> data.sliceData(s, slice, eps)));
    }

    private void ingressRows(Simulation sim, List<Item> out) {
        for (Ingress ing : sim.ingresses()) {
            boolean served = sim.servedIngresses().contains(ing);
            List<String> hosts = ing.spec().rulesOrEmpty().stream().map(Ingress.Rule::host).filter(h -> h != null && !h.isEmpty()).toList();
            String ports = ing.spec().tls() == null || ing.spec().tls().isEmpty() ? "80" : "80, 443";
            out.add(new Item(ing.namespaceOrDefault(), ing.name(), ing.metadata().labelsOrEmpty(), 0,
                    List.of(ing.name(), ing.spec().ingressClassName() == null ? "<none>" : ing.spec().ingressClassName(),
                            hosts.isEmpty() ? "*" : String.join(",", hosts),
                            served ? k.world().ingressExternalIP() : "", ports, age(0)),
                    List.of(), () -> data.documentData("Ingress", ing)));
        }
    }

    private void ingressClassRows(Simulation sim, List<Item> out) {
        for (IngressClass ic : sim.ingressClasses()) {
            out.add(new Item(null, ic.name(), ic.metadata().labelsOrEmpty(), 0,
                    List.of(ic.name(), ic.controller() == null ? "<none>" : ic.controller(), parameters(ic), age(0)), List.of(),
                    () -> data.documentData("IngressClass", ic)));
        }
    }

    /** printConfigMap: DATA counts the keys of data and binaryData together. */
    private void configMapRows(Simulation sim, List<Item> out) {
        for (servicelab.model.ConfigMap cm : sim.configMaps()) {
            int keys = (cm.data() == null ? 0 : cm.data().size()) + (cm.binaryData() == null ? 0 : cm.binaryData().size());
            out.add(new Item(cm.namespaceOrDefault(), cm.name(), cm.metadata().labelsOrEmpty(), 0,
                    List.of(cm.name(), String.valueOf(keys), age(0)), List.of(), () -> data.documentData("ConfigMap", cm)));
        }
    }

    /** printIngressClass's PARAMETERS: Kind[.apiGroup]/name, or &lt;none&gt;. */
    static String parameters(IngressClass ic) {
        IngressClass.Parameters p = ic.parameters();
        if (p == null) {
            return "<none>";
        }
        return p.kind() + (p.apiGroup() != null ? "." + p.apiGroup() : "") + "/" + p.name();
    }

    private void deploymentRows(List<Item> out) {
        for (Deployment d : k.objects(Deployment.class)) {
            List<SimPod> pods = owned(k, "Deployment", d);
            long ready = pods.stream().filter(SimPod::ready).count();
            int want = d.replicas() == null ? 1 : d.replicas();
            out.add(new Item(d.namespaceOrDefault(), d.name(), d.metadata().labelsOrEmpty(), 0,
                    List.of(d.name(), ready + "/" + want, String.valueOf(pods.size()), String.valueOf(ready), age(0)),
                    wideWorkload(d.template().spec().containersOrEmpty(), selectorString(d.selector())),
                    () -> data.documentData("Deployment", d)));
        }
    }

    /** A Deployment's ReplicaSet (named after its pods' template hash), then the declared ReplicaSets. */
    private void replicaSetRows(List<Item> out) {
        for (Deployment d : k.objects(Deployment.class)) {
            List<SimPod> pods = owned(k, "Deployment", d);
            String hash = pods.stream().map(p -> p.labels().get("pod-template-hash")).filter(h -> h != null).findFirst().orElse(null);
            if (hash == null) {
                continue;
            }
            long ready = pods.stream().filter(SimPod::ready).count();
            String name = d.name() + "-" + hash;
            String sel = selectorString(d.selector()) + ",pod-template-hash=" + hash;
            out.add(new Item(d.namespaceOrDefault(), name, Map.of(), 0,
                    List.of(name, String.valueOf(d.replicas() == null ? 1 : d.replicas()), String.valueOf(pods.size()),
                            String.valueOf(ready), age(0)),
                    wideWorkload(d.template().spec().containersOrEmpty(), sel),
                    () -> new SimWorkloads(k, data).ownReplicaSet(d.namespaceOrDefault(), name)));
        }
        for (ReplicaSet rs : k.objects(ReplicaSet.class)) {
            List<SimPod> pods = owned(k, "ReplicaSet", rs);
            long ready = pods.stream().filter(SimPod::ready).count();
            out.add(new Item(rs.namespaceOrDefault(), rs.name(), rs.metadata().labelsOrEmpty(), 0,
                    List.of(rs.name(), String.valueOf(rs.replicas() == null ? 1 : rs.replicas()), String.valueOf(pods.size()),
                            String.valueOf(ready), age(0)),
                    wideWorkload(rs.template().spec().containersOrEmpty(), selectorString(rs.selector())),
                    () -> data.documentData("ReplicaSet", rs)));
        }
    }

    private void controllerRows(List<Item> out) {
        for (ReplicationController rc : k.objects(ReplicationController.class)) {
            List<SimPod> pods = owned(k, "ReplicationController", rc);
            long ready = pods.stream().filter(SimPod::ready).count();
            Map<String, String> sel = rc.selector() == null || rc.selector().isEmpty() ? rc.template().labelsOrEmpty() : rc.selector();
            out.add(new Item(rc.namespaceOrDefault(), rc.name(), rc.metadata().labelsOrEmpty(), 0,
                    List.of(rc.name(), String.valueOf(rc.replicas() == null ? 1 : rc.replicas()), String.valueOf(pods.size()),
                            String.valueOf(ready), age(0)),
                    wideWorkload(rc.template().spec().containersOrEmpty(), labelString(sel)),
                    () -> data.documentData("ReplicationController", rc)));
        }
    }

    private void nodeRows(List<Item> out) {
        for (NodeInfo n : k.world().nodes()) {
            out.add(new Item(null, n.name(), Map.of("kubernetes.io/hostname", n.name()), 0,
                    List.of(n.name(), "Ready", "<none>", age(0), servicelab.model.Release.KUBERNETES + ".0"),
                    List.of(n.ip(), "<none>", "Ubuntu 24.04 LTS", "6.8.0-45-generic", "containerd://1.7.22"),
                    () -> Map.of("apiVersion", "v1", "kind", "Node", "metadata", Map.of("name", n.name()),
                            "spec", Map.of("podCIDR", n.podCidr()))));
        }
    }

    private void namespaceRows(Simulation sim, List<Item> out) {
        java.util.Set<String> names = new java.util.TreeSet<>(List.of("default", "kube-system", "kube-public", "kube-node-lease"));
        sim.pods().forEach(p -> names.add(p.namespace()));
        sim.services().forEach(s -> names.add(s.namespace()));
        for (String n : names) {
            out.add(new Item(null, n, Map.of("kubernetes.io/metadata.name", n), 0, List.of(n, "Active", age(0)), List.of(),
                    () -> Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", Map.of("name", n))));
        }
    }

    /** Names of the objects of a type in the default namespace (completion, delete --all / -l). */
    List<String> names(Resources r) {
        return names(r, null);
    }

    List<String> names(Resources r, String selector) {
        return items(r).stream().filter(i -> i.namespace() == null || i.namespace().equals("default"))
                .filter(i -> selector == null || selects(selector, i.labels())).map(Item::name).toList();
    }

    /** A label selector as kubectl's -l accepts it: k=v, k==v, k!=v, k, !k, comma-separated (and). */
    static boolean selects(String selector, Map<String, String> labels) {
        for (String term : selector.split(",")) {
            term = term.strip();
            if (term.contains("!=")) {
                String[] p = term.split("!=", 2);
                if (p[1].equals(labels.get(p[0]))) {
                    return false;
                }
            } else if (term.contains("=")) {
                String[] p = term.split("==?", 2);
                if (!p[1].equals(labels.get(p[0]))) {
                    return false;
                }
            } else if (term.startsWith("!")) {
                if (labels.containsKey(term.substring(1))) {
                    return false;
                }
            } else if (!labels.containsKey(term)) {
                return false;
            }
        }
        return true;
    }

    static String labelString(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "<none>";
        }
        List<String> l = new ArrayList<>();
        new TreeMap<>(labels).forEach((key, v) -> l.add(key + "=" + v));
        return String.join(",", l);
    }

    String age(long created) {
        return HumanDuration.of(k.sim().now() - created);
    }

    /** RESTARTS as kubectl 1.27+ prints it: the count, and how long ago the last one was. */
    private String restarts(SimPod p, PodRuntime pr) {
        if (p.restartCount() == 0 || pr == null || pr.lastRestartMillis() < 0) {
            return String.valueOf(p.restartCount());
        }
        return p.restartCount() + " (" + age(pr.lastRestartMillis()) + " ago)";
    }

    /** The running (not terminating) pods a workload controller owns. */
    static List<SimPod> owned(Kubectl k, String kind, KubeObject o) {
        String id = kind + "/" + o.namespaceOrDefault() + "/" + o.name();
        return k.sim().userPods().stream().filter(p -> id.equals(p.owner()) && !p.terminating()).toList();
    }

    private static List<String> wideWorkload(List<Container> containers, String selector) {
        return List.of(String.join(",", containers.stream().map(Container::name).toList()),
                String.join(",", containers.stream().map(Container::image).toList()), selector);
    }

    static String selectorString(LabelSelector s) {
        if (s == null) {
            return "<none>";
        }
        List<String> parts = new ArrayList<>();
        if (s.matchLabels() != null) {
            new TreeMap<>(s.matchLabels()).forEach((key, v) -> parts.add(key + "=" + v));
        }
        if (s.matchExpressions() != null) {
            for (LabelSelector.Requirement r : s.matchExpressions()) {
                switch (r.operator()) {
                    case "In" -> parts.add(r.key() + " in (" + String.join(",", r.values()) + ")");
                    case "NotIn" -> parts.add(r.key() + " notin (" + String.join(",", r.values()) + ")");
                    case "Exists" -> parts.add(r.key());
                    default -> parts.add("!" + r.key());
                }
            }
        }
        return parts.isEmpty() ? "<none>" : String.join(",", parts);
    }

    Map<String, String> serviceLabels(SimService s) {
        KubeObject o = k.shownObject("Service", s.namespace(), s.name());
        if (s.namespace().equals("default") && s.name().equals("kubernetes")) {
            return Map.of("component", "apiserver", "provider", "kubernetes");
        }
        return o == null ? Map.of() : o.metadata().labelsOrEmpty();
    }

    static String clusterIpColumn(SimService s) {
        if (s.isExternalName()) {
            return "<none>";
        }
        return s.clusterIP() == null ? "<none>" : s.clusterIP();
    }

    static String externalIp(SimService s) {
        if (s.isExternalName()) {
            return s.externalName();
        }
        if ("LoadBalancer".equals(s.type())) {
            return s.loadBalancerIP() == null ? "<pending>" : s.loadBalancerIP();
        }
        return "<none>";
    }

    static String ports(SimService s) {
        if (s.ports().isEmpty()) {
            return "<none>";
        }
        List<String> l = new ArrayList<>();
        for (SimService.Port p : s.ports()) {
            String proto = p.protocol() == null ? "TCP" : p.protocol();
            l.add(p.nodePort() != null ? p.port() + ":" + p.nodePort() + "/" + proto : p.port() + "/" + proto);
        }
        return String.join(",", l);
    }

    /** Ready addresses as ip:port, port by port, three at most (kubectl's formatEndpoints). */
    String endpointsColumn(SimService s, String onlyPort) {
        if (s.namespace().equals("default") && s.name().equals("kubernetes")) {
            return API_SERVER + ":6443";
        }
        // the Endpoints object holds what its controller (or its writer) put there, not hand-written slices
        List<Endpoint> eps = new ArrayList<>(k.sim().controllerEndpoints(s.namespace(), s.name()).stream()
                .filter(e -> e.ready() || s.publishNotReadyAddresses()).toList());
        eps.sort(Comparator.comparing(Endpoint::ip));
        List<String> list = new ArrayList<>();
        int count = 0;
        if (s.ports().isEmpty()) {
            for (Endpoint e : eps) {
                if (list.size() < 3) {
                    list.add(e.ip());
                }
                count++;
            }
        }
        for (SimService.Port p : s.ports()) {
            String key = p.name() == null ? "" : p.name();
            if (onlyPort != null && !onlyPort.equals(key)) {
                continue;
            }
            for (Endpoint e : eps) {
                Integer target = e.ports().get(key);
                if (target == null) {
                    continue;
                }
                if (list.size() < 3) {
                    list.add(e.ip() + ":" + target);
                }
                count++;
            }
        }
        if (list.isEmpty()) {
            return "<none>";
        }
        return String.join(",", list) + (count > 3 ? " + " + (count - 3) + " more..." : "");
    }

    static String firstThree(List<String> items, String none) {
        if (items.isEmpty()) {
            return none;
        }
        String s = String.join(",", items.subList(0, Math.min(3, items.size())));
        return items.size() > 3 ? s + " + " + (items.size() - 3) + " more..." : s;
    }

    /** The EndpointSlice's generated name: the Service's name and five characters fixed by it. */
    static String sliceName(SimService s) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        int h = 0x811c9dc5;
        for (char c : (s.namespace() + "/" + s.name()).toCharArray()) {
            h = (h ^ c) * 0x01000193;
        }
        StringBuilder sb = new StringBuilder(s.name()).append('-');
        for (int i = 0; i < 5; i++) {
            sb.append(alphabet.charAt(Math.floorMod(h, alphabet.length())));
            h = h / alphabet.length() + 7919 * (i + 1);
        }
        return sb.toString();
    }
}
