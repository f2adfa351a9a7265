package servicelab.kubectl;

import static servicelab.kubectl.Raw.get;
import static servicelab.kubectl.Raw.maps;
import static servicelab.kubectl.Raw.num;
import static servicelab.kubectl.Raw.str;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * kubectl get's rows of objects a real API server returned: the cells its printers compute
 * (printers.go: printPod, printService, printEndpoints, printEndpointSlice, printIngress,
 * printDeployment, printReplicaSet, printNode, ...; the Gateway API CRDs' printer columns),
 * the same columns {@link GetPrinter} lays out for the simulated cluster.
 */
final class RemoteRows {
    private final long now;

    RemoteRows(long nowMillis) {
        this.now = nowMillis;
    }

    Item item(Resources r, Map<String, Object> o) {
        String name = Raw.name(o);
        String age = Raw.since(Raw.time(o, "metadata", "creationTimestamp"), now);
        List<String> wide = List.of();
        List<String> cells = switch (r) {
            case PODS -> {
                wide = podWide(o);
                yield pod(o, name, age);
            }
            case SERVICES -> {
                wide = List.of(Raw.labelList(Raw.stringMap(o, "spec", "selector")));
                yield service(o, name, age);
            }
            case ENDPOINTS -> List.of(name, endpoints(o), age);
            case ENDPOINTSLICES -> slice(o, name, age);
            case INGRESSES -> ingress(o, name, age);
            case INGRESSCLASSES -> List.of(name, str(o, "spec", "controller") == null ? "<none>" : str(o, "spec", "controller"),
                    ingressClassParameters(o), age);
            case CONFIGMAPS -> List.of(name, String.valueOf(Raw.stringMap(o, "data").size() + Raw.stringMap(o, "binaryData").size()), age);
            case NETWORKPOLICIES -> List.of(name, Raw.selector(get(o, "spec", "podSelector")), age);
            case DEPLOYMENTS -> {
                wide = workloadWide(o, selectorOf(o));
                yield List.of(name, num(o, "status", "readyReplicas") + "/" + replicas(o), String.valueOf(num(o, "status", "updatedReplicas")),
                        String.valueOf(num(o, "status", "availableReplicas")), age);
            }
            case REPLICASETS, REPLICATIONCONTROLLERS -> {
                wide = workloadWide(o, r == Resources.REPLICASETS ? Raw.selector(get(o, "spec", "selector"))
                        : Raw.labelList(Raw.stringMap(o, "spec", "selector")));
                yield List.of(name, String.valueOf(replicas(o)), String.valueOf(num(o, "status", "replicas")),
                        String.valueOf(num(o, "status", "readyReplicas")), age);
            }
            case NODES -> {
                wide = nodeWide(o);
                yield List.of(name, nodeStatus(o), nodeRoles(o), age, orNone(str(o, "status", "nodeInfo", "kubeletVersion")));
            }
            case NAMESPACES -> List.of(name, String.valueOf(str(o, "status", "phase")), age);
            case GATEWAYCLASSES -> {
                wide = List.of(orEmpty(str(o, "spec", "description")));
                yield List.of(name, orEmpty(str(o, "spec", "controllerName")), conditionStatus(o, "Accepted"), age);
            }
            case GATEWAYS -> List.of(name, orEmpty(str(o, "spec", "gatewayClassName")),
                    String.join(",", maps(o, "status", "addresses").stream().map(a -> String.valueOf(a.get("value"))).toList()),
                    conditionStatus(o, "Programmed"), age);
            case HTTPROUTES, GRPCROUTES -> List.of(name, Raw.has(o, "spec", "hostnames")
                    ? servicelab.text.Json.write(Raw.strings(o, "spec", "hostnames")) : "", age);
            case REFERENCEGRANTS -> List.of(name, age);
        };
        return new Item(Raw.namespace(o), name, Raw.labels(o), Raw.time(o, "metadata", "creationTimestamp"), cells, wide,
                () -> Raw.shown(o));
    }

    // ------------------------------------------------------------------ pods (printPod)

    private List<String> pod(Map<String, Object> o, String name, String age) {
        int total = Raw.list(o, "spec", "containers").size();
        int ready = 0;
        long restarts = 0;
        long lastRestart = Long.MIN_VALUE;
        String reason = str(o, "status", "reason") != null ? str(o, "status", "reason") : String.valueOf(str(o, "status", "phase"));
        for (Map<String, Object> c : maps(o, "status", "conditions")) {
            if ("PodScheduled".equals(c.get("type")) && "SchedulingGated".equals(c.get("reason"))) {
                reason = "SchedulingGated";
            }
        }
        String init = initReason(o);
        boolean initializing = init != null;
        if (initializing) {
            reason = init;
            restarts = maps(o, "status", "initContainerStatuses").stream().mapToLong(c -> num(c, "restartCount")).sum();
        }
        if (!initializing || "True".equals(conditionStatus(o, "Initialized"))) { // sidecars keep running once initialized
            restarts = 0;
            boolean hasRunning = false;
            List<Map<String, Object>> statuses = maps(o, "status", "containerStatuses");
            for (int i = statuses.size() - 1; i >= 0; i--) {
                Map<String, Object> c = statuses.get(i);
                restarts += num(c, "restartCount");
                lastRestart = Math.max(lastRestart, Raw.time(c, "lastState", "terminated", "finishedAt"));
                Object term = get(c, "state", "terminated");
                if (str(c, "state", "waiting", "reason") != null) {
                    reason = str(c, "state", "waiting", "reason");
                } else if (term != null && str(term, "reason") != null) {
                    reason = str(term, "reason");
                } else if (term != null) {
                    reason = num(term, "signal") != 0 ? "Signal:" + num(term, "signal") : "ExitCode:" + num(term, "exitCode");
                } else if (Raw.isTrue(c, "ready") && Raw.has(c, "state", "running")) {
                    hasRunning = true;
                    ready++;
                }
            }
            if ("Completed".equals(reason) && hasRunning) {
                reason = "True".equals(conditionStatus(o, "Ready")) ? "Running" : "NotReady";
            }
        }
        String phase = str(o, "status", "phase");
        if (Raw.has(o, "metadata", "deletionTimestamp") && "NodeLost".equals(str(o, "status", "reason"))) {
            reason = "Unknown";
        } else if (Raw.has(o, "metadata", "deletionTimestamp") && !"Succeeded".equals(phase) && !"Failed".equals(phase)) {
            reason = "Terminating";
        }
        String restartCell = restarts != 0 && lastRestart != Long.MIN_VALUE
                ? restarts + " (" + HumanDuration.of(now - lastRestart) + " ago)" : String.valueOf(restarts);
        return List.of(name, ready + "/" + total, reason, restartCell, age);
    }

    /** The first init container that has not finished well, as printPod words it ("Init:0/2", "Init:CrashLoopBackOff"); null when none. */
    private static String initReason(Map<String, Object> o) {
        List<Map<String, Object>> inits = maps(o, "status", "initContainerStatuses");
        for (int i = 0; i < inits.size(); i++) {
            Map<String, Object> c = inits.get(i);
            Object term = get(c, "state", "terminated");
            if (term != null && num(term, "exitCode") == 0) {
                continue;
            }
            if (term != null) {
                return str(term, "reason") != null ? "Init:" + str(term, "reason")
                        : num(term, "signal") != 0 ? "Init:Signal:" + num(term, "signal") : "Init:ExitCode:" + num(term, "exitCode");
            }
            String waiting = str(c, "state", "waiting", "reason");
            if (waiting != null && !"PodInitializing".equals(waiting)) {
                return "Init:" + waiting;
            }
            return "Init:" + i + "/" + Raw.list(o, "spec", "initContainers").size();
        }
        return null;
    }

    private static List<String> podWide(Map<String, Object> o) {
        List<Map<String, Object>> ips = maps(o, "status", "podIPs");
        String ip = ips.isEmpty() ? null : str(ips.get(0), "ip");
        String gates = "<none>";
        List<Map<String, Object>> rg = maps(o, "spec", "readinessGates");
        if (!rg.isEmpty()) {
            long ok = rg.stream().filter(g -> "True".equals(conditionStatus(o, String.valueOf(g.get("conditionType"))))).count();
            gates = ok + "/" + rg.size();
        }
        return List.of(orNone(ip), orNone(str(o, "spec", "nodeName")), orNone(str(o, "status", "nominatedNodeName")), gates);
    }

    // ------------------------------------------------------------------ services and their endpoints

    private static List<String> service(Map<String, Object> o, String name, String age) {
        List<String> ips = Raw.strings(o, "spec", "clusterIPs");
        return List.of(name, Raw.strOr("ClusterIP", o, "spec", "type"), ips.isEmpty() ? "<none>" : ips.get(0), externalIP(o),
                servicePorts(o), age);
    }

    /** getServiceExternalIP (wide: the API server sends the whole load balancer list). */
    private static String externalIP(Map<String, Object> o) {
        List<String> external = Raw.strings(o, "spec", "externalIPs");
        switch (Raw.strOr("ClusterIP", o, "spec", "type")) {
            case "ClusterIP", "NodePort" -> {
                return external.isEmpty() ? "<none>" : String.join(",", external);
            }
            case "LoadBalancer" -> {
                List<String> all = new ArrayList<>(loadBalancer(o));
                all.addAll(external);
                return all.isEmpty() ? "<pending>" : String.join(",", all);
            }
            case "ExternalName" -> {
                return orEmpty(str(o, "spec", "externalName"));
            }
            default -> {
                return "<unknown>";
            }
        }
    }

    /** status.loadBalancer.ingress, ip or hostname, sorted and without repeats (loadBalancerStatusStringer). */
    static List<String> loadBalancer(Map<String, Object> o) {
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> i : maps(o, "status", "loadBalancer", "ingress")) {
            String v = str(i, "ip") != null ? str(i, "ip") : str(i, "hostname");
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    static String servicePorts(Map<String, Object> o) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> p : maps(o, "spec", "ports")) {
            String proto = Raw.strOr("TCP", p, "protocol");
            out.add(num(p, "nodePort") != 0 ? num(p, "port") + ":" + num(p, "nodePort") + "/" + proto : num(p, "port") + "/" + proto);
        }
        return out.isEmpty() ? "<none>" : String.join(",", out);
    }

    /** formatEndpoints: ready addresses port by port, three at most and how many more. */
    static String endpoints(Map<String, Object> o) {
        List<Map<String, Object>> subsets = maps(o, "subsets");
        if (subsets.isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        int count = 0;
        boolean more = false;
        for (Map<String, Object> ss : subsets) {
            List<Map<String, Object>> addrs = maps(ss, "addresses");
            List<Map<String, Object>> ports = maps(ss, "ports");
            if (ports.isEmpty()) {
                count += addrs.size();
                for (Map<String, Object> a : addrs) {
                    if (list.size() == 3) {
                        more = true;
                        break;
                    }
                    list.add(str(a, "ip"));
                }
                continue;
            }
            for (Map<String, Object> port : ports) {
                count += addrs.size();
                for (Map<String, Object> a : addrs) {
                    if (list.size() == 3) {
                        more = true;
                        break;
                    }
                    String ip = str(a, "ip");
                    list.add((ip.contains(":") ? "[" + ip + "]" : ip) + ":" + num(port, "port"));
                }
            }
        }
        return String.join(",", list) + (more ? " + " + (count - 3) + " more..." : "");
    }

    private static List<String> slice(Map<String, Object> o, String name, String age) {
        List<String> ports = new ArrayList<>();
        for (Map<String, Object> p : maps(o, "ports")) {
            ports.add(p.get("port") != null ? String.valueOf(num(p, "port")) : p.get("name") != null ? String.valueOf(p.get("name")) : "*");
        }
        List<String> addrs = new ArrayList<>();
        for (Map<String, Object> e : maps(o, "endpoints")) {
            addrs.addAll(Raw.strings(e, "addresses"));
        }
        return List.of(name, orEmpty(str(o, "addressType")), ObjectRows.firstThree(ports, "<unset>"), ObjectRows.firstThree(addrs, "<unset>"), age);
    }

    private static List<String> ingress(Map<String, Object> o, String name, String age) {
        List<Map<String, Object>> rules = maps(o, "spec", "rules");
        List<String> hosts = new ArrayList<>();
        for (Map<String, Object> r : rules.subList(0, Math.min(3, rules.size()))) {
            if (str(r, "host") != null) {
                hosts.add(str(r, "host"));
            }
        }
        String hostCell = hosts.isEmpty() ? "*" : String.join(",", hosts) + (rules.size() > 3 ? " + " + (rules.size() - 3) + " more..." : "");
        return List.of(name, orNone(str(o, "spec", "ingressClassName")), hostCell, String.join(",", loadBalancer(o)),
                Raw.list(o, "spec", "tls").isEmpty() ? "80" : "80, 443", age);
    }

    private static String ingressClassParameters(Map<String, Object> o) {
        Object p = get(o, "spec", "parameters");
        if (p == null) {
            return "<none>";
        }
        return str(p, "kind") + (str(p, "apiGroup") != null ? "." + str(p, "apiGroup") : "") + "/" + str(p, "name");
    }

    // ------------------------------------------------------------------ workloads and nodes

    private static long replicas(Map<String, Object> o) {
        return Raw.has(o, "spec", "replicas") ? num(o, "spec", "replicas") : 1;
    }

    private static String selectorOf(Map<String, Object> o) {
        String s = Raw.selector(get(o, "spec", "selector"));
        return "<none>".equals(s) ? "" : s;
    }

    private static List<String> workloadWide(Map<String, Object> o, String selector) {
        List<Map<String, Object>> cs = maps(o, "spec", "template", "spec", "containers");
        return List.of(String.join(",", cs.stream().map(c -> orEmpty(str(c, "name"))).toList()),
                String.join(",", cs.stream().map(c -> orEmpty(str(c, "image"))).toList()), selector);
    }

    /** printNode's STATUS: the Ready condition's word, then SchedulingDisabled when cordoned. */
    private static String nodeStatus(Map<String, Object> o) {
        String ready = conditionStatus(o, "Ready");
        List<String> s = new ArrayList<>();
        s.add("True".equals(ready) ? "Ready" : "False".equals(ready) ? "NotReady" : "Unknown");
        if (Raw.isTrue(o, "spec", "unschedulable")) {
            s.add("SchedulingDisabled");
        }
        return String.join(",", s);
    }

    /** findNodeRoles: node-role.kubernetes.io/ROLE labels and kubernetes.io/role, sorted. */
    private static String nodeRoles(Map<String, Object> o) {
        TreeSet<String> roles = new TreeSet<>();
        Raw.labels(o).forEach((k, v) -> {
            if (k.startsWith("node-role.kubernetes.io/") && k.length() > "node-role.kubernetes.io/".length()) {
                roles.add(k.substring("node-role.kubernetes.io/".length()));
            } else if (k.equals("kubernetes.io/role") && !v.isEmpty()) {
                roles.add(v);
            }
        });
        return roles.isEmpty() ? "<none>" : String.join(",", roles);
    }

    private static List<String> nodeWide(Map<String, Object> o) {
        String internal = null;
        String external = null;
        for (Map<String, Object> a : maps(o, "status", "addresses")) {
            if ("InternalIP".equals(a.get("type")) && internal == null) {
                internal = str(a, "address");
            } else if ("ExternalIP".equals(a.get("type")) && external == null) {
                external = str(a, "address");
            }
        }
        Object info = get(o, "status", "nodeInfo");
        return List.of(orNone(internal), orNone(external), orUnknown(str(info, "osImage")), orUnknown(str(info, "kernelVersion")),
                orUnknown(str(info, "containerRuntimeVersion")));
    }

    static String conditionStatus(Map<String, Object> o, String type) {
        Map<String, Object> c = Raw.condition(o, type);
        return c == null ? "" : orEmpty(str(c, "status"));
    }

    private static String orNone(String s) {
        return s == null ? "<none>" : s;
    }

    private static String orUnknown(String s) {
        return s == null ? "<unknown>" : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
