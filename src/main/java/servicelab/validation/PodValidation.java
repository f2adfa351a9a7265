package servicelab.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.EnvVar;
import servicelab.model.FieldError;
import servicelab.model.IntOrString;
import servicelab.model.Pod;
import servicelab.model.PodSpec;
import servicelab.model.PodTemplateSpec;
import servicelab.model.Probe;

/**
 * ValidatePodCreate, ValidatePodSpec and ValidatePodTemplateSpec for the fields the model has:
 * containers (name, image, ports, env, probes), restartPolicy, nodeName, activeDeadlineSeconds,
 * hostname and subdomain.
 */
final class PodValidation {
    private PodValidation() {
    }

    static final List<String> RESTART_POLICIES = List.of("Always", "Never", "OnFailure");

    static List<FieldError> validate(Pod pod) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, pod.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        PodSpec spec = pod.spec() == null ? emptySpec() : pod.spec();
        podSpec(out, spec, "spec");
        // Pod-only rule (not applied to templates): no whitespace around the image name.
        List<Container> containers = spec.containersOrEmpty();
        for (int i = 0; i < containers.size(); i++) {
            String image = containers.get(i).image();
            if (image != null && !image.equals(image.strip())) {
                out.add(FieldError.invalid("spec.containers[" + i + "].image", image, "must not have leading or trailing whitespace")
                        .explain("v.container.image.whitespace", image));
            }
        }
        return out;
    }

    /** ValidatePodTemplateSpec: note that Go reports template labels on "<path>.labels". */
    static void template(List<FieldError> out, PodTemplateSpec template, String path) {
        if (template.metadata() != null) {
            MetaValidation.labels(out, template.metadata().labels(), path + ".labels");
            MetaValidation.annotations(out, template.metadata().annotations(), path + ".annotations");
        }
        podSpec(out, template.spec() == null ? emptySpec() : template.spec(), path + ".spec");
    }

    static PodSpec emptySpec() {
        return new PodSpec(null, null, null, null, null, null, null, null);
    }

    static void podSpec(List<FieldError> out, PodSpec spec, String path) {
        if (spec.terminationGracePeriodSeconds() == null) {
            out.add(FieldError.required(path + ".terminationGracePeriodSeconds", "")
                    .explain("v.defaulted.missing", path + ".terminationGracePeriodSeconds"));
        }
        containers(out, spec.containersOrEmpty(), path + ".containers");
        String rp = GoValues.nz(spec.restartPolicy());
        if (rp.isEmpty()) {
            out.add(FieldError.required(path + ".restartPolicy", "").explain("v.defaulted.missing", path + ".restartPolicy"));
        } else if (!RESTART_POLICIES.contains(rp)) {
            out.add(FieldError.notSupported(path + ".restartPolicy", rp, RESTART_POLICIES)
                    .explain("v.pod.restartPolicy.unsupported", rp));
        }
        if (spec.nodeName() != null && !spec.nodeName().isEmpty()) {
            Checks.invalidEach(out, path + ".nodeName", spec.nodeName(), Formats.dns1123Subdomain(spec.nodeName()),
                    "v.pod.nodeName.invalid", spec.nodeName());
        }
        Long deadline = spec.activeDeadlineSeconds();
        if (deadline != null && (deadline < 1 || deadline > Integer.MAX_VALUE)) {
            out.add(FieldError.invalid(path + ".activeDeadlineSeconds", deadline, Formats.inclusiveRange(1, Integer.MAX_VALUE))
                    .explain("v.pod.activeDeadlineSeconds.range", String.valueOf(deadline)));
        }
        if (spec.hostname() != null && !spec.hostname().isEmpty()) {
            Checks.invalidEach(out, path + ".hostname", spec.hostname(), Formats.dns1123Label(spec.hostname()),
                    "v.pod.hostname.invalid", spec.hostname());
        }
        if (spec.subdomain() != null && !spec.subdomain().isEmpty()) {
            Checks.invalidEach(out, path + ".subdomain", spec.subdomain(), Formats.dns1123Label(spec.subdomain()),
                    "v.pod.subdomain.invalid", spec.subdomain());
        }
    }

    /** validateContainers: common checks, duplicate names, probes, then host-port conflicts. */
    private static void containers(List<FieldError> out, List<Container> containers, String path) {
        if (containers.isEmpty()) {
            out.add(FieldError.required(path, "").explain("v.pod.containers.required"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < containers.size(); i++) {
            Container c = containers.get(i);
            String p = path + "[" + i + "]";
            String name = GoValues.nz(c.name());
            if (name.isEmpty()) {
                out.add(FieldError.required(p + ".name", "").explain("v.container.name.required"));
            } else {
                Checks.invalidEach(out, p + ".name", name, Formats.dns1123Label(name), "v.container.name.invalid", name);
            }
            if (c.image() == null || c.image().isEmpty()) {
                out.add(FieldError.required(p + ".image", "").explain("v.container.image.required", name));
            }
            ports(out, c.portsOrEmpty(), p + ".ports");
            env(out, c.env(), p + ".env");
            if (!names.add(name)) {
                out.add(FieldError.duplicate(p + ".name", name).explain("v.container.name.duplicate", name));
            }
            probe(out, c.livenessProbe(), p, "livenessProbe");
            probe(out, c.readinessProbe(), p, "readinessProbe");
            probe(out, c.startupProbe(), p, "startupProbe");
        }
        hostPortConflicts(out, containers, path);
    }

    /** validateContainerPorts. */
    private static void ports(List<FieldError> out, List<ContainerPort> ports, String path) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            ContainerPort cp = ports.get(i);
            String p = path + "[" + i + "]";
            String name = GoValues.nz(cp.name());
            if (!name.isEmpty()) {
                List<String> msgs = Formats.portName(name);
                if (!msgs.isEmpty()) {
                    Checks.invalidEach(out, p + ".name", name, msgs, "v.containerPort.name.invalid", name);
                } else if (!names.add(name)) {
                    out.add(FieldError.duplicate(p + ".name", name).explain("v.containerPort.name.duplicate", name));
                }
            }
            int port = GoValues.nz(cp.containerPort());
            if (port == 0) {
                out.add(FieldError.required(p + ".containerPort", "").explain("v.containerPort.required"));
            } else {
                Checks.invalidEach(out, p + ".containerPort", port, Formats.portNum(port),
                        "v.containerPort.range", String.valueOf(port));
            }
            int hostPort = GoValues.nz(cp.hostPort());
            if (hostPort != 0) {
                Checks.invalidEach(out, p + ".hostPort", hostPort, Formats.portNum(hostPort),
                        "v.containerPort.hostPort.range", String.valueOf(hostPort));
            }
            String protocol = GoValues.nz(cp.protocol());
            if (protocol.isEmpty()) {
                out.add(FieldError.required(p + ".protocol", "").explain("v.defaulted.missing", p + ".protocol"));
            } else if (!ServiceValidation.PROTOCOLS.contains(protocol)) {
                out.add(FieldError.notSupported(p + ".protocol", protocol, ServiceValidation.PROTOCOLS)
                        .explain("v.containerPort.protocol.unsupported", protocol));
            }
        }
    }

    /** ValidateEnv with the relaxed name rule that is on by default in current releases. */
    private static void env(List<FieldError> out, List<EnvVar> env, String path) {
        if (env == null) {
            return;
        }
        for (int i = 0; i < env.size(); i++) {
            String name = GoValues.nz(env.get(i).name());
            String p = path + "[" + i + "].name";
            if (name.isEmpty()) {
                out.add(FieldError.required(p, "").explain("v.env.name.required"));
            } else {
                Checks.invalidEach(out, p, name, Formats.envVarName(name), "v.env.name.invalid", name);
            }
        }
    }

    /** AccumulateUniqueHostPorts: "<protocol>/<hostIP>/<port>" may appear once per Pod. */
    private static void hostPortConflicts(List<FieldError> out, List<Container> containers, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < containers.size(); i++) {
            List<ContainerPort> ports = containers.get(i).portsOrEmpty();
            for (int j = 0; j < ports.size(); j++) {
                int hostPort = GoValues.nz(ports.get(j).hostPort());
                if (hostPort == 0) {
                    continue;
                }
                String key = GoValues.nz(ports.get(j).protocol()) + "//" + hostPort;
                if (!seen.add(key)) {
                    out.add(FieldError.duplicate(path + "[" + i + "].ports[" + j + "].hostPort", key)
                            .explain("v.containerPort.hostPort.duplicate", String.valueOf(hostPort)));
                }
            }
        }
    }

    /** validateLivenessProbe / validateReadinessProbe / validateStartupProbe; kind is the field name. */
    private static void probe(List<FieldError> out, Probe probe, String containerPath, String kind) {
        if (probe == null) {
            return;
        }
        String path = containerPath + "." + kind;
        handler(out, probe, path, kind);
        nonNegative(out, probe.initialDelaySeconds(), path + ".initialDelaySeconds");
        nonNegative(out, probe.timeoutSeconds(), path + ".timeoutSeconds");
        nonNegative(out, probe.periodSeconds(), path + ".periodSeconds");
        nonNegative(out, probe.successThreshold(), path + ".successThreshold");
        nonNegative(out, probe.failureThreshold(), path + ".failureThreshold");
        Long grace = probe.terminationGracePeriodSeconds();
        if (grace != null && grace <= 0) {
            out.add(FieldError.invalid(path + ".terminationGracePeriodSeconds", grace, "must be greater than 0")
                    .explain("v.probe.terminationGracePeriod.positive", String.valueOf(grace)));
        }
        int success = GoValues.nz(probe.successThreshold());
        if (!kind.equals("readinessProbe") && success != 1) {
            out.add(FieldError.invalid(path + ".successThreshold", success, "must be 1")
                    .explain("v.probe.successThreshold", kind, String.valueOf(success)));
        }
        if (kind.equals("readinessProbe") && grace != null) {
            out.add(FieldError.invalid(path + ".terminationGracePeriodSeconds", grace, "must not be set for readinessProbes")
                    .explain("v.probe.terminationGracePeriod.readiness"));
        }
    }

    private static void nonNegative(List<FieldError> out, Integer value, String path) {
        if (value != null && value < 0) {
            out.add(FieldError.invalid(path, value, "must be greater than or equal to 0")
                    .explain("v.probe.negative", path.substring(path.lastIndexOf('.') + 1), String.valueOf(value)));
        }
    }

    /** validateHandler: exactly one of exec, httpGet, tcpSocket, grpc, checked in that order. */
    private static void handler(List<FieldError> out, Probe probe, String path, String kind) {
        int handlers = 0;
        if (probe.exec() != null) {
            handlers++;
            if (probe.exec().command() == null || probe.exec().command().isEmpty()) {
                out.add(FieldError.required(path + ".exec.command", "").explain("v.probe.exec.command"));
            }
        }
        if (probe.httpGet() != null) {
            if (handlers++ > 0) {
                out.add(tooManyHandlers(path + ".httpGet"));
            } else {
                httpGet(out, probe.httpGet(), path + ".httpGet");
            }
        }
        if (probe.tcpSocket() != null) {
            if (handlers++ > 0) {
                out.add(tooManyHandlers(path + ".tcpSocket"));
            } else {
                Checks.portNumOrName(out, path + ".tcpSocket.port", probe.tcpSocket().port(),
                        "v.probe.port.range", "v.probe.port.name");
            }
        }
        if (probe.grpc() != null) {
            if (handlers++ > 0) {
                out.add(tooManyHandlers(path + ".grpc"));
            } else {
                Checks.portNumOrName(out, path + ".grpc.port", IntOrString.of(GoValues.nz(probe.grpc().port())),
                        "v.probe.port.range", "v.probe.port.name");
            }
        }
        if (handlers == 0) {
            out.add(FieldError.required(path, "must specify a handler type").explain("v.probe.handler.required", kind));
        }
    }

    private static FieldError tooManyHandlers(String path) {
        return FieldError.forbidden(path, "may not specify more than 1 handler type").explain("v.probe.handler.multiple");
    }

    private static void httpGet(List<FieldError> out, Probe.HttpGet http, String path) {
        if (http.path() == null || http.path().isEmpty()) {
            out.add(FieldError.required(path + ".path", "").explain("v.defaulted.missing", path + ".path"));
        }
        Checks.portNumOrName(out, path + ".port", http.port(), "v.probe.port.range", "v.probe.port.name");
        String scheme = GoValues.nz(http.scheme());
        if (!scheme.equals("HTTP") && !scheme.equals("HTTPS")) {
            out.add(FieldError.notSupported(path + ".scheme", scheme, List.of("HTTP", "HTTPS"))
                    .explain("v.probe.httpGet.scheme", scheme));
        }
        if (http.httpHeaders() != null) {
            for (Probe.Header h : http.httpHeaders()) {
                String name = GoValues.nz(h.name());
                Checks.invalidEach(out, path + ".httpHeaders", name, Formats.httpHeaderName(name),
                        "v.probe.httpGet.header", name);
            }
        }
    }
}
