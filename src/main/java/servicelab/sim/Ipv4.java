package servicelab.sim;

/** IPv4 addresses as ints, for fast lookups in the data plane. */
public final class Ipv4 {
    private Ipv4() {
    }

    /** The address as an int, or 0 when the text is not a dotted IPv4 address. */
    public static int parse(String s) {
        if (s == null) {
            return 0;
        }
        int v = 0, part = 0, dots = 0, digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (digits == 0 || ++dots > 3) {
                    return 0;
                }
                v = (v << 8) | part;
                part = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                part = part * 10 + (c - '0');
                digits++;
                if (part > 255) {
                    return 0;
                }
            } else {
                return 0;
            }
        }
        if (dots != 3 || digits == 0) {
            return 0;
        }
        return (v << 8) | part;
    }

    public static boolean isIp(String s) {
        return parse(s) != 0 || "0.0.0.0".equals(s);
    }

    public static String format(int ip) {
        return ((ip >>> 24) & 255) + "." + ((ip >>> 16) & 255) + "." + ((ip >>> 8) & 255) + "." + (ip & 255);
    }

    /** Whether ip lies in the CIDR block ("10.96.0.0/12"). */
    public static boolean inCidr(int ip, String cidr) {
        int slash = cidr.indexOf('/');
        int base = parse(cidr.substring(0, slash));
        int bits = Integer.parseInt(cidr.substring(slash + 1));
        int mask = bits == 0 ? 0 : -1 << (32 - bits);
        return (ip & mask) == (base & mask);
    }
}
