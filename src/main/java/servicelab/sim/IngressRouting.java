package servicelab.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import servicelab.model.Ingress;
import servicelab.model.IngressClass;

/**
 * Which backend an nginx-style Ingress controller picks for one HTTP request: a pure function of
 * the declared Ingresses, the IngressClasses, the controller name, the Host header and the path.
 *
 * <p>Steps, in the order the controller applies them:
 * <ol>
 * <li>Class: only Ingresses of this controller's classes are served ({@link #serves}).</li>
 * <li>Server (host): ingress-nginx merges the rules of all served Ingresses per host into one
 * nginx {@code server} (kubernetes/ingress-nginx controller.go createServers/getBackendServers).
 * nginx picks the server by exact name first, then the wildcard, then the catch-all {@code _}
 * that holds the host-less rules. ingress-nginx renders {@code *.foo.com} as
 * {@code ~^(?<subdomain>[\w-]+)\.foo\.com$} (template.go buildServerName), so the wildcard covers
 * exactly one label, as the Kubernetes docs' "Hostname wildcards" table requires. Once a server is
 * chosen, requests never fall through to a less specific one.</li>
 * <li>Path, inside that server: Exact and Prefix as in the Kubernetes docs ("Path types",
 * "Examples", "Multiple matches"): the longest matching path wins, Exact beats Prefix on a tie.
 * ImplementationSpecific is what ingress-nginx makes of it: a plain nginx prefix location
 * ({@code location /foo}, character-wise, so {@code /foo} matches {@code /foobar}; only Prefix
 * paths get the element-wise {@code /foo/} + {@code = /foo} pair, controller/location.go
 * updateServerLocations), or a case-insensitive regex {@code ~* "^path"} when the Ingress has
 * {@code use-regex} or {@code rewrite-target} (docs user-guide/ingress-path-matching.md).</li>
 * <li>Same path and type in two Ingresses for one host: the oldest Ingress wins. ingress-nginx sorts
 * Ingresses by creationTimestamp (store.go sortIngressSlice) and skips a location that is
 * "already configured" (controller.go getBackendServers); maintainers call this "first created"
 * in kubernetes/ingress-nginx#20. The admission webhook, when enabled, would reject the second one.</li>
 * <li>No path matched: the server's root location, i.e. the {@code spec.defaultBackend} of the
 * oldest Ingress that created that host's server; for the catch-all server, the defaultBackend of
 * the oldest Ingress that has no rules at all ("defines a backend but no rule. Using it to
 * configure the catch-all server"). Otherwise the controller's own default backend, which answers
 * 404 (docs user-guide/default-backend.md).</li>
 * </ol>
 *
 * <p>Regex paths are matched under a step budget ({@link BoundedRegex#BUDGET} character reads). PCRE, which
 * nginx uses, stops a match at its match limit and nginx then answers 500 (ngx_http_regex_exec
 * returns NGX_ERROR, ngx_http_core_find_config_phase finalizes with 500); a budget here gives the
 * same answer, {@link Result#HTTP_500}, instead of freezing on a catastrophic pattern.
 *
 * <p>Not done here, because they need live state the caller owns: resolving the backend Service and
 * its port, HTTP_503 when the Service has no ready endpoints, choosing the endpoint (directly, not
 * through the cluster IP, so Service sessionAffinity does not apply), the sticky-cookie choice
 * described by {@link CookieAffinity}, and proxying to the Pod.
 */
public final class IngressRouting {
    /** spec.controller of ingress-nginx's IngressClass; the default world's controller. */
    public static final String NGINX_CONTROLLER = "k8s.io/ingress-nginx";
    /** The pre-IngressClass way of choosing a controller; still honoured when ingressClassName is absent. */
    public static final String LEGACY_CLASS_ANNOTATION = "kubernetes.io/ingress.class";

