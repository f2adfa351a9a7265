package servicelab.sim;

import java.util.Locale;

/**
 * A request URL read as curl reads it (lib/urlapi.c), since curl is what the lessons' client pods
 * run: the scheme (http when none is written), an optional user@, the host (a name, an IPv4
 * address or an [IPv6] literal), an optional port and the path. What curl refuses is refused here
 * with curl's exit code and message, so nothing downstream meets a URL it cannot handle.
 */
public final class Url {
    /** curl's hostname limit (lib/url.c). */
    static final int MAX_HOST = 65535;

    private Url() {
    }

    /** A URL curl accepts. {@code host} has no brackets; {@code path} starts with '/'. */
    public record Parsed(String scheme, String host, int port, String path) {
        /** The form the router takes: scheme://host:port/path (IPv6 in brackets). */
        public String normalized() {
            return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + path;
        }
    }

    /** A URL curl refuses: its exit code and its message (without the "curl: (N) " prefix). */
    public record Refused(int code, String message) {
        public String curlLine() {
            return "curl: (" + code + ") " + message;
        }
    }

    /** Either a {@link Parsed} or a {@link Refused}. */
    public static Object parse(String url) {
        Memo m = last;
        if (url.equals(m.url())) {
            return m.result(); // a client sends the same URL again and again: parse it once
        }
        Object result = parseNew(url);
        last = new Memo(url, result);
        return result;
    }

    /** The last URL parsed and what it gave (both immutable, so any thread may reuse them). */
    private record Memo(String url, Object result) {
    }

    private static volatile Memo last = new Memo(null, null);

    private static Object parseNew(String url) {
        String s = url;
        String scheme = "http";
        boolean written = false;
        int sep = s.indexOf("://");
        if (sep > 0 && s.substring(0, sep).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
            scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
            written = true;
            s = s.substring(sep + 3);
            if (scheme.equals("file")) {
                // file://host/path or file:///path: the path is all there is to it
                int slash = s.indexOf('/');
                return new Parsed("file", slash < 0 ? s : s.substring(0, slash), 0, slash < 0 ? "/" : s.substring(slash));
            }
            int slashes = 0;
            while (slashes < s.length() && s.charAt(slashes) == '/') {
                slashes++;
            }
            // "http:///path" has three slashes in all, which curl allows (the host becomes "path")
            if (slashes > 1) {
                return new Refused(3, "URL rejected: Unsupported number of slashes following scheme");
            }
            s = s.substring(slashes);
        }
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file") && !scheme.equals("ftp")) {
            return new Refused(1, "Protocol \"" + scheme + "\" not supported");
        }
        int end = firstOf(s, "/?#");
        String authority = end < 0 ? s : s.substring(0, end);
        String path = end < 0 ? "/" : s.substring(end);
        if (path.startsWith("?") || path.startsWith("#")) {
            path = "/" + path;
        }
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash); // the fragment is never sent
        }
        if (scheme.equals("file")) {
            return new Parsed("file", authority, 0, path);
        }
        return server(scheme, written, authority, path);
    }

    /** The user@host:port part of a URL with a server (everything but file:). */
    private static Object server(String scheme, boolean written, String authority, String path) {
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return new Refused(3, "URL rejected: Bad IPv6 address");
            }
            host = authority.substring(1, close);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return new Refused(3, "URL rejected: Bad IPv6 address");
                }
                portText = rest.substring(1);
            }
            if (host.isEmpty() || !host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return new Refused(3, "URL rejected: Bad IPv6 address");
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            return new Refused(3, "URL rejected: No host part in the URL");
        }
        if (host.length() > MAX_HOST) {
            return new Refused(3, "Too long hostname (maximum is " + MAX_HOST + ")");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c <= ' ' || "%\"<>\\^`{|}".indexOf(c) >= 0) {
                return new Refused(3, "URL rejected: Bad hostname");
            }
        }
        int port = scheme.equals("https") ? 443 : scheme.equals("ftp") ? 21 : 80;
        if (portText != null && portText.isEmpty() && !written) {
            // "kubia:" could be a scheme, so curl insists on a port number after the colon
            return new Refused(3, "URL rejected: Port number was not a decimal number between 0 and 65535");
        }
        if (portText != null && !portText.isEmpty()) {
            if (portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(portText) > 65535) {
                return new Refused(3, "URL rejected: Port number was not a decimal number between 0 and 65535");
            }
            port = Integer.parseInt(portText);
        }
        return new Parsed(scheme, host, port, path);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
