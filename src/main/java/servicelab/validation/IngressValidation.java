package servicelab.validation;

import java.util.ArrayList;
import java.util.List;

import servicelab.model.FieldError;
import servicelab.model.Ingress;
import servicelab.model.IngressClass;

/** ValidateIngressCreate and ValidateIngressClass (pkg/apis/networking/validation). */
final class IngressValidation {
    private IngressValidation() {
    }

    static final List<String> PATH_TYPES = List.of("Exact", "ImplementationSpecific", "Prefix");
    private static final List<String> INVALID_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_SUFFIXES = List.of("/..", "/.");
    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    static final int MAX_CONTROLLER_LENGTH = 250;

    static List<FieldError> ingress(Ingress ing) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, ing.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        Ingress.Spec spec = ing.spec() == null ? new Ingress.Spec(null, null, null, null) : ing.spec();
        List<Ingress.Rule> rules = spec.rulesOrEmpty();
        if (rules.isEmpty() && spec.defaultBackend() == null) {
            String value = GoValues.noRules(spec.rules() == null, GoValues.MINOR);
            out.add(GoValues.invalidRendered("spec", value, "either `defaultBackend` or `rules` must be specified")
                    .explain("v.ingress.spec.empty"));
        }
        if (spec.defaultBackend() != null) {
            backend(out, spec.defaultBackend(), "spec.defaultBackend");
        }
        for (int i = 0; i < rules.size(); i++) {
            rule(out, rules.get(i), "spec.rules[" + i + "]");
        }
        tls(out, spec.tls());
        String className = spec.ingressClassName();
        if (className != null) {
            Checks.invalidEach(out, "spec.ingressClassName", className, Formats.dns1123Subdomain(className),
                    "v.ingress.className.invalid", className);
        }
        String annotation = ing.metadata() == null ? null : ing.metadata().annotationsOrEmpty().get(CLASS_ANNOTATION);
        if (annotation != null && className != null && !annotation.equals(className)) {
            // Go builds this path from "annotations", without "metadata.".
            out.add(FieldError.invalid("annotations." + CLASS_ANNOTATION, annotation,
                    "must match `ingressClassName` when both are specified")
                    .explain("v.ingress.className.annotation", annotation, className));
        }
        return out;
    }

    private static void rule(List<FieldError> out, Ingress.Rule rule, String path) {
        String host = GoValues.nz(rule.host());
        if (!host.isEmpty()) {
            if (Ip.isValid(host)) {
                out.add(FieldError.invalid(path + ".host", host, "must be a DNS name, not an IP address")
                        .explain("v.ingress.host.ip", host));
            }
            if (host.contains("*")) {
                Checks.invalidEach(out, path + ".host", host, Formats.wildcardDns1123Subdomain(host),
                        "v.ingress.host.wildcard", host);
            } else {
                Checks.invalidEach(out, path + ".host", host, Formats.dns1123Subdomain(host), "v.ingress.host.invalid", host);
            }
        }
        if (!rule.httpSet()) {
            return;
        }
        List<Ingress.Path> paths = rule.pathsOrEmpty();
        if (paths.isEmpty()) {
            out.add(FieldError.required(path + ".http.paths", "").explain("v.ingress.paths.required"));
        }
        for (int j = 0; j < paths.size(); j++) {
            httpPath(out, paths.get(j), path + ".http.paths[" + j + "]");
        }
    }

    /** validateHTTPIngressPath: a missing pathType stops the checks of that path. */
    private static void httpPath(List<FieldError> out, Ingress.Path p, String path) {
        if (p.pathType() == null) {
            out.add(FieldError.required(path + ".pathType", "pathType must be specified").explain("v.ingress.pathType.required"));
            return;
        }
        String value = GoValues.nz(p.path());
        switch (p.pathType()) {
            case "Exact", "Prefix" -> {
                if (!value.startsWith("/")) {
                    out.add(FieldError.invalid(path + ".path", value, "must be an absolute path")
                            .explain("v.ingress.path.absolute", value, p.pathType()));
                }
                if (!value.isEmpty()) {
                    for (String seq : INVALID_SEQUENCES) {
                        if (value.contains(seq)) {
                            out.add(FieldError.invalid(path + ".path", value, "must not contain '" + seq + "'")
                                    .explain("v.ingress.path.sequence", value, seq));
                        }
                    }
                    for (String suffix : INVALID_SUFFIXES) {
                        if (value.endsWith(suffix)) {
                            out.add(FieldError.invalid(path + ".path", value, "cannot end with '" + suffix + "'")
                                    .explain("v.ingress.path.suffix", value, suffix));
                        }
                    }
                }
            }
            case "ImplementationSpecific" -> {
                if (!value.isEmpty() && !value.startsWith("/")) {
                    out.add(FieldError.invalid(path + ".path", value, "must be an absolute path")
                            .explain("v.ingress.path.absolute", value, p.pathType()));
                }
            }
            default -> out.add(FieldError.notSupported(path + ".pathType", p.pathType(), PATH_TYPES)
                    .explain("v.ingress.pathType.unsupported", p.pathType()));
        }
        backend(out, p.backend() == null ? new Ingress.Backend(null, null) : p.backend(), path + ".backend");
    }

    /** validateIngressBackend. */
    private static void backend(List<FieldError> out, Ingress.Backend b, String path) {
        boolean hasResource = b.resource() != null;
        boolean hasService = b.service() != null;
        if (hasResource && hasService) {
            out.add(FieldError.invalid(path, "", "cannot set both resource and service backends").explain("v.ingress.backend.both"));
            return;
        }
        if (hasResource) {
            resource(out, b.resource(), path + ".resource");
            return;
        }
        if (!hasService) {
            out.add(FieldError.invalid(path, "", "resource or service backend is required").explain("v.ingress.backend.none"));
            return;
        }
        Ingress.ServiceBackend s = b.service();
        String name = GoValues.nz(s.name());
        if (name.isEmpty()) {
            out.add(FieldError.required(path + ".service.name", "").explain("v.ingress.backend.serviceName.required"));
        } else {
            Checks.invalidEach(out, path + ".service.name", name, Formats.dns1035Label(name),
                    "v.ingress.backend.serviceName.invalid", name);
        }
        String portName = GoValues.nz(s.portName());
        int portNumber = GoValues.nz(s.portNumber());
        if (!portName.isEmpty() && portNumber != 0) {
            out.add(FieldError.invalid(path, "", "cannot set both port name & port number").explain("v.ingress.backend.port.both"));
        } else if (!portName.isEmpty()) {
            Checks.invalidEach(out, path + ".service.port.name", portName, Formats.portName(portName),
                    "v.ingress.backend.port.name", portName);
        } else if (portNumber != 0) {
            Checks.invalidEach(out, path + ".service.port.number", portNumber, Formats.portNum(portNumber),
                    "v.ingress.backend.port.number", String.valueOf(portNumber));
        } else {
            out.add(FieldError.required(path, "port name or number is required").explain("v.ingress.backend.port.required"));
        }
    }

    /** validateIngressTypedLocalObjectReference. */
    private static void resource(List<FieldError> out, Ingress.ResourceRef r, String path) {
        if (r.apiGroup() != null) {
            Checks.invalidEach(out, path + ".apiGroup", r.apiGroup(), Formats.dns1123Subdomain(r.apiGroup()),
                    "v.ingress.backend.resource", "apiGroup");
        }
        String kind = GoValues.nz(r.kind());
        if (kind.isEmpty()) {
            out.add(FieldError.required(path + ".kind", "").explain("v.ingress.backend.resource", "kind"));
        } else {
            Checks.invalidEach(out, path + ".kind", kind, Formats.pathSegmentName(kind), "v.ingress.backend.resource", "kind");
        }
        String name = GoValues.nz(r.name());
        if (name.isEmpty()) {
            out.add(FieldError.required(path + ".name", "").explain("v.ingress.backend.resource", "name"));
        } else {
            Checks.invalidEach(out, path + ".name", name, Formats.pathSegmentName(name), "v.ingress.backend.resource", "name");
        }
    }

    private static void tls(List<FieldError> out, List<Ingress.Tls> tls) {
        if (tls == null) {
            return;
        }
        for (int i = 0; i < tls.size(); i++) {
            Ingress.Tls t = tls.get(i);
            List<String> hosts = t.hosts() == null ? List.of() : t.hosts();
            for (int j = 0; j < hosts.size(); j++) {
                String host = GoValues.nz(hosts.get(j));
                String p = "spec.tls[" + i + "].hosts[" + j + "]";
                List<String> msgs = host.contains("*") ? Formats.wildcardDns1123Subdomain(host) : Formats.dns1123Subdomain(host);
                Checks.invalidEach(out, p, host, msgs, "v.ingress.tls.host", host);
            }
            String secret = GoValues.nz(t.secretName());
            if (!secret.isEmpty()) {
                Checks.invalidEach(out, "spec.tls[" + i + "].secretName", secret, Formats.dns1123Subdomain(secret),
                        "v.ingress.tls.secretName", secret);
            }
        }
    }

    static List<FieldError> ingressClass(IngressClass ic) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, ic.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, false);
        controller(out, ic);
        parameters(out, ic.parameters());
        return out;
    }

    /** validateIngressClassSpec's controller: at most 250 bytes, a domain-prefixed path. */
    private static void controller(List<FieldError> out, IngressClass ic) {
        String controller = GoValues.nz(ic.controller());
        String path = "spec.controller";
        if (controller.isEmpty()) {
            out.add(FieldError.required(path, "").explain("v.ingressClass.controller.required"));
            return;
        }
        if (Formats.byteLength(controller) > MAX_CONTROLLER_LENGTH) {
            out.add(FieldError.tooLong(path, MAX_CONTROLLER_LENGTH)
                    .explain("v.ingressClass.controller.tooLong", String.valueOf(MAX_CONTROLLER_LENGTH)));
        }
        // IsDomainPrefixedPath: "<DNS subdomain>/<HTTP path>", e.g. k8s.io/ingress-nginx.
        int slash = controller.indexOf('/');
        if (slash <= 0 || slash == controller.length() - 1) {
            out.add(FieldError.invalid(path, controller, "must be a domain-prefixed path (such as \"acme.io/foo\")")
                    .explain("v.ingressClass.controller.invalid", controller));
            return;
        }
        String host = controller.substring(0, slash);
        Checks.invalidEach(out, path, host, Formats.dns1123Subdomain(host), "v.ingressClass.controller.invalid", controller);
        String rest = controller.substring(slash + 1);
        if (!Formats.isHttpPath(rest)) {
            out.add(FieldError.invalid(path, rest, Formats.httpPathRegexError())
                    .explain("v.ingressClass.controller.invalid", controller));
        }
    }

    /**
     * validateIngressClassParametersReference (networking/validation): apiGroup a DNS subdomain,
     * kind and name required path segments, scope Cluster or Namespace (defaulted to Cluster), a
     * namespace only, and always, with scope Namespace.
     */
    private static void parameters(List<FieldError> out, IngressClass.Parameters p) {
        if (p == null) {
            return;
        }
        String path = "spec.parameters";
        if (p.apiGroup() != null) {
            Checks.invalidEach(out, path + ".apiGroup", p.apiGroup(), Formats.dns1123Subdomain(p.apiGroup()),
                    "v.ingressClass.parameters.apiGroup", p.apiGroup());
        }
        for (String[] f : new String[][] {{"kind", p.kind()}, {"name", p.name()}}) {
            if (f[1] == null || f[1].isEmpty()) {
                out.add(FieldError.required(path + "." + f[0], f[0] + " is required").explain("v.ingressClass.parameters.required", f[0]));
            } else {
                Checks.invalidEach(out, path + "." + f[0], f[1], Formats.pathSegmentName(f[1]),
                        "v.ingressClass.parameters.segment", f[0], f[1]);
            }
        }
        if (p.scope() == null) {
            out.add(FieldError.required(path + ".scope", "").explain("v.ingressClass.parameters.scope"));
            return;
        }
        if (!List.of("Cluster", "Namespace").contains(p.scope())) {
            out.add(FieldError.notSupported(path + ".scope", p.scope(), List.of("Cluster", "Namespace"))
                    .explain("v.ingressClass.parameters.scope"));
        } else if (p.scope().equals("Namespace") && p.namespace() == null) {
            out.add(FieldError.required(path + ".namespace", "`parameters.scope` is set to 'Namespace'")
                    .explain("v.ingressClass.parameters.namespaceRequired"));
        } else if (p.scope().equals("Namespace")) {
            Checks.invalidEach(out, path + ".namespace", p.namespace(), Formats.dns1123Label(p.namespace()),
                    "v.ingressClass.parameters.namespace", p.namespace());
        } else if (p.namespace() != null) {
            out.add(FieldError.forbidden(path + ".namespace", "`parameters.scope` is set to 'Cluster'")
                    .explain("v.ingressClass.parameters.namespaceForbidden"));
        }
    }
}
