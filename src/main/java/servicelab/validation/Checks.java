package servicelab.validation;

import java.util.List;

import servicelab.model.FieldError;
import servicelab.model.IntOrString;

/** Small helpers shared by the validators: turn Go-style message lists into explained errors. */
final class Checks {
    private Checks() {
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
