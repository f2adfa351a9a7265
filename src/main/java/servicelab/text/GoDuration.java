package servicelab.text;

/**
 * Go's time.ParseDuration, which kubectl's duration flags use: a signed sequence of decimal numbers,
 * each with an optional fraction and a unit (ns, us, µs, μs, ms, s, m, h), such as 300ms, 1.5h or
 * 2h45m. There is no d or y. "0" alone needs no unit. Errors carry Go's messages.
 */
public final class GoDuration {
    private GoDuration() {
    }

    private static final long NS = 1, US = 1_000, MS = 1_000_000, S = 1_000_000_000L, M = 60 * S, H = 60 * M;

    /** The duration in nanoseconds. */
    public static long parseNanos(String original) {
        String s = original;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(original);
        }
        // the sum is kept as an unsigned magnitude up to 2^63, as time.go does
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || c >= '0' && c <= '9')) {
                throw invalid(original);
            }
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            String whole = s.substring(start, i);
            String frac = "";
            boolean dot = i < s.length() && s.charAt(i) == '.';
            if (dot) {
                i++;
                int f = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                frac = s.substring(f, i);
            }
            if (whole.isEmpty() && frac.isEmpty()) {
                throw invalid(original); // no digits, e.g. "." or ".s"
            }
            int u = i;
            while (i < s.length() && s.charAt(i) != '.' && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                i++;
            }
            if (u == i) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoStrings.quote(original));
            }
            String unit = s.substring(u, i);
            long scale = unit(unit, original);
            total = total.add(term(whole, frac, scale, original));
            if (total.bitLength() > 63 && !(neg && total.equals(java.math.BigInteger.ONE.shiftLeft(63)))) {
                throw invalid(original); // overflow
            }
        }
        return neg ? total.negate().longValueExact() : total.longValueExact();
    }

    /** whole.frac × scale nanoseconds, truncated as Go does. */
    private static java.math.BigInteger term(String whole, String frac, long scale, String original) {
        whole = whole.replaceFirst("^0+(?=.)", "");
        if (whole.length() > 20) {
            throw invalid(original); // beyond int64 whatever the unit
        }
        frac = frac.substring(0, Math.min(frac.length(), 25)); // finer than a nanosecond of an hour
        java.math.BigDecimal v = new java.math.BigDecimal((whole.isEmpty() ? "0" : whole) + (frac.isEmpty() ? "" : "." + frac));
        return v.multiply(java.math.BigDecimal.valueOf(scale)).toBigInteger();
    }

    private static long unit(String unit, String original) {
        return switch (unit) {
            case "ns" -> NS;
            case "us", "\u00b5s", "\u03bcs" -> US;
            case "ms" -> MS;
            case "s" -> S;
            case "m" -> M;
            case "h" -> H;
            default -> throw new IllegalArgumentException("time: unknown unit " + GoStrings.quote(unit)
                    + " in duration " + GoStrings.quote(original));
        };
    }

    private static IllegalArgumentException invalid(String original) {
        return new IllegalArgumentException("time: invalid duration " + GoStrings.quote(original));
    }
}
