package servicelab.realcluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object of a real cluster as the API server returned it, as plain maps and lists (the bridge
 * converts the client's types before they leave it), with the few readings the view, the watch
 * lines and the comparison need. Readings follow the API's own rules: an EndpointSlice condition
 * left unset counts as true ("nil ... should be interpreted as ready"), a Service without
 * {@code spec.type} is a ClusterIP Service.
 */
public record RealObject(String kind, String namespace, String name, Map<String, Object> raw) {
    public RealObject {
        raw = raw == null ? Map.of() : raw;
    }

    /** Builds one from the API's JSON shape (kind and metadata read from it). */
    public static RealObject of(Map<String, Object> raw) {
        return new RealObject(str(raw, "kind"), str(raw, "metadata", "namespace"), str(raw, "metadata", "name"), raw);
    }

    public String key() {
        return kind + "/" + (namespace == null ? "" : namespace + "/") + name;
    }

    public Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        if (get(raw, "metadata", "labels") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    // --- Pods

    /** The pod's Ready condition is True. */
    public boolean podReady() {
        return "True".equals(condition("Ready"));
    }

    public String phase() {
        return str(raw, "status", "phase");
    }

    public String nodeName() {
        return str(raw, "spec", "nodeName");
    }

    public String podIP() {
        return str(raw, "status", "podIP");
    }

    /** The status of the named entry of status.conditions ("True", "False", "Unknown"), or null. */
    public String condition(String type) {
        for (Map<?, ?> c : maps(get(raw, "status", "conditions"))) {
            if (type.equals(c.get("type"))) {
                return c.get("status") == null ? null : String.valueOf(c.get("status"));
            }
        }
        return null;
    }

    // --- Services

    public String serviceType() {
        String t = str(raw, "spec", "type");
        return t == null ? "ClusterIP" : t;
    }

    public String clusterIP() {
        return str(raw, "spec", "clusterIP");
    }

    /** Ports as kubectl get svc prints them: 80/TCP, or 80:30123/TCP with a node port. */
    public List<String> servicePorts() {
        List<String> out = new ArrayList<>();
        for (Map<?, ?> p : maps(get(raw, "spec", "ports"))) {
            String proto = p.get("protocol") == null ? "TCP" : String.valueOf(p.get("protocol"));
            out.add(p.get("port") + (p.get("nodePort") == null ? "" : ":" + p.get("nodePort")) + "/" + proto);
        }
        return out;
    }

    // --- EndpointSlices

    /** The Service an EndpointSlice belongs to (its kubernetes.io/service-name label). */
    public String sliceService() {
        return labels().get("kubernetes.io/service-name");
    }

    /** One endpoint of an EndpointSlice with its conditions (unset ready/serving read as true). */
    public record SliceEndpoint(String ip, String pod, String node, boolean ready, boolean serving, boolean terminating) {
    }

    public List<SliceEndpoint> sliceEndpoints() {
        List<SliceEndpoint> out = new ArrayList<>();
        for (Map<?, ?> e : maps(raw.get("endpoints"))) {
            List<?> addrs = e.get("addresses") instanceof List<?> l ? l : List.of();
            Map<?, ?> cond = e.get("conditions") instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> target = e.get("targetRef") instanceof Map<?, ?> t ? t : Map.of();
            out.add(new SliceEndpoint(addrs.isEmpty() ? "" : String.valueOf(addrs.get(0)),
                    target.get("name") == null ? null : String.valueOf(target.get("name")),
                    e.get("nodeName") == null ? null : String.valueOf(e.get("nodeName")),
                    !Boolean.FALSE.equals(cond.get("ready")), !Boolean.FALSE.equals(cond.get("serving")),
                    Boolean.TRUE.equals(cond.get("terminating"))));
        }
        return out;
    }

    /** What a watch line, the view and the console's get show of this object. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        if (namespace != null) {
            m.put("namespace", namespace);
        }
        m.put("name", name);
        switch (kind == null ? "" : kind) {
            case "Pod" -> {
                m.put("ready", podReady());
                m.put("phase", phase());
                m.put("node", nodeName());
                m.put("ip", podIP());
            }
            case "Service" -> {
                m.put("type", serviceType());
                m.put("clusterIP", clusterIP());
                m.put("ports", servicePorts());
            }
            case "EndpointSlice" -> {
                m.put("service", sliceService());
                List<Object> eps = new ArrayList<>();
                for (SliceEndpoint e : sliceEndpoints()) {
                    Map<String, Object> em = new LinkedHashMap<>();
                    em.put("ip", e.ip());
                    em.put("pod", e.pod());
                    em.put("ready", e.ready());
                    em.put("serving", e.serving());
                    em.put("terminating", e.terminating());
                    eps.add(em);
                }
                m.put("endpoints", eps);
            }
            case "Node" -> m.put("ready", "True".equals(condition("Ready")));
            case "Gateway" -> {
                m.put("gatewayClassName", str(raw, "spec", "gatewayClassName"));
                m.put("programmed", "True".equals(condition("Programmed")));
            }
            case "Ingress" -> m.put("ingressClassName", str(raw, "spec", "ingressClassName"));
            default -> { }
        }
        return m;
    }

    static Object get(Map<String, Object> m, String... path) {
        Object cur = m;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> map)) {
                return null;
            }
            cur = map.get(p);
        }
        return cur;
    }

    static String str(Map<String, Object> m, String... path) {
        Object o = get(m, path);
        return o == null ? null : String.valueOf(o);
    }

    static List<Map<?, ?>> maps(Object o) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object i : l) {
                if (i instanceof Map<?, ?> m) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
