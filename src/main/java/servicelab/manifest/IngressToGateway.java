package servicelab.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import servicelab.model.Ingress;

/**
 * An Ingress as Gateway API objects, with the mapping ingress2gateway's common converter performs
 * (kubernetes-sigs/ingress2gateway, pkg/i2gw/providers/common): the rules of one namespace, class
 * and host become one HTTPRoute named INGRESS-HOST ("all-hosts" without a host), each distinct
 * pathType/path one rule (Prefix → PathPrefix, Exact → Exact, ImplementationSpecific → PathPrefix as
 * the ingress-nginx provider reads it), its backends those paths' Services; a default backend an
 * HTTPRoute INGRESS-default-backend with one rule and no match; per namespace and class a Gateway
 * named after the class with an HTTP listener (port 80) per host, and an HTTPS listener (443)
 * terminating the Ingress's TLS Secrets. One difference, said in a comment: the Gateway's class is
 * this cluster's ("servicelab"), where ingress2gateway writes the Ingress class's name.
 */
public final class IngressToGateway {
    private IngressToGateway() {
    }

    /** What the conversion gives: the YAML documents (after "---"), and anything it could not carry over. */
    public record Result(String yaml, List<String> skipped) {
    }

    private record Group(String namespace, String ingressClass, String host, String firstIngress, List<Ingress.Path> paths,
                         List<Ingress.Tls> tls) {
    }

    /**
     * @param ports a Service's named ports (namespace, name → port name → number), for a backend
     *              that names its port
     */
    public static Result convert(List<Ingress> ingresses, String gatewayClass, BiFunction<String, String, Map<String, Integer>> ports) {
        Map<String, Group> groups = new TreeMap<>(); // ingress2gateway sorts its rule groups by key
        List<String> skipped = new ArrayList<>();
        List<Map<String, Object>> defaults = new ArrayList<>();
        for (Ingress ing : ingresses) {
            String ns = ing.namespaceOrDefault();
            String cls = ing.spec() == null || ing.spec().ingressClassName() == null ? "" : ing.spec().ingressClassName();
            if (ing.spec() == null) {
                continue;
            }
            for (Ingress.Rule r : ing.spec().rulesOrEmpty()) {
                String host = r.host() == null ? "" : r.host();
                Group g = groups.computeIfAbsent(ns + "/" + cls + "/" + host + "/HTTP",
                        k -> new Group(ns, cls, host, ing.name(), new ArrayList<>(), new ArrayList<>()));
                g.paths().addAll(r.pathsOrEmpty());
                if (ing.spec().tls() != null) {
                    g.tls().addAll(ing.spec().tls());
                }
            }
            if (ing.spec().defaultBackend() != null) {
                Map<String, Object> backend = backendRef(ns, ing.spec().defaultBackend(), ports, skipped);
                if (backend != null) {
                    defaults.add(route(ns, ing.name() + "-default-backend", cls, null,
                            List.of(Map.of("backendRefs", List.of(backend)))));
                }
            }
        }
        Map<String, List<Map<String, Object>>> listeners = new LinkedHashMap<>();
        List<Map<String, Object>> routes = new ArrayList<>();
        for (Group g : groups.values()) {
            listeners(listeners.computeIfAbsent(g.namespace() + "/" + g.ingressClass(), k -> new ArrayList<>()), g);
            routes.add(route(g.namespace(), g.firstIngress() + "-" + nameFromHost(g.host()), g.ingressClass(),
                    g.host().isEmpty() ? null : g.host(), rules(g, ports, skipped)));
        }
        StringBuilder out = new StringBuilder();
        for (var e : listeners.entrySet()) {
            String ns = e.getKey().substring(0, e.getKey().indexOf('/'));
            String cls = e.getKey().substring(e.getKey().indexOf('/') + 1);
            Map<String, Object> gw = new LinkedHashMap<>();
            gw.put("apiVersion", "gateway.networking.k8s.io/v1");
            gw.put("kind", "Gateway");
            gw.put("metadata", meta(cls, ns));
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("gatewayClassName", gatewayClass);
            spec.put("listeners", e.getValue());
            gw.put("spec", spec);
            out.append("---\n# ingress2gateway writes gatewayClassName: ").append(cls).append(" (the Ingress class);")
                    .append(" this cluster's GatewayClass is ").append(gatewayClass).append('\n')
                    .append(YamlWriter.write(gw, 0));
        }
        for (Map<String, Object> r : routes) {
            out.append("---\n").append(YamlWriter.write(r, 0));
        }
        for (Map<String, Object> r : defaults) {
            out.append("---\n").append(YamlWriter.write(r, 0));
        }
        return new Result(out.toString(), skipped);
    }