    private static final String NGINX = "nginx.ingress.kubernetes.io/";
    public static final String AFFINITY = NGINX + "affinity";
    public static final String AFFINITY_MODE = NGINX + "affinity-mode";
    public static final String COOKIE_NAME = NGINX + "session-cookie-name";
    public static final String COOKIE_PATH = NGINX + "session-cookie-path";
    public static final String COOKIE_MAX_AGE = NGINX + "session-cookie-max-age";
    public static final String COOKIE_EXPIRES = NGINX + "session-cookie-expires";
    public static final String COOKIE_CHANGE_ON_FAILURE = NGINX + "session-cookie-change-on-failure";
    public static final String USE_REGEX = NGINX + "use-regex";
    public static final String REWRITE_TARGET = NGINX + "rewrite-target";
    /** ingress-nginx sessionaffinity/main.go defaultAffinityCookieName. */
    public static final String DEFAULT_COOKIE_NAME = "INGRESSCOOKIE";

    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private IngressRouting() {
    }

    /** How the request was answered. */
    public enum Result {
        /** A rule path matched; {@link Route#backend()} is that path's Service. */
        PATH,
        /** No path matched and an Ingress's spec.defaultBackend applies (CLI: {@code "backend": "default"}). */
        DEFAULT_BACKEND,
        /** No path matched and no Ingress default backend applies: the controller's default backend answers 404. */
        HTTP_404,
        /** A regex path ran past the match budget (PCRE's match limit in nginx): nginx answers 500. */
        HTTP_500
    }

    /**
     * The routing decision. For {@link Result#PATH} every field is set; for
     * {@link Result#DEFAULT_BACKEND} rule, pathIndex, matchedPath and pathType are null; for
     * {@link Result#HTTP_404} only host, path, matchedHost and tested may be set.
     *
     * @param host        the Host header as matched: lower case, port and trailing dot removed
     * @param path        the request path as matched: query and fragment removed
     * @param matchedHost the server that took the request: an exact rule host, a wildcard
     *                    ({@code *.foo.com}), or null for the catch-all server of host-less rules
     * @param namespace   namespace of the Ingress that decided
     * @param ingress     name of the Ingress that decided
     * @param backend     the Service (in {@code namespace}) and its port number or name
     * @param affinity    cookie affinity of the deciding Ingress; disabled when none applies
     * @param tested      every path of the chosen server in the order the controller tries them
     *                    (longest first); the first matched one won
     * @param regexHost   ingress-nginx turned every path of this host into a case-insensitive regex
     *                    (some Ingress of the host uses use-regex or rewrite-target)
     */
    public record Route(Result result, String host, String path, String matchedHost, String namespace,
                        String ingress, Integer rule, Integer pathIndex, String matchedPath, String pathType,
                        Ingress.ServiceBackend backend, CookieAffinity affinity, List<Step> tested, boolean regexHost) {
        public Route {
            tested = List.copyOf(tested);
        }

        public boolean isNotFound() {
            return result == Result.HTTP_404;
        }

        public boolean isDefaultBackend() {
            return result == Result.DEFAULT_BACKEND;
        }

        public boolean isServerError() {
            return result == Result.HTTP_500;
        }
    }

    /** One path of the chosen server and whether the request matched it. */
    public record Step(String namespace, String ingress, int rule, int pathIndex, String path, String pathType,
                       boolean matched) {
    }

