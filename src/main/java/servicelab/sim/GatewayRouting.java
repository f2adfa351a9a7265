package servicelab.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import servicelab.model.Gateway;
import servicelab.model.HTTPRoute;
import servicelab.model.Labels;
import servicelab.model.ReferenceGrant;

/**
 * Which backend a Gateway API implementation picks for one HTTP request: a pure function of one
 * Gateway, the HTTPRoutes (oldest first), the ReferenceGrants and what the cluster holds.
 *
 * <ol>
 * <li>Listener: of the Gateway's HTTP listeners on the request's port (or the one named), the one
 * whose hostname matches the Host most specifically (exact, then the longest wildcard, then none).</li>
 * <li>Attachment: a route's parentRef names the Gateway (group and kind defaulted, the route's
 * namespace unless given) and, if it says so, the listener's sectionName or port; the listener's
 * allowedRoutes admit the route's namespace (Same, All, Selector) and kind; their hostnames intersect.</li>
 * <li>Hostname: only the routes whose hostnames match the Host most specifically are considered
 * ("precedence must be given to rules from the HTTPRoute with the largest number of characters in
 * a matching non-wildcard hostname, then characters in a matching hostname", HTTPRouteSpec).</li>
 * <li>Match, across all those routes' rules (HTTPRouteRule): an Exact path, then the longest
 * PathPrefix, then a RegularExpression path (implementation-specific: last here); then a method
 * match; then the most header matches; then the most query parameter matches; ties go to the
 * oldest route, then to namespace/name in alphabetical order, then to the first rule and match.</li>
 * <li>The rule: a RequestRedirect answers with its status and Location; otherwise its backends.
 * A backend is invalid (its share of requests gets 500) when it is not a Service, the Service does
 * not exist, or it is in another namespace without a ReferenceGrant there; a rule whose backends
 * are all invalid, or has none, answers 500. No match: 404.</li>
 * </ol>
 */
public final class GatewayRouting {
    /** The CRD's defaults: a rule without matches matches PathPrefix "/"; a route without rules has one such rule. */
    static final HTTPRoute.Match DEFAULT_MATCH = new HTTPRoute.Match(new HTTPRoute.PathMatch("PathPrefix", "/"), null, null, null);
    static final HTTPRoute.Rule DEFAULT_RULE = new HTTPRoute.Rule(null, List.of(DEFAULT_MATCH), null, null);

    private GatewayRouting() {
    }

    /** What the routing needs to know of the cluster. */
    public interface Cluster {
        boolean hasService(String namespace, String name);

        Map<String, String> namespaceLabels(String namespace);

        /** "HTTPRoute", or "GRPCRoute" for a GRPCRoute's shape (GatewayObjects.routes). */
        default String kindOf(HTTPRoute r) {
            return "HTTPRoute";
        }
    }

    /** What the simulated cluster holds: its Services, and its namespaces' labels. */
    public static Cluster of(Simulation sim) {
        return new Cluster() {
            @Override
            public boolean hasService(String namespace, String name) {
                return sim.service(namespace, name) != null;
            }

            @Override
            public Map<String, String> namespaceLabels(String namespace) {
                return sim.gatewayApi.namespaceLabels(namespace);
            }

            @Override
            public String kindOf(HTTPRoute r) {
                return sim.gatewayApi.kindOf(r);
            }
        };
    }

    /** One request: Host (a :port allowed), path with query, method, headers and the listener asked for (or null). */
    public record Request(String host, String path, String method, Map<String, String> headers, String listener) {
    }

    public enum Result { ROUTED, HTTP_404, HTTP_500, REDIRECT }

    /** A backendRef of the chosen rule, resolved: valid, or why not (a ResolvedRefs reason). */
    public record Backend(String namespace, String name, Integer port, int weight, String invalidReason) {
        public boolean valid() {
            return invalidReason == null;
        }
    }

