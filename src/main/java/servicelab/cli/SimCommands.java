package servicelab.cli;

import servicelab.sim.PodRuntime;
import servicelab.text.Messages;
import servicelab.text.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import servicelab.sim.ClusterDns;
import servicelab.sim.DnsAnswer;
import servicelab.sim.DnsRecord;
import servicelab.sim.Endpoint;
import servicelab.sim.Hop;
import servicelab.sim.IngressRouting;
import servicelab.sim.NodeInfo;
import servicelab.sim.Router;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;
import servicelab.sim.Trace;
import servicelab.sim.TraceText;

/** {@code simulate}, {@code resolve}, {@code env} and {@code route} (CLI.md), over one settled simulation. */
final class SimCommands {
    private final Messages msg;
    private final PrintStream out;
    private final PrintStream err;
    private final TraceText text = TraceText.korean();

    SimCommands(Messages msg, PrintStream out, PrintStream err) {
        this.msg = msg;
        this.out = out;
        this.err = err;
    }

    int run(String command, List<String> args) {
        try {
            return switch (command) {
                case "simulate" -> simulate(args);
                case "resolve" -> resolve(args);
                case "env" -> env(args);
                default -> route(args);
            };
        } catch (ClusterArgs.Failure f) {
            if (f.getMessage() != null) {
                err.println(f.getMessage());
            }
            if (f.code == 2) {
                err.println(msg.get("usage." + command));
            }
            return f.code;
        }
    }

    // ------------------------------------------------------------------ simulate

