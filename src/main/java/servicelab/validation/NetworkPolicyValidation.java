package servicelab.validation;

import java.util.List;

import servicelab.model.FieldError;
import servicelab.model.NetworkPolicy;

/**
 * A NetworkPolicy checked as pkg/apis/networking/validation ValidateNetworkPolicy checks it: the
 * name, the selectors, each port (protocol, number or name, endPort only after a numeric port and
 * not below it), each peer (at least one of its three kinds; an ipBlock alone, its CIDR valid and
 * each except a strict subset of it) and the policy types.
 */
final class NetworkPolicyValidation {
    private NetworkPolicyValidation() {
    }

    static List<FieldError> validate(NetworkPolicy np) {
        List<FieldError> out = new java.util.ArrayList<>();
        MetaValidation.objectMeta(out, np.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        if (np.podSelector() != null) {
            MetaValidation.labelSelector(out, np.podSelector(), "spec.podSelector");
        }
        rules(out, np.ingressOrEmpty(), "spec.ingress", "from");
        rules(out, np.egressOrEmpty(), "spec.egress", "to");
        List<String> types = np.policyTypesOrEmpty();
        if (types.size() > 2) {
            out.add(FieldError.invalid("spec.policyTypes", types, "may not specify more than two policyTypes")
                    .explain("v.netpol.policyTypes.tooMany"));
            return out;
        }
        for (int i = 0; i < types.size(); i++) {
            String t = types.get(i);
            if (!"Ingress".equals(t) && !"Egress".equals(t)) {
                out.add(FieldError.notSupportedInOrder("spec.policyTypes[" + i + "]", t, List.of("Ingress", "Egress"))
                        .explain("v.netpol.policyType", t));
            }
        }
        return out;
    }

    private static void rules(List<FieldError> out, List<NetworkPolicy.Rule> rules, String path, String peers) {
        for (int i = 0; i < rules.size(); i++) {
            String rp = path + "[" + i + "]";
            for (int j = 0; j < rules.get(i).portsOrEmpty().size(); j++) {
                port(out, rules.get(i).portsOrEmpty().get(j), rp + ".ports[" + j + "]");
            }
            for (int j = 0; j < rules.get(i).peersOrEmpty().size(); j++) {
                peer(out, rules.get(i).peersOrEmpty().get(j), rp + "." + peers + "[" + j + "]");
            }
        }
    }

    /** ValidateNetworkPolicyPort. */
    private static void port(List<FieldError> out, NetworkPolicy.Port p, String path) {
        String protocol = p.protocol();
        if (protocol != null && !List.of("TCP", "UDP", "SCTP").contains(protocol)) {
            out.add(FieldError.notSupportedInOrder(path + ".protocol", protocol, List.of("TCP", "UDP", "SCTP")).explain("v.netpol.protocol", protocol));
        }
        if (p.port() == null) {
            if (p.endPort() != null) {
                out.add(FieldError.invalid(path + ".endPort", p.endPort(), "may not be specified when `port` is not specified")
                        .explain("v.netpol.endPort.noPort"));
            }
            return;
        }
        if (p.port().isInt()) {
            int n = p.port().intValue();
            Checks.invalidEach(out, path + ".port", n, Formats.portNum(n), "v.netpol.port", String.valueOf(n));
            if (p.endPort() != null) {
                if (p.endPort() < n) {
                    out.add(FieldError.invalid(path + ".endPort", p.endPort(), "must be greater than or equal to `port`")
                            .explain("v.netpol.endPort.below", p.endPort(), n));
                }
                Checks.invalidEach(out, path + ".endPort", p.endPort(), Formats.portNum(p.endPort()), "v.netpol.port", String.valueOf(p.endPort()));
            }
        } else {
            if (p.endPort() != null) {
                out.add(FieldError.invalid(path + ".endPort", p.endPort(), "may not be specified when `port` is non-numeric")
                        .explain("v.netpol.endPort.named", p.port().strValue()));
            }
            String s = p.port().strValue() == null ? "" : p.port().strValue();
            for (String msg : Formats.portName(s)) {
                out.add(FieldError.invalid(path + ".port", s, msg).explain("v.netpol.portName", s));
            }
        }
    }

    /** ValidateNetworkPolicyPeer and ValidateIPBlock. */
    private static void peer(List<FieldError> out, NetworkPolicy.Peer peer, String path) {
        int kinds = 0;
        if (peer.podSelector() != null) {
            kinds++;
            MetaValidation.labelSelector(out, peer.podSelector(), path + ".podSelector");
        }
        if (peer.namespaceSelector() != null) {
            kinds++;
            MetaValidation.labelSelector(out, peer.namespaceSelector(), path + ".namespaceSelector");
        }
        if (peer.ipBlock() != null) {
            kinds++;
            ipBlock(out, peer.ipBlock(), path + ".ipBlock");
        }
        if (kinds == 0) {
            out.add(FieldError.required(path, "must specify a peer").explain("v.netpol.peer.none"));
        } else if (kinds > 1 && peer.ipBlock() != null) {
            out.add(FieldError.forbidden(path, "may not specify both ipBlock and another peer").explain("v.netpol.peer.ipBlockAndMore"));
        }
    }

    private static void ipBlock(List<FieldError> out, NetworkPolicy.IpBlock b, String path) {
        String cidr = b.cidr() == null ? "" : b.cidr();
        if (cidr.isEmpty()) {
            out.add(FieldError.required(path + ".cidr", "").explain("v.netpol.cidr.required"));
            return;
        }
        if (!Ip.isValidCidr(cidr)) {
            out.add(FieldError.invalid(path + ".cidr", cidr, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")
                    .explain("v.netpol.cidr", cidr));
            return;
        }
        for (int i = 0; i < b.exceptOrEmpty().size(); i++) {
            String e = b.exceptOrEmpty().get(i);
            String ep = path + ".except[" + i + "]";
            if (!Ip.isValidCidr(e)) {
                out.add(FieldError.invalid(ep, e, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)").explain("v.netpol.cidr", e));
            } else if (!strictSubset(e, cidr)) {
                out.add(FieldError.invalid(ep, e, "must be a strict subset of `cidr`").explain("v.netpol.except", e, cidr));
            }
        }
    }

    /** Whether the except CIDR lies inside the block with a longer prefix (IPv4; an IPv6 pair is left unchecked here). */
    static boolean strictSubset(String except, String cidr) {
        long[] e = v4(except);
        long[] c = v4(cidr);
        if (e == null || c == null) {
            return true;
        }
        long mask = c[1] == 0 ? 0 : (0xffffffffL << (32 - c[1])) & 0xffffffffL;
        return e[1] > c[1] && (e[0] & mask) == (c[0] & mask);
    }

    /** An IPv4 CIDR as {address, prefix length}, or null. */
    private static long[] v4(String cidr) {
        String[] parts = cidr.split("/");
        String[] octets = parts[0].split("\\.");
        if (parts.length != 2 || octets.length != 4) {
            return null;
        }
        long a = 0;
        for (String o : octets) {
            a = a << 8 | Integer.parseInt(o);
        }
        return new long[] {a, Integer.parseInt(parts[1])};
    }
}