    /**
     * The decision; listener, route, rule and match are null when nothing matched. {@code httpRoute}
     * is the chosen route's namespace/name, {@code routeKind} its kind (HTTPRoute or GRPCRoute).
     */
    public record Route(Result result, String gateway, String listener, String httpRoute, Integer rule, Integer match,
                        String matchedPath, String pathType, List<Backend> backends, List<String> filters,
                        Integer statusCode, String location, String why, String routeKind) {
        public Route {
            backends = List.copyOf(backends);
            filters = List.copyOf(filters);
        }

        /** The chosen route as the trace names it (its kind in the learner's words, then namespace/name). */
        public RouteName routeName() {
            return httpRoute == null ? null : new RouteName(routeKind, httpRoute);
        }
    }

    /** A route named in a trace: the text says its kind; JSON and toString give namespace/name. */
    public record RouteName(String kind, String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    public static Route route(Gateway gw, List<HTTPRoute> routes, List<ReferenceGrant> grants, Cluster cluster, Request req) {
        String gwKey = gw.namespaceOrDefault() + "/" + gw.name();
        String hostPort = req.host() == null ? "" : req.host().trim().toLowerCase(Locale.ROOT);
        int colon = hostPort.lastIndexOf(':');
        String host = colon > 0 && hostPort.indexOf(']') < colon ? hostPort.substring(0, colon) : hostPort;
        Integer port = colon > 0 && hostPort.indexOf(']') < colon ? parsePort(hostPort.substring(colon + 1)) : null;
        // the Host header's port is only text: it picks a listener only where the Gateway listens on it
        Integer onPort = port;
        if (port != null && gw.listenersOrEmpty().stream().noneMatch(l -> port.equals(l.port()))) {
            onPort = null;
        }
        Gateway.Listener listener = listener(gw, host, onPort, req.listener());
        if (listener == null) {
            return none(Result.HTTP_404, gwKey, null);
        }
        List<HTTPRoute> attached = attachedTo(gw, listener, routes, cluster);
        List<HTTPRoute> chosen = mostSpecific(attached, listener, host);
        String[] pathAndQuery = splitQuery(req.path());
        Candidate win = null;
        Candidate second = null;
        for (int ri = 0; ri < chosen.size(); ri++) {
            HTTPRoute r = chosen.get(ri);
            List<HTTPRoute.Rule> rules = r.rulesOrEmpty().isEmpty() ? List.of(DEFAULT_RULE) : r.rulesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                List<HTTPRoute.Match> matches = rules.get(i).matchesOrEmpty().isEmpty() ? List.of(DEFAULT_MATCH) : rules.get(i).matchesOrEmpty();
                for (int j = 0; j < matches.size(); j++) {
                    HTTPRoute.Match m = matches.get(j);
                    if (matches(m, pathAndQuery[0], pathAndQuery[1], req.method(), req.headers())) {
                        Candidate c = new Candidate(r, routes.indexOf(r), i, j, m);
                        if (win == null || Candidate.PRECEDENCE.compare(c, win) < 0) {
                            second = win;
                            win = c;
                        } else if (second == null || Candidate.PRECEDENCE.compare(c, second) < 0) {
                            second = c;
                        }
                    }
                }
            }
        }
        if (win == null) {
            return none(Result.HTTP_404, gwKey, listener.name());
        }
        return decide(win, why(win, second), gwKey, listener, host, pathAndQuery, grants, cluster);
    }

    /** The attached routes whose hostnames match the Host most specifically (no fall-through to less specific ones). */
    private static List<HTTPRoute> mostSpecific(List<HTTPRoute> attached, Gateway.Listener listener, String host) {
        long best = Long.MIN_VALUE;
        List<HTTPRoute> chosen = new ArrayList<>();
        for (HTTPRoute r : attached) {
            long score = hostScore(effectiveHostnames(r, listener), host);
            if (score == Long.MIN_VALUE) {
                continue;
            }
            if (score > best) {
                best = score;
                chosen.clear();
            }
            if (score == best) {
                chosen.add(r);
            }
        }
        return chosen;
    }