    private int simulate(List<String> args) throws ClusterArgs.Failure {
        ClusterArgs a = ClusterArgs.parse(args, Set.of("--requests", "--interval", "--from", "--to", "--host", "--path", "--method",
                "--header", "--query"), Set.of(), msg);
        int requests = intOption(a, "--requests", 1);
        long interval = a.option("--interval") == null ? 1000 : ClusterArgs.duration("--interval", a.option("--interval"), msg);
        String to = a.option("--to");
        if (to == null) {
            throw new ClusterArgs.Failure(2, msg.get("missingOption", "--to"));
        }
        Simulation sim = a.build(msg, out);
        Router router = sim.router();
        Router.Client client = router.client(a.option("--from"));
        if (client == null) {
            throw new ClusterArgs.Failure(1, msg.get("noClient", a.option("--from")));
        }
        String[] target = to.startsWith("gateway/") ? gatewayTarget(sim, to, a) : target(sim, to);
        // the method, headers and query parameters an HTTPRoute may match on
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        GatewayRouteCommand.pairs(a, headers, query, msg);
        if (!query.isEmpty()) {
            target[0] += (target[0].contains("?") ? "&" : "?") + String.join("&", query);
        }
        Router.Http http = new Router.Http(a.option("--method") == null ? "GET" : a.option("--method"), headers);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Map<String, Integer> byPod = new TreeMap<>();
        List<Trace> first = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            if (i > 0) {
                sim.advance(interval);
            }
            Trace t = router.send(client, target[0], target[1], http);
            outcomes.merge(t.outcome().name(), 1, Integer::sum);
            if (t.pod() != null && t.outcome() == servicelab.sim.Outcome.DELIVERED) {
                byPod.merge(t.pod(), 1, Integer::sum);
            }
            if (first.size() < 3) {
                first.add(t);
            }
        }
        if (a.json) {
            out.println(Json.write(simulationJson(sim, a.seed, requests, outcomes, byPod, first)));
            return 0;
        }
        waiting = sim;
        printSimulation(requests, a.seed, target[0], outcomes, byPod, first);
        return 0;
    }

    /** The simulation whose pods the text output counts (set just before printing). */
    private Simulation waiting;

    private Map<String, Object> simulationJson(Simulation sim, long seed, int requests, Map<String, Integer> outcomes,
                                               Map<String, Integer> byPod, List<Trace> first) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("seed", seed);
        j.put("requests", requests);
        j.put("outcomes", outcomes);
        j.put("byPod", byPod);
        j.put("pods", podsJson(sim));
        j.put("services", servicesJson(sim));
        List<Object> traces = new ArrayList<>();
        for (Trace t : first) {
            traces.add(traceJson(t));
        }
        j.put("traces", traces);
        return j;
    }

    private void printSimulation(int requests, long seed, String url, Map<String, Integer> outcomes,
                                 Map<String, Integer> byPod, List<Trace> first) {
        out.println(msg.get("sim.header", requests, seed, url));
        if (waiting != null) {
            long pending = waiting.userPods().stream().filter(p -> p.status().equals("Pending")).count();
            long creating = waiting.userPods().stream().filter(p -> p.status().equals("ContainerCreating")).count();
            if (pending + creating > 0) {
                out.println(msg.get("sim.waiting", pending, creating, waiting.world().nodes().get(0).maxPods()));
            }
        }
        StringBuilder o = new StringBuilder();
        outcomes.forEach((k, v) -> o.append(o.length() == 0 ? "" : " · ").append(k).append(' ').append(v));
        out.println(msg.get("sim.outcomes", o));
        if (!byPod.isEmpty()) {
            out.println(msg.get("sim.byPod"));
            int max = byPod.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            byPod.forEach((pod, n) -> out.println(String.format("  %-28s %5d  %s", pod, n, "█".repeat(Math.max(1, n * 30 / max)))));
        }
        if (!first.isEmpty()) {
            out.println(msg.get("sim.firstTrace", first.get(0).outcome()));
            int i = 1;
            for (Hop h : first.get(0).hops()) {
                out.println(String.format("  %d. [%s%s] %s → %s", i++, h.by(), h.at().isEmpty() ? "" : " @" + h.at(),
                        h.srcBefore(), h.dstBefore()) + (h.dstAfter().equals(h.dstBefore()) && h.srcAfter().equals(h.srcBefore())
                        ? "" : "  ⇒  " + h.srcAfter() + " → " + h.dstAfter()));
                out.println("     " + text.hop(h));
            }
        }
    }

    /** A TARGET of CLI.md as {url, address to connect to (or null: resolve the URL's host)}. */
    /** {@code gateway/NS/NAME} with --host and --path: the Gateway's address, the Host header and the path. */
    private String[] gatewayTarget(Simulation sim, String to, ClusterArgs a) throws ClusterArgs.Failure {
        String ref = to.substring("gateway/".length());
        for (servicelab.model.Gateway g : sim.gatewayApi.gateways()) {
            if (ref.equals(g.namespaceOrDefault() + "/" + g.name()) || ref.equals(g.name())) {
                String address = sim.gatewayApi.address(g);
                if (address == null) {
                    throw new ClusterArgs.Failure(1, msg.get("route.noAddress", ref));
                }
                String host = a.option("--host") == null ? address : a.option("--host");
                String path = a.option("--path") == null ? "/" : a.option("--path");
                return new String[] {"http://" + host + (path.startsWith("/") ? path : "/" + path), address};
            }
        }
        throw new ClusterArgs.Failure(1, msg.get("route.noGateway", ref));
    }

    private String[] target(Simulation sim, String to) throws ClusterArgs.Failure {
        try {
            servicelab.sim.Targets.Target t = servicelab.sim.Targets.resolve(sim, to);
            return new String[] {t.url(), t.connectTo()};
        } catch (servicelab.sim.Targets.Unresolvable e) {
            throw new ClusterArgs.Failure(e.usage ? 2 : 1, msg.get(e.key, e.arg));
        }
    }

    private int intOption(ClusterArgs a, String name, int dflt) throws ClusterArgs.Failure {
        String v = a.option(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > 10_000_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ClusterArgs.Failure(2, msg.get("badNumber", name, v));
        }
    }

    private static List<Object> podsJson(Simulation sim) {
        List<Object> out = new ArrayList<>();
        for (SimPod p : sim.userPods()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("namespace", p.namespace());
            m.put("node", p.node());
            m.put("ip", p.ip());
            m.put("labels", new TreeMap<>(p.labels()));
            m.put("ready", p.ready());
            m.put("restarts", p.restartCount());
            m.put("status", p.status()); // Running, Pending (no node has room), ContainerCreating (no pod IP left), …
            out.add(m);
        }
        return out;
    }

    private static List<Object> servicesJson(Simulation sim) {
        List<Object> out = new ArrayList<>();
        for (SimService s : sim.services()) {
            if (s.name().equals("kubernetes") && s.namespace().equals("default")) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("namespace", s.namespace());
            m.put("type", s.type());
            m.put("clusterIP", s.clusterIP());
            List<Object> ports = new ArrayList<>();
            for (SimService.Port p : s.ports()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                if (p.name() != null) {
                    pm.put("name", p.name());
                }
                pm.put("port", p.port());
                pm.put("targetPort", p.targetPort().isInt() ? (Object) p.targetPort().intValue() : p.targetPort().strValue());
                if (p.nodePort() != null) {
                    pm.put("nodePort", p.nodePort());
                }
                pm.put("protocol", p.protocol());
                ports.add(pm);
            }
            m.put("ports", ports);
            List<String> ready = new ArrayList<>();
            List<String> notReady = new ArrayList<>();
            for (Endpoint e : sim.endpoints(s.namespace(), s.name())) {
                for (Integer port : new java.util.TreeSet<>(e.ports().values())) {
                    (e.ready() ? ready : notReady).add(e.ip() + ":" + port);
                }
            }
            m.put("endpoints", ready);
            m.put("notReadyEndpoints", notReady);
            m.put("loadBalancerIP", s.loadBalancerIP());
            if (s.externalName() != null) {
                m.put("externalName", s.externalName());
            }
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> traceJson(Trace t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", t.outcome().name());
        m.put("pod", t.pod());
        m.put("node", t.node());
        m.put("sourceIPSeenByPod", t.sourceIPSeenByPod());
        if (t.httpStatus() != 0) {
            m.put("httpStatus", t.httpStatus());
        }
        List<Object> hops = new ArrayList<>();
        for (Hop h : t.hops()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("from", h.srcBefore());
            hm.put("to", h.dstBefore());
            hm.put("by", h.by());
            if (h.by().equals("networkpolicy")) {
                hm.put("direction", h.args().get(0));
                hm.put("policies", List.of(String.valueOf(h.args().get(1)).split(", ")));
            }
            hm.put("at", h.at());
            hm.put("fromAfter", h.srcAfter());
            hm.put("toAfter", h.dstAfter());
            hm.put("key", h.key());
            hm.put("explanation", text.hop(h));
            hops.add(hm);
        }
        m.put("hops", hops);
        return m;
    }

    // ------------------------------------------------------------------ resolve, env, route

    private int resolve(List<String> args) throws ClusterArgs.Failure {
        ClusterArgs a = ClusterArgs.parse(args, Set.of("--from", "--namespace", "--type"), Set.of(), msg);
        if (a.files.size() < 2) {
            throw new ClusterArgs.Failure(2, msg.get("resolve.needName"));
        }
        String name = a.files.remove(0);
        String type = a.option("--type") == null ? "A" : a.option("--type").toUpperCase();
        if (!ClusterDns.TYPES.contains(type)) {
            throw new ClusterArgs.Failure(2, msg.get("badType", type));
        }
        Simulation sim = a.build(msg, out);
        String ns = a.option("--namespace") == null ? "default" : a.option("--namespace");
        if (a.option("--from") != null) {
            String from = a.option("--from");
            PodRuntime p = sim.findPod(from.startsWith("pod/") ? from.substring(4) : from);
            if (p == null) {
                throw new ClusterArgs.Failure(1, msg.get("noPod", from));
            }
            ns = p.namespace();
        }
        DnsAnswer ans = ClusterDns.resolve(sim.dnsView(), ns, name, type);
        if (a.json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("query", ans.query());
            j.put("type", ans.type());
            List<Object> answers = new ArrayList<>();
            for (DnsRecord r : ans.answers()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("name", r.name());
                rm.put("type", r.type());
                rm.put("value", r.value());
                answers.add(rm);
            }
            j.put("answers", answers);
            j.put("rcode", ans.rcode());
            out.println(Json.write(j));
        } else {
            out.println(msg.get("resolve.header", ans.query(), ans.type(), ns, ans.rcode()));
            for (DnsRecord r : ans.answers()) {
                out.println(String.format("  %-50s %-6s %s", r.name(), r.type(), r.value()));
            }
            if (ans.answers().isEmpty()) {
                out.println("  " + msg.get(ans.nxdomain() ? "resolve.nxdomain" : "resolve.nodata"));
            }
        }
        return 0;
    }

    private int env(List<String> args) throws ClusterArgs.Failure {
        ClusterArgs a = ClusterArgs.parse(args, Set.of(), Set.of(), msg);
        if (a.files.size() < 2) {
            throw new ClusterArgs.Failure(2, msg.get("env.needPod"));
        }
        String podArg = a.files.remove(0);
        Simulation sim = a.build(msg, out);
        PodRuntime p = sim.findPod(podArg.startsWith("pod/") ? podArg.substring(4) : podArg);
        if (p == null) {
            throw new ClusterArgs.Failure(1, msg.get("noPod", podArg));
        }
        SimPod view = sim.pods().stream().filter(x -> x.name().equals(p.name()) && x.namespace().equals(p.namespace()))
                .findFirst().orElseThrow();
        Map<String, String> env = new TreeMap<>(view.env());
        if (a.json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("pod", view.name());
            j.put("namespace", view.namespace());
            j.put("env", env);
            out.println(Json.write(j));
        } else {
            env.forEach((k, v) -> out.println(k + "=" + v));
        }
        return 0;
    }

    private int route(List<String> args) throws ClusterArgs.Failure {
        ClusterArgs a = ClusterArgs.parse(args, Set.of("--host", "--path", "--gateway", "--listener", "--method", "--header", "--query"),
                Set.of(), msg);
        String host = a.option("--host");
        String path = a.option("--path") == null ? "/" : a.option("--path");
        if (host == null) {
            throw new ClusterArgs.Failure(2, msg.get("missingOption", "--host"));
        }
        Simulation sim = a.build(msg, out);
        if (!sim.gatewayApi.gateways().isEmpty()) {
            return GatewayRouteCommand.run(a, sim, host, path, msg, out);
        }
        IngressRouting.Route r = IngressRouting.routeServed(sim.servedIngresses(), host, path);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("host", host);
        j.put("path", path);
        if (r.isNotFound()) {
            j.put("result", "HTTP_404");
        } else {
            j.put("ingress", r.ingress());
            j.put("namespace", r.namespace());
            j.put("rule", r.rule());
            j.put("pathIndex", r.pathIndex());
            j.put("matchedPath", r.matchedPath());
            j.put("pathType", r.pathType());
            if (r.isServerError()) {
                j.put("result", "HTTP_500"); // the regex path ran past the match limit
            } else if (r.isDefaultBackend()) {
                j.put("backend", "default");
                if (r.backend() != null) {
                    j.put("defaultBackend", backendJson(r));
                }
            } else {
                j.put("backend", backendJson(r));
            }
        }
        if (r.regexHost()) {
            j.put("regexHost", true); // ingress-nginx made every path of the host a case-insensitive regex
        }
        if (a.json) {
            out.println(Json.write(j));
            return 0;
        }
        if (r.regexHost()) {
            out.println(msg.get("route.regexHost"));
        }
        if (r.isNotFound()) {
            out.println(msg.get("route.404", host, path));
        } else if (r.isServerError()) {
            out.println(msg.get("route.500", host, path, r.namespace() + "/" + r.ingress(), r.matchedPath()));
        } else {
            out.println(msg.get(r.isDefaultBackend() ? "route.default" : "route.match", host, path, r.namespace() + "/" + r.ingress(),
                    r.matchedPath() == null ? "-" : r.matchedPath(), r.pathType() == null ? "-" : r.pathType(),
                    r.backend() == null ? "-" : r.backend().name() + ":" + (r.backend().portNumber() != null
                            ? r.backend().portNumber() : r.backend().portName())));
        }
        return 0;
    }

    private static Map<String, Object> backendJson(IngressRouting.Route r) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("service", r.backend().name());
        b.put("port", r.backend().portNumber() != null ? (Object) r.backend().portNumber() : r.backend().portName());
        return b;
    }
}
