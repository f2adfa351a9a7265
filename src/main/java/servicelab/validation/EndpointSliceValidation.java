package servicelab.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import servicelab.model.EndpointSlice;
import servicelab.model.FieldError;

/**
 * ValidateEndpointSliceCreate (pkg/apis/discovery/validation/validation.go): the address type,
 * the ports (names unique, the empty one included; no check of the number), and each endpoint's
 * addresses by the slice's type (an IPv4 slice's legacy, sloppy parse; an IPv6 slice's strict one;
 * FQDN), its nodeName, hostname and hints. No label is required; conditions are not checked.
 */
final class EndpointSliceValidation {
    static final List<String> ADDRESS_TYPES = List.of("FQDN", "IPv4", "IPv6");
    static final int MAX_ENDPOINTS = 1000;
    static final int MAX_ADDRESSES = 100;
    static final int MAX_PORTS = 20000;
    static final int MAX_HINTS = 8;

    private EndpointSliceValidation() {
    }

    static List<FieldError> validate(EndpointSlice s) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, s.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        String type = GoValues.nz(s.addressType());
        if (type.isEmpty()) {
            out.add(FieldError.required("addressType", "").explain("v.endpointSlice.addressType.required"));
        } else if (!ADDRESS_TYPES.contains(type)) {
            out.add(FieldError.notSupported("addressType", type, ADDRESS_TYPES).explain("v.endpointSlice.addressType.unsupported", type));
        }
        ports(out, s.portsOrEmpty());
        endpoints(out, s.endpointsOrEmpty(), type);
        return out;
    }

    private static void ports(List<FieldError> out, List<EndpointSlice.Port> ports) {
        if (ports.size() > MAX_PORTS) {
            out.add(FieldError.tooMany("ports", ports.size(), MAX_PORTS));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            EndpointSlice.Port p = ports.get(i);
            String path = "ports[" + i + "]";
            String name = GoValues.nz(p.name());
            if (!name.isEmpty()) {
                Checks.invalidEach(out, path + ".name", name, Formats.dns1123Label(name), "v.endpoints.port.name", name);
            }
            if (!names.add(name)) {
                out.add(FieldError.duplicate(path + ".name", name).explain("v.endpointSlice.port.duplicate", name));
            }
            EndpointsValidation.protocolAndAppProtocol(out, path, p.protocol(), p.appProtocol());
        }
    }

    private static void endpoints(List<FieldError> out, List<EndpointSlice.Endpoint> endpoints, String type) {
        if (endpoints.size() > MAX_ENDPOINTS) {
            out.add(FieldError.tooMany("endpoints", endpoints.size(), MAX_ENDPOINTS).explain("v.endpointSlice.tooManyEndpoints"));
            return;
        }
        for (int i = 0; i < endpoints.size(); i++) {
            EndpointSlice.Endpoint e = endpoints.get(i);
            String path = "endpoints[" + i + "]";
            String addressPath = path + ".addresses";
            List<String> addresses = e.addressesOrEmpty();
            if (addresses.isEmpty()) {
                out.add(FieldError.required(addressPath, "must contain at least 1 address").explain("v.endpointSlice.noAddress", path));
            } else if (addresses.size() > MAX_ADDRESSES) {
                out.add(FieldError.tooMany(addressPath, addresses.size(), MAX_ADDRESSES));
            }
            for (int j = 0; j < addresses.size(); j++) {
                address(out, addresses.get(j), addressPath, j, type);
            }
            if (e.nodeName() != null) {
                Checks.invalidEach(out, path + ".nodeName", e.nodeName(), Formats.dns1123Subdomain(e.nodeName()),
                        "v.endpoints.nodeName", e.nodeName());
            }
            if (e.hostname() != null) {
                Checks.invalidEach(out, path + ".hostname", e.hostname(), Formats.dns1123Label(e.hostname()),
                        "v.endpoints.hostname", e.hostname());
            }
            hints(out, e.forZones(), path + ".hints.forZones", true);
            hints(out, e.forNodes(), path + ".hints.forNodes", false);
        }
    }

    /**
     * One address by the slice's type. An IPv4 slice parses it as the legacy fields do (sloppy:
     * leading zeros pass), then wants an IPv4 address, reported at the list's path without the
     * index (as the Go code does), then a usable one (ValidateEndpointIP). An IPv6 slice parses
     * strictly. FQDN: IsFullyQualifiedDomainName.
     */
    private static void address(List<FieldError> out, String text, String listPath, int j, String type) {
        String path = listPath + "[" + j + "]";
        switch (type) {
            case "IPv4", "IPv6" -> {
                Ip ip = Ip.parse(text);
                List<String> parse = ip == null ? List.of(ServiceValidation.IP_MSG)
                        : type.equals("IPv6") ? Ip.strictProblems(text, ip) : List.of();
                if (!parse.isEmpty()) {
                    Checks.invalidEach(out, path, text, parse, "v.endpoints.ip.invalid", text);
                    return;
                }
                if (ip.isV4() != type.equals("IPv4")) {
                    String msg = type.equals("IPv4") ? "must be an IPv4 address" : "must be an IPv6 address";
                    out.add(FieldError.invalid(listPath, text, msg).explain("v.endpointSlice.addressFamily", text, type));
                }
                Checks.invalidEach(out, path, text, Checks.specialIp(ip, text), "v.endpoints.ip.special", text);
            }
            case "FQDN" -> fqdn(out, path, text);
            default -> {
                // unknown types fall through unvalidated, as in the Go code
            }
        }
    }

    /** validation.IsFullyQualifiedDomainName: one trailing dot allowed, a subdomain of two labels or more. */
    private static void fqdn(List<FieldError> out, String path, String name) {
        if (name.isEmpty()) {
            out.add(FieldError.required(path, ""));
            return;
        }
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        List<String> errs = Formats.dns1123Subdomain(n);
        if (!errs.isEmpty()) {
            out.add(FieldError.invalid(path, n, String.join(",", errs)).explain("v.endpointSlice.fqdn", name));
            return;
        }
        String[] labels = n.split("\\.", -1);
        if (labels.length < 2) {
            out.add(FieldError.invalid(path, n, "should be a domain with at least two segments separated by dots")
                    .explain("v.endpointSlice.fqdn", name));
            return;
        }
        for (String label : labels) {
            List<String> le = Formats.dns1123Label(label);
            if (!le.isEmpty()) {
                out.add(FieldError.invalid(path, label, String.join(",", le)).explain("v.endpointSlice.fqdn", name));
                return;
            }
        }
    }

    /** validateHints: at most 8 each, no name twice; zones are label values, nodes node names. */
    private static void hints(List<FieldError> out, List<String> names, String path, boolean zones) {
        if (names == null) {
            return;
        }
        if (names.size() > MAX_HINTS) {
            out.add(FieldError.tooMany(path, names.size(), MAX_HINTS));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < names.size(); k++) {
            String name = GoValues.nz(names.get(k));
            String p = path + "[" + k + "].name";
            if (!seen.add(name)) {
                out.add(FieldError.duplicate(p, name));
            }
            Checks.invalidEach(out, p, name, zones ? Formats.labelValue(name) : Formats.dns1123Subdomain(name),
                    zones ? "v.endpointSlice.zone" : "v.endpoints.nodeName", name);
        }
    }
}