    private static Route decide(Candidate win, String why, String gwKey, Gateway.Listener listener, String host, String[] pathAndQuery,
                                List<ReferenceGrant> grants, Cluster cluster) {
        HTTPRoute.Rule rule = win.route.rulesOrEmpty().isEmpty() ? DEFAULT_RULE : win.route.rulesOrEmpty().get(win.rule);
        String routeKey = win.route.namespaceOrDefault() + "/" + win.route.name();
        List<String> filters = rule.filtersOrEmpty().stream().map(HTTPRoute.Filter::type).toList();
        HTTPRoute.PathMatch pm = win.match.path();
        List<Backend> backends = new ArrayList<>();
        for (HTTPRoute.BackendRef b : rule.backendRefsOrEmpty()) {
            backends.add(resolve(win.route, b, grants, cluster));
        }
        for (HTTPRoute.Filter f : rule.filtersOrEmpty()) {
            if ("RequestRedirect".equals(f.type()) && f.requestRedirect() != null) {
                HTTPRoute.Redirect rd = f.requestRedirect();
                String location = GatewayRedirects.location(rd, listener, host, pathAndQuery, pm);
                return new Route(Result.REDIRECT, gwKey, listener.name(), routeKey, win.rule, win.matchIndex, pm.value(), pm.type(),
                        backends, filters, rd.statusCode() == null ? 302 : rd.statusCode(), location, why, cluster.kindOf(win.route));
            }
        }
        boolean anyValid = backends.stream().anyMatch(b -> b.valid() && b.weight() > 0);
        return new Route(anyValid ? Result.ROUTED : Result.HTTP_500, gwKey, listener.name(), routeKey, win.rule, win.matchIndex,
                pm.value(), pm.type(), backends, filters, null, null, why, cluster.kindOf(win.route));
    }

    private static Route none(Result r, String gwKey, String listener) {
        return new Route(r, gwKey, listener, null, null, null, null, null, List.of(), List.of(), null, null, null, null);
    }

    /** A backendRef: a Service of the route's namespace, or of another one that grants it. */
    static Backend resolve(HTTPRoute route, HTTPRoute.BackendRef b, List<ReferenceGrant> grants, Cluster cluster) {
        String ns = b.namespace() == null ? route.namespaceOrDefault() : b.namespace();
        int weight = b.weight() == null ? 1 : b.weight();
        String group = b.group() == null ? "" : b.group();
        String kind = b.kind() == null ? "Service" : b.kind();
        if (!group.isEmpty() || !kind.equals("Service")) {
            return new Backend(ns, b.name(), b.port(), weight, "InvalidKind");
        }
        if (!ns.equals(route.namespaceOrDefault()) && !granted(grants, cluster.kindOf(route), route.namespaceOrDefault(), ns, b.name())) {
            return new Backend(ns, b.name(), b.port(), weight, "RefNotPermitted");
        }
        if (!cluster.hasService(ns, b.name())) {
            return new Backend(ns, b.name(), b.port(), weight, "BackendNotFound");
        }
        return new Backend(ns, b.name(), b.port(), weight, null);
    }

    /** A ReferenceGrant in the Service's namespace lets routes of that kind in the route's namespace refer to it (or to every Service). */
    static boolean granted(List<ReferenceGrant> grants, String routeKind, String fromNamespace, String toNamespace, String service) {
        for (ReferenceGrant g : grants) {
            if (!g.namespaceOrDefault().equals(toNamespace)) {
                continue;
            }
            boolean from = g.fromOrEmpty().stream().anyMatch(f -> Gateway.GROUP.equals(f.group()) && routeKind.equals(f.kind())
                    && fromNamespace.equals(f.namespace()));
            boolean to = g.toOrEmpty().stream().anyMatch(t -> (t.group() == null || t.group().isEmpty()) && "Service".equals(t.kind())
                    && (t.name() == null || t.name().isEmpty() || t.name().equals(service)));
            if (from && to) {
                return true;
            }
        }
        return false;
    }

