package servicelab.validation.gatewayapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.ManifestChecker;
import servicelab.model.HTTPRoute;

/**
 * Gateway API objects checked as the v1.6.1 standard-channel CRDs check them
 * (config/crd/standard/gateway.networking.k8s.io_gateways.yaml and _httproutes.yaml): the schema's
 * defaults, required fields, the listeners' list key, and CEL rules reported at the node that
 * declares them ("Invalid value: \"array\"" / "\"object\"").
 */
class GatewayApiValidationTest {
    private static List<String> errors(String yaml) {
        CheckReport r = new ManifestChecker().check(yaml);
        return r.errors().stream().map(Diagnostic::message).toList();
    }

    private static final String GATEWAY = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: eg2
            spec:
              gatewayClassName: servicelab
              listeners:
              - name: http
                port: 80
                protocol: HTTP
            """;

    @Test
    void aGoodGatewayAndItsDefaults() {
        CheckReport r = new ManifestChecker().check(GATEWAY);
        assertTrue(r.valid(), () -> r.errors().toString());
        servicelab.model.Gateway g = (servicelab.model.Gateway) r.objects().get(0);
        assertEquals("Same", g.listeners().get(0).allowedRoutes().from(), "allowedRoutes defaults to namespaces from Same");
    }

    @Test
    void listenerNamesAreAListKeyAndTheCombinationMustBeUnique() {
        // the same three errors a v1.6 API server returns for this Gateway (a duplicate name and port/protocol)
        String twice = GATEWAY + "  - name: http\n    port: 80\n    protocol: HTTP\n";
        assertEquals(List.of("spec.listeners[1]: Duplicate value: {\"name\":\"http\"}",
                "spec.listeners: Invalid value: \"array\": Listener name must be unique within the Gateway",
                "spec.listeners: Invalid value: \"array\": Combination of port, protocol and hostname must be unique for each listener"),
                errors(twice));
        // the TLS object's own rule runs too: Terminate without a certificate
        assertEquals(List.of("spec.listeners[0].tls: Invalid value: \"object\": certificateRefs or options must be specified when mode is Terminate",
                "spec.listeners: Invalid value: \"array\": tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"),
                errors(GATEWAY + "    tls:\n      mode: Terminate\n"));
    }

    @Test
    void requiredFieldsAndUnknownFields() {
        assertEquals(List.of("spec.gatewayClassName: Required value"), errors(GATEWAY.replace("  gatewayClassName: servicelab\n", "")));
        List<String> unknown = errors(GATEWAY.replace("    protocol: HTTP\n", "    protocol: HTTP\n    protocl: HTTP\n"));
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).contains("unknown field \"spec.listeners[0].protocl\""), unknown::toString);
    }

    private static final String ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: store
            spec:
              parentRefs:
              - name: eg2
              rules:
              - matches:
                - path:
                    type: PathPrefix
                    value: /store
                backendRefs:
                - name: store-v1
                  port: 8080
            """;

    @Test
    void aRouteGetsTheSchemasDefaults() {
        CheckReport r = new ManifestChecker().check(ROUTE.replace("  - matches:\n    - path:\n        type: PathPrefix\n        value: /store\n", "  - backendRefs:\n")
                .replace("    backendRefs:\n    - name: store-v1", "    - name: store-v1"));
        assertTrue(r.valid(), () -> r.errors().toString());
        HTTPRoute route = (HTTPRoute) r.objects().get(0);
        assertEquals(new HTTPRoute.PathMatch("PathPrefix", "/"), route.rules().get(0).matches().get(0).path(), "a rule without matches matches /");
        assertEquals("gateway.networking.k8s.io", route.parentRefs().get(0).group());
        assertEquals("Gateway", route.parentRefs().get(0).kind());
        assertEquals(1, route.rules().get(0).backendRefs().get(0).weight());
        assertEquals("Service", route.rules().get(0).backendRefs().get(0).kind());
    }

    @Test
    void pathRulesAndTheServicePort() {
        assertEquals(List.of("spec.rules[0].matches[0].path: Invalid value: \"object\": value must be an absolute path and start with '/' "
                + "when type one of ['Exact', 'PathPrefix']"), errors(ROUTE.replace("value: /store", "value: store")));
        assertEquals(List.of("spec.rules[0].matches[0].path: Invalid value: \"object\": must not contain '//' when type one of ['Exact', 'PathPrefix']"),
                errors(ROUTE.replace("value: /store", "value: /a//b")));
        assertEquals(List.of(), errors(ROUTE.replace("type: PathPrefix\n        value: /store", "type: RegularExpression\n        value: /a//b")),
                "the path rules hold for Exact and PathPrefix only");
        assertEquals(List.of("spec.rules[0].backendRefs[0]: Invalid value: \"object\": Must have port for Service reference"),
                errors(ROUTE.replace("      port: 8080\n", "")));
        assertEquals(List.of("spec.rules[0].matches[0].path.type: Unsupported value: \"Prefix\": supported values: \"Exact\", \"PathPrefix\", "
                + "\"RegularExpression\""), errors(ROUTE.replace("type: PathPrefix", "type: Prefix")));
    }

