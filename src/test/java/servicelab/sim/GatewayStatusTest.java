package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.model.Gateway;
import servicelab.model.HTTPRoute;

/**
 * The status the simulated controller writes back, with the objects and the expected conditions
 * of the Gateway API conformance suite (v1.6.1, conformance/tests): each test names the one it
 * follows.
 */
class GatewayStatusTest {
    private static final String NS = GatewayRoutingTest.NS;

    private static HTTPRoute route(Simulation s, String name) {
        return s.gatewayApi.httpRoutes().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static Gateway gateway(Simulation s, String name) {
        return s.gatewayApi.gateways().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    /** The parent entries' conditions as "Type=Status/Reason", one list per parent. */
    @SuppressWarnings("unchecked")
    static List<List<String>> parents(Simulation s, String name) {
        List<Map<String, Object>> ps = (List<Map<String, Object>>) GatewayStatus.ofRoute(s, route(s, name)).get("parents");
        return ps.stream().map(p -> conditions((List<Map<String, Object>>) p.get("conditions"))).toList();
    }

    private static List<String> conditions(List<Map<String, Object>> cs) {
        return cs.stream().map(c -> c.get("type") + "=" + c.get("status") + "/" + c.get("reason")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> listener(Simulation s, String gateway, String name) {
        return ((List<Map<String, Object>>) GatewayStatus.ofGateway(s, gateway(s, gateway)).get("listeners")).stream()
                .filter(l -> l.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static String route(String name, String namespace, String parent, String backend) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: %s
                  namespace: %s
                spec:
                  parentRefs:
                  - name: same-namespace
                    namespace: gateway-conformance-infra
                %s
                  rules:
                  - backendRefs:
                %s
                """.formatted(name, namespace, parent.indent(4).stripTrailing(), backend.indent(4).stripTrailing());
    }

    @Test
    void aRouteThatAttachesIsAcceptedAndItsServiceResolves() {
        // HTTPRouteSimpleSameNamespace: Accepted and ResolvedRefs True; GatewayWithAttachedRoutes: attachedRoutes counts it
        Simulation s = GatewayRoutingTest.cluster(route("gateway-conformance-infra-test", NS, "", "- name: infra-backend-v1\n  port: 8080"));
        assertEquals(List.of(List.of("Accepted=True/Accepted", "ResolvedRefs=True/ResolvedRefs")), parents(s, "gateway-conformance-infra-test"));
        assertEquals(1, listener(s, "same-namespace", "http").get("attachedRoutes"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gw = (List<Map<String, Object>>) GatewayStatus.ofGateway(s, gateway(s, "same-namespace")).get("conditions");
        assertEquals(List.of("Accepted=True/Accepted", "Programmed=True/Programmed"), conditions(gw));
    }

    @Test
    void aRouteFromAnotherNamespaceIsNotAllowedByASameNamespaceListener() {
        // HTTPRouteInvalidCrossNamespaceParentRef: Accepted False, NotAllowedByListeners; not counted as attached
        Simulation s = GatewayRoutingTest.cluster("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: gateway-conformance-web-backend
                ---
                """ + route("invalid-cross-namespace-parent-ref", "gateway-conformance-web-backend", "",
                "- name: web-backend\n  port: 8080"));
        assertEquals("Accepted=False/NotAllowedByListeners", parents(s, "invalid-cross-namespace-parent-ref").get(0).get(0));
        assertEquals(0, listener(s, "same-namespace", "http").get("attachedRoutes"));
    }

    @Test
    void aSectionNameOrPortNoListenerHasMatchesNoParent() {
        // HTTPRouteInvalidParentRefNotMatchingSectionName and ...NotMatchingListenerPort: Accepted False, NoMatchingParent
        Simulation s = GatewayRoutingTest.cluster(route("no-section", NS, "sectionName: unknown-section", "- name: infra-backend-v1\n  port: 8080")
                + "---\n" + route("no-port", NS, "port: 81", "- name: infra-backend-v1\n  port: 8080"));
        assertEquals("Accepted=False/NoMatchingParent", parents(s, "no-section").get(0).get(0));
        assertEquals("Accepted=False/NoMatchingParent", parents(s, "no-port").get(0).get(0));
    }

    @Test
    void backendsThatDoNotResolveSayWhy() {
        // HTTPRouteInvalidNonExistentBackendRef, HTTPRouteInvalidBackendRefUnknownKind and
        // HTTPRouteInvalidCrossNamespaceBackendRef: Accepted True, ResolvedRefs False with the reason
        Simulation s = GatewayRoutingTest.cluster(route("missing", NS, "", "- name: nonexistent-backend\n  port: 8080")
                + "---\n" + route("unknown-kind", NS, "", "- group: unknownkind.example.com\n  kind: NonExistent\n  name: infra-backend-v1\n  port: 8080")
                + "---\n" + route("cross", NS, "", "- name: web-backend\n  namespace: gateway-conformance-web-backend\n  port: 8080"));
        assertEquals(List.of("Accepted=True/Accepted", "ResolvedRefs=False/BackendNotFound"), parents(s, "missing").get(0));
        assertEquals(List.of("Accepted=True/Accepted", "ResolvedRefs=False/InvalidKind"), parents(s, "unknown-kind").get(0));
        assertEquals(List.of("Accepted=True/Accepted", "ResolvedRefs=False/RefNotPermitted"), parents(s, "cross").get(0));
        assertEquals(3, listener(s, "same-namespace", "http").get("attachedRoutes"), "an unresolved backend does not detach a route");
    }

    @Test
    void aReferenceGrantResolvesTheCrossNamespaceBackend() {
        // HTTPRouteReferenceGrant: with the grant in the Service's namespace, ResolvedRefs True
        Simulation s = GatewayRoutingTest.cluster(route("cross", NS, "", "- name: web-backend\n  namespace: gateway-conformance-web-backend\n  port: 8080")
                + """
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
                """);
        assertEquals(List.of("Accepted=True/Accepted", "ResolvedRefs=True/ResolvedRefs"), parents(s, "cross").get(0));
    }

    @Test
    void aRouteWhoseHostnamesNoListenerCoversIsNotAccepted() {
        // HTTPRouteHostnameIntersection: a route for very.specific.com on a listener of *.wildcard.io: NoMatchingListenerHostname
        Simulation s = GatewayRoutingTest.cluster("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: httproute-hostname-intersection
                  namespace: gateway-conformance-infra
                spec:
                  gatewayClassName: servicelab
                  listeners:
                  - name: listener-3
                    port: 80
                    protocol: HTTP
                    hostname: "*.anotherwildcard.io"
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: no-intersecting-hosts
                  namespace: gateway-conformance-infra
                spec:
                  parentRefs:
                  - name: httproute-hostname-intersection
                  hostnames:
                  - specific.but.wrong.com
                  - wildcard.io
                  rules:
                  - backendRefs:
                    - name: infra-backend-v2
                      port: 8080
                """);
        assertEquals("Accepted=False/NoMatchingListenerHostname", parents(s, "no-intersecting-hosts").get(0).get(0));
        assertEquals(0, listener(s, "httproute-hostname-intersection", "listener-3").get("attachedRoutes"));
    }

    @Test
    void aListenerAskingOnlyForUnsupportedRouteKindsHasNone() {
        // GatewayInvalidRouteKind: supportedKinds empty, ResolvedRefs False InvalidRouteKinds
        Simulation s = GatewayRoutingTest.cluster("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: gateway-only-invalid-route-kind
                  namespace: gateway-conformance-infra
                spec:
                  gatewayClassName: servicelab
                  listeners:
                  - name: http
                    port: 80
                    protocol: HTTP
                    allowedRoutes:
                      kinds:
                      - kind: InvalidRoute
                      namespaces:
                        from: All
                """);
        Map<String, Object> l = listener(s, "gateway-only-invalid-route-kind", "http");
        assertEquals(List.of(), l.get("supportedKinds"));
        @SuppressWarnings("unchecked")
        List<String> cs = conditions((List<Map<String, Object>>) l.get("conditions"));
        assertEquals("ResolvedRefs=False/InvalidRouteKinds", cs.get(2));
        assertEquals("Programmed=False/Invalid", cs.get(3));
    }

    @Test
    void aCertificateInAnotherNamespaceNeedsAGrant() {
        // GatewaySecretMissingReferenceGrant, then GatewaySecretReferenceGrantSpecific
        String gw = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: gateway-conformance-web-backend
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: gateway-secret-missing-reference-grant
                  namespace: gateway-conformance-infra
                spec:
                  gatewayClassName: servicelab
                  listeners:
                  - name: https
                    port: 443
                    protocol: HTTPS
                    tls:
                      certificateRefs:
                      - group: ""
                        kind: Secret
                        name: certificate
                        namespace: gateway-conformance-web-backend
                """;
        @SuppressWarnings("unchecked")
        List<String> without = conditions((List<Map<String, Object>>) listener(GatewayRoutingTest.cluster(gw),
                "gateway-secret-missing-reference-grant", "https").get("conditions"));
        assertEquals("ResolvedRefs=False/RefNotPermitted", without.get(2));
        Simulation granted = GatewayRoutingTest.cluster(gw + """
                ---
                apiVersion: gateway.networking.k8s.io/v1beta1
                kind: ReferenceGrant
                metadata:
                  name: reference-grant
                  namespace: gateway-conformance-web-backend
                spec:
                  from:
                  - group: gateway.networking.k8s.io
                    kind: Gateway
                    namespace: gateway-conformance-infra
                  to:
                  - group: ""
                    kind: Secret
                    name: certificate
                """);
        @SuppressWarnings("unchecked")
        List<String> with = conditions((List<Map<String, Object>>) listener(granted, "gateway-secret-missing-reference-grant", "https")
                .get("conditions"));
        assertEquals(List.of("Accepted=True/Accepted", "Conflicted=False/NoConflicts", "ResolvedRefs=True/ResolvedRefs",
                "Programmed=True/Programmed"), with);
    }

    @Test
    void aGatewayOfAClassNoControllerHereOwnsKeepsTheDefaultStatus() {
        // the CRD's default: Accepted and Programmed Unknown, Pending; its routes get no entry from this controller
        Simulation s = GatewayRoutingTest.cluster("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: elsewhere
                  namespace: gateway-conformance-infra
                spec:
                  gatewayClassName: other-class
                  listeners:
                  - name: http
                    port: 80
                    protocol: HTTP
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: orphan
                  namespace: gateway-conformance-infra
                spec:
                  parentRefs:
                  - name: elsewhere
                """);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cs = (List<Map<String, Object>>) GatewayStatus.ofGateway(s, gateway(s, "elsewhere")).get("conditions");
        assertEquals(List.of("Accepted=Unknown/Pending", "Programmed=Unknown/Pending"), conditions(cs));
        assertEquals(List.of(), parents(s, "orphan"));
    }

    @Test
    void routeHostnamesArePublishedAtTheirGatewaysAddress() {
        // as external-dns does for HTTPRoutes: a browser reaches the route's host by name
        Simulation s = GatewayRoutingTest.cluster(route("named", NS, "", "- name: infra-backend-v1\n  port: 8080")
                .replace("  rules:", "  hostnames:\n  - shop.example.com\n  rules:"));
        String address = s.gatewayApi.address(gateway(s, "same-namespace"));
        assertEquals(address, s.dnsView().publicDns().get("shop.example.com"));
    }
}
