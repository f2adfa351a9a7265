package servicelab.validation;

import java.util.Arrays;
import java.util.List;

/**
 * IP literals parsed the way Go's netutils.ParseIPSloppy does (IPv4 parts may carry leading
 * zeros; no zones). Written by hand because java.net.InetAddress would try DNS for anything that
 * is not a literal.
 */
final class Ip {
    private final byte[] bytes; // 4 or 16

    private Ip(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The parsed address, or null when the text is not an IP literal. */
    static Ip parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        byte[] b = s.indexOf(':') >= 0 ? parseV6(s) : parseV4(s);
        return b == null ? null : new Ip(b);
    }

    static boolean isValid(String s) {
        return parse(s) != null;
    }

    private static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                return null;
            }
            int n = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                n = n * 10 + (c - '0');
                if (n > 255) {
                    return null;
                }
            }
            out[i] = (byte) n;
        }
        return out;
    }

    // Mirrors the shape of Go's parseIPv6 (k8s.io/utils forked net), to compare line by line with it; hence its length.
    private static byte[] parseV6(String s) {
        byte[] out = new byte[16];
        int ellipsis = -1;
        int pos = 0;
        int i = 0;
        if (s.startsWith("::")) {
            ellipsis = 0;
            i = 2;
            if (i == s.length()) {
                return out;
            }
        }
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '.') {
                // trailing embedded IPv4
                if (pos > 12) {
                    return null;
                }
                byte[] v4 = parseV4(s.substring(i));
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, pos, 4);
                pos += 4;
                i = s.length();
                break;
            }
            int len = j - i;
            if (len == 0 || len > 4 || pos >= 16) {
                return null;
            }
            int group = Integer.parseInt(s.substring(i, j), 16);
            out[pos++] = (byte) (group >> 8);
            out[pos++] = (byte) group;
            i = j;
            if (i == s.length()) {
                break;
            }
            if (s.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < s.length() && s.charAt(i) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = pos;
                i++;
                if (i == s.length()) {
                    break;
                }
            } else if (i == s.length()) {
                return null;
            }
        }
        if (pos < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - pos;
            byte[] shifted = new byte[16];
            System.arraycopy(out, 0, shifted, 0, ellipsis);
            System.arraycopy(out, ellipsis, shifted, ellipsis + n, pos - ellipsis);
            out = shifted;
        } else if (ellipsis >= 0) {
            return null;
        }
        return out;
    }

    /** Go's To4: IPv4, or IPv4-mapped IPv6; null otherwise. */
    byte[] v4() {
        if (bytes.length == 4) {
            return bytes;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return null;
            }
        }
        if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
            return null;
        }
        return Arrays.copyOfRange(bytes, 12, 16);
    }

    boolean isV4() {
        return v4() != null;
    }

    /** The IPv4 address as an unsigned 32-bit number; only for isV4() addresses. */
    long v4Value() {
        byte[] b = v4();
        return ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
    }

    static String v4String(long value) {
        return ((value >> 24) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 8) & 0xff) + "." + (value & 0xff);
    }

    /** Canonical text, as Go's net.IP.String() prints it (IPv4 form for IPv4 addresses). */
    @Override
    public String toString() {
        if (isV4()) {
            return v4String(v4Value());
        }
        int bestStart = -1;
        int bestLen = 0;
        int k = 0;
        while (k < 8) {
            if (group(k) != 0) {
                k++;
                continue;
            }
            int end = k;
            while (end < 8 && group(end) == 0) {
                end++;
            }
            if (end - k > bestLen && end - k >= 2) {
                bestStart = k;
                bestLen = end - k;
            }
            k = end;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(group(i)));
        }
        return sb.toString();
    }

    private int group(int i) {
        return ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }

    boolean isUnspecified() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    boolean isLoopback() {
        byte[] four = v4();
        if (four != null) {
            return four[0] == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 1;
    }

    boolean isLinkLocalUnicast() {
        byte[] four = v4();
        if (four != null) {
            return (four[0] & 0xff) == 169 && (four[1] & 0xff) == 254;
        }
        return (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0x80;
    }

    boolean isLinkLocalMulticast() {
        byte[] four = v4();
        if (four != null) {
            return (four[0] & 0xff) == 224 && four[1] == 0 && four[2] == 0;
        }
        return (bytes[0] & 0xff) == 0xff && (bytes[1] & 0x0f) == 0x02;
    }

    /** ParseCIDRSloppy: an address, a slash and a prefix length that fits the family. */
    static boolean isValidCidr(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String addr = s.substring(0, slash);
        String bits = s.substring(slash + 1);
        if (bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        byte[] b = addr.indexOf(':') >= 0 ? parseV6(addr) : parseV4(addr);
        if (b == null) {
            return false;
        }
        return Integer.parseInt(bits) <= b.length * 8;
    }

    /**
     * What apimachinery's strict IsValidIP adds to a parse that succeeded: leading zeros in an
     * IPv4 part (netip.ParseAddr refuses them), an IPv4-mapped IPv6 address, and then a text that
     * is not the canonical form Go's IP.String() prints.
     */
    static List<String> strictProblems(String text, Ip ip) {
        List<String> out = new java.util.ArrayList<>();
        boolean leadingZero = java.util.regex.Pattern.compile("(^|[.:])0\\d").matcher(text.substring(Math.max(0, text.lastIndexOf(':') + 1))).find()
                && text.substring(text.lastIndexOf(':') + 1).contains(".");
        if (leadingZero) {
            out.add("must not have leading 0s");
        } else if (text.indexOf(':') >= 0 && ip.isV4()) {
            out.add("must not be an IPv4-mapped IPv6 address");
        }
        if (out.isEmpty() && !text.equals(ip.toString())) {
            out.add("must be in canonical form (" + servicelab.text.GoStrings.quote(ip.toString()) + ")");
        }
        return out;
    }
}
