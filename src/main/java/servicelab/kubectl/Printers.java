package servicelab.kubectl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import servicelab.sim.PodRuntime;
import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.manifest.YNode;
import servicelab.model.Container;
import servicelab.model.Deployment;
import servicelab.model.Ingress;
import servicelab.model.IngressClass;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
import servicelab.model.Probe;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.sim.Endpoint;
import servicelab.sim.NodeInfo;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;

/** {@code get} tables (and {@code -o wide|name|yaml|json}) and {@code describe}, as kubectl prints them. */
final class Printers {
    /** The control plane's address in the default world (the kubernetes Service's endpoint). */
    static final String API_SERVER = "192.168.0.10";

    private final Kubectl k;

    Printers(Kubectl k) {
        this.k = k;
    }

    /** One object as the printers see it: identity, labels, age, and the data for -o yaml (built only when printed). */
    record Item(String namespace, String name, Map<String, String> labels, long createdMillis, List<String> cells,
                List<String> wide, java.util.function.Supplier<Object> data) {
    }

    private record Table(List<String> head, List<String> wideHead) {
    }

    private static Table table(Resources r) {
        return switch (r) {
            case PODS -> new Table(List.of("NAME", "READY", "STATUS", "RESTARTS", "AGE"),
                    List.of("IP", "NODE", "NOMINATED NODE", "READINESS GATES"));
            case SERVICES -> new Table(List.of("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"), List.of("SELECTOR"));
            case ENDPOINTS -> new Table(List.of("NAME", "ENDPOINTS", "AGE"), List.of());
            case ENDPOINTSLICES -> new Table(List.of("NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"), List.of());
            case INGRESSES -> new Table(List.of("NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"), List.of());
            case INGRESSCLASSES -> new Table(List.of("NAME", "CONTROLLER", "PARAMETERS", "AGE"), List.of());
            case DEPLOYMENTS -> new Table(List.of("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"),
                    List.of("CONTAINERS", "IMAGES", "SELECTOR"));
            case REPLICASETS, REPLICATIONCONTROLLERS -> new Table(List.of("NAME", "DESIRED", "CURRENT", "READY", "AGE"),
                    List.of("CONTAINERS", "IMAGES", "SELECTOR"));
            case NODES -> new Table(List.of("NAME", "STATUS", "ROLES", "AGE", "VERSION"),
                    List.of("INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"));
            case NAMESPACES -> new Table(List.of("NAME", "STATUS", "AGE"), List.of());
        };
    }

    // ------------------------------------------------------------------ get

