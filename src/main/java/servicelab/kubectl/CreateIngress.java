package servicelab.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import servicelab.kubectl.Kubectl.Result;

/**
 * {@code kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]] ...}, built as
 * kubectl's create_ingress.go builds it: the same rule pattern, one rule per host with its paths in
 * order, "*" at a path's end for pathType Prefix (Exact otherwise), TLS entries per secret, and a
 * port that is a number or a name.
 */
final class CreateIngress {
    /** create_ingress.go's ruleRegex (regexHostPathSvc + regexTLS + "$"); Go's \w is ASCII, as Java's is. */
    private static final Pattern RULE = Pattern.compile(
            "^([\\w*\\-.]*)(/[^,=\\n]*)=([\\w\\-]+):([\\w\\-]+)(,(tls)=?([\\w\\-]+)?)?$");

    private final Kubectl k;

    CreateIngress(Kubectl k) {
        this.k = k;
    }

    Result run(List<String> args, CreateCommand create) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("--rule", "--class", "--default-backend", "--annotation", "--dry-run", "-o", "--output",
                "-n", "--namespace"), Set.of(), Map.of("-o", "--output", "-n", "--namespace"));
        if (a.positional.size() != 1) {
            return Result.error("error: exactly one NAME is required, got " + a.positional.size()
                    + "\nSee 'kubectl create ingress -h' for help and examples");
        }
        List<String> rules = a.all("--rule");
        String backend = a.get("--default-backend");
        if ((backend == null || backend.isEmpty()) && rules.isEmpty()) {
            return Result.error("error: not enough information provided: every ingress has to either specify a default-backend "
                    + "(which catches all traffic) or a list of rules (which catch specific paths)");
        }
        for (String rule : rules) {
            if (!RULE.matcher(rule).find()) {
                return Result.error("error: rule " + rule + " is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]");
            }
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        for (String an : a.all("--annotation")) {
            int eq = an.indexOf('=');
            if (eq < 0) {
                return Result.error("error: annotation " + an + " is invalid and should be in format key=[value]");
            }
            annotations.put(an.substring(0, eq), an.substring(eq + 1));
        }
        if (backend != null && !backend.isEmpty() && backend.split(":", -1).length != 2) {
            return Result.error("error: default-backend should be in format servicename:serviceport");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        if (backend != null && !backend.isEmpty()) {
            spec.put("defaultBackend", backend(backend));
        }
        if (a.get("--class") != null && !a.get("--class").isEmpty()) {
            spec.put("ingressClassName", a.get("--class"));
        }
        List<Object> tls = tls(rules);
        if (!tls.isEmpty()) {
            spec.put("tls", tls);
        }
        List<Object> built = rules(rules);
        if (!built.isEmpty()) {
            spec.put("rules", built);
        }
        return create.createObject(a, Resources.INGRESSES, "networking.k8s.io/v1", a.positional.get(0), null,
                annotations.isEmpty() ? null : annotations, spec, Map.of("loadBalancer", Map.of()));
    }

    /** buildIngressRules: a rule per host, in the order hosts first appear, each with its paths. */
    private static List<Object> rules(List<String> rules) {
        List<Object> out = new ArrayList<>();
        Map<String, List<Object>> pathsOf = new LinkedHashMap<>();
        for (String rule : rules) {
            String noTls = rule.split(",", -1)[0];
            int slash = noTls.indexOf('/');
            String host = noTls.substring(0, slash);
            List<Object> paths = pathsOf.get(host);
            if (paths == null) {
                paths = new ArrayList<>();
                pathsOf.put(host, paths);
                Map<String, Object> r = new LinkedHashMap<>();
                if (!host.isEmpty()) {
                    r.put("host", host);
                }
                r.put("http", Map.of("paths", paths));
                out.add(r);
            }
            paths.add(path(noTls.substring(slash + 1)));
        }
        return out;
    }

    /** buildHTTPIngressPath: "/" + the path; a trailing "*" makes it a Prefix (the "*" dropped). */
    private static Map<String, Object> path(String pathSvc) {
        String[] parts = pathSvc.split("=", -1);
        String path = "/" + parts[0];
        String type = "Exact";
        if (path.endsWith("*")) {
            type = "Prefix";
            path = path.substring(0, path.length() - 1);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("backend", backend(parts[1]));
        p.put("path", path);
        p.put("pathType", type);
        return p;
    }

    private static Map<String, Object> backend(String service) {
        String[] sp = service.split(":", -1);
        Map<String, Object> port = new LinkedHashMap<>();
        // intstr.Parse: a whole int32 is a number, anything else a name
        Integer n = Kubectl.parsePort(sp[1]);
        if (n != null) {
            port.put("number", n);
        } else {
            port.put("name", sp[1]);
        }
        Map<String, Object> svc = new LinkedHashMap<>();
        svc.put("name", sp[0]);
        svc.put("port", port);
        return Map.of("service", svc);
    }

    /** buildTLSRules: hosts grouped by secret, each host once; a bare "tls" uses the controller's default certificate. */
    private static List<Object> tls(List<String> rules) {
        List<Map<String, Object>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String rule : rules) {
            String[] parts = rule.split(",", -1);
            if (parts.length != 2) {
                continue;
            }
            String host = rule.split("/", 2)[0];
            String[] secretName = parts[1].split("=", -1);
            String secret = secretName.length > 1 ? secretName[1] : "";
            if (!seen.add(host)) {
                continue;
            }
            Map<String, Object> same = out.stream().filter(t -> secret.equals(t.getOrDefault("secretName", ""))).findFirst().orElse(null);
            if (same != null) {
                @SuppressWarnings("unchecked")
                List<Object> hosts = (List<Object>) same.computeIfAbsent("hosts", h -> new ArrayList<>());
                hosts.add(host);
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            if (!host.isEmpty()) {
                t.put("hosts", new ArrayList<>(List.of(host)));
            }
            if (!secret.isEmpty()) {
                t.put("secretName", secret);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }
}
