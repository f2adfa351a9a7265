package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static servicelab.sim.GatewayRoutingTest.cluster;
import static servicelab.sim.GatewayRoutingTest.headers;
import static servicelab.sim.GatewayRoutingTest.outcome;
import static servicelab.sim.GatewayRoutingTest.rule;
import static servicelab.sim.GatewayRoutingTest.send;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GRPCRoute routing, with the conformance suite's objects and tables (kubernetes-sigs/gateway-api
 * v1.6.1, conformance/tests/grpcroute-*): a gRPC call is an HTTP/2 POST to /SERVICE/METHOD, so the
 * requests here are POSTs to that path. No matching rule answers 404, which a gRPC client reads as
 * UNIMPLEMENTED (the suite's expectation).
 */
class GrpcRoutingTest {
    static final String ECHO = "gateway_api_conformance.echo_basic.grpcecho.GrpcEcho";

    static String grpcRoute(String name, String rules) {
        return """
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata:
                  name: %s
                  namespace: gateway-conformance-infra
                spec:
                  parentRefs:
                  - name: same-namespace
                  rules:
                """.formatted(name) + rules;
    }

    static GatewayRouting.Route call(Simulation s, String service, String method, Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("content-type", "application/grpc");
        return send(s, "same-namespace", "example.com", "POST", "/" + service + "/" + method, h);
    }

    /** GRPCRouteExactMethodMatching (grpcroute-exact-method-matching.yaml/.go). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Echo, infra-backend-v1", "EchoTwo, infra-backend-v2", "EchoThree, HTTP_404"})
    void exactMethodMatching(String method, String expected) {
        Simulation s = cluster(grpcRoute("exact-matching", """
                  - matches:
                    - method:
                        service: %s
                        method: Echo
                    backendRefs:
                    - name: infra-backend-v1
                      port: 8080
                  - matches:
                    - method:
                        service: %s
                        method: EchoTwo
                    backendRefs:
                    - name: infra-backend-v2
                      port: 8080
                """.formatted(ECHO, ECHO)));
        GatewayRouting.Route r = call(s, ECHO, method, Map.of());
        assertEquals(expected, outcome(r));
        if (r.result() == GatewayRouting.Result.ROUTED) {
            assertEquals("GRPCRoute", r.routeKind());
            assertEquals("gateway-conformance-infra/exact-matching", r.httpRoute());
        }
    }

    /** GRPCRouteHeaderMatching (grpcroute-header-matching.yaml/.go): the same table as HTTPRouteHeaderMatching. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"version=one|infra-backend-v1", "version=two|infra-backend-v2",
        "version=two,color=orange|infra-backend-v1", "version=two,color=blue|infra-backend-v2", "color=orange|HTTP_404",
        "some-other-header=one|HTTP_404", "color=blue|infra-backend-v1", "color=green|infra-backend-v1", "color=red|infra-backend-v2",
        "color=yellow|infra-backend-v2", "color=purple|HTTP_404"})
    void headerMatching(String sent, String expected) {
        Simulation s = cluster(grpcRoute("grpc-header-matching", rule(headers("version", "one"), "infra-backend-v1")
                + rule(headers("version", "two"), "infra-backend-v2")
                + rule(headers("version", "two", "color", "orange"), "infra-backend-v1")
                + rule(headers("color", "blue") + headers("color", "green"), "infra-backend-v1")
                + rule(headers("color", "red") + headers("color", "yellow"), "infra-backend-v2")));
        Map<String, String> h = new LinkedHashMap<>();
        for (String kv : sent.split(",")) {
            h.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        assertEquals(expected, outcome(call(s, ECHO, "Echo", h)));
    }

    /**
     * The GRPCRouteRule precedence: the most characters in a matching service, then in a matching
     * method, then header matches. A service and method beats the service alone, which beats a
     * method alone; a longer service name beats a shorter one.
     */
    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({"foo.Bar, Get, infra-backend-v1", "foo.Bar, List, infra-backend-v2", "foo.Baz, Get, infra-backend-v3",
        "foo.Bar.v2, List, infra-backend-v3", "other.Svc, Put, HTTP_404"})
    void serviceThenMethodThenHeaders(String service, String method, String expected) {
        Simulation s = cluster(grpcRoute("precedence", """
                  - matches:
                    - method:
                        method: Get
                    backendRefs:
                    - name: infra-backend-v3
                      port: 8080
                  - matches:
                    - method:
                        service: foo.Bar
                    backendRefs:
                    - name: infra-backend-v2
                      port: 8080
                  - matches:
                    - method:
                        service: foo.Bar
                        method: Get
                    backendRefs:
                    - name: infra-backend-v1
                      port: 8080
                  - matches:
                    - method:
                        service: foo.Bar.v2
                    backendRefs:
                    - name: infra-backend-v3
                      port: 8080
                """));
        assertEquals(expected, outcome(call(s, service, method, Map.of())));
    }

    /** GRPCRouteWeight (grpcroute-weight.yaml/.go): 70/30/0 within 0.05 over 500 calls, under several seeds. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2024})
    void weightsSplitCalls(long seed) {
        Simulation s = cluster(grpcRoute("weighted-backends", "  - backendRefs:\n    - name: infra-backend-v1\n      port: 8080\n      weight: 70\n"
                + "    - name: infra-backend-v2\n      port: 8080\n      weight: 30\n    - name: infra-backend-v3\n      port: 8080\n      weight: 0\n"));
        GatewayRouting.Route r = call(s, ECHO, "Echo", Map.of());
        java.util.Random rng = new java.util.Random(seed);
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            hits.merge(GatewayRouting.pick(r, rng).name(), 1, Integer::sum);
        }
        assertEquals(0, hits.getOrDefault("infra-backend-v3", 0));
        assertTrue(Math.abs(hits.get("infra-backend-v1") / 500.0 - 0.7) <= 0.05, hits::toString);
    }

    static final String HTTP_ROUTE = """
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: gateway-conformance-infra
            spec:
              parentRefs:
              - name: same-namespace
            %s  rules:
              - backendRefs:
                - name: infra-backend-v1
                  port: 8080
            """;

    static final String GRPC_ROUTE = """
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: GRPCRoute
            metadata:
              name: echo
              namespace: gateway-conformance-infra
            spec:
              parentRefs:
              - name: same-namespace
            %s  rules:
              - backendRefs:
                - name: infra-backend-v2
                  port: 8080
            """;

    /**
     * An HTTPRoute and a GRPCRoute whose hostnames overlap on one listener: only the older is
     * accepted (GRPCRouteSpec.Hostnames); with hostnames apart, both are, and the host picks one.
     */
    @Test
    void anHttpRouteAndAGrpcRouteShareNoHostname() {
        Simulation s = cluster(HTTP_ROUTE.formatted("") + GRPC_ROUTE.formatted(""));
        assertEquals(List.of("Accepted=True/Accepted", "ResolvedRefs=True/ResolvedRefs"), GatewayStatusTest.parents(s, "web").get(0));
        assertEquals("Accepted=False/NotAllowedByListeners", grpcParents(s, "echo").get(0).get(0));
        assertEquals("infra-backend-v1", outcome(call(s, ECHO, "Echo", Map.of())), "the calls go to the HTTPRoute's backend");
        assertEquals(1, GatewayStatusTest.listener(s, "same-namespace", "http").get("attachedRoutes"));

        Simulation apart = cluster(HTTP_ROUTE.formatted("  hostnames: [\"www.example.com\"]\n")
                + GRPC_ROUTE.formatted("  hostnames: [\"grpc.example.com\"]\n"));
        assertEquals("Accepted=True/Accepted", grpcParents(apart, "echo").get(0).get(0));
        assertEquals(2, GatewayStatusTest.listener(apart, "same-namespace", "http").get("attachedRoutes"));
        Map<String, String> grpc = Map.of("content-type", "application/grpc");
        assertEquals("infra-backend-v2", outcome(send(apart, "same-namespace", "grpc.example.com", "POST", "/" + ECHO + "/Echo", grpc)));
        assertEquals("infra-backend-v1", outcome(send(apart, "same-namespace", "www.example.com", "GET", "/", Map.of())));
    }

    @SuppressWarnings("unchecked")
    static List<List<String>> grpcParents(Simulation s, String name) {
        servicelab.model.GRPCRoute g = s.gatewayApi.grpcRoutes().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        List<Map<String, Object>> parents = (List<Map<String, Object>>) GatewayStatus.ofRoute(s, g).get("parents");
        return parents.stream().map(p -> ((List<Map<String, Object>>) p.get("conditions")).stream()
                .map(c -> c.get("type") + "=" + c.get("status") + "/" + c.get("reason")).toList()).toList();
    }

    static String gatewayWithKinds(String name, String kind) {
        return """
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: %s
                  namespace: gateway-conformance-infra
                spec:
                  gatewayClassName: servicelab
                  listeners:
                  - name: http
                    port: 80
                    protocol: HTTP
                    allowedRoutes:
                      kinds:
                      - kind: %s
                """.formatted(name, kind);
    }

    /** A listener serves both route kinds unless allowedRoutes.kinds narrows it; a kind it does not serve is InvalidRouteKinds. */
    @Test
    void listenersListTheRouteKindsTheyServe() {
        Simulation s = cluster(GRPC_ROUTE.formatted(""));
        assertEquals(List.of(Map.of("group", "gateway.networking.k8s.io", "kind", "HTTPRoute"),
                Map.of("group", "gateway.networking.k8s.io", "kind", "GRPCRoute")),
                GatewayStatusTest.listener(s, "same-namespace", "http").get("supportedKinds"));
        Simulation httpOnly = cluster(gatewayWithKinds("http-only", "HTTPRoute") + GRPC_ROUTE.formatted("")
                .replace("name: same-namespace", "name: http-only"));
        assertEquals(List.of(Map.of("group", "gateway.networking.k8s.io", "kind", "HTTPRoute")),
                GatewayStatusTest.listener(httpOnly, "http-only", "http").get("supportedKinds"));
        assertEquals("Accepted=False/NotAllowedByListeners", grpcParents(httpOnly, "echo").get(0).get(0));
    }

    /** The trace names the route by its kind: a GRPC라우트 (the Korean glossary's form), not an HTTP라우트. */
    @Test
    void theTraceNamesTheGrpcRoute() {
        Simulation s = cluster(GRPC_ROUTE.formatted("") + """
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: v2
                  namespace: gateway-conformance-infra
                  labels:
                    app: infra-backend-v2
                spec:
                  containers:
                  - name: echo
                    image: luksa/kubia
                    ports:
                    - containerPort: 8080
                """);
        s.advance(10_000);
        String gw = s.gatewayApi.address(s.gatewayApi.gateways().get(0));
        Router.Client laptop = s.router().client("laptop");
        Trace t = s.router().send(laptop, "http://" + gw + "/" + ECHO + "/Echo");
        Hop atGateway = t.hops().stream().filter(h -> h.key().startsWith("hop.gw.route")).findFirst().orElseThrow();
        String text = TraceText.korean().hop(atGateway);
        assertTrue(text.contains("GRPC라우트 gateway-conformance-infra/echo"), text);
    }
}