    /** An HTTP listener per host (and an HTTPS one where the Ingress has TLS), named HOST-http and HOST-https. */
    private static void listeners(List<Map<String, Object>> into, Group g) {
        String host = g.host();
        if (host.isEmpty() && g.tls().size() == 1 && g.tls().get(0).hosts() != null && g.tls().get(0).hosts().size() == 1) {
            host = g.tls().get(0).hosts().get(0);
        }
        String prefix = host.isEmpty() ? "" : nameFromHost(host) + "-";
        if (into.stream().noneMatch(l -> (prefix + "http").equals(l.get("name")))) {
            into.add(listener(prefix + "http", host, 80, "HTTP"));
        }
        if (g.tls().isEmpty()) {
            return;
        }
        Map<String, Object> https = into.stream().filter(l -> (prefix + "https").equals(l.get("name"))).findFirst().orElse(null);
        if (https == null) {
            https = listener(prefix + "https", host, 443, "HTTPS");
            https.put("tls", new LinkedHashMap<>(Map.of("certificateRefs", new ArrayList<Map<String, Object>>())));
            into.add(https);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> certs = (List<Map<String, Object>>) ((Map<String, Object>) https.get("tls")).get("certificateRefs");
        for (Ingress.Tls t : g.tls()) {
            if (t.secretName() != null && certs.stream().noneMatch(c -> t.secretName().equals(c.get("name")))) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("group", "");
                ref.put("kind", "Secret");
                ref.put("name", t.secretName());
                certs.add(ref);
            }
        }
    }

    private static Map<String, Object> listener(String name, String host, int port, String protocol) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("name", name);
        if (!host.isEmpty()) {
            l.put("hostname", host);
        }
        l.put("port", port);
        l.put("protocol", protocol);
        return l;
    }

    /** One rule per distinct pathType/path, in the order first seen, with every backend of those paths. */
    private static List<Map<String, Object>> rules(Group g, BiFunction<String, String, Map<String, Integer>> ports, List<String> skipped) {
        Map<String, List<Ingress.Path>> byMatch = new LinkedHashMap<>();
        for (Ingress.Path p : g.paths()) {
            byMatch.computeIfAbsent(p.pathType() + "/" + p.path(), k -> new ArrayList<>()).add(p);
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (List<Ingress.Path> same : byMatch.values()) {
            Ingress.Path first = same.get(0);
            Map<String, Object> path = new LinkedHashMap<>();
            path.put("type", "Exact".equals(first.pathType()) ? "Exact" : "PathPrefix");
            path.put("value", first.path() == null ? "/" : first.path());
            List<Object> backends = new ArrayList<>();
            for (Ingress.Path p : same) {
                Map<String, Object> b = p.backend() == null ? null : backendRef(g.namespace(), p.backend(), ports, skipped);
                if (b != null) {
                    backends.add(b);
                }
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("matches", List.of(Map.of("path", path)));
            if (!backends.isEmpty()) {
                rule.put("backendRefs", backends); // none carried over: no backendRefs (the rule answers 500)
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Map<String, Object> backendRef(String ns, Ingress.Backend b, BiFunction<String, String, Map<String, Integer>> ports,
                                                  List<String> skipped) {
        Ingress.ServiceBackend s = b.service();
        if (s == null) {
            skipped.add("resource backend " + (b.resource() == null ? "" : b.resource().name()));
            return null;
        }
        Integer port = s.portNumber();
        if (port == null) {
            port = ports.apply(ns, s.name()).get(s.portName());
            if (port == null) {
                skipped.add("cannot find port with name " + s.portName() + " in service " + s.name());
                return null;
            }
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", s.name());
        ref.put("port", port);
        return ref;
    }

    private static Map<String, Object> route(String ns, String name, String cls, String host, List<Map<String, Object>> rules) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("apiVersion", "gateway.networking.k8s.io/v1");
        r.put("kind", "HTTPRoute");
        r.put("metadata", meta(name, ns));
        Map<String, Object> spec = new LinkedHashMap<>();
        if (!cls.isEmpty()) {
            spec.put("parentRefs", List.of(Map.of("name", cls)));
        }
        if (host != null) {
            spec.put("hostnames", List.of(host));
        }
        spec.put("rules", rules);
        r.put("spec", spec);
        return r;
    }

    private static Map<String, Object> meta(String name, String ns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        if (!"default".equals(ns)) {
            m.put("namespace", ns);
        }
        return m;
    }

    /** ingress2gateway's NameFromHost: runs of other characters as "-", none leading; "all-hosts" for no host or "*". */
    static String nameFromHost(String host) {
        if (host.isEmpty() || host.equals("*")) {
            return "all-hosts";
        }
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : host.toCharArray()) {
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (ok) {
                out.append(c);
                dash = false;
            } else if (!dash) {
                out.append('-');
                dash = true;
            }
        }
        int start = 0;
        while (start < out.length() && out.charAt(start) == '-') {
            start++;
        }
        return out.substring(start);
    }
}
