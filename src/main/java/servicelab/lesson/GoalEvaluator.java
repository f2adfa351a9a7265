package servicelab.lesson;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.sim.PodRuntime;
import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.check.ManifestChecker;
import servicelab.manifest.FieldPath;
import servicelab.manifest.YNode;
import servicelab.manifest.YamlDocument;
import servicelab.model.Labels;
import servicelab.sim.ClusterDns;
import servicelab.sim.DnsAnswer;
import servicelab.sim.Endpoint;
import servicelab.sim.IngressRouting;
import servicelab.sim.Router;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;
import servicelab.sim.Targets;
import servicelab.sim.Trace;
import servicelab.sim.World;

/**
 * Evaluates exercise checks (lessons/EXERCISES.md) against one check of the editor's text (the
 * report the checker already made: no second check): the manifest as the API server stores it,
 * and a freshly built, settled simulated cluster. Bursts are re-run under four seeds so luck
 * cannot pass a goal. A check that cannot be evaluated does not hold.
 */
public final class GoalEvaluator {
    public static final long[] SEEDS = {42, 7, 99, 2024};

    private final CheckReport report;
    private final Map<Long, Simulation> sims;
    private final Map<String, Boolean> answered;
    /** The seed the single-run checks (requests, endpoints, DNS…) use; bursts always run under all of {@link #SEEDS}. */
    private final long seed;

    /** For a text not yet checked (the lesson library's own checks, headless). */
    public GoalEvaluator(String text) {
        this(text, Map.of());
    }

    public GoalEvaluator(String text, Map<String, Boolean> answered) {
        this(new ManifestChecker().check(text == null ? "" : text), answered);
    }

    /** With the learner's answers to the exercise's questions: question id → answered right. */
    public GoalEvaluator(CheckReport report, Map<String, Boolean> answered) {
        this(report, answered, new HashMap<>(), 42);
    }

    private GoalEvaluator(CheckReport report, Map<String, Boolean> answered, Map<Long, Simulation> sims, long seed) {
        this.report = report;
        this.answered = Map.copyOf(answered);
        this.sims = sims;
        this.seed = seed;
    }

    /** The same text and answers with the cluster built under another seed (the clusters already built are shared). */
    public GoalEvaluator under(long otherSeed) {
        return new GoalEvaluator(report, answered, sims, otherSeed);
    }

    public CheckReport report() {
        return report;
    }

    private Simulation sim(long seed) {
        return sims.computeIfAbsent(seed, s -> {
            Simulation sim = new Simulation(World.defaults(), s);
            try {
                sim.apply(report.objects());
            } catch (Simulation.TooBig e) {
                return sim; // an empty cluster: no goal about its pods holds
            }
            sim.settle();
            return sim;
        });
    }

    /** Whether the check holds for this text. */
    public boolean holds(Map<String, Object> check) {
        try {
            return eval(check);
        } catch (RuntimeException | Targets.Unresolvable e) {
            return false;
        }
    }

    private boolean eval(Map<String, Object> c) throws Targets.Unresolvable {
        if (c.containsKey("valid")) {
            return report.valid() == truthy(c.get("valid"));
        }
        if (c.containsKey("answer")) {
            return answered.getOrDefault(String.valueOf(c.get("answer")), false);
        }
        if (!report.valid()) {
            return false; // the cluster only exists for a valid manifest
        }
        if (c.containsKey("endpoints")) {
            return endpoints(c);
        }
        if (c.containsKey("pods")) {
            return pods(c);
        }
        if (c.containsKey("request")) {
            return request(c);
        }
        if (c.containsKey("burst")) {
            return burst(c);
        }
        if (c.containsKey("dns")) {
            return dns(c);
        }
        if (c.containsKey("env")) {
            return env(c);
        }
        if (c.containsKey("route")) {
            return route(c);
        }
        if (c.containsKey("object")) {
            return object(c);
        }
        // last: other checks use "service" as a value (route → service)
        return c.containsKey("service") && service(c);
    }

    private boolean endpoints(Map<String, Object> c) {
        String[] k = key(String.valueOf(c.get("endpoints")));
        List<Endpoint> eps = sim(seed).endpoints(k[0], k[1]);
        long ready = eps.stream().filter(Endpoint::ready).count();
        return (!c.containsKey("ready") || ready == num(c.get("ready")))
                && (!c.containsKey("readyAtLeast") || ready >= num(c.get("readyAtLeast")))
                && (!c.containsKey("notReady") || eps.size() - ready == num(c.get("notReady")));
    }