    private static final String SIMPLE_ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: r
            spec:
              parentRefs:
              - name: eg2
              rules:
              - backendRefs:
                - name: kubia
                  port: 80
            """;

    @Test
    void schemaBoundsAndEnumsOfListenersAndBackends() {
        // the CRDs' minimum/maximum, enum and pattern keywords (gateways.yaml, httproutes.yaml)
        assertEquals(List.of("spec.rules[0].backendRefs[0].weight: Invalid value: 1000001: spec.rules[0].backendRefs[0].weight in body "
                + "should be less than or equal to 1000000"), errors(SIMPLE_ROUTE + "      weight: 1000001\n"));
        assertEquals(List.of(), errors(SIMPLE_ROUTE + "      weight: 0\n"), "a weight of 0 sends no traffic, and is allowed");
        assertEquals(List.of("spec.rules[0].backendRefs[0].port: Invalid value: 70000: spec.rules[0].backendRefs[0].port in body "
                + "should be less than or equal to 65535"), errors(SIMPLE_ROUTE.replace("port: 80", "port: 70000")));
        assertEquals(List.of("spec.listeners[0].allowedRoutes.namespaces.from: Unsupported value: \"Everyone\": supported values: "
                + "\"All\", \"Selector\", \"Same\""), errors(GATEWAY + "    allowedRoutes:\n      namespaces:\n        from: Everyone\n"));
        assertEquals(List.of("spec.listeners[0].name: Invalid value: \"Web_1\": spec.listeners[0].name in body should match "
                + "'^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'"), errors(GATEWAY.replace("name: http", "name: Web_1")));
    }

    @Test
    void tlsRulesOfHttpsAndTlsListeners() {
        String https = GATEWAY.replace("port: 80\n    protocol: HTTP", "port: 443\n    protocol: HTTPS");
        // the TLS object's rule, with the mode defaulted to Terminate
        assertEquals(List.of("spec.listeners[0].tls: Invalid value: \"object\": certificateRefs or options must be specified when mode is Terminate"),
                errors(https + "    tls: {}\n"));
        assertEquals(List.of(), errors(https + "    tls:\n      certificateRefs:\n      - name: web-cert\n"));
        assertEquals(List.of("spec.listeners: Invalid value: \"array\": tls mode must be set for protocol TLS"),
                errors(GATEWAY.replace("port: 80\n    protocol: HTTP", "port: 443\n    protocol: TLS")));
    }

    @Test
    void twoReferencesToOneParentNeedDifferentSectionNames() {
        // HTTPRoute's standard-channel CEL rules on spec.parentRefs
        String both = SIMPLE_ROUTE.replace("  - name: eg2\n", "  - name: eg2\n  - name: eg2\n");
        assertEquals(List.of("spec.parentRefs: Invalid value: \"array\": sectionName must be unique when parentRefs includes 2 or more "
                + "references to the same parent"), errors(both));
        assertEquals(List.of("spec.parentRefs: Invalid value: \"array\": sectionName must be specified when parentRefs includes 2 or more "
                + "references to the same parent"), errors(SIMPLE_ROUTE.replace("  - name: eg2\n", "  - name: eg2\n  - name: eg2\n    sectionName: https\n")));
        assertEquals(List.of(), errors(SIMPLE_ROUTE.replace("  - name: eg2\n",
                "  - name: eg2\n    sectionName: http\n  - name: eg2\n    sectionName: https\n")));
        assertEquals(List.of(), errors(SIMPLE_ROUTE.replace("  - name: eg2\n", "  - name: eg2\n  - name: eg2\n    namespace: other\n")),
                "a Gateway of the same name in another namespace is another parent");
    }

    @Test
    void aReferenceGrantNamesTheGroupKindAndNamespaceItTrusts() {
        String grant = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: ReferenceGrant
                metadata:
                  name: g
                spec:
                  from:
                  - kind: HTTPRoute
                  to:
                  - group: ""
                    kind: Service
                """;
        assertEquals(List.of("spec.from[0].group: Required value", "spec.from[0].namespace: Required value"), errors(grant));
    }

    private static final String GRPC = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GRPCRoute
            metadata:
              name: greeter
            spec:
              parentRefs:
              - name: eg2
              hostnames:
              - grpc.example.com
              rules:
              - matches:
                - method:
                    service: helloworld.Greeter
                    method: SayHello
                backendRefs:
                - name: greeter
                  port: 50051
            """;

    @Test
    void aGrpcRouteIsDecodedDefaultedAndChecked() {
        // gateway.networking.k8s.io_grpcroutes.yaml (v1.6.1, standard channel, served as v1)
        CheckReport r = new ManifestChecker().check(GRPC);
        assertTrue(r.valid(), () -> r.errors().toString());
        servicelab.model.GRPCRoute g = (servicelab.model.GRPCRoute) r.objects().get(0);
        assertEquals("Exact", g.rules().get(0).matches().get(0).method().type(), "a method match is Exact by default");
        assertEquals("gateway.networking.k8s.io", g.parentRefs().get(0).group());
        assertEquals(1, g.rules().get(0).backendRefs().get(0).weight());
        assertEquals(List.of("spec.rules[0].matches[0].method: Invalid value: \"object\": One or both of 'service' or 'method' must be specified"),
                errors(GRPC.replace("        service: helloworld.Greeter\n        method: SayHello\n", "        type: Exact\n")));
        assertEquals(List.of("spec.rules[0].matches[0].method: Invalid value: \"object\": service must only contain valid characters "
                + "(matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)"), errors(GRPC.replace("helloworld.Greeter", "hello-world.Greeter")));
        assertEquals(List.of("spec.rules[0].matches[0].method: Invalid value: \"object\": method must only contain valid characters "
                + "(matching ^[A-Za-z_][A-Za-z_0-9]*$)"), errors(GRPC.replace("SayHello", "Say/Hello")));
        assertEquals(List.of(), errors(GRPC.replace("    - method:\n", "    - method:\n        type: RegularExpression\n")
                .replace("helloworld.Greeter", "helloworld\\..*")), "a regular expression is not held to the identifier rules");
        assertEquals(List.of("spec.rules[0].backendRefs[0]: Invalid value: \"object\": Must have port for Service reference"),
                errors(GRPC.replace("      port: 50051\n", "")));
        assertEquals(List.of("spec.rules[0].matches[0].method.type: Unsupported value: \"Prefix\": supported values: \"Exact\", "
                + "\"RegularExpression\""), errors(GRPC.replace("    - method:\n", "    - method:\n        type: Prefix\n")));
    }

    private static final String FILTER_ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: r
            spec:
              parentRefs:
              - name: eg2
              rules:
            """;

    /** The filter rules of the v1.6.1 CRD (HTTPRouteFilter's and HTTPRouteRule's x-kubernetes-validations), with the API server's messages. */
    @Test
    void filtersCarryTheFieldTheirTypeNames() {
        // a type without its field, and a field under another type
        assertEquals(List.of("spec.rules[0].filters[0]: Invalid value: \"object\": filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"),
                errors(FILTER_ROUTE + "  - filters:\n    - type: RequestHeaderModifier\n    backendRefs:\n    - name: s\n      port: 80\n"));
        assertEquals(List.of("spec.rules[0].filters[0]: Invalid value: \"object\": filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier",
                "spec.rules[0].filters[0]: Invalid value: \"object\": filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type"),
                errors(FILTER_ROUTE + "  - filters:\n    - type: ResponseHeaderModifier\n      requestHeaderModifier:\n        add:\n        - name: x\n          value: v1\n"
                        + "    backendRefs:\n    - name: s\n      port: 80\n"));
        // the enum, and an extension field the model does not carry still counts as set
        assertEquals(List.of("spec.rules[0].filters[0].type: Unsupported value: \"Rewrite\": supported values: \"RequestHeaderModifier\", "
                + "\"ResponseHeaderModifier\", \"RequestMirror\", \"RequestRedirect\", \"URLRewrite\", \"ExtensionRef\", \"CORS\""),
                errors(FILTER_ROUTE + "  - filters:\n    - type: Rewrite\n    backendRefs:\n    - name: s\n      port: 80\n"));
        assertEquals(List.of("spec.rules[0].filters[0]: Invalid value: \"object\": filter.requestMirror must be specified for RequestMirror filter.type",
                "spec.rules[0].filters[0]: Invalid value: \"object\": filter.extensionRef must be nil if the filter.type is not ExtensionRef"),
                errors(FILTER_ROUTE + "  - filters:\n    - type: RequestMirror\n      extensionRef:\n        group: ex.io\n        kind: K\n        name: k\n"
                        + "    backendRefs:\n    - name: s\n      port: 80\n"));
    }

    @Test
    void aRuleRedirectsOrForwardsNotBoth() {
        String redirect = "  - matches:\n    - path:\n        type: Exact\n        value: /old\n    filters:\n    - type: RequestRedirect\n"
                + "      requestRedirect:\n        path:\n          type: ReplacePrefixMatch\n          replacePrefixMatch: /new\n";
        assertEquals(List.of("spec.rules[0]: Invalid value: \"object\": RequestRedirect filter must not be used together with backendRefs",
                "spec.rules[0]: Invalid value: \"object\": When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
                errors(FILTER_ROUTE + redirect + "    backendRefs:\n    - name: s\n      port: 80\n"));
        // the same redirect on a PathPrefix match and without backends is fine; a rule with no matches gets the default PathPrefix "/"
        assertEquals(List.of(), errors(FILTER_ROUTE + redirect.replace("type: Exact", "type: PathPrefix")));
        assertEquals(List.of(), errors(FILTER_ROUTE + redirect.substring(redirect.indexOf("    filters:")).replaceFirst("    filters", "  - filters")));
        // redirect and rewrite together, a type twice
        assertEquals(List.of("spec.rules[0].filters: Invalid value: \"array\": May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both",
                "spec.rules[0].filters: Invalid value: \"array\": URLRewrite filter cannot be repeated"),
                errors(FILTER_ROUTE + "  - filters:\n    - type: RequestRedirect\n      requestRedirect:\n        scheme: https\n"
                        + "    - type: URLRewrite\n      urlRewrite:\n        hostname: a.example\n    - type: URLRewrite\n      urlRewrite:\n        hostname: b.example\n"));
    }

    @Test
    void redirectAndRewriteFieldsKeepToTheSchema() {
        assertEquals(List.of("spec.rules[0].filters[0].requestRedirect.scheme: Unsupported value: \"HTTPS\": supported values: \"http\", \"https\"",
                "spec.rules[0].filters[0].requestRedirect.statusCode: Unsupported value: 304: supported values: \"301\", \"302\", \"303\", \"307\", \"308\"",
                "spec.rules[0].filters[0].requestRedirect.hostname: Invalid value: \"*.example.com\": spec.rules[0].filters[0].requestRedirect.hostname in body "
                        + "should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'"),
                errors(FILTER_ROUTE + "  - filters:\n    - type: RequestRedirect\n      requestRedirect:\n        scheme: HTTPS\n        statusCode: 304\n"
                        + "        hostname: \"*.example.com\"\n"));
        assertEquals(List.of("spec.rules[0].filters[0].urlRewrite.path: Invalid value: \"object\": replaceFullPath must be specified when type is set to 'ReplaceFullPath'",
                "spec.rules[0].filters[0].urlRewrite.path: Invalid value: \"object\": type must be 'ReplaceFullPath' when replacePrefixMatch is set"
                        .replace("'ReplaceFullPath' when replacePrefixMatch", "'ReplacePrefixMatch' when replacePrefixMatch")),
                errors(FILTER_ROUTE + "  - matches:\n    - path:\n        type: PathPrefix\n        value: /a\n    filters:\n    - type: URLRewrite\n      urlRewrite:\n"
                        + "        path:\n          type: ReplaceFullPath\n          replacePrefixMatch: /b\n    backendRefs:\n    - name: s\n      port: 80\n"));
        assertEquals(List.of("spec.rules[0].filters[0].requestHeaderModifier.set[1]: Duplicate value: {\"name\":\"x-env\"}"),
                errors(FILTER_ROUTE + "  - filters:\n    - type: RequestHeaderModifier\n      requestHeaderModifier:\n        set:\n        - name: x-env\n          value: a\n"
                        + "        - name: x-env\n          value: b\n    backendRefs:\n    - name: s\n      port: 80\n"));
        // every filter message has a Korean explanation
        CheckReport r = new ManifestChecker().check(FILTER_ROUTE + "  - filters:\n    - type: RequestHeaderModifier\n    backendRefs:\n    - name: s\n      port: 80\n");
        assertTrue(r.errors().get(0).explanation().contains("requestHeaderModifier"), r.errors().get(0)::explanation);
    }

    @Test
    void aGrpcRouteTakesItsOwnFilterTypes() {
        assertEquals(List.of("spec.rules[0].filters[0].type: Unsupported value: \"RequestRedirect\": supported values: \"ResponseHeaderModifier\", "
                + "\"RequestHeaderModifier\", \"RequestMirror\", \"ExtensionRef\""),
                errors(FILTER_ROUTE.replace("HTTPRoute", "GRPCRoute") + "  - filters:\n    - type: RequestRedirect\n      requestRedirect:\n        scheme: https\n"
                        + "    backendRefs:\n    - name: s\n      port: 80\n"));
    }
}