    /**
     * ingress-nginx cookie affinity as the annotations of one Ingress ask for it
     * (docs examples/affinity/cookie; sessionaffinity/main.go). The caller implements the sticky choice:
     * {@code balanced} may move some sessions when the endpoints change, {@code persistent} keeps them.
     *
     * @param path            the cookie's Path: the annotation, else the matched Ingress path
     * @param maxAgeSeconds   Max-Age, or null for a browser-session cookie
     * @param expiresSeconds  Expires as seconds from now, or null
     * @param changeOnFailure issue a new cookie (another endpoint) when the upstream fails
     */
    public record CookieAffinity(boolean enabled, String cookieName, String mode, String path, Long maxAgeSeconds,
                                 Long expiresSeconds, boolean changeOnFailure) {
        public static final String BALANCED = "balanced";
        public static final String PERSISTENT = "persistent";
        public static final CookieAffinity NONE =
                new CookieAffinity(false, DEFAULT_COOKIE_NAME, BALANCED, null, null, null, false);

        public boolean persistent() {
            return PERSISTENT.equals(mode);
        }

        /** Parses the affinity annotations; only {@code affinity: cookie} enables it (nginx supports nothing else). */
        public static CookieAffinity of(Ingress ing, String matchedPath) {
            Map<String, String> a = NginxAnnotations.annotations(ing);
            if (!"cookie".equals(NginxAnnotations.text(a.get(AFFINITY)))) {
                return NONE;
            }
            String name = NginxAnnotations.text(a.get(COOKIE_NAME));
            String path = NginxAnnotations.text(a.get(COOKIE_PATH));
            return new CookieAffinity(true,
                    name == null ? DEFAULT_COOKIE_NAME : name,
                    PERSISTENT.equals(NginxAnnotations.text(a.get(AFFINITY_MODE))) ? PERSISTENT : BALANCED,
                    path != null ? path : matchedPath == null || matchedPath.isEmpty() ? "/" : matchedPath,
                    NginxAnnotations.seconds(a.get(COOKIE_MAX_AGE)),
                    NginxAnnotations.seconds(a.get(COOKIE_EXPIRES)),
                    NginxAnnotations.goBool(a.get(COOKIE_CHANGE_ON_FAILURE)));
        }
    }

    // ---------------------------------------------------------------- class selection

    /**
     * Whether this controller serves the Ingress: {@code spec.ingressClassName} names a class of this
     * controller; without it, the legacy annotation names one; without either, there is exactly one
     * default IngressClass and it is ours (the DefaultIngressClass admission plugin would have filled it
     * in, and it skips Ingresses carrying the annotation; with two or more defaults it rejects them).
     *
     * <p>The admission plugin assigns the default only when an Ingress is <em>created</em>. A caller
     * that models Ingresses created before a default existed should fill ingressClassName at creation
     * itself and use {@link #routeServed} with its own selection.
     */
    public static boolean serves(Ingress ing, List<IngressClass> classes, String controller) {
        if (ing == null || controller == null) {
            return false;
        }
        String className = ing.spec() == null ? null : ing.spec().ingressClassName();
        if (className != null) {
            return isOurs(classNamed(classes, className), controller);
        }
        // ingress-nginx compares the annotation to its --ingress-class (default "nginx", the name of its class).
        String legacy = NginxAnnotations.annotations(ing).get(LEGACY_CLASS_ANNOTATION);
        if (legacy != null) {
            return isOurs(classNamed(classes, legacy.trim()), controller);
        }
        IngressClass onlyDefault = null;
        int defaults = 0;
        for (IngressClass c : classes) {
            if (c != null && c.isDefault()) {
                defaults++;
                onlyDefault = c;
            }
        }
        return defaults == 1 && isOurs(onlyDefault, controller);
    }