    private boolean pods(Map<String, Object> c) {
        Map<String, String> labels = strings(c.get("pods"));
        List<SimPod> pods = sim(seed).userPods().stream()
                .filter(p -> !p.terminating() && Labels.matches(labels, p.labels())).toList();
        return (!c.containsKey("count") || pods.size() == num(c.get("count")))
                && (!c.containsKey("ready") || pods.stream().filter(SimPod::ready).count() == num(c.get("ready")));
    }

    private boolean request(Map<String, Object> c) throws Targets.Unresolvable {
        Map<String, String> r = strings(c.get("request"));
        Trace t = send(sim(seed), r.get("from"), r.get("to"));
        if (t == null) {
            return false;
        }
        boolean ok = !c.containsKey("outcome") || t.outcome().name().equals(String.valueOf(c.get("outcome")));
        if (c.containsKey("sourceIP")) {
            ok &= String.valueOf(c.get("sourceIP")).equals(t.sourceIPSeenByPod());
        }
        if (c.containsKey("podLabel")) {
            SimPod p = t.pod() == null ? null : sim(seed).userPods().stream()
                    .filter(x -> x.name().equals(t.pod())).findFirst().orElse(null);
            ok &= p != null && Labels.matches(strings(c.get("podLabel")), p.labels());
        }
        return ok;
    }

