package servicelab.manifest;

import java.math.BigInteger;

/** Number parsing for YAML 1.1 scalars (SnakeYAML's resolver accepts 0x, 0o/0 octal, underscores and signs). */
final class Scalars {
    private Scalars() {
    }

    static Object parseLong(String v) {
        String s = v.replace("_", "");
        int sign = 1;
        if (s.startsWith("-")) {
            sign = -1;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        BigInteger b;
        try {
            if (s.startsWith("0x")) {
                b = new BigInteger(s.substring(2), 16);
            } else if (s.startsWith("0o")) {
                b = new BigInteger(s.substring(2), 8);
            } else if (s.startsWith("0b")) {
                b = new BigInteger(s.substring(2), 2);
            } else if (s.length() > 1 && s.startsWith("0")) {
                b = new BigInteger(s.substring(1), 8);
            } else if (s.contains(":")) {
                b = BigInteger.ZERO;
                for (String part : s.split(":")) {
                    b = b.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else {
                b = new BigInteger(s);
            }
        } catch (NumberFormatException e) {
            return v;
        }
        b = sign < 0 ? b.negate() : b;
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    static Object parseDouble(String v) {
        String s = v.replace("_", "").toLowerCase();
        if (s.endsWith(".inf")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.equals(".nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