    /** The Ingresses this controller serves, keeping their (creation) order. */
    public static List<Ingress> served(List<Ingress> ingresses, List<IngressClass> classes, String controller) {
        List<Ingress> out = new ArrayList<>();
        for (Ingress ing : ingresses) {
            if (serves(ing, classes, controller)) {
                out.add(ing);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- routing

    /**
     * Routes one request.
     *
     * @param ingresses  all Ingresses, oldest first (creation order decides conflicts)
     * @param classes    all IngressClasses
     * @param controller this controller's name, e.g. {@link #NGINX_CONTROLLER}
     * @param host       the Host header (a port and letter case are ignored); null or an IP address
     *                   reaches only host-less rules
     * @param path       the request path; a query string is ignored
     */
    public static Route route(List<Ingress> ingresses, List<IngressClass> classes, String controller, String host,
                              String path) {
        return routeServed(served(ingresses, classes, controller), host, path);
    }

    /** Routes among Ingresses already known to be served by the controller, oldest first. */
    public static Route routeServed(List<Ingress> served, String host, String path) {
        String h = normalizeHost(host);
        String p = normalizePath(path);
        String server = chooseServer(served, h);

        boolean regex = enforcesRegex(served, server);
        List<Location> locations = regex ? regexLocations(served, server) : locations(served, server);
        List<Step> tested = new ArrayList<>();
        Location winner = null;
        for (Location loc : locations) {
            boolean matched;
            try {
                matched = loc.matches(p);
            } catch (BoundedRegex.BudgetExceeded e) {
                tested.add(new Step(namespace(loc.ingress), name(loc.ingress), loc.rule, loc.pathIndex, loc.path,
                        loc.pathType, false));
                return new Route(Result.HTTP_500, h, p, server, namespace(loc.ingress), name(loc.ingress), loc.rule,
                        loc.pathIndex, loc.path, loc.pathType, null, CookieAffinity.NONE, tested, regex);
            }
            tested.add(new Step(namespace(loc.ingress), name(loc.ingress), loc.rule, loc.pathIndex, loc.path,
                    loc.pathType, matched));
            if (matched && winner == null) {
                winner = loc;
            }
        }
        if (winner != null) {
            return new Route(Result.PATH, h, p, server, namespace(winner.ingress), name(winner.ingress), winner.rule,
                    winner.pathIndex, winner.path, winner.pathType, winner.backend,
                    CookieAffinity.of(winner.ingress, winner.path), tested, regex);
        }
        Ingress owner = defaultBackendOwner(served, server);
        if (owner != null) {
            return new Route(Result.DEFAULT_BACKEND, h, p, server, namespace(owner), name(owner), null, null, null,
                    null, owner.spec().defaultBackend().service(), CookieAffinity.of(owner, "/"), tested, regex);
        }
        return new Route(Result.HTTP_404, h, p, server, null, null, null, null, null, null, null,
                CookieAffinity.NONE, tested, regex);
    }

    /** Exact host, else the (single-label) wildcard, else null for the catch-all server. */
    private static String chooseServer(List<Ingress> served, String host) {
        String wildcard = null;
        for (Ingress ing : served) {
            for (Ingress.Rule rule : rules(ing)) {
                String key = hostKey(rule);
                if (key == null) {
                    continue;
                }
                if (key.equals(host)) {
                    return key;
                }
                if (wildcard == null && wildcardMatches(key, host)) {
                    wildcard = key;
                }
            }
        }
        return wildcard;
    }

    static boolean wildcardMatches(String pattern, String host) {
        if (!pattern.startsWith("*.") || host.isEmpty()) {
            return false;
        }
        String suffix = pattern.substring(1);
        if (!host.endsWith(suffix) || host.length() == suffix.length()) {
            return false;
        }
        return HOST_LABEL.matcher(host.substring(0, host.length() - suffix.length())).matches();
    }

    private static List<Location> locations(List<Ingress> served, String server) {
        List<Location> out = new ArrayList<>();
        for (int i = 0; i < served.size(); i++) {
            Ingress ing = served.get(i);
            List<Ingress.Rule> rules = rules(ing);
            for (int r = 0; r < rules.size(); r++) {
                Ingress.Rule rule = rules.get(r);
                if (!sameServer(hostKey(rule), server)) {
                    continue;
                }
                List<Ingress.Path> paths = rule.pathsOrEmpty();
                for (int j = 0; j < paths.size(); j++) {
                    Location loc = Location.of(i, ing, r, j, paths.get(j));
                    if (loc != null) {
                        out.add(loc);
                    }
                }
            }
        }
        out.sort(Location.PRECEDENCE);
        return out;
    }

    private static Ingress defaultBackendOwner(List<Ingress> served, String server) {
        for (Ingress ing : served) {
            if (server == null) {
                // Only a rule-less Ingress configures the catch-all server; the server itself always exists.
                if (rules(ing).isEmpty() && hasServiceDefault(ing)) {
                    return ing;
                }
                continue;
            }
            for (Ingress.Rule rule : rules(ing)) {
                if (server.equals(hostKey(rule))) {
                    // The oldest Ingress naming the host created its server; its defaultBackend (or none) stays.
                    return hasServiceDefault(ing) ? ing : null;
                }
            }
        }
        return null;
    }

    /** One path of one rule, as the controller would order and match it. */
    private record Location(int order, Ingress ingress, int rule, int pathIndex, String path, String pathType,
                            Ingress.ServiceBackend backend, int rank, int length, Pattern regex) {
        // Longest first; on equal length Exact, then Prefix (its "/foo/" location outranks a plain "/foo"),
        // then ImplementationSpecific; then the oldest Ingress and the order written.
        static final Comparator<Location> PRECEDENCE = Comparator.comparingInt((Location l) -> -l.length)
                .thenComparingInt(Location::rank).thenComparingInt(Location::order)
                .thenComparingInt(Location::rule).thenComparingInt(Location::pathIndex);

        static Location of(int order, Ingress ing, int rule, int pathIndex, Ingress.Path p) {
            // ingress-nginx skips non-Service backends ("does not contain a service backend, using default backend").
            if (p == null || p.backend() == null || p.backend().service() == null || p.pathType() == null) {
                return null;
            }
            String path = p.path() == null || p.path().isEmpty() ? "/" : p.path();
            switch (p.pathType()) {
                case "Exact":
                    return new Location(order, ing, rule, pathIndex, path, "Exact", p.backend().service(), 0,
                            path.length(), null);
                case "Prefix":
                    // Trailing slashes do not count, so Prefix "/foo/" ties with Exact "/foo" and loses.
                    return new Location(order, ing, rule, pathIndex, path, "Prefix", p.backend().service(), 1,
                            trimTrailingSlashes(path).length(), null);
                case "ImplementationSpecific":
                    return new Location(order, ing, rule, pathIndex, path, "ImplementationSpecific",
                            p.backend().service(), 2, path.length(), null);
                default:
                    return null;
            }
        }

        /** This location as ingress-nginx writes it on a regex host: {@code ~* "^path"}. */
        Location withRegex(String nginxPath, String type) {
            Pattern p;
            try {
                p = Pattern.compile("^" + nginxPath, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                p = NEVER; // nginx would not load such a location, so it serves nothing
            }
            return new Location(order, ingress, rule, pathIndex, nginxPath, type, backend, rank, length, p);
        }

        boolean matches(String requestPath) {
            if (regex != null) {
                return BoundedRegex.lookingAt(regex, requestPath);
            }
            switch (pathType) {
                case "Exact":
                    return path.equals(requestPath);
                case "Prefix":
                    return prefixMatches(path, requestPath);
                default:
                    return requestPath.startsWith(path);
            }
        }
    }

    /**
     * Whether a path asks for a regex location: its Ingress sets use-regex, or a rewrite-target
     * other than the path itself (template.go enforceRegexModifier, location.go needsRewrite).
     */
    private static boolean usesRegex(Ingress ing, String path) {
        Map<String, String> a = NginxAnnotations.annotations(ing);
        String target = NginxAnnotations.text(a.get(REWRITE_TARGET));
        return NginxAnnotations.goBool(a.get(USE_REGEX)) || (target != null && !target.isEmpty() && !target.equals(path));
    }

    /**
     * "If the use-regex OR rewrite-target annotation is used on any Ingress for a given host, then
     * the case insensitive regular expression location modifier will be enforced on ALL paths for a
     * given host regardless of what Ingress they are defined on" (ingress-nginx docs,
     * user-guide/ingress-path-matching.md).
     */
    private static boolean enforcesRegex(List<Ingress> served, String server) {
        for (Location loc : locations(served, server)) {
            if (usesRegex(loc.ingress, loc.path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A host's paths as ingress-nginx writes them when it enforces regex: ordered by path length,
     * longest first (ties: the greater path first; controller.go sorts twice, stably), a Prefix
     * path without a regex of its own split into "path/" and an exact "path" right after it
     * (location.go updateServerLocations), and every one rendered {@code ~* "^path"}
     * (template.go buildLocation): case-insensitive, anchored at the start only, first match wins.
     */
    private static List<Location> regexLocations(List<Ingress> served, String server) {
        List<Location> written = new ArrayList<>(locations(served, server));
        written.sort(Comparator.comparing((Location l) -> l.path, Comparator.reverseOrder()));
        written.sort(Comparator.comparingInt((Location l) -> -l.path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        java.util.Set<String> exact = new java.util.HashSet<>();
        written.forEach(l -> {
            if (l.pathType.equals("Exact")) {
                exact.add(l.path);
            }
        });
        List<Location> out = new ArrayList<>();
        for (Location l : written) {
            if (l.pathType.equals("Prefix") && !l.path.equals("/") && !usesRegex(l.ingress, l.path)) {
                String slashed = l.path.endsWith("/") ? l.path : l.path + "/";
                out.add(l.withRegex(slashed, "Prefix"));
                if (!exact.contains(l.path)) {
                    out.add(l.withRegex(l.path, "Exact"));
                }
            } else {
                out.add(l.withRegex(l.path, l.pathType));
            }
        }
        return out;
    }

    /** Element-wise, case-sensitive; trailing slashes and empty elements ("//") are ignored. */
    static boolean prefixMatches(String rulePath, String requestPath) {
        List<String> want = elements(rulePath);
        List<String> got = elements(requestPath);
        if (want.size() > got.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (!want.get(i).equals(got.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> elements(String path) {
        List<String> out = new ArrayList<>();
        for (String e : path.split("/")) {
            if (!e.isEmpty()) {
                out.add(e);
            }
        }
        return out;
    }

    private static String trimTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** Lower case, without the port (also of "[v6]:port") and the trailing root dot; "" when absent. */
    static String normalizeHost(String host) {
        if (host == null) {
            return "";
        }
        String h = host.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end > 0 ? h.substring(1, end) : h.substring(1);
        } else {
            int colon = h.indexOf(':');
            if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
                h = h.substring(0, colon);
            }
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** Without query and fragment, always starting with "/". */
    static String normalizePath(String path) {
        if (path == null) {
            return "/";
        }
        String p = path;
        int cut = p.length();
        int q = p.indexOf('?');
        int f = p.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (f >= 0 && f < cut) {
            cut = f;
        }
        p = p.substring(0, cut);
        return p.startsWith("/") ? p : "/" + p;
    }

    // ---------------------------------------------------------------- small helpers

    private static boolean sameServer(String key, String server) {
        return key == null ? server == null : key.equals(server);
    }

    private static String hostKey(Ingress.Rule rule) {
        if (rule == null || rule.host() == null || rule.host().isBlank()) {
            return null;
        }
        return rule.host().trim().toLowerCase(Locale.ROOT);
    }

    private static List<Ingress.Rule> rules(Ingress ing) {
        return ing == null || ing.spec() == null ? List.of() : ing.spec().rulesOrEmpty();
    }

    private static boolean hasServiceDefault(Ingress ing) {
        return ing.spec() != null && ing.spec().defaultBackend() != null
                && ing.spec().defaultBackend().service() != null;
    }

    private static IngressClass classNamed(List<IngressClass> classes, String name) {
        for (IngressClass c : classes) {
            if (c != null && c.metadata() != null && name.equals(c.metadata().name())) {
                return c;
            }
        }
        return null;
    }

    private static boolean isOurs(IngressClass c, String controller) {
        return c != null && controller.equals(c.controller());
    }

    private static String namespace(Ingress ing) {
        String ns = ing.metadata() == null ? null : ing.metadata().namespace();
        return ns == null || ns.isEmpty() ? "default" : ns;
    }

    private static String name(Ingress ing) {
        return ing.metadata() == null ? null : ing.metadata().name();
    }
}