    /**
     * {burst: {from, to, count}} under each seed: samePod, distinctPods, or share (the fraction of
     * delivered requests whose pod has podLabel, within [min, max] — a canary's split). The count is
     * "count": an unquoted "n" is YAML 1.1's false, as the manifest parser rightly reads it.
     */
    private boolean burst(Map<String, Object> c) throws Targets.Unresolvable {
        Map<String, String> b = strings(c.get("burst"));
        int n = b.containsKey("count") ? Integer.parseInt(b.get("count")) : b.containsKey("n") ? Integer.parseInt(b.get("n")) : 60;
        Map<String, Object> share = c.get("share") instanceof Map<?, ?> m ? data(m) : null;
        for (long seed : SEEDS) {
            Simulation sim = sim(seed);
            Set<String> pods = new HashSet<>();
            int delivered = 0;
            int marked = 0;
            for (int i = 0; i < n; i++) {
                Trace t = send(sim, b.get("from"), b.get("to"));
                if (t != null && t.pod() != null && t.outcome().name().equals("DELIVERED")) {
                    pods.add(t.pod());
                    delivered++;
                    if (share != null && podHas(sim, t.pod(), strings(share.get("podLabel")))) {
                        marked++;
                    }
                }
                sim.advance(1000);
            }
            if (c.containsKey("distinctPods") && pods.size() < num(c.get("distinctPods"))) {
                return false;
            }
            if (truthy(c.get("samePod")) && pods.size() != 1) {
                return false;
            }
            if (share != null && (delivered == 0 || marked < frac(share.get("min")) * delivered || marked > frac(share.get("max")) * delivered)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static boolean podHas(Simulation sim, String pod, Map<String, String> labels) {
        return sim.userPods().stream().anyMatch(p -> p.name().equals(pod) && Labels.matches(labels, p.labels()));
    }

    /** A share written as 0.1 (or 1, or "0.1"). */
    private static double frac(Object o) {
        return o instanceof Number x ? x.doubleValue() : Double.parseDouble(String.valueOf(o));
    }

    private boolean dns(Map<String, Object> c) {
        Map<String, String> d = strings(c.get("dns"));
        String type = c.containsKey("type") ? String.valueOf(c.get("type")) : d.getOrDefault("type", "A");
        String ns = d.getOrDefault("namespace", "default");
        if (d.containsKey("from")) {
            PodRuntime p = sim(seed).findPod(d.get("from").replaceFirst("^pod/", ""));
            if (p == null) {
                return false;
            }
            ns = p.namespace();
            if (sim(seed).policies.lookupFrom(ns, p.name()) != null) {
                return false; // an egress policy drops the lookup: no answer at all, so no rcode either
            }
        }
        DnsAnswer a = ClusterDns.resolve(sim(seed).dnsView(), ns, d.get("name"), type);
        boolean ok = !c.containsKey("rcode") || a.rcode().equals(String.valueOf(c.get("rcode")));
        if (c.containsKey("answers")) {
            ok &= a.answers().stream().filter(r -> r.type().equals(type)).count() == num(c.get("answers"));
        }
        if (c.containsKey("value")) {
            ok &= a.answers().stream().anyMatch(r -> r.value().equals(String.valueOf(c.get("value"))));
        }
        return ok;
    }

    private boolean env(Map<String, Object> c) {
        String name = String.valueOf(c.get("env")).replaceFirst("^pod/", "");
        SimPod p = sim(seed).userPods().stream().filter(x -> x.name().equals(name) || x.key().equals(name)).findFirst().orElse(null);
        if (p == null) {
            return false;
        }
        return (!c.containsKey("has") || p.env().containsKey(String.valueOf(c.get("has"))))
                && (!c.containsKey("lacks") || !p.env().containsKey(String.valueOf(c.get("lacks"))));
    }

    private boolean route(Map<String, Object> c) {
        Map<String, String> r = strings(c.get("route"));
        IngressRouting.Route route = IngressRouting.routeServed(sim(seed).servedIngresses(), r.get("host"), r.getOrDefault("path", "/"));
        if (c.containsKey("result")) {
            return route.result().name().equals(String.valueOf(c.get("result")));
        }
        return !route.isNotFound() && route.backend() != null && route.backend().name().equals(String.valueOf(c.get("service")));
    }

    private boolean service(Map<String, Object> c) {
        String[] k = key(String.valueOf(c.get("service")));
        SimService s = sim(seed).service(k[0], k[1]);
        if (c.containsKey("exists") && truthy(c.get("exists")) != (s != null)) {
            return false;
        }
        if (s == null) {
            return c.containsKey("exists") && !truthy(c.get("exists"));
        }
        SimService.Port first = s.ports().isEmpty() ? null : s.ports().get(0);
        for (var e : c.entrySet()) {
            String v = String.valueOf(e.getValue());
            boolean ok = switch (e.getKey()) {
                case "service", "exists" -> true;
                case "type" -> s.type().equals(v);
                case "headless" -> s.headless() == truthy(e.getValue());
                case "port" -> first != null && String.valueOf(first.port()).equals(v);
                case "targetPort" -> first != null && first.targetPort().toString().equals(v);
                case "nodePort" -> first != null && v.equals(String.valueOf(first.nodePort()));
                case "sessionAffinity" -> v.equals(s.sessionAffinity());
                case "timeoutSeconds" -> v.equals(String.valueOf(s.affinityTimeoutSeconds()));
                case "externalName" -> v.equals(s.externalName());
                case "externalTrafficPolicy" -> v.equals(s.externalTrafficPolicy());
                case "selector" -> strings(e.getValue()).equals(s.selector() == null ? Map.of() : s.selector());
                case "publishNotReadyAddresses" -> s.publishNotReadyAddresses() == truthy(e.getValue());
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private boolean object(Map<String, Object> c) {
        Map<String, String> o = strings(c.get("object"));
        for (DocumentReport d : report.documents()) {
            if (!o.get("kind").equals(d.kind()) || !o.get("name").equals(d.name())) {
                continue;
            }
            YamlDocument doc = report.parsed().documents().get(d.index());
            YNode cur = doc.root();
            for (Object seg : FieldPath.parse(String.valueOf(c.get("field")))) {
                if (seg instanceof String s && cur instanceof YNode.Map m) {
                    cur = m.get(s);
                } else if (seg instanceof Integer i && cur instanceof YNode.Seq q && i < q.items().size()) {
                    cur = q.items().get(i);
                } else {
                    cur = null;
                }
                if (cur == null) {
                    break;
                }
            }
            if (c.containsKey("exists")) {
                return (cur != null) == truthy(c.get("exists"));
            }
            return cur instanceof YNode.Scalar sc && sc.value().equals(String.valueOf(c.get("equals")));
        }
        return c.containsKey("exists") && !truthy(c.get("exists"));
    }

    private static Trace send(Simulation sim, String from, String to) throws Targets.Unresolvable {
        Router.Client client = sim.router().client(from);
        if (client == null) {
            return null;
        }
        Targets.Target t = Targets.resolve(sim, to);
        return sim.router().send(client, t.url(), t.connectTo());
    }

    private static String[] key(String name) {
        return name.contains("/") ? name.split("/", 2) : new String[] {"default", name};
    }

    private static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(o));
    }

    private static long num(Object o) {
        return Long.parseLong(String.valueOf(o));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(Object o) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}
