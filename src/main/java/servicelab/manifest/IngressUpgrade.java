package servicelab.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a removed extensions/v1beta1 or networking.k8s.io/v1beta1 Ingress as its
 * networking.k8s.io/v1 equivalent (Kubernetes deprecation guide, v1.22): spec.backend becomes
 * spec.defaultBackend, serviceName/servicePort become service.name and service.port.number
 * (or .name for a named port), and every path gets the now-required pathType. We choose Prefix,
 * what a learner almost always means by "/..."; ImplementationSpecific would mimic v1beta1 exactly.
 */
public final class IngressUpgrade {
    private IngressUpgrade() {
    }

    @SuppressWarnings("unchecked")
    public static String toV1Yaml(YNode.Map doc) {
        Map<String, Object> data = (Map<String, Object>) YNode.toData(doc);
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : data.entrySet()) {
            switch (e.getKey()) {
                case "apiVersion" -> out.put("apiVersion", "networking.k8s.io/v1");
                case "spec" -> out.put("spec", e.getValue() instanceof Map<?, ?> m ? spec((Map<String, Object>) m) : e.getValue());
                case "status" -> { }
                default -> out.put(e.getKey(), e.getValue());
            }
        }
        return YamlWriter.write(out, 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Map<String, Object> spec) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : spec.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "backend" -> out.put("defaultBackend", backend(v));
                case "rules" -> {
                    if (v instanceof List<?> rules) {
                        List<Object> rs = new ArrayList<>();
                        for (Object r : rules) {
                            rs.add(r instanceof Map<?, ?> rm ? rule((Map<String, Object>) rm) : r);
                        }
                        out.put("rules", rs);
                    } else {
                        out.put("rules", v);
                    }
                }
                default -> out.put(e.getKey(), v);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rule(Map<String, Object> rule) {
        Map<String, Object> out = new LinkedHashMap<>(rule);
        if (rule.get("http") instanceof Map<?, ?> http && http.get("paths") instanceof List<?> paths) {
            List<Object> ps = new ArrayList<>();
            for (Object p : paths) {
                if (p instanceof Map<?, ?> pm) {
                    Map<String, Object> np = new LinkedHashMap<>();
                    Map<String, Object> old = (Map<String, Object>) pm;
                    np.put("path", old.getOrDefault("path", "/"));
                    np.put("pathType", old.getOrDefault("pathType", "Prefix"));
                    for (var e : old.entrySet()) {
                        if (!e.getKey().equals("path") && !e.getKey().equals("pathType")) {
                            np.put(e.getKey(), e.getKey().equals("backend") ? backend(e.getValue()) : e.getValue());
                        }
                    }
                    ps.add(np);
                } else {
                    ps.add(p);
                }
            }
            Map<String, Object> nh = new LinkedHashMap<>((Map<String, Object>) http);
            nh.put("paths", ps);
            out.put("http", nh);
        }
        return out;
    }

    private static Object backend(Object b) {
        if (!(b instanceof Map<?, ?> m) || !m.containsKey("serviceName")) {
            return b;
        }
        Map<String, Object> port = new LinkedHashMap<>();
        Object sp = m.get("servicePort");
        if (sp instanceof Number n) {
            port.put("number", n);
        } else if (sp != null) {
            String s = String.valueOf(sp);
            if (s.matches("\\d+")) {
                port.put("number", Long.parseLong(s));
            } else {
                port.put("name", s);
            }
        }
        Map<String, Object> svc = new LinkedHashMap<>();
        svc.put("name", m.get("serviceName"));
        svc.put("port", port);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", svc);
        return out;
    }
}
