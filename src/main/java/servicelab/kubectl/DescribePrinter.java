package servicelab.kubectl;

import static servicelab.kubectl.GetPrinter.unknownType;
import static servicelab.kubectl.ObjectRows.API_SERVER;
import static servicelab.kubectl.ObjectRows.firstThree;
import static servicelab.kubectl.ObjectRows.labelString;
import static servicelab.kubectl.ObjectRows.selects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import servicelab.model.Container;
import servicelab.model.Ingress;
import servicelab.model.Probe;
import servicelab.sim.Endpoint;
import servicelab.sim.NodeInfo;
import servicelab.sim.PodRuntime;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/** {@code kubectl describe}: Services, Endpoints, pods and Ingresses in kubectl's layout, other kinds briefly. */
final class DescribePrinter {
    private final Kubectl k;
    private final ObjectRows rows;

    DescribePrinter(Kubectl k, ObjectRows rows) {
        this.k = k;
        this.rows = rows;
    }

    Kubectl.Result describe(Argv a) {
        return describe(a, rows::items, this::describeOne, true);
    }

    /** describe's choice of objects (named, by prefix, or all selected) and its layout, over any source and describer. */
    static Kubectl.Result describe(Argv a, java.util.function.Function<Resources, List<Item>> source,
                                   java.util.function.BiFunction<Resources, Item, String> describer, boolean warnEndpoints) {
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
        List<Item> items = source.apply(r).stream().filter(i -> i.namespace() == null || i.namespace().equals(ns))
                .filter(i -> a.get("--selector") == null || selects(a.get("--selector"), i.labels())).toList();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        List<Item> chosen = new ArrayList<>();
        boolean byPrefix = false;
        if (named.isEmpty()) {
            chosen.addAll(items);
        } else {
            for (String[] n : named) {
                // kubectl describe also accepts a name prefix
                List<Item> match = items.stream().filter(i -> i.name().equals(n[1])).toList();
                if (match.isEmpty()) {
                    match = items.stream().filter(i -> i.name().startsWith(n[1])).toList();
                    byPrefix |= !match.isEmpty();
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
            if (out.length() > 0 && !byPrefix) {
                out.append("\n\n");
            }
            out.append(TabWriter.describe(describer.apply(r, i)));
            if (byPrefix) {
                out.append('\n'); // DescribeMatchingResources prints each one with Fprintf("%s\n")
            }
        }
        String warn = warnEndpoints && r == Resources.ENDPOINTS ? "Warning: " + servicelab.validation.ApiWarnings.ENDPOINTS_DEPRECATED + "\n" : "";
        return new Kubectl.Result(warn + out + err, err.length() > 0 ? 1 : 0);
    }

    private String describeOne(Resources r, Item i) {
        StringBuilder w = new StringBuilder();
        switch (r) {
            case SERVICES -> describeService(w, k.sim().service(i.namespace(), i.name()), i);
            case PODS -> describePod(w, i);
            case ENDPOINTS -> describeEndpoints(w, k.sim().service(i.namespace(), i.name()), i);
            case INGRESSES -> describeIngress(w, i);
            case CONFIGMAPS -> describeConfigMap(w, i);
            case NETWORKPOLICIES -> PolicyDescriber.describe(w, k.sim().policies.all().stream()
                    .filter(p -> p.namespaceOrDefault().equals(i.namespace()) && p.name().equals(i.name())).findFirst().orElseThrow());
            case ENDPOINTSLICES -> {
                servicelab.model.EndpointSlice es = k.sim().userSlices().stream()
                        .filter(x -> x.namespaceOrDefault().equals(i.namespace()) && x.name().equals(i.name())).findFirst().orElse(null);
                if (es != null) {
                    SliceDescriber.describe(w, es);
                } else {
                    describeGeneric(w, i);
                }
            }
            case GATEWAYCLASSES, GATEWAYS, HTTPROUTES, GRPCROUTES, REFERENCEGRANTS -> UnstructuredDescriber.describe(w, i);
            case DEPLOYMENTS, REPLICASETS, REPLICATIONCONTROLLERS -> {
                return new SimWorkloads(k, new ObjectData(k, rows)).describe(r, i); // events included
            }
            case NAMESPACES -> {
                describeNamespace(w, i);
                return w.toString(); // kubectl lists no events for a namespace
            }
            default -> describeGeneric(w, i);
        }
        if (w.indexOf("\nEvents:\n") < 0) {
            w.append("Events:\t<none>\n"); // a waiting pod lists its scheduler or kubelet event instead
        }
        return w.toString();
    }

    static void labels(StringBuilder w, String title, Map<String, String> labels) {
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

    /**
     * ConfigMapDescriber (kubectl describe.go): every data key with its text under a rule, each
     * binaryData key with its size; keys in the order the API server stores them (sorted).
     */
    private void describeConfigMap(StringBuilder w, Item i) {
        servicelab.model.ConfigMap cm = k.sim().configMaps().stream()
                .filter(c -> c.namespaceOrDefault().equals(i.namespace()) && c.name().equals(i.name())).findFirst().orElseThrow();
        w.append("Name:\t").append(cm.name()).append('\n');
        w.append("Namespace:\t").append(cm.namespaceOrDefault()).append('\n');
        labels(w, "Labels", cm.metadata().labelsOrEmpty());
        annotations(w, cm.metadata().annotationsOrEmpty());
        w.append("\nData\n====\n");
        for (var e : new TreeMap<>(cm.data() == null ? Map.<String, String>of() : cm.data()).entrySet()) {
            w.append(e.getKey()).append(":\n----\n").append(e.getValue()).append('\n');
        }
        w.append("\nBinaryData\n====\n");
        for (var e : new TreeMap<>(cm.binaryData() == null ? Map.<String, String>of() : cm.binaryData()).entrySet()) {
            w.append(e.getKey()).append(": ").append(java.util.Base64.getMimeDecoder().decode(e.getValue()).length).append(" bytes\n");
        }
        w.append('\n');
    }

    /** printAnnotationsMultiline: "key: value", a long or multi-line value under its key, indented. */
    static void annotations(StringBuilder w, Map<String, String> annotations) {
        w.append("Annotations:\t");
        if (annotations.isEmpty()) {
            w.append("<none>\n");
            return;
        }
        boolean first = true;
        for (var e : new TreeMap<>(annotations).entrySet()) {
            if (!first) {
                w.append('\t');
            }
            first = false;
            String value = e.getValue().endsWith("\n") ? e.getValue().substring(0, e.getValue().length() - 1) : e.getValue();
            if (value.length() + e.getKey().length() + 2 > MAX_ANNOTATION_LEN || value.contains("\n")) {
                w.append(e.getKey()).append(":\n");
                for (String line : value.split("\n", -1)) {
                    String shown = line.length() > MAX_ANNOTATION_LEN - 2 ? line.substring(0, MAX_ANNOTATION_LEN - 2 - 3) + "..." : line;
                    w.append("\t  ").append(shown).append('\n');
                }
            } else {
                w.append(e.getKey()).append(": ").append(value).append('\n');
            }
        }
    }

    /** describe.go's maxAnnotationLen. */
    private static final int MAX_ANNOTATION_LEN = 140;

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
        if (s.trafficDistribution() != null) {
            w.append("Traffic Distribution:\t").append(s.trafficDistribution()).append('\n'); // describe.go: last before the events
        }
    }

    /**
     * describe's Endpoints line reads the EndpointSlices: the ready addresses of the port, three at
     * most; {@code <none>} when the Service has no slices (no selector and no Endpoints written by
     * hand to mirror), empty when none is ready.
     */
    private String describeEndpointsLine(SimService s, String port) {
        if (s.namespace().equals("default") && s.name().equals("kubernetes")) {
            return API_SERVER + ":6443";
        }
        if ((s.selector() == null || s.selector().isEmpty()) && !k.sim().hasManualEndpoints(s.namespace(), s.name())
                && k.sim().userSlices().stream().noneMatch(es -> s.namespace().equals(es.namespaceOrDefault()) && s.name().equals(es.serviceName()))) {
            return "<none>"; // no EndpointSlice carries the Service's name
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
        List<Endpoint> eps = k.sim().controllerEndpoints(s.namespace(), s.name());
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
        NodeInfo node = k.world().node(p.node());
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
        containers(w, p, pr);
        w.append("Conditions:\n");
        w.append("  Type\tStatus\n");
        if (p.node() == null) {
            w.append("  PodScheduled \tFalse \n"); // the scheduler found no node with room
        } else {
            w.append("  PodReadyToStartContainers \t").append(p.ip() == null ? "False" : "True").append(" \n");
            w.append("  Initialized \tTrue \n");
            w.append("  Ready \t").append(p.ready() ? "True" : "False").append(" \n");
            w.append("  ContainersReady \t").append(p.ready() ? "True" : "False").append(" \n");
            w.append("  PodScheduled \tTrue \n");
        }
        w.append("QoS Class:\tBestEffort\n");
        w.append("Node-Selectors:\t<none>\n");
        pendingEvents(w, p);
        kubeletEvents(w, p, pr);
    }

    /**
     * The kubelet's probe events of a running pod, as describe lists them: oldest last-seen first,
     * a folded repeat aged {@code 2s (x3 over 22s)}, and gone an hour after it was last seen (the
     * API server's default event TTL). The scheduling and image events of a pod's start are not
     * kept: a lesson's pods have been running longer than that TTL.
     */
    private void kubeletEvents(StringBuilder w, SimPod p, PodRuntime pr) {
        if (pr == null || !p.running()) {
            return;
        }
        long now = k.sim().now();
        List<servicelab.sim.PodEvent> live = pr.events().stream().filter(e -> now - e.last() < 3_600_000L)
                .sorted(java.util.Comparator.comparingLong(servicelab.sim.PodEvent::last)).toList();
        if (live.isEmpty()) {
            return;
        }
        w.append("Events:\n");
        w.append("  Type\tReason\tAge\tFrom\tMessage\n");
        w.append("  ----\t------\t----\t----\t-------\n");
        for (servicelab.sim.PodEvent e : live) {
            String age = HumanDuration.of(now - e.last());
            if (e.count() > 1) {
                age += " (x" + e.count() + " over " + HumanDuration.of(now - e.first()) + ")";
            }
            w.append("  ").append(e.type()).append('\t').append(e.reason()).append('\t').append(age).append('\t')
                    .append(e.from()).append('\t').append(e.message().strip()).append('\n');
        }
    }

    private static void containers(StringBuilder w, SimPod p, PodRuntime pr) {
        w.append("Containers:\n");
        if (pr != null && pr.spec() != null) {
            for (Container c : pr.spec().containersOrEmpty()) {
                w.append("  ").append(c.name()).append(":\n");
                w.append("    Image:\t").append(c.image()).append('\n');
                List<String> ports = c.portsOrEmpty().stream().map(cp -> cp.containerPort() + "/" + (cp.protocol() == null ? "TCP" : cp.protocol()))
                        .toList();
                w.append("    Port:\t").append(ports.isEmpty() ? "<none>" : String.join(", ", ports)).append('\n');
                w.append("    State:\t").append(p.ip() == null ? "Waiting" : "Running").append('\n');
                if (p.ip() == null && p.node() != null) {
                    w.append("      Reason:\tContainerCreating\n");
                }
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
    }

    /** The scheduler's or the kubelet's event of a pod that does not run yet, as describe lists it. */
    private void pendingEvents(StringBuilder w, SimPod p) {
        if (p.running() || p.terminating()) {
            return;
        }
        int nodes = k.world().nodes().size();
        w.append("Events:\n");
        w.append("  Type\tReason\tAge\tFrom\tMessage\n");
        w.append("  ----\t------\t----\t----\t-------\n");
        if (p.node() == null) {
            w.append("  Warning\tFailedScheduling\t").append(HumanDuration.of(k.sim().now() - p.startedAtMillis())).append("\tdefault-scheduler\t0/")
                    .append(nodes).append(" nodes are available: ").append(nodes).append(" Too many pods. preemption: 0/").append(nodes)
                    .append(" nodes are available: ").append(nodes).append(" No preemption victims found for incoming pod.\n");
        } else {
            w.append("  Warning\tFailedCreatePodSandBox\t").append(HumanDuration.of(k.sim().now() - p.startedAtMillis())).append("\tkubelet\t")
                    .append("Failed to create pod sandbox: plugin type=\"host-local\" failed (add): failed to allocate for range 0: ")
                    .append("no IP addresses available in range set\n");
        }
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
        w.append("Address:\t").append(served ? k.world().ingressExternalIP() : "").append('\n');
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

    /** NamespaceDescriber (describe.go): the modelled cluster has no ResourceQuota or LimitRange objects. */
    private static void describeNamespace(StringBuilder w, Item i) {
        w.append("Name:\t").append(i.name()).append('\n');
        labels(w, "Labels", i.labels());
        w.append("Annotations:\t<none>\n");
        w.append("Status:\t").append(i.cells().get(1)).append("\n\nNo resource quota.\n\nNo LimitRange resource.\n");
    }

    private static void describeGeneric(StringBuilder w, Item i) {
        w.append("Name:\t").append(i.name()).append('\n');
        if (i.namespace() != null) {
            w.append("Namespace:\t").append(i.namespace()).append('\n');
        }
        labels(w, "Labels", i.labels());
        w.append("Annotations:\t<none>\n");
    }
}
