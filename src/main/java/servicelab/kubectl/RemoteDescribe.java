package servicelab.kubectl;

import static servicelab.kubectl.Raw.get;
import static servicelab.kubectl.Raw.maps;
import static servicelab.kubectl.Raw.num;
import static servicelab.kubectl.Raw.str;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * kubectl describe of objects a real API server returned, in describe.go's layout: Services,
 * Endpoints, EndpointSlices, Ingresses and ConfigMaps here, pods and workloads in
 * {@link RemotePodDescribe}, every other kind by kubectl's generic describer; each with the
 * object's events, as kubectl lists them.
 */
final class RemoteDescribe {
    /** What a describer reads besides the object: the other objects of the namespace, and its events. */
    interface Lookup {
        List<Map<String, Object>> objects(Resources r);

        List<Map<String, Object>> events();
    }

    /** printAnnotationsMultiline leaves kubectl apply's own record out. */
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final Lookup lookup;
    private final long now;

    RemoteDescribe(Lookup lookup, long nowMillis) {
        this.lookup = lookup;
        this.now = nowMillis;
    }

    /** The text of one object's describe (before the tab writer lines it up). */
    @SuppressWarnings("unchecked")
    String describe(Resources r, Item i) {
        Map<String, Object> o = (Map<String, Object>) i.data().get();
        StringBuilder w = new StringBuilder();
        RemotePodDescribe pods = new RemotePodDescribe(lookup, now);
        switch (r) {
            case SERVICES -> service(w, o);
            case ENDPOINTS -> endpoints(w, o);
            case ENDPOINTSLICES -> slice(w, o);
            case INGRESSES -> ingress(w, o);
            case CONFIGMAPS -> configMap(w, o);
            case PODS -> pods.pod(w, o);
            case DEPLOYMENTS -> pods.deployment(w, o);
            case REPLICASETS, REPLICATIONCONTROLLERS -> pods.replicas(w, o, r == Resources.REPLICASETS);
            default -> UnstructuredDescriber.describe(w, i);
        }
        events(w, r.kind, o);
        return w.toString();
    }

    static void head(StringBuilder w, Map<String, Object> o) {
        w.append("Name:\t").append(Raw.name(o)).append('\n');
        w.append("Namespace:\t").append(orEmpty(Raw.namespace(o))).append('\n');
    }

    static void labelsAndAnnotations(StringBuilder w, Map<String, Object> o) {
        DescribePrinter.labels(w, "Labels", Raw.labels(o));
        annotations(w, o);
    }

    static void annotations(StringBuilder w, Map<String, Object> o) {
        Map<String, String> a = new TreeMap<>(Raw.annotations(o));
        a.remove(LAST_APPLIED);
        DescribePrinter.annotations(w, a);
    }

    // ------------------------------------------------------------------ Services and their endpoints