    /**
     * The backend one request goes to, by the rule's weights (a backend's share is its weight over
     * the sum): null when the share drawn is an invalid backend's (the request gets 500).
     */
    public static Backend pick(Route r, java.util.Random rng) {
        int total = r.backends().stream().mapToInt(Backend::weight).sum();
        if (total <= 0) {
            return null;
        }
        int draw = rng.nextInt(total);
        for (Backend b : r.backends()) {
            draw -= b.weight();
            if (draw < 0) {
                return b.valid() ? b : null;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- listeners and attachment

    private static Gateway.Listener listener(Gateway gw, String host, Integer port, String wanted) {
        Gateway.Listener best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Gateway.Listener l : gw.listenersOrEmpty()) {
            boolean http = "HTTP".equals(l.protocol()) || "HTTPS".equals(l.protocol());
            int want = port != null ? port : "HTTPS".equals(l.protocol()) ? 443 : 80;
            if (!http || wanted != null && !wanted.equals(l.name()) || wanted == null && l.port() != null && l.port() != want) {
                continue;
            }
            int score = l.hostname() == null ? 0 : l.hostname().equals(host) ? 100_000 : wildcardMatches(l.hostname(), host)
                    ? l.hostname().length() : Integer.MIN_VALUE;
            if (score > bestScore) {
                bestScore = score;
                best = l;
            }
        }
        return best;
    }

    /**
     * The routes attached to this listener, oldest first. A route of one kind whose hostnames
     * overlap those of an older route of the other kind (HTTPRoute and GRPCRoute) is not attached:
     * the GRPCRoute specification says exactly one of the two is accepted, the older one.
     */
    public static List<HTTPRoute> attachedTo(Gateway gw, Gateway.Listener l, List<HTTPRoute> routes, Cluster cluster) {
        List<HTTPRoute> out = new ArrayList<>();
        for (HTTPRoute r : routes) {
            if (attaches(r, gw, l, cluster) && conflict(r, out, l, cluster) == null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The older route of the other kind, attached to the listener, whose hostnames overlap this one's; or null. */
    static HTTPRoute conflict(HTTPRoute r, List<HTTPRoute> olderAttached, Gateway.Listener l, Cluster cluster) {
        for (HTTPRoute o : olderAttached) {
            if (o != r && !cluster.kindOf(o).equals(cluster.kindOf(r)) && overlap(effectiveHostnames(o, l), effectiveHostnames(r, l))) {
                return o;
            }
        }
        return null;
    }

    /** No hostnames means any host; otherwise two names overlap when equal or when a wildcard covers the other. */
    private static boolean overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || covers(x, y) || covers(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(String wildcard, String name) {
        return wildcard.startsWith("*.") && name.endsWith(wildcard.substring(1)) && name.length() > wildcard.length() - 1;
    }

    /** Whether the route attaches to this listener of this Gateway, before conflicts between route kinds. */
    static boolean attaches(HTTPRoute r, Gateway gw, Gateway.Listener l, Cluster cluster) {
        boolean named = false;
        for (HTTPRoute.ParentRef p : r.parentRefsOrEmpty()) {
            String group = p.group() == null ? Gateway.GROUP : p.group();
            String kind = p.kind() == null ? "Gateway" : p.kind();
            String ns = p.namespace() == null ? r.namespaceOrDefault() : p.namespace();
            if (group.equals(Gateway.GROUP) && kind.equals("Gateway") && ns.equals(gw.namespaceOrDefault()) && gw.name().equals(p.name())
                    && (p.sectionName() == null || p.sectionName().equals(l.name())) && (p.port() == null || p.port().equals(l.port()))) {
                named = true;
            }
        }
        return named && admitted(r, gw, l, cluster) && intersects(r, l);
    }

    /** The listener's allowedRoutes: namespaces From Same (the default), All or Selector; kinds (HTTPRoute and GRPCRoute by default). */
    static boolean admitted(HTTPRoute r, Gateway gw, Gateway.Listener l, Cluster cluster) {
        Gateway.AllowedRoutes a = l.allowedRoutes();
        String from = a == null || a.from() == null ? "Same" : a.from();
        boolean ns = switch (from) {
            case "All" -> true;
            case "Selector" -> a.selector() != null && a.selector().matchLabels() != null
                    && Labels.matches(a.selector().matchLabels(), cluster.namespaceLabels(r.namespaceOrDefault()));
            default -> r.namespaceOrDefault().equals(gw.namespaceOrDefault());
        };
        boolean kind = a == null || a.kinds() == null || a.kinds().isEmpty() || a.kinds().stream()
                .anyMatch(k -> cluster.kindOf(r).equals(k.kind()) && (k.group() == null || Gateway.GROUP.equals(k.group())));
        return ns && kind;
    }

    /** A route without hostnames takes the listener's; otherwise one of its hostnames must intersect the listener's. */
    static boolean intersects(HTTPRoute r, Gateway.Listener l) {
        return r.hostnamesOrEmpty().isEmpty() || !effectiveHostnames(r, l).isEmpty();
    }

    /**
     * The route's hostnames narrowed to the listener's (HTTPRouteSpec.Hostnames): a route hostname
     * the listener's covers stays; a route wildcard covering the listener's hostname becomes the
     * listener's; no route hostnames means the listener's (or any, an empty list, without one).
     */
    static List<String> effectiveHostnames(HTTPRoute r, Gateway.Listener l) {
        if (r.hostnamesOrEmpty().isEmpty()) {
            return l.hostname() == null ? List.of() : List.of(l.hostname());
        }
        if (l.hostname() == null) {
            return r.hostnamesOrEmpty();
        }
        List<String> out = new ArrayList<>();
        for (String h : r.hostnamesOrEmpty()) {
            if (h.equals(l.hostname()) || wildcardMatches(l.hostname(), h)) {
                out.add(h);
            } else if (wildcardMatches(h, l.hostname())) {
                out.add(l.hostname());
            }
        }
        return out;
    }

    /**
     * How specifically these hostnames match the Host: a non-wildcard match scores by its length
     * above every wildcard match, which scores by its length; no hostnames (any host) scores
     * lowest; no matching hostname: Long.MIN_VALUE.
     */
    private static long hostScore(List<String> hostnames, String host) {
        if (hostnames.isEmpty()) {
            return -1;
        }
        long best = Long.MIN_VALUE;
        for (String h : hostnames) {
            if (h.equals(host)) {
                best = Math.max(best, 1_000_000L + h.length());
            } else if (wildcardMatches(h, host)) {
                best = Math.max(best, h.length());
            }
        }
        return best;
    }

    /** "*.example.com" matches any name ending in ".example.com" with at least one label before it. */
    static boolean wildcardMatches(String pattern, String host) {
        return pattern.startsWith("*.") && host.endsWith(pattern.substring(1)) && host.length() > pattern.length() - 1
                && !host.startsWith("*.");
    }

    // ---------------------------------------------------------------- matching

    private record Candidate(HTTPRoute route, int order, int rule, int matchIndex, HTTPRoute.Match match) {
        // Exact, then the longest PathPrefix, then RegularExpression; method; headers; query params;
        // the oldest route; namespace/name; rule and match order
        static final Comparator<Candidate> PRECEDENCE = Comparator.comparingInt((Candidate c) -> pathRank(c.match))
                .thenComparingInt(c -> -prefixLength(c.match))
                .thenComparingInt(c -> c.match.method() == null ? 1 : 0)
                .thenComparingInt(c -> -c.match.headersOrEmpty().size())
                .thenComparingInt(c -> -c.match.queryParamsOrEmpty().size())
                .thenComparingInt(Candidate::order)
                .thenComparing(c -> c.route.namespaceOrDefault() + "/" + c.route.name())
                .thenComparingInt(Candidate::rule)
                .thenComparingInt(Candidate::matchIndex);
    }

    /**
     * Why the winning match beat the next best (the first of the specification's criteria that
     * tells them apart), for the trace: only, exact, prefix, regex, method, headers, query, older,
     * name or order.
     */
    static String why(Candidate win, Candidate second) {
        if (second == null) {
            return "only";
        }
        if (pathRank(win.match) != pathRank(second.match)) {
            return pathRank(win.match) == 0 ? "exact" : "prefix";
        }
        if (prefixLength(win.match) != prefixLength(second.match)) {
            return "prefix";
        }
        if ((win.match.method() == null) != (second.match.method() == null)) {
            return "method";
        }
        if (win.match.headersOrEmpty().size() != second.match.headersOrEmpty().size()) {
            return "headers";
        }
        if (win.match.queryParamsOrEmpty().size() != second.match.queryParamsOrEmpty().size()) {
            return "query";
        }
        if (win.order != second.order) {
            return win.route == second.route ? "order" : "older";
        }
        return "order";
    }

    private static int pathRank(HTTPRoute.Match m) {
        String type = m.path() == null || m.path().type() == null ? "PathPrefix" : m.path().type();
        return switch (type) {
            case "Exact" -> 0;
            case "PathPrefix" -> 1;
            default -> 2;
        };
    }

    private static int prefixLength(HTTPRoute.Match m) {
        return m.path() == null || m.path().value() == null ? 1 : m.path().value().length();
    }

    static boolean matches(HTTPRoute.Match m, String path, String query, String method, Map<String, String> headers) {
        String type = m.path() == null || m.path().type() == null ? "PathPrefix" : m.path().type();
        String value = m.path() == null || m.path().value() == null ? "/" : m.path().value();
        boolean pathOk = switch (type) {
            case "Exact" -> path.equals(value);
            case "PathPrefix" -> IngressRouting.prefixMatches(value, path);
            default -> regex(value) != null && BoundedRegex.matches(regex(value), path);
        };
        if (!pathOk || m.method() != null && !m.method().equals(method == null ? "GET" : method)) {
            return false;
        }
        for (HTTPRoute.ValueMatch h : m.headersOrEmpty()) {
            String got = headerValue(headers, h.name());
            if (got == null || !valueMatches(h, got)) {
                return false;
            }
        }
        Map<String, String> params = queryParams(query);
        for (HTTPRoute.ValueMatch q : m.queryParamsOrEmpty()) {
            String got = params.get(q.name());
            if (got == null || !valueMatches(q, got)) {
                return false;
            }
        }
        return true;
    }

    private static boolean valueMatches(HTTPRoute.ValueMatch m, String got) {
        if ("RegularExpression".equals(m.type())) {
            Pattern p = regex(m.value());
            return p != null && BoundedRegex.matches(p, got);
        }
        return got.equals(m.value());
    }

    /** Header names are case-insensitive. */
    private static String headerValue(Map<String, String> headers, String name) {
        if (headers == null || name == null) {
            return null;
        }
        for (var e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The first value of each query parameter (names are case-sensitive). */
    private static Map<String, String> queryParams(String query) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.putIfAbsent(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return out;
    }

    private static Pattern regex(String value) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** The path and the query of a request path ("" when there is none); a fragment is dropped. */
    static String[] splitQuery(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        int hash = p.indexOf('#');
        if (hash >= 0) {
            p = p.substring(0, hash);
        }
        int q = p.indexOf('?');
        String only = q < 0 ? p : p.substring(0, q);
        return new String[] {only.startsWith("/") ? only : "/" + only, q < 0 ? "" : p.substring(q + 1)};
    }

    private static Integer parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
