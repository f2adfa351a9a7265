package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;

/**
 * HTTPRoute matching, with the objects and the request tables of the Gateway API conformance
 * suite (kubernetes-sigs/gateway-api v1.6.1, conformance/tests): each test names the one it
 * follows. The objects go through the checker (decoding, the CRDs' defaults and validation) and
 * the simulated cluster, as a learner's would.
 */
public class GatewayRoutingTest {
    static final String NS = "gateway-conformance-infra";

    /** The suite's base: the namespace, the shared Gateway "same-namespace" (HTTP on 80, routes from Same) and three backends. */
    public static final String BASE = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: gateway-conformance-infra
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata:
              name: servicelab
            spec:
              controllerName: gateway.servicelab.dev/controller
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: same-namespace
              namespace: gateway-conformance-infra
            spec:
              gatewayClassName: servicelab
              listeners:
              - name: http
                port: 80
                protocol: HTTP
                allowedRoutes:
                  namespaces:
                    from: Same
            """ + backend("infra-backend-v1") + backend("infra-backend-v2") + backend("infra-backend-v3");

    static String backend(String name) {
        return """
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: %s
                  namespace: gateway-conformance-infra
                spec:
                  selector:
                    app: %s
                  ports:
                  - port: 8080
                """.formatted(name, name);
    }

    static Simulation cluster(String routes) {
        CheckReport r = new ManifestChecker().check(BASE + "---\n" + routes);
        assertTrue(r.valid(), () -> r.errors().toString());
        Simulation s = new Simulation(World.defaults(), 42);
        SimulationTest.apply(s, r);
        return s;
    }

    static GatewayRouting.Route send(Simulation s, String host, String path, Map<String, String> headers) {
        return send(s, "same-namespace", host, "GET", path, headers);
    }

    static GatewayRouting.Route send(Simulation s, String gateway, String host, String method, String path, Map<String, String> headers) {
        GatewayRouting.Cluster c = GatewayRouting.of(s);
        servicelab.model.Gateway gw = s.gatewayApi.gateways().stream().filter(g -> g.name().equals(gateway)).findFirst().orElseThrow();
        return GatewayRouting.route(gw, s.gatewayApi.routes(), s.gatewayApi.referenceGrants(), c,
                new GatewayRouting.Request(host, path, method, headers, null));
    }

    static String outcome(GatewayRouting.Route r) {
        return r.result() == GatewayRouting.Result.ROUTED ? r.backends().get(0).name() : r.result().name();
    }

    /** HTTPRouteMatchingAcrossRoutes (httproute-matching-across-routes.yaml/.go). */
    @ParameterizedTest(name = "{0}{1} {2} -> {3}")
    @CsvSource({
        "example.com, /, , infra-backend-v1",
        "example.com, /example, , infra-backend-v1",
        "example.net, /example, , infra-backend-v1",
        "example.com, /example, one, infra-backend-v1",
        "example.com, /v2, , infra-backend-v2",
        "example.net, /v2, , infra-backend-v1",
        "example.com, /v2/example, , infra-backend-v2",
        "example.com, /, two, infra-backend-v2"})
    void matchingAcrossRoutes(String host, String path, String version, String backend) {
        Simulation s = cluster("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: matching-part1
                  namespace: gateway-conformance-infra
                spec:
                  parentRefs:
                  - name: same-namespace
                  hostnames:
                  - example.com
                  - example.net
                  rules:
                  - matches:
                    - path:
                        type: PathPrefix
                        value: /
                    - headers:
                      - name: version
                        value: one
                    backendRefs:
                    - name: infra-backend-v1
                      port: 8080
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: matching-part2
                  namespace: gateway-conformance-infra
                spec:
                  hostnames:
                  - example.com
                  parentRefs:
                  - name: same-namespace
                  rules:
                  - matches:
                    - path:
                        type: PathPrefix
                        value: /v2
                    - headers:
                      - name: version
                        value: two
                    backendRefs:
                    - name: infra-backend-v2
                      port: 8080
                """);
        Map<String, String> headers = version == null ? Map.of() : Map.of("Version", version);
        assertEquals(backend, outcome(send(s, host, path, headers)));
    }

    /** HTTPRouteExactPathMatching (httproute-exact-path-matching.yaml/.go): exact and case-sensitive. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"/one, infra-backend-v1", "/two, infra-backend-v2", "/, HTTP_404", "/one/example, HTTP_404", "/two/, HTTP_404",
        "/Two, HTTP_404"})
    void exactPathMatching(String path, String expected) {
        Simulation s = cluster("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: exact-matching
                  namespace: gateway-conformance-infra
                spec:
                  parentRefs:
                  - name: same-namespace
                  rules:
                  - matches:
                    - path:
                        type: Exact
                        value: /one
                    backendRefs:
                    - name: infra-backend-v1
                      port: 8080
                  - matches:
                    - path:
                        type: Exact
                        value: /two
                    backendRefs:
                    - name: infra-backend-v2
                      port: 8080
                """);
        assertEquals(expected, outcome(send(s, "example.org", path, Map.of())));
    }

    static String rule(String matches, String backend) {
        return "  - matches:\n" + matches + "    backendRefs:\n    - name: " + backend + "\n      port: 8080\n";
    }

    public static String route(String name, String rules) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: %s
                  namespace: gateway-conformance-infra
                spec:
                  parentRefs:
                  - name: same-namespace
                  rules:
                """.formatted(name) + rules;
    }

    static String headers(String... nameValues) {
        StringBuilder sb = new StringBuilder("    - headers:\n");
        for (int i = 0; i < nameValues.length; i += 2) {
            sb.append("      - name: ").append(nameValues[i]).append("\n        value: ").append(nameValues[i + 1]).append('\n');
        }
        return sb.toString();
    }

    /** HTTPRouteHeaderMatching: names case-insensitive; more header matches win; on a tie the earlier rule. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"Version=one|infra-backend-v1", "Version=two|infra-backend-v2",
        "Version=two,Color=orange|infra-backend-v1", "Version=two,Color=blue|infra-backend-v2", "Color=orange|HTTP_404",
        "Some-Other-Header=one|HTTP_404", "Color=blue|infra-backend-v1", "Color=green|infra-backend-v1", "Color=red|infra-backend-v2",
        "Color=yellow|infra-backend-v2", "Color=purple|HTTP_404"})
    void headerMatching(String sent, String expected) {
        Simulation s = cluster(route("header-matching", rule(headers("version", "one"), "infra-backend-v1")
                + rule(headers("version", "two"), "infra-backend-v2")
                + rule(headers("version", "two", "color", "orange"), "infra-backend-v1")
                + rule(headers("color", "blue") + headers("color", "green"), "infra-backend-v1")
                + rule(headers("color", "red") + headers("color", "yellow"), "infra-backend-v2")));
        Map<String, String> h = new java.util.LinkedHashMap<>();
        for (String kv : sent.split(",")) {
            h.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        assertEquals(expected, outcome(send(s, "example.org", "/", h)));
    }

    static String method(String method, String path, String... header) {
        return "    - method: " + method + "\n" + (path == null ? "" : "      path:\n        type: PathPrefix\n        value: " + path + "\n")
                + (header.length == 0 ? "" : "      headers:\n      - name: " + header[0] + "\n        value: " + header[1] + "\n");
    }

    /** HTTPRouteMethodMatching: a longer prefix beats a method; a method beats a header. */
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({"POST, /, , infra-backend-v1", "GET, /, , infra-backend-v2", "HEAD, /, , HTTP_404", "GET, /path1, , infra-backend-v1",
        "PUT, /, one, infra-backend-v2", "POST, /path2, two, infra-backend-v3", "PATCH, /path3, , infra-backend-v1",
        "DELETE, /path4, three, infra-backend-v1", "PUT, /, , HTTP_404", "DELETE, /path4, , HTTP_404", "PATCH, /path5, , infra-backend-v1",
        "PATCH, /, four, infra-backend-v2"})
    void methodMatching(String verb, String path, String version, String expected) {
        Simulation s = cluster(route("method-matching", rule(method("POST", null), "infra-backend-v1")
                + rule(method("GET", null), "infra-backend-v2")
                + rule(method("GET", "/path1"), "infra-backend-v1")
                + rule(method("PUT", null, "version", "one"), "infra-backend-v2")
                + rule(method("POST", "/path2", "version", "two"), "infra-backend-v3")
                + rule(method("PATCH", "/path3") + method("DELETE", "/path4", "version", "three"), "infra-backend-v1")
                + rule("    - path:\n        type: PathPrefix\n        value: /path5\n", "infra-backend-v1")
                + rule(method("PATCH", null), "infra-backend-v2")
                + rule(headers("version", "four"), "infra-backend-v3")));
        Map<String, String> h = version == null ? Map.of() : Map.of("version", version);
        assertEquals(expected, outcome(send(s, "same-namespace", "example.org", verb, path, h)));
    }

    static String redirectRule(String prefix, String redirect) {
        return "  - matches:\n    - path:\n        type: PathPrefix\n        value: " + prefix + "\n"
                + "    filters:\n    - type: RequestRedirect\n      requestRedirect:\n" + redirect;
    }

    /** HTTPRouteRedirectHostAndStatus, HTTPRouteRedirectPath, HTTPRouteRedirectPort and HTTPRouteRedirectScheme on the :80 listener. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "/hostname-redirect, 302, http://example.org/hostname-redirect",
        "/host-and-status, 301, http://example.org/host-and-status",
        "/original-prefix/lemon, 302, http://example.com/replacement-prefix/lemon",
        "/full/path/original, 302, http://example.com/full-path-replacement",
        "/path-and-host, 302, http://example.org/replacement-prefix",
        "/full-path-and-status, 301, http://example.com/replacement-full",
        "/port, 302, http://example.com:8083/port",
        "/scheme, 302, https://example.com/scheme",
        "/scheme-and-host-and-status, 302, https://example.org/scheme-and-host-and-status",
        "/scheme-https-and-port-8443, 302, https://example.org:8443/scheme-https-and-port-8443",
        "/scheme-nil-and-port-80, 302, http://example.org/scheme-nil-and-port-80"})
    void redirects(String path, int status, String location) {
        Simulation s = cluster(route("redirects", redirectRule("/hostname-redirect", "        hostname: example.org\n")
                + redirectRule("/host-and-status", "        hostname: example.org\n        statusCode: 301\n")
                + redirectRule("/original-prefix", "        path:\n          type: ReplacePrefixMatch\n          replacePrefixMatch: /replacement-prefix\n")
                + redirectRule("/full", "        path:\n          type: ReplaceFullPath\n          replaceFullPath: /full-path-replacement\n")
                + redirectRule("/path-and-host", "        hostname: example.org\n        path:\n          type: ReplacePrefixMatch\n          replacePrefixMatch: /replacement-prefix\n")
                + redirectRule("/full-path-and-status", "        statusCode: 301\n        path:\n          type: ReplaceFullPath\n          replaceFullPath: /replacement-full\n")
                + redirectRule("/port", "        port: 8083\n")
                + redirectRule("/scheme", "        scheme: https\n")
                + redirectRule("/scheme-and-host-and-status", "        scheme: https\n        statusCode: 302\n        hostname: example.org\n")
                + redirectRule("/scheme-https-and-port-8443", "        scheme: https\n        port: 8443\n        hostname: example.org\n")
                + redirectRule("/scheme-nil-and-port-80", "        port: 80\n        hostname: example.org\n")));
        GatewayRouting.Route r = send(s, "example.com", path, Map.of());
        assertEquals(GatewayRouting.Result.REDIRECT, r.result(), r::toString);
        assertEquals(status, r.statusCode());
        assertEquals(location, r.location());
    }

    /** HTTPRouteWeight: 70/30/0 over 500 requests within 0.05 of the weights, here under several seeds. */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 42, 2024, 7})
    void weightsSplitRequests(long seed) {
        Simulation s = cluster(route("weighted-backends", "  - backendRefs:\n    - name: infra-backend-v1\n      port: 8080\n      weight: 70\n"
                + "    - name: infra-backend-v2\n      port: 8080\n      weight: 30\n    - name: infra-backend-v3\n      port: 8080\n      weight: 0\n"));
        GatewayRouting.Route r = send(s, "example.com", "/", Map.of());
        java.util.Random rng = new java.util.Random(seed);
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            hits.merge(GatewayRouting.pick(r, rng).name(), 1, Integer::sum);
        }
        assertTrue(Math.abs(hits.getOrDefault("infra-backend-v1", 0) / 500.0 - 0.7) <= 0.05, hits::toString);
        assertTrue(Math.abs(hits.getOrDefault("infra-backend-v2", 0) / 500.0 - 0.3) <= 0.05, hits::toString);
        assertEquals(null, hits.get("infra-backend-v3"));
    }

    static final String WEB_BACKEND = """
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: gateway-conformance-web-backend
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web-backend
              namespace: gateway-conformance-web-backend
            spec:
              selector:
                app: web-backend
              ports:
              - port: 8080
            """;

    static final String CROSS_NS_ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: reference-grant
              namespace: gateway-conformance-infra
            spec:
              parentRefs:
              - name: same-namespace
              rules:
              - backendRefs:
                - name: web-backend
                  namespace: gateway-conformance-web-backend
                  port: 8080
            """;

    static final String GRANT = """
            ---
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata:
              name: reference-grant
              namespace: gateway-conformance-web-backend
            spec:
              from:
              - group: gateway.networking.k8s.io
                kind: HTTPRoute
                namespace: gateway-conformance-infra
              to:
              - group: ""
                kind: Service
                name: web-backend
            """;

    /** HTTPRouteReferenceGrant and HTTPRouteInvalidCrossNamespaceBackendRef: another namespace's Service needs a grant there. */
    @org.junit.jupiter.api.Test
    void aCrossNamespaceBackendNeedsAReferenceGrant() {
        GatewayRouting.Route granted = send(cluster(CROSS_NS_ROUTE + WEB_BACKEND + GRANT), "example.com", "/", Map.of());
        assertEquals(GatewayRouting.Result.ROUTED, granted.result());
        assertEquals("gateway-conformance-web-backend", granted.backends().get(0).namespace());
        GatewayRouting.Route refused = send(cluster(CROSS_NS_ROUTE + WEB_BACKEND), "example.com", "/", Map.of());
        assertEquals(GatewayRouting.Result.HTTP_500, refused.result());
        assertEquals("RefNotPermitted", refused.backends().get(0).invalidReason());
        // a grant for another kind of route, or from another namespace, does not count (HTTPRouteInvalidReferenceGrant)
        GatewayRouting.Route wrongFrom = send(cluster(CROSS_NS_ROUTE + WEB_BACKEND + GRANT.replace("namespace: gateway-conformance-infra",
                "namespace: default")), "example.com", "/", Map.of());
        assertEquals(GatewayRouting.Result.HTTP_500, wrongFrom.result());
    }

    /** HTTPRouteInvalidNonExistentBackendRef: 500, reason BackendNotFound. */
    @org.junit.jupiter.api.Test
    void aMissingServiceAnswers500() {
        GatewayRouting.Route r = send(cluster(route("invalid-nonexistent-backend-ref", "  - backendRefs:\n    - name: nonexistent\n      port: 8080\n")),
                "example.com", "/", Map.of());
        assertEquals(GatewayRouting.Result.HTTP_500, r.result());
        assertEquals("BackendNotFound", r.backends().get(0).invalidReason());
    }

    static String gateway(String name, String... listeners) {
        StringBuilder sb = new StringBuilder("""
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: %s
                  namespace: gateway-conformance-infra
                spec:
                  gatewayClassName: servicelab
                  listeners:
                """.formatted(name));
        for (int k = 0; k < listeners.length; k++) {
            sb.append("  - name: listener-").append(k + 1).append("\n    port: 80\n    protocol: HTTP\n");
            if (!listeners[k].isEmpty()) {
                sb.append("    hostname: \"").append(listeners[k]).append("\"\n");
            }
        }
        return sb.toString();
    }

    static String hostRoute(String name, String parent, String section, List<String> hostnames, String prefix, String backend) {
        return """
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: %s
                  namespace: gateway-conformance-infra
                spec:
                  parentRefs:
                  - name: %s
                    namespace: gateway-conformance-infra
                %s
                %s
                  rules:
                  - matches:
                    - path:
                        type: PathPrefix
                        value: %s
                    backendRefs:
                    - name: %s
                      port: 8080
                """.formatted(name, parent, section == null ? "" : "    sectionName: " + section,
                hostnames.isEmpty() ? "" : "  hostnames:\n" + String.join("", hostnames.stream().map(h -> "  - \"" + h + "\"\n").toList()),
                prefix, backend);
    }

    /** HTTPRouteHostnameIntersection: a route's hostnames narrowed to the listener's; a listener never falls through. */
    @ParameterizedTest(name = "{0}{1} -> {2}")
    @CsvSource({"very.specific.com, /s1, infra-backend-v1", "very.specific.com:1234, /s1, infra-backend-v1", "non.matching.com, /s1, HTTP_404",
        "foo.nonmatchingwildcard.io, /s1, HTTP_404", "foo.wildcard.io, /s1, HTTP_404", "very.specific.com, /non-matching-prefix, HTTP_404",
        "foo.wildcard.io, /s2, infra-backend-v2", "bar.wildcard.io, /s2, infra-backend-v2", "foo.bar.wildcard.io, /s2, infra-backend-v2",
        "non.matching.com, /s2, HTTP_404", "wildcard.io, /s2, HTTP_404", "very.specific.com, /s2, HTTP_404", "very.specific.com, /s3, infra-backend-v3",
        "foo.specific.com, /s3, HTTP_404", "foo.wildcard.io, /s3, HTTP_404", "foo.anotherwildcard.io, /s4, infra-backend-v1",
        "foo.bar.anotherwildcard.io, /s4, infra-backend-v1", "anotherwildcard.io, /s4, HTTP_404", "very.specific.com, /s4, HTTP_404",
        "specific.but.wrong.com, /s5, HTTP_404", "wildcard.io, /s5, HTTP_404"})
    void hostnameIntersection(String host, String path, String expected) {
        String gw = "httproute-hostname-intersection";
        Simulation s = cluster("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: spare\n"
                + gateway(gw, "very.specific.com", "*.wildcard.io", "*.anotherwildcard.io")
                + hostRoute("specific-host-matches-listener-specific-host", gw, null, List.of("non.matching.com", "*.nonmatchingwildcard.io",
                "very.specific.com"), "/s1", "infra-backend-v1")
                + hostRoute("specific-host-matches-listener-wildcard-host", gw, null, List.of("non.matching.com", "wildcard.io", "foo.wildcard.io",
                "bar.wildcard.io", "foo.bar.wildcard.io"), "/s2", "infra-backend-v2")
                + hostRoute("wildcard-host-matches-listener-specific-host", gw, null, List.of("non.matching.com", "*.specific.com"), "/s3",
                "infra-backend-v3")
                + hostRoute("wildcard-host-matches-listener-wildcard-host", gw, null, List.of("*.anotherwildcard.io"), "/s4", "infra-backend-v1")
                + hostRoute("no-intersecting-hosts", gw, null, List.of("specific.but.wrong.com", "wildcard.io"), "/s5", "infra-backend-v2"));
        assertEquals(expected, outcome(send(s, gw, host, "GET", path, Map.of())));
    }

    /** HTTPRouteListenerHostnameMatching: an exact listener beats a wildcard one; a wildcard needs a label before it. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"bar.com, infra-backend-v1", "foo.bar.com, infra-backend-v2", "baz.bar.com, infra-backend-v3", "boo.bar.com, infra-backend-v3",
        "multiple.prefixes.bar.com, infra-backend-v3", "multiple.prefixes.foo.com, infra-backend-v3", "foo.com, HTTP_404",
        "no.matching.host, HTTP_404"})
    void listenerHostnameMatching(String host, String expected) {
        String gw = "httproute-listener-hostname-matching";
        String v3 = hostRoute("backend-v3", gw, "listener-3", List.of(), "/", "infra-backend-v3").replace(
                "    sectionName: listener-3\n", "    sectionName: listener-3\n  - name: " + gw + "\n    namespace: gateway-conformance-infra\n    sectionName: listener-4\n");
        Simulation s = cluster("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: spare\n"
                + gateway(gw, "bar.com", "foo.bar.com", "*.bar.com", "*.foo.com")
                + hostRoute("backend-v1", gw, "listener-1", List.of(), "/", "infra-backend-v1")
                + hostRoute("backend-v2", gw, "listener-2", List.of(), "/", "infra-backend-v2") + v3);
        assertEquals(expected, outcome(send(s, gw, host, "GET", "/", Map.of())));
    }

    static String deployment(String app, int replicas) {
        return """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                  namespace: gateway-conformance-infra
                spec:
                  replicas: %d
                  selector:
                    matchLabels:
                      app: %s
                  template:
                    metadata:
                      labels:
                        app: %s
                    spec:
                      containers:
                      - name: web
                        image: nginx
                        ports:
                        - containerPort: 8080
                """.formatted(app, replicas, app, app);
    }

    /**
     * A request through the Gateway's address, hop by hop: the Gateway gets an address from the
     * load-balancer pool, the trace names the listener, the route, the rule and why it won, and the
     * weighted split (90/10 here) holds over many requests with the seeded RNG.
     */
    @org.junit.jupiter.api.Test
    void trafficThroughTheGatewaysAddress() {
        String routes = route("store", "  - matches:\n    - path:\n        type: Exact\n        value: /store\n"
                + "    backendRefs:\n    - name: infra-backend-v2\n      port: 8080\n"
                + "  - matches:\n    - path:\n        type: PathPrefix\n        value: /\n"
                + "    backendRefs:\n    - name: infra-backend-v1\n      port: 8080\n      weight: 90\n    - name: infra-backend-v3\n      port: 8080\n      weight: 10\n")
                + deployment("infra-backend-v1", 2) + deployment("infra-backend-v2", 1) + deployment("infra-backend-v3", 1);
        Simulation s = cluster(routes);
        s.settle();
        servicelab.model.Gateway gw = s.gatewayApi.gateways().get(0);
        String address = s.gatewayApi.address(gw);
        assertEquals(s.world().loadBalancerPoolStart(), address, "the first address of the load-balancer pool");
        Router.Client browser = s.router().client("browser");
        Trace exact = s.router().send(browser, "http://example.com/store", address);
        assertEquals(Outcome.DELIVERED, exact.outcome(), exact.hops()::toString);
        assertTrue(exact.pod().startsWith("infra-backend-v2-"), exact.pod());
        Hop atGateway = exact.hops().stream().filter(h -> h.by().equals("gateway")).findFirst().orElseThrow();
        assertEquals("hop.gw.route.exact", atGateway.key(), "an Exact path beats the PathPrefix /");
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (int i = 0; i < 1000; i++) {
            Trace t = s.router().send(browser, "http://example.com/shop/" + i, address);
            hits.merge(t.pod().substring(0, t.pod().indexOf('-', "infra-backend-".length())), 1, Integer::sum);
        }
        int v1 = hits.getOrDefault("infra-backend-v1", 0);
        assertTrue(v1 >= 860 && v1 <= 940, hits::toString); // 90 % of 1,000, within 4 %
        assertEquals(1000 - v1, hits.getOrDefault("infra-backend-v3", 0), hits::toString);
        Trace missing = s.router().send(browser, "http://example.com/", "198.51.100.254");
        assertTrue(missing.hops().stream().noneMatch(h -> h.by().equals("gateway")), "another address is not the Gateway's");
    }

    /** HTTPRouteRewritePath (httproute-rewrite-path.yaml/.go): the path the backend receives. */
    @ParameterizedTest(name = "{0} under {1} {2} {3} -> {4}")
    @CsvSource({
        "/prefix/one/two, /prefix/one, ReplacePrefixMatch, /one, /one/two",
        "/strip-prefix/three, /strip-prefix, ReplacePrefixMatch, /, /three",
        "/strip-prefix, /strip-prefix, ReplacePrefixMatch, /, /",
        "/full/one/two, /full/one, ReplaceFullPath, /one, /one",
        "/full/rewrite-path-and-modify-headers/test, /full/rewrite-path-and-modify-headers, ReplaceFullPath, /test, /test",
        "/prefix/rewrite-path-and-modify-headers/one, /prefix/rewrite-path-and-modify-headers, ReplacePrefixMatch, /prefix, /prefix/one"})
    void urlRewriteGivesTheBackendTheConformancePath(String request, String prefix, String type, String value, String expected) {
        servicelab.model.HTTPRoute.PathModifier pm = type.equals("ReplaceFullPath") ? new servicelab.model.HTTPRoute.PathModifier(type, value, null)
                : new servicelab.model.HTTPRoute.PathModifier(type, null, value);
        assertEquals(expected, GatewayFilters.rewrite(pm, request, prefix));
    }

    @org.junit.jupiter.api.Test
    void aRewrittenPathIsWhatThePodAnswersAndTheFiltersAreInTheTrace() {
        // the pod's /healthy answers 200 and other paths 404 (a readiness path): the rewrite decides which it sees
        Simulation s = cluster(route("rewrite", """
                  - matches:
                    - path:
                        type: PathPrefix
                        value: /status
                    filters:
                    - type: URLRewrite
                      urlRewrite:
                        path:
                          type: ReplacePrefixMatch
                          replacePrefixMatch: /
                    - type: RequestHeaderModifier
                      requestHeaderModifier:
                        set:
                        - name: x-env
                          value: canary
                    - type: RequestMirror
                      requestMirror:
                        backendRef:
                          name: infra-backend-v2
                          port: 8080
                    backendRefs:
                    - name: infra-backend-v1
                      port: 8080
                """) + """
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: v1
                  namespace: gateway-conformance-infra
                  labels:
                    app: infra-backend-v1
                spec:
                  containers:
                  - name: web
                    image: luksa/kubia
                    ports:
                    - containerPort: 8080
                """);
        s.advance(10_000); // the pod starts and turns ready
        PodRuntime pod = s.pod(NS, "v1");
        pod.containers.get(0).behaviour.httpStatus.put("/", 503); // "/" answers 503, every other path 200
        String gw = s.gatewayApi.address(s.gatewayApi.gateways().get(0));
        Router.Client laptop = s.router().client("laptop");
        Trace root = s.router().send(laptop, "http://" + gw + "/status");
        assertEquals(Outcome.DELIVERED, root.outcome());
        assertEquals(503, root.httpStatus(), "/status reaches the pod as /");
        assertEquals(List.of("hop.gw.filter.rewrite", "hop.gw.filter.requestHeaders", "hop.gw.filter.mirror"),
                root.hops().stream().map(Hop::key).filter(k -> k.startsWith("hop.gw.filter")).toList());
        assertEquals(List.of("/"), root.hops().stream().filter(h -> h.key().equals("hop.gw.filter.rewrite")).findFirst().orElseThrow().args());
        assertEquals(200, s.router().send(laptop, "http://" + gw + "/status/deep").httpStatus(), "/status/deep reaches it as /deep");
    }
}