    private void service(StringBuilder w, Map<String, Object> o) {
        head(w, o);
        labelsAndAnnotations(w, o);
        w.append("Selector:\t").append(Raw.labelList(Raw.stringMap(o, "spec", "selector"))).append('\n');
        w.append("Type:\t").append(orEmpty(str(o, "spec", "type"))).append('\n');
        if (str(o, "spec", "ipFamilyPolicy") != null) {
            w.append("IP Family Policy:\t").append(str(o, "spec", "ipFamilyPolicy")).append('\n');
        }
        List<String> families = Raw.strings(o, "spec", "ipFamilies");
        w.append("IP Families:\t").append(families.isEmpty() ? "<none>" : String.join(",", families)).append('\n');
        w.append("IP:\t").append(orEmpty(str(o, "spec", "clusterIP"))).append('\n');
        List<String> ips = Raw.strings(o, "spec", "clusterIPs");
        w.append("IPs:\t").append(ips.isEmpty() ? "<none>" : String.join(",", ips)).append('\n');
        List<String> external = Raw.strings(o, "spec", "externalIPs");
        if (!external.isEmpty()) {
            w.append("External IPs:\t").append(String.join(",", external)).append('\n');
        }
        if (str(o, "spec", "loadBalancerIP") != null) {
            w.append("Desired LoadBalancer IP:\t").append(str(o, "spec", "loadBalancerIP")).append('\n');
        }
        if (str(o, "spec", "externalName") != null) {
            w.append("External Name:\t").append(str(o, "spec", "externalName")).append('\n');
        }
        List<String> lb = new ArrayList<>();
        for (Map<String, Object> i : maps(o, "status", "loadBalancer", "ingress")) { // buildIngressString: in order, with the IP mode
            lb.add((str(i, "ip") != null ? str(i, "ip") : orEmpty(str(i, "hostname"))) + (str(i, "ipMode") != null ? " (" + str(i, "ipMode") + ")" : ""));
        }
        if (!lb.isEmpty()) {
            w.append("LoadBalancer Ingress:\t").append(String.join(", ", lb)).append('\n');
        }
        List<Map<String, Object>> slices = slicesOf(Raw.name(o));
        for (Map<String, Object> p : maps(o, "spec", "ports")) {
            String name = str(p, "name") == null ? "<unset>" : str(p, "name");
            String proto = orEmpty(str(p, "protocol"));
            w.append("Port:\t").append(name).append('\t').append(num(p, "port")).append('/').append(proto).append('\n');
            w.append("TargetPort:\t").append(str(p, "targetPort") == null ? "0" : str(p, "targetPort")).append('/').append(proto).append('\n');
            if (num(p, "nodePort") != 0) {
                w.append("NodePort:\t").append(name).append('\t').append(num(p, "nodePort")).append('/').append(proto).append('\n');
            }
            w.append("Endpoints:\t").append(sliceEndpoints(slices, Set.of(orEmpty(str(p, "name"))))).append('\n');
        }
        w.append("Session Affinity:\t").append(orEmpty(str(o, "spec", "sessionAffinity"))).append('\n');
        if (str(o, "spec", "externalTrafficPolicy") != null) {
            w.append("External Traffic Policy:\t").append(str(o, "spec", "externalTrafficPolicy")).append('\n');
        }
        if (str(o, "spec", "internalTrafficPolicy") != null) {
            w.append("Internal Traffic Policy:\t").append(str(o, "spec", "internalTrafficPolicy")).append('\n');
        }
        if (num(o, "spec", "healthCheckNodePort") != 0) {
            w.append("HealthCheck NodePort:\t").append(num(o, "spec", "healthCheckNodePort")).append('\n');
        }
        List<String> ranges = Raw.strings(o, "spec", "loadBalancerSourceRanges");
        if (!ranges.isEmpty()) {
            w.append("LoadBalancer Source Ranges:\t").append(String.join(",", ranges)).append('\n');
        }
        if (str(o, "spec", "trafficDistribution") != null) {
            w.append("Traffic Distribution:\t").append(str(o, "spec", "trafficDistribution")).append('\n');
        }
    }

    /** The Service's slices (kubernetes.io/service-name), as describe lists them with a label selector. */
    private List<Map<String, Object>> slicesOf(String service) {
        return lookup.objects(Resources.ENDPOINTSLICES).stream()
                .filter(s -> service.equals(Raw.labels(s).get("kubernetes.io/service-name"))).toList();
    }

