package servicelab.validation;

import java.util.List;

import servicelab.model.FieldError;
import servicelab.model.IntOrString;

/** Small helpers shared by the validators: turn Go-style message lists into explained errors. */
final class Checks {
    private Checks() {
    }

    /**
     * ValidateEndpointIP's messages (validation.go; ValidateNonSpecialIP before v1.34), shared by
     * spec.externalIPs and Endpoints addresses: not unspecified, loopback, link-local or
     * link-local multicast.
     */
    static List<String> specialIp(Ip ip, String text) {
        List<String> msgs = new java.util.ArrayList<>();
        if (ip.isUnspecified()) {
            msgs.add("may not be unspecified (" + text + ")");
        }
        if (ip.isLoopback()) {
            msgs.add("may not be in the loopback range (127.0.0.0/8, ::1/128)");
        }
        if (ip.isLinkLocalUnicast()) {
            msgs.add("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
        }
        if (ip.isLinkLocalMulticast()) {
            msgs.add("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
        }
        return msgs;
    }

    /** One Invalid error per message, as the Go loops `for _, msg := range ...` do. */
    static void invalidEach(List<FieldError> out, String field, Object value, List<String> msgs,
                            String key, Object... args) {
        for (String msg : msgs) {
            out.add(FieldError.invalid(field, value, msg).explain(key, args));
        }
    }

    /** ValidatePortNumOrName for an IntOrString that may be absent (Go's zero value is the int 0). */
    static void portNumOrName(List<FieldError> out, String field, IntOrString port,
                              String numberKey, String nameKey) {
        if (port == null || port.isInt()) {
            int n = port == null ? 0 : port.intValue();
            invalidEach(out, field, n, Formats.portNum(n), numberKey, String.valueOf(n));
        } else {
            String s = port.strValue() == null ? "" : port.strValue();
            for (String msg : Formats.portName(s)) {
                out.add(FieldError.invalid(field, s, msg).explain(nameKey, s));
            }
        }
    }
}
