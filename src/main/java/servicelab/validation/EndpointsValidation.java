package servicelab.validation;

import java.util.ArrayList;
import java.util.List;

import servicelab.model.Endpoints;
import servicelab.model.FieldError;

/**
 * ValidateEndpointsCreate (pkg/apis/core/validation/validation.go, v1.34): the name a DNS-1123
 * subdomain, every subset with an address, each address a usable IP (validateEndpointAddress,
 * then ValidateEndpointIP), each port with a name when the subset has more than one. There is no
 * limit on the number of addresses or ports, and no duplicate check.
 */
final class EndpointsValidation {
    private EndpointsValidation() {
    }

    static List<FieldError> validate(Endpoints ep) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, ep.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        List<Endpoints.Subset> subsets = ep.subsetsOrEmpty();
        for (int i = 0; i < subsets.size(); i++) {
            Endpoints.Subset ss = subsets.get(i);
            String path = "subsets[" + i + "]";
            if (ss.addressesOrEmpty().isEmpty() && ss.notReadyOrEmpty().isEmpty()) {
                out.add(FieldError.required(path, "must specify `addresses` or `notReadyAddresses`")
                        .explain("v.endpoints.subset.empty", path));
            }
            for (int j = 0; j < ss.addressesOrEmpty().size(); j++) {
                address(out, ss.addressesOrEmpty().get(j), path + ".addresses[" + j + "]");
            }
            for (int j = 0; j < ss.notReadyOrEmpty().size(); j++) {
                address(out, ss.notReadyOrEmpty().get(j), path + ".notReadyAddresses[" + j + "]");
            }
            List<Endpoints.Port> ports = ss.portsOrEmpty();
            for (int k = 0; k < ports.size(); k++) {
                port(out, ports.get(k), ports.size() > 1, path + ".ports[" + k + "]");
            }
        }
        return out;
    }

    /** validateEndpointAddress: the IP (twice worded when unparsable), hostname, nodeName, then ValidateEndpointIP. */
    private static void address(List<FieldError> out, Endpoints.Address a, String path) {
        String text = GoValues.nz(a.ip());
        Ip ip = Ip.parse(text);
        if (ip == null) {
            out.add(FieldError.invalid(path + ".ip", text, ServiceValidation.IP_MSG).explain("v.endpoints.ip.invalid", text));
        }
        if (a.hostname() != null && !a.hostname().isEmpty()) {
            Checks.invalidEach(out, path + ".hostname", a.hostname(), Formats.dns1123Label(a.hostname()),
                    "v.endpoints.hostname", a.hostname());
        }
        if (a.nodeName() != null) {
            Checks.invalidEach(out, path + ".nodeName", a.nodeName(), Formats.dns1123Subdomain(a.nodeName()),
                    "v.endpoints.nodeName", a.nodeName());
        }
        if (ip == null) {
            out.add(FieldError.invalid(path + ".ip", text, "must be a valid IP address").explain("v.endpoints.ip.invalid", text));
            return;
        }
        Checks.invalidEach(out, path + ".ip", text, Checks.specialIp(ip, text), "v.endpoints.ip.special", text);
    }

    /** validateEndpointPort. */
    private static void port(List<FieldError> out, Endpoints.Port p, boolean requireName, String path) {
        String name = GoValues.nz(p.name());
        if (requireName && name.isEmpty()) {
            out.add(FieldError.required(path + ".name", "").explain("v.endpoints.port.nameRequired", path));
        } else if (!name.isEmpty()) {
            Checks.invalidEach(out, path + ".name", name, Formats.dns1123Label(name), "v.endpoints.port.name", name);
        }
        int n = GoValues.nz(p.port());
        Checks.invalidEach(out, path + ".port", n, Formats.portNum(n), "v.endpoints.port.number", String.valueOf(n));
        protocolAndAppProtocol(out, path, p.protocol(), p.appProtocol());
    }

    /** An endpoint port's protocol (TCP, UDP or SCTP; defaulting fills it) and appProtocol (a qualified name). */
    static void protocolAndAppProtocol(List<FieldError> out, String path, String protocol, String appProtocol) {
        String proto = GoValues.nz(protocol);
        if (proto.isEmpty()) {
            out.add(FieldError.required(path + ".protocol", "").explain("v.defaulted.missing", path + ".protocol"));
        } else if (!ServiceValidation.PROTOCOLS.contains(proto)) {
            out.add(FieldError.notSupported(path + ".protocol", proto, ServiceValidation.PROTOCOLS)
                    .explain("v.endpoints.port.protocol", proto));
        }
        if (appProtocol != null) {
            Checks.invalidEach(out, path + ".appProtocol", appProtocol, Formats.labelKey(appProtocol),
                    "v.endpoints.port.appProtocol", appProtocol);
        }
    }
}
