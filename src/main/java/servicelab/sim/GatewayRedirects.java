package servicelab.sim;

import servicelab.model.Gateway;
import servicelab.model.HTTPRoute;

/**
 * The Location of a RequestRedirect (HTTPRequestRedirectFilter): the scheme, hostname and path
 * the filter names, else the request's; the port the filter names, else the well-known port of a
 * scheme the filter names, else the listener's; the port left out where it is the scheme's own
 * (http 80, https 443). ReplacePrefixMatch swaps the matched prefix, element by element.
 */
final class GatewayRedirects {
    private GatewayRedirects() {
    }

    static String location(HTTPRoute.Redirect rd, Gateway.Listener listener, String host, String[] pathAndQuery, HTTPRoute.PathMatch matched) {
        String requestScheme = "HTTPS".equals(listener.protocol()) ? "https" : "http";
        String scheme = rd.scheme() != null ? rd.scheme() : requestScheme;
        String hostname = rd.hostname() != null ? rd.hostname() : host;
        int port;
        if (rd.port() != null) {
            port = rd.port();
        } else if (rd.scheme() != null) {
            port = "https".equals(rd.scheme()) ? 443 : "http".equals(rd.scheme()) ? 80 : listener.port() == null ? 80 : listener.port();
        } else {
            port = listener.port() == null ? 80 : listener.port();
        }
        boolean wellKnown = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String path = pathAndQuery[0];
        HTTPRoute.PathModifier pm = rd.path();
        if (pm != null && "ReplaceFullPath".equals(pm.type()) && pm.replaceFullPath() != null) {
            path = pm.replaceFullPath();
        } else if (pm != null && "ReplacePrefixMatch".equals(pm.type()) && pm.replacePrefixMatch() != null && matched != null) {
            path = replacePrefix(path, matched.value(), pm.replacePrefixMatch());
        }
        String query = pathAndQuery[1].isEmpty() ? "" : "?" + pathAndQuery[1];
        return scheme + "://" + hostname + (wellKnown ? "" : ":" + port) + path + query;
    }

    /** The request path with the matched prefix (whole elements) replaced; "/" as the replacement drops it. */
    static String replacePrefix(String path, String prefix, String replacement) {
        String p = prefix.endsWith("/") && prefix.length() > 1 ? prefix.substring(0, prefix.length() - 1) : prefix;
        String rest = p.equals("/") ? path : path.length() >= p.length() ? path.substring(p.length()) : "";
        if (replacement.endsWith("/") && rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        String out = replacement + rest;
        return out.isEmpty() ? "/" : out;
    }
}
