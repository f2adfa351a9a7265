package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.model.Ingress;
import servicelab.sim.GatewayRouting;
import servicelab.sim.Simulation;
import servicelab.sim.World;

/**
 * The Ingress-to-Gateway mapping of ingress2gateway's common converter
 * (kubernetes-sigs/ingress2gateway, pkg/i2gw/providers/common/converter.go and utils.go), and the
 * converted objects routing as the Ingress did.
 */
class IngressToGatewayTest {
    private static List<Ingress> ingresses(String yaml) {
        CheckReport r = new ManifestChecker().check(yaml);
        assertTrue(r.valid(), () -> r.errors().toString());
        return r.objects().stream().filter(Ingress.class::isInstance).map(Ingress.class::cast).toList();
    }

    @Test
    void chapter11sIngressBecomesAGatewayPerClassAndAnHttpRoutePerHost() throws Exception {
        String scene = Files.readString(Path.of("lessons/11-ingress/scene.yaml"));
        IngressToGateway.Result r = IngressToGateway.convert(ingresses(scene), "servicelab", (ns, name) -> Map.of());
        assertEquals(List.of(), r.skipped());
        assertEquals("""
                ---
                # ingress2gateway writes gatewayClassName: nginx (the Ingress class); this cluster's GatewayClass is servicelab
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: nginx
                spec:
                  gatewayClassName: servicelab
                  listeners:
                  - name: bar-example-com-http
                    hostname: bar.example.com
                    port: 80
                    protocol: HTTP
                  - name: kubia-example-com-http
                    hostname: kubia.example.com
                    port: 80
                    protocol: HTTP
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: kubia-bar-example-com
                spec:
                  parentRefs:
                  - name: nginx
                  hostnames:
                  - bar.example.com
                  rules:
                  - matches:
                    - path:
                        type: PathPrefix
                        value: /
                    backendRefs:
                    - name: bar
                      port: 80
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: kubia-kubia-example-com
                spec:
                  parentRefs:
                  - name: nginx
                  hostnames:
                  - kubia.example.com
                  rules:
                  - matches:
                    - path:
                        type: PathPrefix
                        value: /
                    backendRefs:
                    - name: kubia-nodeport
                      port: 80
                  - matches:
                    - path:
                        type: PathPrefix
                        value: /foo
                    backendRefs:
                    - name: foo
                      port: 80
                """, r.yaml());
        // the converted objects are valid and route every request of the chapter as the Ingress did
        CheckReport both = new ManifestChecker().check(scene + "\n" + r.yaml());
        assertTrue(both.valid(), () -> both.errors().toString());
        Simulation s = new Simulation(World.defaults(), 42);
        s.apply(both.objects());
        servicelab.model.Gateway gw = s.gatewayApi.gateways().get(0);
        for (String[] c : new String[][] {{"kubia.example.com", "/", "kubia-nodeport"}, {"kubia.example.com", "/foo/x", "foo"},
                {"kubia.example.com", "/foobar", "kubia-nodeport"}, {"bar.example.com", "/anything", "bar"}}) {
            GatewayRouting.Route route = GatewayRouting.route(gw, s.gatewayApi.httpRoutes(), s.gatewayApi.referenceGrants(),
                    GatewayRouting.of(s), new GatewayRouting.Request(c[0], c[1], "GET", Map.of(), null));
            assertEquals(c[2], route.backends().get(0).name(), c[0] + c[1]);
        }
        GatewayRouting.Route none = GatewayRouting.route(gw, s.gatewayApi.httpRoutes(), s.gatewayApi.referenceGrants(),
                GatewayRouting.of(s), new GatewayRouting.Request("198.51.100.2", "/", "GET", Map.of(), null));
        assertEquals(GatewayRouting.Result.HTTP_404, none.result(), "no host rule matches, as with the Ingress");
    }

    @Test
    void tlsDefaultBackendsExactPathsAndNamedPorts() {
        String yaml = """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: shop
                  namespace: store
                spec:
                  ingressClassName: nginx
                  defaultBackend:
                    service:
                      name: fallback
                      port:
                        name: http
                  tls:
                  - hosts: [shop.example.com]
                    secretName: shop-cert
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - path: /cart
                        pathType: Exact
                        backend:
                          service:
                            name: cart
                            port:
                              number: 8080
                      - path: /api
                        pathType: ImplementationSpecific
                        backend:
                          service:
                            name: api
                            port:
                              name: web
                """;
        IngressToGateway.Result r = IngressToGateway.convert(ingresses(yaml), "servicelab",
                (ns, name) -> name.equals("fallback") ? Map.of("http", 80) : Map.of());
        // an HTTPS listener terminating the Ingress's Secret beside the HTTP one
        assertTrue(r.yaml().contains("""
                  - name: shop-example-com-https
                    hostname: shop.example.com
                    port: 443
                    protocol: HTTPS
                    tls:
                      certificateRefs:
                      - group: ""
                        kind: Secret
                        name: shop-cert
                """), r.yaml());
        assertTrue(r.yaml().contains("    - path:\n        type: Exact\n        value: /cart\n"), r.yaml());
        assertTrue(r.yaml().contains("    - path:\n        type: PathPrefix\n        value: /api\n"), "ImplementationSpecific as ingress-nginx reads it");
        // the default backend: an HTTPRoute of its own, one rule without matches, the named port resolved
        assertTrue(r.yaml().contains("""
                kind: HTTPRoute
                metadata:
                  name: shop-default-backend
                  namespace: store
                spec:
                  parentRefs:
                  - name: nginx
                  rules:
                  - backendRefs:
                    - name: fallback
                      port: 80
                """), r.yaml());
        // a port name the Service does not have cannot be carried over (ingress2gateway says the same)
        assertEquals(List.of("cannot find port with name web in service api"), r.skipped());
        assertEquals("all-hosts", IngressToGateway.nameFromHost(""));
        assertEquals("foo-example-com", IngressToGateway.nameFromHost("*.foo.example.com"));
    }
}
