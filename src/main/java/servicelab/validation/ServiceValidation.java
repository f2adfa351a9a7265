package servicelab.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import servicelab.model.FieldError;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.model.ServiceSpec;

/**
 * ValidateService (pkg/apis/core/validation) in the order Go appends its errors. It expects the
 * object after defaulting and, in a real create, after allocation; a healthCheckNodePort of 0 on a
 * LoadBalancer/Local Service is therefore taken as "still to be allocated", not as missing.
 */
final class ServiceValidation {
    private ServiceValidation() {
    }

    static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");
    static final String IP_MSG = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    private static final String LB_ONLY = "may only be used when `type` is 'LoadBalancer'";

    static List<FieldError> validate(Service svc) {
        return validate(svc, servicelab.model.Release.KUBERNETES_MINOR);
    }

    /** ValidateService as the given release's API server runs it (with that release's default feature gates). */
    static List<FieldError> validate(Service svc, int minor) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, svc.metadata(), MetaValidation.NameRule.DNS1035_LABEL, true);
        ServiceSpec spec = svc.spec() == null ? ServiceSpec.builder().build() : svc.spec();
        String type = GoValues.nz(spec.type());
        List<ServicePort> ports = spec.portsOrEmpty();
        boolean headless = isHeadless(spec);

        if (ports.isEmpty() && !headless && !type.equals("ExternalName")) {
            out.add(FieldError.required("spec.ports", "").explain("v.service.ports.required"));
        }
        typeSpecific(out, spec, type, headless);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            port(out, ports.get(i), ports.size() > 1, names, "spec.ports[" + i + "]");
        }
        if (spec.selector() != null) {
            MetaValidation.labels(out, spec.selector(), "spec.selector");
        }
        sessionAffinity(out, spec);
        clusterIPsRelatedFields(out, spec);
        externalIPs(out, spec);

        if (type.isEmpty()) {
            out.add(FieldError.required("spec.type", "").explain("v.defaulted.missing", "spec.type"));
        } else if (!TYPES.contains(type)) {
            out.add(FieldError.notSupported("spec.type", type, TYPES).explain("v.service.type.unsupported", type));
        }
        if (type.equals("ClusterIP")) {
            for (int i = 0; i < ports.size(); i++) {
                int np = GoValues.nz(ports.get(i).nodePort());
                if (np != 0) {
                    out.add(FieldError.forbidden("spec.ports[" + i + "].nodePort", "may not be used when `type` is 'ClusterIP'")
                            .explain("v.service.nodePort.clusterIP", String.valueOf(np)));
                }
            }
        }
        duplicates(out, ports);
        loadBalancerFields(out, spec, type);
        sourceRangesAnnotation(out, svc, spec, type);
        externalTrafficPolicy(out, spec, type);
        internalTrafficPolicy(out, spec, type);
        trafficDistribution(out, spec, minor); // last, as ValidateService calls it
        return out;
    }

    /**
     * The trafficDistribution values a release accepts with its default feature gates: PreferClose
     * alone up to v1.33 (validateServiceTrafficDistribution in v1.32; PreferSameZone and
     * PreferSameNode came in v1.33 behind the alpha gate PreferSameTrafficDistribution, off by
     * default), all three from v1.34 (the gate beta and on; kube_features.go).
     */
    static List<String> trafficDistributions(int minor) {
        return minor >= 34 ? List.of("PreferClose", "PreferSameZone", "PreferSameNode") : List.of("PreferClose");
    }

    private static void trafficDistribution(List<FieldError> out, ServiceSpec spec, int minor) {
        String td = spec.trafficDistribution();
        if (td != null && !trafficDistributions(minor).contains(td)) {
            boolean later = minor < 34 && trafficDistributions(34).contains(td);
            out.add(FieldError.notSupported("spec.trafficDistribution", td, trafficDistributions(minor))
                    .explain(later ? "v.service.trafficDistribution.later" : "v.service.trafficDistribution.unsupported", td,
                            String.join(", ", trafficDistributions(minor))));
        }
    }

    /** isHeadlessService: exactly one cluster IP and it is "None". */
    static boolean isHeadless(ServiceSpec spec) {
        return spec.clusterIPs() != null && spec.clusterIPs().size() == 1 && "None".equals(spec.clusterIPs().get(0));
    }

    static boolean externallyAccessible(ServiceSpec spec, String type) {
        return type.equals("LoadBalancer") || type.equals("NodePort")
                || (type.equals("ClusterIP") && spec.externalIPs() != null && !spec.externalIPs().isEmpty());
    }

    static boolean needsHealthCheck(ServiceSpec spec, String type) {
        return type.equals("LoadBalancer") && "Local".equals(spec.externalTrafficPolicy());
    }

    private static void typeSpecific(List<FieldError> out, ServiceSpec spec, String type, boolean headless) {
        switch (type) {
            case "LoadBalancer", "NodePort" -> {
                if (headless) {
                    out.add(FieldError.invalid("spec.clusterIPs[0]", spec.clusterIPs().get(0),
                            "may not be set to 'None' for " + type + " services")
                            .explain("v.service.clusterIP.noneNotAllowed", type));
                }
            }
            case "ExternalName" -> {
                if (spec.clusterIPs() != null && !spec.clusterIPs().isEmpty()) {
                    out.add(FieldError.forbidden("spec.clusterIPs", "may not be set for ExternalName services")
                            .explain("v.service.externalName.clusterIP"));
                }
                if (spec.ipFamilies() != null && !spec.ipFamilies().isEmpty()) {
                    out.add(FieldError.forbidden("spec.ipFamilies", "may not be set for ExternalName services")
                            .explain("v.service.externalName.ipFamily", "ipFamilies"));
                }
                if (spec.ipFamilyPolicy() != null) {
                    out.add(FieldError.forbidden("spec.ipFamilyPolicy", "may not be set for ExternalName services")
                            .explain("v.service.externalName.ipFamily", "ipFamilyPolicy"));
                }
                // The value is a CNAME and may carry one trailing dot.
                String cname = GoValues.nz(spec.externalName());
                if (cname.endsWith(".")) {
                    cname = cname.substring(0, cname.length() - 1);
                }
                if (!cname.isEmpty()) {
                    Checks.invalidEach(out, "spec.externalName", cname, Formats.dns1123Subdomain(cname),
                            "v.service.externalName.invalid", cname);
                } else {
                    out.add(FieldError.required("spec.externalName", "").explain("v.service.externalName.required"));
                }
            }
            default -> {
            }
        }
    }

    /** validateServicePort. */
    private static void port(List<FieldError> out, ServicePort sp, boolean requireName, Set<String> names, String path) {
        String name = GoValues.nz(sp.name());
        if (requireName && name.isEmpty()) {
            out.add(FieldError.required(path + ".name", "").explain("v.service.portName.required"));
        } else if (!name.isEmpty()) {
            Checks.invalidEach(out, path + ".name", name, Formats.dns1123Label(name), "v.service.portName.invalid", name);
            if (!names.add(name)) {
                out.add(FieldError.duplicate(path + ".name", name).explain("v.service.portName.duplicate", name));
            }
        }
        int port = GoValues.nz(sp.port());
        Checks.invalidEach(out, path + ".port", port, Formats.portNum(port), "v.service.port.range", String.valueOf(port));
        String protocol = GoValues.nz(sp.protocol());
        if (protocol.isEmpty()) {
            out.add(FieldError.required(path + ".protocol", "").explain("v.defaulted.missing", path + ".protocol"));
        } else if (!PROTOCOLS.contains(protocol)) {
            out.add(FieldError.notSupported(path + ".protocol", protocol, PROTOCOLS)
                    .explain("v.service.protocol.unsupported", protocol));
        }
        Checks.portNumOrName(out, path + ".targetPort", sp.targetPort(), "v.service.targetPort.range", "v.service.targetPort.name");
        if (sp.appProtocol() != null) {
            Checks.invalidEach(out, path + ".appProtocol", sp.appProtocol(), Formats.labelKey(sp.appProtocol()),
                    "v.service.appProtocol.invalid", sp.appProtocol());
        }
    }

    private static void sessionAffinity(List<FieldError> out, ServiceSpec spec) {
        String sa = GoValues.nz(spec.sessionAffinity());
        if (sa.isEmpty()) {
            out.add(FieldError.required("spec.sessionAffinity", "").explain("v.defaulted.missing", "spec.sessionAffinity"));
        } else if (!sa.equals("ClientIP") && !sa.equals("None")) {
            out.add(FieldError.notSupported("spec.sessionAffinity", sa, List.of("ClientIP", "None"))
                    .explain("v.service.sessionAffinity.unsupported", sa));
        }
        if (sa.equals("ClientIP")) {
            Integer timeout = spec.sessionAffinityTimeoutSeconds();
            if (!spec.sessionAffinityConfigSet() && timeout == null) {
                out.add(FieldError.required("spec.sessionAffinityConfig", "when session affinity type is ClientIP")
                        .explain("v.defaulted.missing", "spec.sessionAffinityConfig"));
            } else if (timeout == null) {
                String p = "spec.sessionAffinityConfig.clientIP.timeoutSeconds";
                out.add(FieldError.required(p, "when session affinity type is ClientIP").explain("v.defaulted.missing", p));
            } else if (timeout <= 0 || timeout > 86400) {
                out.add(FieldError.invalid("spec.sessionAffinityConfig.clientIP.timeoutSeconds", timeout,
                        "must be greater than 0 and less than 86400")
                        .explain("v.service.sessionAffinity.timeout", String.valueOf(timeout)));
            }
        } else if (sa.equals("None") && spec.sessionAffinityConfigSet()) {
            out.add(FieldError.forbidden("spec.sessionAffinityConfig", "must not be set when session affinity is None")
                    .explain("v.service.sessionAffinityConfig.forbidden"));
        }
    }

    /**
     * ValidateServiceClusterIPsRelatedFields. The allocator runs the same checks before it
     * allocates, so a bad clusterIP stops a create there.
     */
    static void clusterIPsRelatedFields(List<FieldError> out, ServiceSpec spec) {
        if ("ExternalName".equals(spec.type())) {
            return;
        }
        String clusterIP = GoValues.nz(spec.clusterIP());
        List<String> ips = spec.clusterIPs() == null ? List.of() : spec.clusterIPs();
        clusterIPMatchesClusterIPs(out, clusterIP, ips);
        List<String> families = spec.ipFamilies() == null ? List.of() : spec.ipFamilies();
        ipFamiliesStandAlone(out, families);
        ipFamilyPolicyStandAlone(out, spec.ipFamilyPolicy());
        boolean hasInvalid = clusterIPsStandAlone(out, ips);
        if (ips.size() > 2) {
            out.add(FieldError.invalid("spec.clusterIPs", ips, "may only hold up to 2 values")
                    .explain("v.service.clusterIPs.dualStack"));
        }
        // an invalid or misplaced IP would skew the checks below (bad index, family of a bad IP)
        if (hasInvalid) {
            return;
        }
        clusterIPsDualStack(out, ips);
        if (!isHeadless(spec) && !ips.isEmpty() && !families.isEmpty()) {
            clusterIPsMatchFamilies(out, ips, families);
        }
    }

    /** clusterIP set needs clusterIPs, whose first value must match it; clusterIPs alone is wrong. */
    private static void clusterIPMatchesClusterIPs(List<FieldError> out, String clusterIP, List<String> ips) {
        if (!clusterIP.isEmpty()) {
            if (ips.isEmpty()) {
                out.add(FieldError.required("spec.clusterIPs", "").explain("v.defaulted.missing", "spec.clusterIPs"));
            } else if (!ips.get(0).equals(clusterIP)) {
                out.add(FieldError.invalid("spec.clusterIPs", ips, "first value must match `clusterIP`")
                        .explain("v.service.clusterIPs.mismatch", clusterIP, ips.get(0)));
            }
        } else if (!ips.isEmpty()) {
            out.add(FieldError.invalid("spec.clusterIPs", ips, "must be empty when `clusterIP` is not specified")
                    .explain("v.service.clusterIPs.withoutClusterIP"));
        }
    }

    /** Each ipFamilies entry is IPv4 or IPv6, none twice. */
    private static void ipFamiliesStandAlone(List<FieldError> out, List<String> families) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < families.size(); i++) {
            String f = GoValues.nz(families.get(i));
            if (!f.equals("IPv4") && !f.equals("IPv6")) {
                out.add(FieldError.notSupported("spec.ipFamilies[" + i + "]", f, List.of("IPv4", "IPv6"))
                        .explain("v.service.ipFamilies.invalid", f));
            }
            if (!seen.add(f)) {
                out.add(FieldError.duplicate("spec.ipFamilies[" + i + "]", f).explain("v.service.ipFamilies.invalid", f));
            }
        }
    }

    /** ipFamilyPolicy, when set, is one of the three policies (unset is defaulted later). */
    private static void ipFamilyPolicyStandAlone(List<FieldError> out, String policy) {
        if (policy != null && !List.of("SingleStack", "PreferDualStack", "RequireDualStack").contains(policy)) {
            out.add(FieldError.notSupported("spec.ipFamilyPolicy", policy,
                    List.of("PreferDualStack", "RequireDualStack", "SingleStack"))
                    .explain("v.service.ipFamilyPolicy.invalid", policy));
        }
    }

    /** Each clusterIPs entry is a valid IP, or 'None' as the only value; true when any is not. */
    private static boolean clusterIPsStandAlone(List<FieldError> out, List<String> ips) {
        boolean hasInvalid = false;
        for (int i = 0; i < ips.size(); i++) {
            String ip = GoValues.nz(ips.get(i));
            if (i == 0 && ip.equals("None")) {
                if (ips.size() > 1) {
                    hasInvalid = true;
                    out.add(FieldError.invalid("spec.clusterIPs", ips, "'None' must be the first and only value")
                            .explain("v.service.clusterIPs.dualStack"));
                }
                continue;
            }
            if (!Ip.isValid(ip)) {
                hasInvalid = true;
                out.add(FieldError.invalid("spec.clusterIPs[" + i + "]", ip, IP_MSG).explain("v.service.clusterIP.invalid", ip));
            }
        }
        return hasInvalid;
    }

    /** More than one clusterIP must be dual-stacked: one per IP family. */
    private static void clusterIPsDualStack(List<FieldError> out, List<String> ips) {
        if (ips.size() > 1) {
            long v4 = ips.stream().filter(ip -> Ip.parse(ip).isV4()).count();
            if (v4 == 0 || v4 == ips.size()) {
                out.add(FieldError.invalid("spec.clusterIPs", ips, "may specify no more than one IP for each IP family")
                        .explain("v.service.clusterIPs.dualStack"));
            }
        }
    }

    /** Each clusterIP has the family of the ipFamilies entry at its index. */
    private static void clusterIPsMatchFamilies(List<FieldError> out, List<String> ips, List<String> families) {
        for (int i = 0; i < ips.size() && i < families.size(); i++) {
            boolean v6 = !Ip.parse(ips.get(i)).isV4();
            if (families.get(i).equals("IPv4") && v6 || families.get(i).equals("IPv6") && !v6) {
                out.add(FieldError.invalid("spec.clusterIPs[" + i + "]", ips.get(i),
                        "expected an " + families.get(i) + " value as indicated by `ipFamilies[" + i + "]`")
                        .explain("v.service.clusterIPs.dualStack"));
            }
        }
    }

    private static void externalIPs(List<FieldError> out, ServiceSpec spec) {
        if (spec.externalIPs() == null) {
            return;
        }
        for (int i = 0; i < spec.externalIPs().size(); i++) {
            String path = "spec.externalIPs[" + i + "]";
            String text = GoValues.nz(spec.externalIPs().get(i));
            Ip ip = Ip.parse(text);
            if (ip == null) {
                out.add(FieldError.invalid(path, text, IP_MSG).explain("v.service.externalIPs.invalid", text));
                continue;
            }
            Checks.invalidEach(out, path, text, Checks.specialIp(ip, text), "v.service.externalIPs.special", text);
        }
    }

    /** Duplicate (protocol, nodePort) pairs, then duplicate (protocol, port) pairs. */
    private static void duplicates(List<FieldError> out, List<ServicePort> ports) {
        Set<String> nodePorts = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            int np = GoValues.nz(ports.get(i).nodePort());
            if (np == 0) {
                continue;
            }
            if (!nodePorts.add(GoValues.nz(ports.get(i).protocol()) + "/" + np)) {
                out.add(FieldError.duplicate("spec.ports[" + i + "].nodePort", np)
                        .explain("v.service.nodePort.duplicate", String.valueOf(np)));
            }
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            String protocol = GoValues.nz(ports.get(i).protocol());
            int port = GoValues.nz(ports.get(i).port());
            if (!keys.add(protocol + "/" + port)) {
                out.add(GoValues.duplicateRendered("spec.ports[" + i + "]", GoValues.servicePortKey(protocol, port))
                        .explain("v.service.port.duplicate", String.valueOf(port), protocol));
            }
        }
    }

    private static void loadBalancerFields(List<FieldError> out, ServiceSpec spec, String type) {
        boolean lb = type.equals("LoadBalancer");
        List<String> ranges = spec.loadBalancerSourceRanges();
        if (ranges != null && !ranges.isEmpty()) {
            // The capital L is how the Go code spells this path.
            String path = "spec.LoadBalancerSourceRanges";
            if (!lb) {
                out.add(FieldError.forbidden(path, LB_ONLY).explain("v.service.loadBalancerSourceRanges.notLB"));
            }
            for (int i = 0; i < ranges.size(); i++) {
                String value = GoValues.nz(ranges.get(i)).strip();
                if (!Ip.isValidCidr(value)) {
                    out.add(FieldError.invalid(path + "[" + i + "]", value,
                            "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")
                            .explain("v.service.loadBalancerSourceRanges.cidr", value));
                }
            }
        }
        if (spec.allocateLoadBalancerNodePorts() != null && !lb) {
            out.add(FieldError.forbidden("spec.allocateLoadBalancerNodePorts", LB_ONLY)
                    .explain("v.service.allocateLoadBalancerNodePorts.notLB"));
        }
        if (lb && spec.allocateLoadBalancerNodePorts() == null) {
            // Go builds this path without the "spec." prefix.
            out.add(FieldError.required("allocateLoadBalancerNodePorts", "")
                    .explain("v.defaulted.missing", "spec.allocateLoadBalancerNodePorts"));
        }
        String lbClass = spec.loadBalancerClass();
        if (lb) {
            if (lbClass != null) {
                Checks.invalidEach(out, "spec.loadBalancerClass", lbClass, Formats.labelKey(lbClass),
                        "v.service.loadBalancerClass.invalid", lbClass);
            }
        } else if (lbClass != null) {
            out.add(FieldError.forbidden("spec.loadBalancerClass", LB_ONLY).explain("v.service.loadBalancerClass.notLB"));
        }
    }

    static final String SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";

    /**
     * The older way to give source ranges, checked only when spec.loadBalancerSourceRanges is
     * empty (ValidateService: "Validate SourceRanges field or annotation"): the annotation's
     * comma-separated CIDRs, each trimmed, all reported at the annotation's own path.
     */
    private static void sourceRangesAnnotation(List<FieldError> out, Service svc, ServiceSpec spec, String type) {
        if (spec.loadBalancerSourceRanges() != null && !spec.loadBalancerSourceRanges().isEmpty() || svc.metadata() == null) {
            return;
        }
        String val = svc.metadata().annotationsOrEmpty().get(SOURCE_RANGES_ANNOTATION);
        if (val == null) {
            return;
        }
        String path = "metadata.annotations[" + SOURCE_RANGES_ANNOTATION + "]";
        if (!type.equals("LoadBalancer")) {
            out.add(FieldError.forbidden(path, LB_ONLY).explain("v.service.loadBalancerSourceRanges.annotationNotLB"));
        }
        val = val.strip();
        if (val.isEmpty()) {
            return;
        }
        for (String value : val.split(",", -1)) {
            value = value.strip();
            if (!Ip.isValidCidr(value)) {
                out.add(FieldError.invalid(path, value, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")
                        .explain("v.service.loadBalancerSourceRanges.cidr", value));
            }
        }
    }

    private static void externalTrafficPolicy(List<FieldError> out, ServiceSpec spec, String type) {
        String etp = GoValues.nz(spec.externalTrafficPolicy());
        if (!externallyAccessible(spec, type)) {
            if (!etp.isEmpty()) {
                out.add(FieldError.invalid("spec.externalTrafficPolicy", etp, "may only be set for externally-accessible services")
                        .explain("v.service.externalTrafficPolicy.notExternal", etp));
            }
        } else if (etp.isEmpty()) {
            out.add(FieldError.required("spec.externalTrafficPolicy", "").explain("v.defaulted.missing", "spec.externalTrafficPolicy"));
        } else if (!etp.equals("Cluster") && !etp.equals("Local")) {
            out.add(FieldError.notSupported("spec.externalTrafficPolicy", etp, List.of("Cluster", "Local"))
                    .explain("v.service.externalTrafficPolicy.unsupported", etp));
        }
        int hc = GoValues.nz(spec.healthCheckNodePort());
        if (!needsHealthCheck(spec, type)) {
            if (hc != 0) {
                out.add(FieldError.invalid("spec.healthCheckNodePort", hc,
                        "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'")
                        .explain("v.service.healthCheckNodePort.notAllowed", String.valueOf(hc)));
            }
        } else if (hc != 0) {
            Checks.invalidEach(out, "spec.healthCheckNodePort", hc, Formats.portNum(hc),
                    "v.service.healthCheckNodePort.range", String.valueOf(hc));
        }
    }

    private static void internalTrafficPolicy(List<FieldError> out, ServiceSpec spec, String type) {
        String itp = spec.internalTrafficPolicy();
        if (itp == null) {
            if (type.equals("NodePort") || type.equals("LoadBalancer") || type.equals("ClusterIP")) {
                out.add(FieldError.required("spec.internalTrafficPolicy", "")
                        .explain("v.defaulted.missing", "spec.internalTrafficPolicy"));
            }
        } else if (!itp.equals("Cluster") && !itp.equals("Local")) {
            out.add(FieldError.notSupported("spec.internalTrafficPolicy", itp, List.of("Cluster", "Local"))
                    .explain("v.service.internalTrafficPolicy.unsupported", itp));
        }
    }
}
