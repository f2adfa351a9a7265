package servicelab.manifest;

/**
 * Where Go's base64.StdEncoding stops decoding a string (encoding/json decodes a []byte field
 * with it): the offset its CorruptInputError names, or -1 when the text decodes. CR and LF are
 * skipped; padding is required; "illegal base64 data at input byte N" is built from this N.
 */
final class Base64s {
    private Base64s() {
    }

    static int firstError(String s) {
        int si = 0;
        int n = s.length();
        while (true) {
            int j = 0;
            while (j < 4) {
                if (si == n) {
                    if (j == 0) {
                        return -1; // a whole number of quanta
                    }
                    return si - j; // a quantum cut short (padding is required)
                }
                char in = s.charAt(si++);
                if (isAlphabet(in)) {
                    j++;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    continue;
                }
                if (in != '=') {
                    return si - 1;
                }
                // padding: allowed after two or three characters of a quantum
                if (j < 2) {
                    return si - 1;
                }
                if (j == 2) {
                    si = skipNewlines(s, si);
                    if (si == n) {
                        return n; // not enough padding
                    }
                    if (s.charAt(si) != '=') {
                        return si - 1;
                    }
                    si++;
                }
                si = skipNewlines(s, si);
                return si < n ? si : -1; // anything after the padding is trailing garbage
            }
        }
    }

    private static int skipNewlines(String s, int si) {
        while (si < s.length() && (s.charAt(si) == '\n' || s.charAt(si) == '\r')) {
            si++;
        }
        return si;
    }

    private static boolean isAlphabet(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }
}