    /** formatEndpointSlices: ready endpoints of the named ports, three at most; {@code <none>} without a slice. */
    static String sliceEndpoints(List<Map<String, Object>> slices, Set<String> ports) {
        if (slices.isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        int count = 0;
        for (Map<String, Object> s : slices) {
            List<Map<String, Object>> sp = maps(s, "ports");
            for (Map<String, Object> port : sp.isEmpty() ? List.<Map<String, Object>>of(Map.of()) : sp) {
                if (!sp.isEmpty() && !ports.contains(orEmpty(str(port, "name")))) {
                    continue;
                }
                for (Map<String, Object> e : maps(s, "endpoints")) {
                    if (Boolean.FALSE.equals(get(e, "conditions", "ready")) || Raw.strings(e, "addresses").isEmpty()) {
                        continue;
                    }
                    String addr = Raw.strings(e, "addresses").get(0);
                    if (count < 3) {
                        list.add(sp.isEmpty() ? addr : (addr.contains(":") ? "[" + addr + "]" : addr) + ":" + num(port, "port"));
                    }
                    count++;
                }
            }
        }
        return String.join(",", list) + (count > 3 ? " + " + (count - 3) + " more..." : "");
    }

    private static void endpoints(StringBuilder w, Map<String, Object> o) {
        head(w, o);
        labelsAndAnnotations(w, o);
        w.append("Subsets:\n");
        for (Map<String, Object> ss : maps(o, "subsets")) {
            List<String> ready = maps(ss, "addresses").stream().map(a -> str(a, "ip")).toList();
            List<String> notReady = maps(ss, "notReadyAddresses").stream().map(a -> str(a, "ip")).toList();
            w.append("  Addresses:\t").append(ready.isEmpty() ? "<none>" : String.join(",", ready)).append('\n');
            w.append("  NotReadyAddresses:\t").append(notReady.isEmpty() ? "<none>" : String.join(",", notReady)).append('\n');
            List<Map<String, Object>> ports = maps(ss, "ports");
            if (!ports.isEmpty()) {
                w.append("  Ports:\n    Name\tPort\tProtocol\n    ----\t----\t--------\n");
                for (Map<String, Object> p : ports) {
                    w.append("    ").append(str(p, "name") == null ? "<unset>" : str(p, "name")).append('\t').append(num(p, "port"))
                            .append('\t').append(orEmpty(str(p, "protocol"))).append('\n');
                }
            }
            w.append('\n');
        }
    }

    private static void slice(StringBuilder w, Map<String, Object> o) {
        head(w, o);
        labelsAndAnnotations(w, o);
        w.append("AddressType:\t").append(orEmpty(str(o, "addressType"))).append('\n');
        List<Map<String, Object>> ports = maps(o, "ports");
        if (ports.isEmpty()) {
            w.append("Ports: <unset>\n");
        } else {
            w.append("Ports:\n  Name\tPort\tProtocol\n  ----\t----\t--------\n");
            for (Map<String, Object> p : ports) {
                w.append("  ").append(str(p, "name") == null ? "<unset>" : str(p, "name")).append('\t')
                        .append(p.get("port") == null ? "<unset>" : String.valueOf(num(p, "port"))).append('\t')
                        .append(orEmpty(str(p, "protocol"))).append('\n');
            }
        }
        List<Map<String, Object>> eps = maps(o, "endpoints");
        if (eps.isEmpty()) {
            w.append("Endpoints: <none>\n");
            return;
        }
        w.append("Endpoints:\n");
        for (Map<String, Object> e : eps) {
            String addrs = String.join(", ", Raw.strings(e, "addresses"));
            w.append("  - Addresses:\t").append(addrs.isEmpty() ? "<none>" : addrs).append('\n');
            w.append("    Conditions:\n");
            Object ready = get(e, "conditions", "ready");
            w.append("      Ready:\t").append(ready == null ? "<unset>" : String.valueOf(ready)).append('\n');
            w.append("    Hostname:\t").append(str(e, "hostname") == null ? "<unset>" : str(e, "hostname")).append('\n');
            if (get(e, "targetRef") != null) {
                w.append("    TargetRef:\t").append(str(e, "targetRef", "kind")).append('/').append(str(e, "targetRef", "name")).append('\n');
            }
            w.append("    NodeName:\t").append(str(e, "nodeName") == null ? "<unset>" : str(e, "nodeName")).append('\n');
            w.append("    Zone:\t").append(str(e, "zone") == null ? "<unset>" : str(e, "zone")).append('\n');
        }
    }

    // ------------------------------------------------------------------ Ingresses and ConfigMaps

    private void ingress(StringBuilder w, Map<String, Object> o) {
        String ns = Raw.namespace(o);
        w.append("Name:\t").append(Raw.name(o)).append('\n');
        DescribePrinter.labels(w, "Labels", Raw.labels(o));
        w.append("Namespace:\t").append(orEmpty(ns)).append('\n');
        w.append("Address:\t").append(String.join(",", RemoteRows.loadBalancer(o))).append('\n');
        w.append("Ingress Class:\t").append(str(o, "spec", "ingressClassName") == null ? "<none>" : str(o, "spec", "ingressClassName")).append('\n');
        Object def = get(o, "spec", "defaultBackend");
        w.append("Default backend:\t").append(def == null ? "<default>" : backend(def)).append('\n');
        List<Map<String, Object>> tls = maps(o, "spec", "tls");
        if (!tls.isEmpty()) {
            w.append("TLS:\n");
            for (Map<String, Object> t : tls) {
                String hosts = String.join(",", Raw.strings(t, "hosts"));
                w.append("  ").append(str(t, "secretName") == null ? "SNI routes " + hosts : str(t, "secretName") + " terminates " + hosts).append('\n');
            }
        }
        w.append("Rules:\n  Host\tPath\tBackends\n  ----\t----\t--------\n");
        int count = 0;
        for (Map<String, Object> rule : maps(o, "spec", "rules")) {
            if (get(rule, "http") == null) {
                continue;
            }
            count++;
            w.append("  ").append(str(rule, "host") == null ? "*" : str(rule, "host")).append("\t\n");
            for (Map<String, Object> path : maps(rule, "http", "paths")) {
                w.append("    \t").append(orEmpty(str(path, "path"))).append(" \t").append(backend(get(path, "backend"))).append('\n');
            }
        }
        if (count == 0) {
            w.append("  *\t*\t").append(def == null ? "<default>" : backend(def)).append('\n');
        }
        annotations(w, o);
    }

    /** describeBackendV1: service:port and the ready endpoints of that port, or the error kubectl met. */
    private String backend(Object b) {
        if (get(b, "service") == null) {
            Object res = get(b, "resource");
            return res == null ? "" : "APIGroup: " + orEmpty(str(res, "apiGroup")) + ", Kind: " + str(res, "kind") + ", Name: " + str(res, "name");
        }
        String name = str(b, "service", "name");
        long number = num(b, "service", "port", "number");
        String portName = str(b, "service", "port", "name");
        String sb = name + ":" + (number != 0 ? String.valueOf(number) : orEmpty(portName));
        Map<String, Object> svc = lookup.objects(Resources.SERVICES).stream().filter(s -> name.equals(Raw.name(s))).findFirst().orElse(null);
        if (svc == null) {
            return sb + " (<error: services \"" + name + "\" not found>)";
        }
        String spName = "";
        for (Map<String, Object> sp : maps(svc, "spec", "ports")) {
            if ((number != 0 && number == num(sp, "port")) || (portName != null && portName.equals(str(sp, "name")))) {
                spName = orEmpty(str(sp, "name"));
            }
        }
        return sb + " (" + sliceEndpoints(slicesOf(name), Set.of(spName)) + ")";
    }

    private static void configMap(StringBuilder w, Map<String, Object> o) {
        head(w, o);
        labelsAndAnnotations(w, o);
        w.append("\nData\n====\n");
        Raw.stringMap(o, "data").forEach((k, v) -> w.append(k).append(":\n----\n").append(v).append('\n'));
        w.append("\nBinaryData\n====\n");
        Raw.stringMap(o, "binaryData").forEach((k, v) ->
                w.append(k).append(": ").append(java.util.Base64.getMimeDecoder().decode(v).length).append(" bytes\n"));
        w.append('\n');
    }

    // ------------------------------------------------------------------ events

    /** DescribeEvents: the object's events, oldest last-seen first, a repeat as {@code 5s (x31 over 5m)}. */
    void events(StringBuilder w, String kind, Map<String, Object> o) {
        String uid = str(o, "metadata", "uid");
        List<Map<String, Object>> mine = lookup.events().stream()
                .filter(e -> kind.equals(str(e, "involvedObject", "kind")) && Raw.name(o).equals(str(e, "involvedObject", "name"))
                        && java.util.Objects.equals(Raw.namespace(o), str(e, "involvedObject", "namespace"))
                        && (uid == null || str(e, "involvedObject", "uid") == null || uid.equals(str(e, "involvedObject", "uid"))))
                .sorted(Comparator.comparingLong(e -> Raw.time(e, "lastTimestamp")))
                .toList();
        if (mine.isEmpty()) {
            w.append("Events:\t<none>\n");
            return;
        }
        w.append("Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n");
        for (Map<String, Object> e : mine) {
            long eventTime = Raw.time(e, "eventTime");
            String first = eventTime != Long.MIN_VALUE ? Raw.since(eventTime, now) : Raw.since(Raw.time(e, "firstTimestamp"), now);
            String interval;
            if (get(e, "series") != null) {
                interval = Raw.since(Raw.time(e, "series", "lastObservedTime"), now) + " (x" + num(e, "series", "count") + " over " + first + ")";
            } else if (num(e, "count") > 1) {
                interval = Raw.since(Raw.time(e, "lastTimestamp"), now) + " (x" + num(e, "count") + " over " + first + ")";
            } else {
                interval = first;
            }
            String from = str(e, "source", "component") != null ? str(e, "source", "component") : orEmpty(str(e, "reportingComponent"));
            w.append("  ").append(orEmpty(str(e, "type"))).append('\t').append(orEmpty(str(e, "reason"))).append('\t').append(interval)
                    .append('\t').append(from).append('\t').append(orEmpty(str(e, "message")).strip()).append('\n');
        }
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