    Kubectl.Result get(Argv a) {
        List<Resources> types = new ArrayList<>();
        List<String[]> named = new ArrayList<>(); // type, name
        String first = a.positional.get(0);
        if (first.contains("/")) {
            for (String p : a.positional) {
                if (!p.contains("/")) {
                    return Kubectl.Result.error("error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
                }
                Resources r = Resources.of(p.substring(0, p.indexOf('/')));
                if (r == null) {
                    return unknownType(p.substring(0, p.indexOf('/')));
                }
                if (!types.contains(r)) {
                    types.add(r);
                }
                named.add(new String[] {r.name(), p.substring(p.indexOf('/') + 1)});
            }
        } else {
            for (String t : first.split(",")) {
                Resources r = Resources.of(t);
                if (r == null) {
                    return unknownType(t);
                }
                types.add(r);
            }
            if (a.positional.size() > 1 && types.size() > 1) {
                return Kubectl.Result.error("error: you may only specify a single resource type");
            }
            for (String n : a.positional.subList(1, a.positional.size())) {
                named.add(new String[] {types.get(0).name(), n});
            }
        }
        boolean all = a.has("--all-namespaces");
        String ns = a.get("--namespace") == null ? "default" : a.get("--namespace");
        String output = a.get("--output");
        if (output != null && !List.of("wide", "yaml", "json", "name").contains(output)) {
            return Kubectl.Result.error("error: unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml");
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        List<Object> dataItems = new ArrayList<>();
        boolean prefix = types.size() > 1 || first.contains("/");
        boolean any = false;
        for (Resources r : types) {
            List<Item> items = items(r).stream()
                    .filter(i -> all || i.namespace() == null || i.namespace().equals(ns))
                    .filter(i -> a.get("--selector") == null || selects(a.get("--selector"), i.labels()))
                    .toList();
            List<String> want = named.stream().filter(n -> n[0].equals(r.name())).map(n -> n[1]).toList();
            if (!want.isEmpty()) {
                List<Item> picked = new ArrayList<>();
                for (String w : want) {
                    Item it = items.stream().filter(i -> i.name().equals(w)).findFirst().orElse(null);
                    if (it == null) {
                        err.append(Kubectl.notFound(r, w)).append('\n');
                    } else {
                        picked.add(it);
                    }
                }
                items = picked;
            }
            if (items.isEmpty()) {
                continue;
            }
            any = true;
            if ("name".equals(output)) {
                items.forEach(i -> out.append(r.ref(i.name())).append('\n'));
                continue;
            }
            if ("yaml".equals(output) || "json".equals(output)) {
                items.forEach(i -> dataItems.add(i.data().get()));
                continue;
            }
            boolean wide = "wide".equals(output);
            StringBuilder t = new StringBuilder();
            Table tb = table(r);
            List<String> head = new ArrayList<>();
            if (all && r != Resources.NODES && r != Resources.NAMESPACES && r != Resources.INGRESSCLASSES) {
                head.add("NAMESPACE");
            }
            head.addAll(tb.head());
            if (wide) {
                head.addAll(tb.wideHead());
            }
            if (a.has("--show-labels")) {
                head.add("LABELS");
            }
            t.append(String.join("\t", head)).append('\n');
            for (Item i : items) {
                List<String> row = new ArrayList<>();
                if (head.get(0).equals("NAMESPACE")) {
                    row.add(i.namespace());
                }
                List<String> cells = new ArrayList<>(i.cells());
                if (prefix) {
                    cells.set(0, r.ref(cells.get(0)));
                }
                row.addAll(cells);
                if (wide) {
                    row.addAll(i.wide());
                }
                if (a.has("--show-labels")) {
                    row.add(labelString(i.labels()));
                }
                t.append(String.join("\t", row)).append('\n');
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(TabWriter.table(t.toString()));
        }
        if (!dataItems.isEmpty()) {
            Object data = dataItems.size() == 1 && !named.isEmpty() && named.size() == 1 ? dataItems.get(0) : list(dataItems);
            out.append("yaml".equals(output) ? KubeYaml.yaml(data) : KubeYaml.json(data));
        }
        if (types.contains(Resources.ENDPOINTS) && (any || err.length() > 0)) {
            err.insert(0, "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n");
        }
        if (!any && err.length() == 0) {
            return Kubectl.Result.ok(all ? "No resources found\n" : "No resources found in " + ns + " namespace.\n");
        }
        boolean failed = err.toString().contains("Error from server");
        return new Kubectl.Result(err.toString().startsWith("Warning") && !failed ? err + out.toString() : out + err.toString(),
                failed ? 1 : 0);
    }

    private static Map<String, Object> list(List<Object> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", "v1");
        m.put("items", items);
        m.put("kind", "List");
        m.put("metadata", Map.of("resourceVersion", ""));
        return m;
    }

    private static Kubectl.Result unknownType(String t) {
        return Kubectl.Result.error("error: the server doesn't have a resource type \"" + t + "\"");
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

    private String age(long created) {
        return HumanDuration.of(k.sim().now() - created);
    }

    // ------------------------------------------------------------------ the objects of each type

    List<Item> items(Resources r) {
        Simulation sim = k.sim();
        List<Item> out = new ArrayList<>();
        switch (r) {
            case PODS -> {
                for (SimPod p : sim.pods()) {
                    PodRuntime pr = sim.pod(p.namespace(), p.name());
                    int containers = pr == null ? 1 : Math.max(1, pr.containerNames().size());
                    int ready = pr == null ? 0 : pr.readyContainers();
                    String status = p.terminating() ? "Terminating" : p.ip() == null ? "Pending" : "Running";
                    out.add(new Item(p.namespace(), p.name(), p.labels(), p.startedAtMillis(),
                            List.of(p.name(), ready + "/" + containers, status, restarts(p, pr), age(p.startedAtMillis())),
                            List.of(p.ip() == null ? "<none>" : p.ip(), p.node() == null ? "<none>" : p.node(), "<none>", "<none>"),
                            () -> podData(p, pr)));
                }
            }
            case SERVICES -> {
                for (SimService s : sim.services()) {
                    out.add(new Item(s.namespace(), s.name(), serviceLabels(s), s.createdAtMillis(),
                            List.of(s.name(), s.type(), clusterIpColumn(s), externalIp(s), ports(s), age(s.createdAtMillis())),
                            List.of(s.selector() == null || s.selector().isEmpty() ? "<none>" : labelString(s.selector())),
                            () -> serviceData(s)));
                }
            }
            case ENDPOINTS -> {
                for (SimService s : sim.services()) {
                    if (s.isExternalName()) {
                        continue;
                    }
                    if ((s.selector() == null || s.selector().isEmpty()) && !(s.namespace().equals("default") && s.name().equals("kubernetes"))) {
                        continue; // a selector-less Service's Endpoints are written by hand; the app keeps none
                    }
                    out.add(new Item(s.namespace(), s.name(), serviceLabels(s), s.createdAtMillis(),
                            List.of(s.name(), endpointsColumn(s, null), age(s.createdAtMillis())), List.of(), () -> endpointsData(s)));
                }
            }
            case ENDPOINTSLICES -> {
                for (SimService s : sim.services()) {
                    if (s.isExternalName() || s.selector() == null || s.selector().isEmpty()) {
                        if (!(s.namespace().equals("default") && s.name().equals("kubernetes"))) {
                            continue;
                        }
                    }
                    List<Endpoint> eps = sim.endpoints(s.namespace(), s.name());
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
                            List.of(), () -> sliceData(s, slice, eps)));
                }
            }
            case INGRESSES -> {
                for (Ingress ing : sim.ingresses()) {
                    boolean served = sim.servedIngresses().contains(ing);
                    List<String> hosts = ing.spec().rulesOrEmpty().stream().map(Ingress.Rule::host).filter(h -> h != null && !h.isEmpty()).toList();
                    String ports = ing.spec().tls() == null || ing.spec().tls().isEmpty() ? "80" : "80, 443";
                    out.add(new Item(ing.namespaceOrDefault(), ing.name(), ing.metadata().labelsOrEmpty(), 0,
                            List.of(ing.name(), ing.spec().ingressClassName() == null ? "<none>" : ing.spec().ingressClassName(),
                                    hosts.isEmpty() ? "*" : String.join(",", hosts),
                                    served ? k.ws().world().ingressExternalIP() : "", ports, age(0)),
                            List.of(), () -> documentData("Ingress", ing)));
                }
            }
            case INGRESSCLASSES -> {
                for (IngressClass ic : sim.ingressClasses()) {
                    out.add(new Item(null, ic.name(), ic.metadata().labelsOrEmpty(), 0,
                            List.of(ic.name(), ic.controller() == null ? "<none>" : ic.controller(), "<none>", age(0)), List.of(),
                            () -> documentData("IngressClass", ic)));
                }
            }
            case DEPLOYMENTS -> {
                for (Deployment d : k.objects(Deployment.class)) {
                    List<SimPod> pods = owned("Deployment", d);
                    long ready = pods.stream().filter(SimPod::ready).count();
                    int want = d.replicas() == null ? 1 : d.replicas();
                    out.add(new Item(d.namespaceOrDefault(), d.name(), d.metadata().labelsOrEmpty(), 0,
                            List.of(d.name(), ready + "/" + want, String.valueOf(pods.size()), String.valueOf(ready), age(0)),
                            wideWorkload(d.template().spec().containersOrEmpty(), selectorString(d.selector())),
                            () -> documentData("Deployment", d)));
                }
            }
            case REPLICASETS -> {
                for (Deployment d : k.objects(Deployment.class)) {
                    List<SimPod> pods = owned("Deployment", d);
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
                            wideWorkload(d.template().spec().containersOrEmpty(), sel), () -> documentData("Deployment", d)));
                }
                for (ReplicaSet rs : k.objects(ReplicaSet.class)) {
                    List<SimPod> pods = owned("ReplicaSet", rs);
                    long ready = pods.stream().filter(SimPod::ready).count();
                    out.add(new Item(rs.namespaceOrDefault(), rs.name(), rs.metadata().labelsOrEmpty(), 0,
                            List.of(rs.name(), String.valueOf(rs.replicas() == null ? 1 : rs.replicas()), String.valueOf(pods.size()),
                                    String.valueOf(ready), age(0)),
                            wideWorkload(rs.template().spec().containersOrEmpty(), selectorString(rs.selector())),
                            () -> documentData("ReplicaSet", rs)));
                }
            }
            case REPLICATIONCONTROLLERS -> {
                for (ReplicationController rc : k.objects(ReplicationController.class)) {
                    List<SimPod> pods = owned("ReplicationController", rc);
                    long ready = pods.stream().filter(SimPod::ready).count();
                    Map<String, String> sel = rc.selector() == null || rc.selector().isEmpty() ? rc.template().labelsOrEmpty() : rc.selector();
                    out.add(new Item(rc.namespaceOrDefault(), rc.name(), rc.metadata().labelsOrEmpty(), 0,
                            List.of(rc.name(), String.valueOf(rc.replicas() == null ? 1 : rc.replicas()), String.valueOf(pods.size()),
                                    String.valueOf(ready), age(0)),
                            wideWorkload(rc.template().spec().containersOrEmpty(), labelString(sel)),
                            () -> documentData("ReplicationController", rc)));
                }
            }
            case NODES -> {
                for (NodeInfo n : k.ws().world().nodes()) {
                    out.add(new Item(null, n.name(), Map.of("kubernetes.io/hostname", n.name()), 0,
                            List.of(n.name(), "Ready", "<none>", age(0), "v1.33.0"),
                            List.of(n.ip(), "<none>", "Ubuntu 24.04 LTS", "6.8.0-45-generic", "containerd://1.7.22"),
                            () -> Map.of("apiVersion", "v1", "kind", "Node", "metadata", Map.of("name", n.name()),
                                    "spec", Map.of("podCIDR", n.podCidr()))));
                }
            }
            case NAMESPACES -> {
                java.util.Set<String> names = new java.util.TreeSet<>(List.of("default", "kube-system", "kube-public", "kube-node-lease"));
                sim.pods().forEach(p -> names.add(p.namespace()));
                sim.services().forEach(s -> names.add(s.namespace()));
                for (String n : names) {
                    out.add(new Item(null, n, Map.of("kubernetes.io/metadata.name", n), 0, List.of(n, "Active", age(0)), List.of(),
                            () -> Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", Map.of("name", n))));
                }
            }
        }
        out.sort(Comparator.comparing((Item i) -> i.namespace() == null ? "" : i.namespace()).thenComparing(Item::name));
        return out;
    }

    /** RESTARTS as kubectl 1.27+ prints it: the count, and how long ago the last one was. */
    private String restarts(SimPod p, PodRuntime pr) {
        if (p.restartCount() == 0 || pr == null || pr.lastRestartMillis() < 0) {
            return String.valueOf(p.restartCount());
        }
        return p.restartCount() + " (" + age(pr.lastRestartMillis()) + " ago)";
    }

    private List<SimPod> owned(String kind, KubeObject o) {
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

    private Map<String, String> serviceLabels(SimService s) {
        KubeObject o = k.ws().object("Service", s.namespace(), s.name());
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
        List<Endpoint> eps = new ArrayList<>(k.sim().endpoints(s.namespace(), s.name()).stream()
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

    // ------------------------------------------------------------------ -o yaml data

    private Object documentData(String kind, KubeObject o) {
        CheckReport r = k.ws().shown();
        if (r == null) {
            return Map.of();
        }
        DocumentReport d = Kubectl.find(r, kind, o.namespaceOrDefault(), o.name());
        if (d == null) {
            return Map.of();
        }
        YNode root = r.parsed().documents().get(d.index()).root();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) YNode.toData(root));
        Map<String, Object> meta = new LinkedHashMap<>();
        if (data.get("metadata") instanceof Map<?, ?> m) {
            m.forEach((key, v) -> meta.put(String.valueOf(key), v));
        }
        meta.putIfAbsent("namespace", o.namespaceOrDefault());
        data.put("metadata", meta);
        return data;
    }

    private Object serviceData(SimService s) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Service");
        Map<String, Object> meta = new LinkedHashMap<>();
        Map<String, String> labels = serviceLabels(s);
        if (!labels.isEmpty()) {
            meta.put("labels", labels);
        }
        meta.put("name", s.name());
        meta.put("namespace", s.namespace());
        obj.put("metadata", meta);
        Map<String, Object> spec = new LinkedHashMap<>();
        if (!s.isExternalName()) {
            spec.put("clusterIP", s.clusterIP() == null ? "None" : s.clusterIP());
            spec.put("clusterIPs", List.of(s.clusterIP() == null ? "None" : s.clusterIP()));
            if (s.internalTrafficPolicy() != null) {
                spec.put("internalTrafficPolicy", s.internalTrafficPolicy());
            }
            spec.put("ipFamilies", List.of("IPv4"));
            spec.put("ipFamilyPolicy", "SingleStack");
        } else {
            spec.put("externalName", s.externalName());
        }
        if (s.externalTrafficPolicy() != null && ("NodePort".equals(s.type()) || "LoadBalancer".equals(s.type()))) {
            spec.put("externalTrafficPolicy", s.externalTrafficPolicy());
        }
        if (!s.ports().isEmpty()) {
            List<Object> ports = new ArrayList<>();
            for (SimService.Port p : s.ports()) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (p.name() != null && !p.name().isEmpty()) {
                    m.put("name", p.name());
                }
                if (p.nodePort() != null) {
                    m.put("nodePort", p.nodePort());
                }
                m.put("port", p.port());
                m.put("protocol", p.protocol() == null ? "TCP" : p.protocol());
                m.put("targetPort", p.targetPort() == null ? p.port() : p.targetPort().intValue() != null
                        ? (Object) p.targetPort().intValue() : p.targetPort().strValue());
                ports.add(m);
            }
            spec.put("ports", ports);
        }
        if (s.selector() != null && !s.selector().isEmpty()) {
            spec.put("selector", s.selector());
        }
        spec.put("sessionAffinity", s.sessionAffinity() == null ? "None" : s.sessionAffinity());
        if ("ClientIP".equals(s.sessionAffinity())) {
            spec.put("sessionAffinityConfig", Map.of("clientIP", Map.of("timeoutSeconds", s.affinityTimeoutSeconds())));
        }
        spec.put("type", s.type());
        obj.put("spec", spec);
        obj.put("status", Map.of("loadBalancer", s.loadBalancerIP() == null ? Map.of()
                : Map.of("ingress", List.of(Map.of("ip", s.loadBalancerIP(), "ipMode", "VIP")))));
        return obj;
    }

    private Object podData(SimPod p, PodRuntime pr) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Pod");
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!p.labels().isEmpty()) {
            meta.put("labels", p.labels());
        }
        meta.put("name", p.name());
        meta.put("namespace", p.namespace());
        meta.put("uid", p.uid());
        obj.put("metadata", meta);
        Map<String, Object> spec = new LinkedHashMap<>();
        List<Object> containers = new ArrayList<>();
        if (pr != null && pr.spec() != null) {
            for (Container c : pr.spec().containersOrEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("image", c.image());
                m.put("name", c.name());
                if (c.ports() != null && !c.ports().isEmpty()) {
                    List<Object> ports = new ArrayList<>();
                    for (var cp : c.ports()) {
                        Map<String, Object> pm = new LinkedHashMap<>();
                        pm.put("containerPort", cp.containerPort());
                        if (cp.name() != null) {
                            pm.put("name", cp.name());
                        }
                        pm.put("protocol", cp.protocol() == null ? "TCP" : cp.protocol());
                        ports.add(pm);
                    }
                    m.put("ports", ports);
                }
                containers.add(m);
            }
        }
        spec.put("containers", containers);
        if (p.node() != null) {
            spec.put("nodeName", p.node());
        }
        obj.put("spec", spec);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("phase", p.ip() == null ? "Pending" : "Running");
        if (p.ip() != null) {
            NodeInfo n = k.ws().world().node(p.node());
            if (n != null) {
                status.put("hostIP", n.ip());
            }
            status.put("podIP", p.ip());
            status.put("podIPs", List.of(Map.of("ip", p.ip())));
        }
        status.put("conditions", List.of(Map.of("type", "Ready", "status", p.ready() ? "True" : "False")));
        obj.put("status", status);
        return obj;
    }

    private Object endpointsData(SimService s) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Endpoints");
        obj.put("metadata", Map.of("name", s.name(), "namespace", s.namespace()));
        List<Endpoint> eps = k.sim().endpoints(s.namespace(), s.name());
        Function<Endpoint, Object> addr = e -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("ip", e.ip());
            a.put("nodeName", e.node());
            a.put("targetRef", Map.of("kind", "Pod", "name", e.pod(), "namespace", s.namespace()));
            return a;
        };
        Map<String, Object> subset = new LinkedHashMap<>();
        List<Object> ready = eps.stream().filter(Endpoint::ready).map(addr).toList();
        List<Object> notReady = eps.stream().filter(e -> !e.ready()).map(addr).toList();
        if (!ready.isEmpty()) {
            subset.put("addresses", ready);
        }
        if (!notReady.isEmpty()) {
            subset.put("notReadyAddresses", notReady);
        }
        if (!eps.isEmpty()) {
            List<Object> ports = new ArrayList<>();
            for (SimService.Port p : s.ports()) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (p.name() != null && !p.name().isEmpty()) {
                    m.put("name", p.name());
                }
                Integer t = eps.get(0).ports().get(p.name() == null ? "" : p.name());
                m.put("port", t == null ? p.port() : t);
                m.put("protocol", p.protocol() == null ? "TCP" : p.protocol());
                ports.add(m);
            }
            subset.put("ports", ports);
            obj.put("subsets", List.of(subset));
        }
        return obj;
    }

    private Object sliceData(SimService s, String name, List<Endpoint> eps) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("addressType", "IPv4");
        obj.put("apiVersion", "discovery.k8s.io/v1");
        List<Object> endpoints = new ArrayList<>();
        for (Endpoint e : eps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("addresses", List.of(e.ip()));
            m.put("conditions", Map.of("ready", e.ready(), "serving", e.serving(), "terminating", e.terminating()));
            m.put("nodeName", e.node());
            m.put("targetRef", Map.of("kind", "Pod", "name", e.pod(), "namespace", s.namespace()));
            endpoints.add(m);
        }
        obj.put("endpoints", endpoints);
        obj.put("kind", "EndpointSlice");
        obj.put("metadata", Map.of("labels", Map.of("kubernetes.io/service-name", s.name(),
                "endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io"), "name", name, "namespace", s.namespace()));
        List<Object> ports = new ArrayList<>();
        for (SimService.Port p : s.ports()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name() == null ? "" : p.name());
            Integer t = eps.isEmpty() ? null : eps.get(0).ports().get(p.name() == null ? "" : p.name());
            m.put("port", t == null ? p.port() : t);
            m.put("protocol", p.protocol() == null ? "TCP" : p.protocol());
            ports.add(m);
        }
        obj.put("ports", ports);
        return obj;
    }

    // ------------------------------------------------------------------ describe

    Kubectl.Result describe(Argv a) {
        String first = a.positional.get(0);
        List<String[]> named = new ArrayList<>();
        Resources r;
        if (first.contains("/")) {
            r = Resources.of(first.substring(0, first.indexOf('/')));
            if (r == null) {
                return unknownType(first.substring(0, first.indexOf('/')));
            }
            named.add(new String[] {r.name(), first.substring(first.indexOf('/') + 1)});
        } else {
            r = Resources.of(first);
            if (r == null) {
                return unknownType(first);
            }
            for (String n : a.positional.subList(1, a.positional.size())) {
                named.add(new String[] {r.name(), n});
            }
        }
        String ns = a.get("--namespace") == null ? "default" : a.get("--namespace");
        List<Item> items = items(r).stream().filter(i -> i.namespace() == null || i.namespace().equals(ns))
                .filter(i -> a.get("--selector") == null || selects(a.get("--selector"), i.labels())).toList();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        List<Item> chosen = new ArrayList<>();
        if (named.isEmpty()) {
            chosen.addAll(items);
        } else {
            for (String[] n : named) {
                // kubectl describe also accepts a name prefix
                List<Item> match = items.stream().filter(i -> i.name().equals(n[1])).toList();
                if (match.isEmpty()) {
                    match = items.stream().filter(i -> i.name().startsWith(n[1])).toList();
                }
                if (match.isEmpty()) {
                    err.append(Kubectl.notFound(r, n[1])).append('\n');
                }
                chosen.addAll(match);
            }
        }
        if (chosen.isEmpty() && err.length() == 0) {
            return Kubectl.Result.ok("No resources found in " + ns + " namespace.\n");
        }
        for (Item i : chosen) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(TabWriter.describe(describeOne(r, i)));
        }
        String warn = r == Resources.ENDPOINTS ? "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n" : "";
        return new Kubectl.Result(warn + out + err, err.length() > 0 ? 1 : 0);
    }

    private String describeOne(Resources r, Item i) {
        StringBuilder w = new StringBuilder();
        switch (r) {
            case SERVICES -> describeService(w, k.sim().service(i.namespace(), i.name()), i);
            case PODS -> describePod(w, i);
            case ENDPOINTS -> describeEndpoints(w, k.sim().service(i.namespace(), i.name()), i);
            case INGRESSES -> describeIngress(w, i);
            default -> describeGeneric(w, r, i);
        }
        w.append("Events:\t<none>\n");
        return w.toString();
    }

    private static void labels(StringBuilder w, String title, Map<String, String> labels) {
        w.append(title).append(":\t");
        if (labels == null || labels.isEmpty()) {
            w.append("<none>\n");
            return;
        }
        boolean first = true;
        for (var e : new TreeMap<>(labels).entrySet()) {
            if (!first) {
                w.append('\t');
            }
            w.append(e.getKey()).append('=').append(e.getValue()).append('\n');
            first = false;
        }
    }

    private void describeService(StringBuilder w, SimService s, Item i) {
        w.append("Name:\t").append(s.name()).append('\n');
        w.append("Namespace:\t").append(s.namespace()).append('\n');
        labels(w, "Labels", i.labels());
        w.append("Annotations:\t<none>\n");
        w.append("Selector:\t").append(s.selector() == null || s.selector().isEmpty() ? "<none>" : labelString(s.selector())).append('\n');
        w.append("Type:\t").append(s.type()).append('\n');
        if (!s.isExternalName()) {
            w.append("IP Family Policy:\tSingleStack\n");
            w.append("IP Families:\tIPv4\n");
            String ip = s.clusterIP() == null ? "None" : s.clusterIP();
            w.append("IP:\t").append(ip).append('\n');
            w.append("IPs:\t").append(ip).append('\n');
        } else {
            w.append("IP Families:\t<none>\n");
            w.append("IP:\t\n");
            w.append("IPs:\t<none>\n");
            w.append("External Name:\t").append(s.externalName()).append('\n');
        }
        if (s.loadBalancerIP() != null) {
            w.append("LoadBalancer Ingress:\t").append(s.loadBalancerIP()).append(" (VIP)\n");
        }
        for (SimService.Port p : s.ports()) {
            String name = p.name() == null || p.name().isEmpty() ? "<unset>" : p.name();
            String proto = p.protocol() == null ? "TCP" : p.protocol();
            w.append("Port:\t").append(name).append('\t').append(p.port()).append('/').append(proto).append('\n');
            String target = p.targetPort() == null ? String.valueOf(p.port())
                    : p.targetPort().intValue() != null ? String.valueOf(p.targetPort().intValue()) : p.targetPort().strValue();
            w.append("TargetPort:\t").append(target).append('/').append(proto).append('\n');
            if (p.nodePort() != null) {
                w.append("NodePort:\t").append(name).append('\t').append(p.nodePort()).append('/').append(proto).append('\n');
            }
            w.append("Endpoints:\t").append(describeEndpointsLine(s, p.name() == null ? "" : p.name())).append('\n');
        }
        w.append("Session Affinity:\t").append(s.sessionAffinity() == null ? "None" : s.sessionAffinity()).append('\n');
        if (("NodePort".equals(s.type()) || "LoadBalancer".equals(s.type())) && s.externalTrafficPolicy() != null) {
            w.append("External Traffic Policy:\t").append(s.externalTrafficPolicy()).append('\n');
        }
        if (!s.isExternalName() && s.internalTrafficPolicy() != null) {
            w.append("Internal Traffic Policy:\t").append(s.internalTrafficPolicy()).append('\n');
        }
    }

    /**
     * describe's Endpoints line reads the EndpointSlices: the ready addresses of the port, three at
     * most; {@code <none>} when the Service has no slices (no selector), empty when none is ready.
     */
    private String describeEndpointsLine(SimService s, String port) {
        if (s.namespace().equals("default") && s.name().equals("kubernetes")) {
            return API_SERVER + ":6443";
        }
        if (s.selector() == null || s.selector().isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        for (Endpoint e : k.sim().endpoints(s.namespace(), s.name())) {
            Integer t = e.ports().get(port);
            if (t != null && (e.ready() || s.publishNotReadyAddresses())) {
                list.add(e.ip() + ":" + t);
            }
        }
        return firstThree(list, "");
    }

    private void describeEndpoints(StringBuilder w, SimService s, Item i) {
        w.append("Name:\t").append(s.name()).append('\n');
        w.append("Namespace:\t").append(s.namespace()).append('\n');
        labels(w, "Labels", i.labels());
        w.append("Annotations:\t<none>\n");
        w.append("Subsets:\n");
        List<Endpoint> eps = k.sim().endpoints(s.namespace(), s.name());
        if (!eps.isEmpty()) {
            List<String> ready = eps.stream().filter(Endpoint::ready).map(Endpoint::ip).sorted().toList();
            List<String> notReady = eps.stream().filter(e -> !e.ready()).map(Endpoint::ip).sorted().toList();
            w.append("  Addresses:\t").append(ready.isEmpty() ? "<none>" : String.join(",", ready)).append('\n');
            w.append("  NotReadyAddresses:\t").append(notReady.isEmpty() ? "<none>" : String.join(",", notReady)).append('\n');
            w.append("  Ports:\n");
            w.append("    Name\tPort\tProtocol\n");
            w.append("    ----\t----\t--------\n");
            for (SimService.Port p : s.ports()) {
                Integer t = eps.get(0).ports().get(p.name() == null ? "" : p.name());
                w.append("    ").append(p.name() == null || p.name().isEmpty() ? "<unset>" : p.name()).append('\t')
                        .append(t == null ? p.port() : t).append('\t').append(p.protocol() == null ? "TCP" : p.protocol()).append('\n');
            }
            w.append('\n');
        }
    }

    private void describePod(StringBuilder w, Item i) {
        SimPod p = k.sim().pods().stream().filter(x -> x.name().equals(i.name()) && x.namespace().equals(i.namespace()))
                .findFirst().orElseThrow();
        PodRuntime pr = k.sim().pod(p.namespace(), p.name());
        NodeInfo node = k.ws().world().node(p.node());
        w.append("Name:\t").append(p.name()).append('\n');
        w.append("Namespace:\t").append(p.namespace()).append('\n');
        w.append("Priority:\t0\n");
        w.append("Service Account:\tdefault\n");
        w.append("Node:\t").append(p.node() == null ? "<none>" : p.node() + (node == null ? "" : "/" + node.ip())).append('\n');
        labels(w, "Labels", p.labels());
        w.append("Annotations:\t<none>\n");
        w.append("Status:\t").append(p.terminating() ? "Terminating (lasts 1s)" : p.ip() == null ? "Pending" : "Running").append('\n');
        w.append("IP:\t").append(p.ip() == null ? "" : p.ip()).append('\n');
        w.append("IPs:\n");
        if (p.ip() != null) {
            w.append("  IP:\t").append(p.ip()).append('\n');
        }
        if (p.owner() != null) {
            String[] o = p.owner().split("/");
            String kind = o[0];
            String name = o[2];
            if (kind.equals("Deployment")) {
                kind = "ReplicaSet";
                name = name + "-" + p.labels().getOrDefault("pod-template-hash", "");
            }
            w.append("Controlled By:\t").append(kind).append('/').append(name).append('\n');
        }
        w.append("Containers:\n");
        if (pr != null && pr.spec() != null) {
            for (Container c : pr.spec().containersOrEmpty()) {
                w.append("  ").append(c.name()).append(":\n");
                w.append("    Image:\t").append(c.image()).append('\n');
                List<String> ports = c.portsOrEmpty().stream().map(cp -> cp.containerPort() + "/" + (cp.protocol() == null ? "TCP" : cp.protocol()))
                        .toList();
                w.append("    Port:\t").append(ports.isEmpty() ? "<none>" : String.join(", ", ports)).append('\n');
                w.append("    State:\t").append(p.ip() == null ? "Waiting" : "Running").append('\n');
                w.append("    Ready:\t").append(p.ready() ? "True" : "False").append('\n');
                w.append("    Restart Count:\t").append(p.restartCount()).append('\n');
                if (c.livenessProbe() != null) {
                    w.append("    Liveness:\t").append(probe(c.livenessProbe())).append('\n');
                }
                if (c.readinessProbe() != null) {
                    w.append("    Readiness:\t").append(probe(c.readinessProbe())).append('\n');
                }
                w.append("    Environment:\t<none>\n");
            }
        }
        w.append("Conditions:\n");
        w.append("  Type\tStatus\n");
        w.append("  PodReadyToStartContainers \tTrue \n");
        w.append("  Initialized \tTrue \n");
        w.append("  Ready \t").append(p.ready() ? "True" : "False").append(" \n");
        w.append("  ContainersReady \t").append(p.ready() ? "True" : "False").append(" \n");
        w.append("  PodScheduled \tTrue \n");
        w.append("QoS Class:\tBestEffort\n");
        w.append("Node-Selectors:\t<none>\n");
    }

    /** A probe as describe prints it: {@code http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3}. */
    static String probe(Probe p) {
        String how;
        if (p.httpGet() != null) {
            Probe.HttpGet h = p.httpGet();
            String port = h.port() == null ? "" : h.port().intValue() != null ? String.valueOf(h.port().intValue()) : h.port().strValue();
            how = "http-get " + (h.scheme() == null ? "http" : h.scheme().toLowerCase(java.util.Locale.ROOT)) + "://"
                    + (h.host() == null ? "" : h.host()) + ":" + port + (h.path() == null ? "/" : h.path());
        } else if (p.tcpSocket() != null) {
            Probe.TcpSocket t = p.tcpSocket();
            how = "tcp-socket " + (t.host() == null ? "" : t.host()) + ":"
                    + (t.port() == null ? "" : t.port().intValue() != null ? t.port().intValue() : t.port().strValue());
        } else if (p.exec() != null) {
            how = "exec [" + String.join(" ", p.exec().command() == null ? List.of() : p.exec().command()) + "]";
        } else if (p.grpc() != null) {
            how = "grpc <pod>:" + p.grpc().port() + " " + (p.grpc().service() == null ? "" : p.grpc().service());
        } else {
            how = "unknown";
        }
        return how + " delay=" + orDefault(p.initialDelaySeconds(), 0) + "s timeout=" + orDefault(p.timeoutSeconds(), 1)
                + "s period=" + orDefault(p.periodSeconds(), 10) + "s #success=" + orDefault(p.successThreshold(), 1)
                + " #failure=" + orDefault(p.failureThreshold(), 3);
    }

    private static int orDefault(Integer v, int d) {
        return v == null ? d : v;
    }

    private void describeIngress(StringBuilder w, Item i) {
        Ingress ing = k.sim().ingresses().stream().filter(x -> x.name().equals(i.name())).findFirst().orElseThrow();
        boolean served = k.sim().servedIngresses().contains(ing);
        w.append("Name:\t").append(ing.name()).append('\n');
        labels(w, "Labels", ing.metadata().labelsOrEmpty());
        w.append("Namespace:\t").append(ing.namespaceOrDefault()).append('\n');
        w.append("Address:\t").append(served ? k.ws().world().ingressExternalIP() : "").append('\n');
        w.append("Ingress Class:\t").append(ing.spec().ingressClassName() == null ? "<none>" : ing.spec().ingressClassName()).append('\n');
        w.append("Default backend:\t").append(ing.spec().defaultBackend() == null ? "<default>" : backend(ing, ing.spec().defaultBackend())).append('\n');
        w.append("Rules:\n");
        w.append("  Host\tPath\tBackends\n");
        w.append("  ----\t----\t--------\n");
        for (Ingress.Rule rule : ing.spec().rulesOrEmpty()) {
            String host = rule.host() == null || rule.host().isEmpty() ? "*" : rule.host();
            w.append("  ").append(host).append("\t\t\n");
            for (Ingress.Path path : rule.pathsOrEmpty()) {
                w.append("    \t").append(path.path() == null ? "" : path.path()).append(" \t")
                        .append(backend(ing, path.backend())).append('\n');
            }
        }
        w.append("Annotations:\t<none>\n");
    }

    private String backend(Ingress ing, Ingress.Backend b) {
        if (b == null || b.service() == null) {
            return "<none>";
        }
        Ingress.ServiceBackend sb = b.service();
        String port = sb.portNumber() != null ? String.valueOf(sb.portNumber()) : sb.portName();
        SimService s = k.sim().service(ing.namespaceOrDefault(), sb.name());
        String eps = s == null ? "<error: services \"" + sb.name() + "\" not found>" : describeEndpointsLine(s, firstPortName(s, sb));
        return sb.name() + ":" + port + " (" + eps + ")";
    }

    private static String firstPortName(SimService s, Ingress.ServiceBackend b) {
        for (SimService.Port p : s.ports()) {
            if ((b.portNumber() != null && p.port() == b.portNumber()) || (b.portName() != null && b.portName().equals(p.name()))) {
                return p.name() == null ? "" : p.name();
            }
        }
        return "";
    }

    private void describeGeneric(StringBuilder w, Resources r, Item i) {
        w.append("Name:\t").append(i.name()).append('\n');
        if (i.namespace() != null) {
            w.append("Namespace:\t").append(i.namespace()).append('\n');
        }
        labels(w, "Labels", i.labels());
        w.append("Annotations:\t<none>\n");
        if (r == Resources.DEPLOYMENTS || r == Resources.REPLICASETS || r == Resources.REPLICATIONCONTROLLERS) {
            w.append("Selector:\t").append(i.wide().get(2)).append('\n');
            String desired = r == Resources.DEPLOYMENTS ? i.cells().get(1).substring(i.cells().get(1).indexOf('/') + 1) : i.cells().get(1);
            w.append("Replicas:\t").append(desired).append(" desired | ").append(i.cells().get(2)).append(" current | ")
                    .append(r == Resources.DEPLOYMENTS ? i.cells().get(3) : i.cells().get(3)).append(" ready\n");
            w.append("Pod Template:\n");
            w.append("  Containers:\n");
            String[] names = i.wide().get(0).split(",");
            String[] images = i.wide().get(1).split(",");
            for (int c = 0; c < names.length; c++) {
                w.append("   ").append(names[c]).append(":\n");
                w.append("    Image:\t").append(c < images.length ? images[c] : "").append('\n');
            }
        }
    }
}
