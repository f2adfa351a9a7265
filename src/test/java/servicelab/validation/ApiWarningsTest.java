package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.check.ManifestChecker;
import servicelab.model.KubeObject;

/**
 * The API server's warnings on a write, release by release (each rule tested on both sides of the
 * release that brought it): v1 Endpoints deprecated from v1.33 (k8s.io/api core/v1 lifecycle.go),
 * trafficDistribution PreferClose from v1.35 (pkg/api/service/warnings.go), spec.externalIPs from
 * v1.36 (KEP-5707), FQDN EndpointSlices always (warnOnDeprecatedAddressType).
 */
class ApiWarningsTest {
    private static KubeObject one(String yaml) {
        return new ManifestChecker().check(yaml).objects().get(0);
    }

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: web
              ports:
              - port: 80
              trafficDistribution: PreferClose
              externalIPs: ["198.51.100.77"]
            """;

    @Test
    void serviceWarningsArriveWithTheirReleases() {
        KubeObject svc = one(SERVICE);
        assertEquals(List.of(), ApiWarnings.onWrite(svc, 34));
        assertEquals(List.of("spec.trafficDistribution: \"PreferClose\" is deprecated; use \"PreferSameZone\""), ApiWarnings.onWrite(svc, 35));
        assertEquals(List.of("spec.trafficDistribution: \"PreferClose\" is deprecated; use \"PreferSameZone\"",
                "spec.externalIPs is deprecated"), ApiWarnings.onWrite(svc, 36));
        assertEquals(List.of(), ApiWarnings.onWrite(svc), "the model follows v1.34");
    }

    @Test
    void endpointsAreDeprecatedFromV133OnEveryVerb() {
        KubeObject ep = one("""
                apiVersion: v1
                kind: Endpoints
                metadata:
                  name: db
                subsets:
                - addresses:
                  - ip: 10.240.0.5
                  ports:
                  - port: 5432
                """);
        assertEquals(List.of(), ApiWarnings.onWrite(ep, 32));
        assertEquals(List.of(ApiWarnings.ENDPOINTS_DEPRECATED), ApiWarnings.onWrite(ep, 33));
        assertEquals(List.of(ApiWarnings.ENDPOINTS_DEPRECATED), ApiWarnings.onRead("Endpoints", 34));
        assertEquals(List.of(), ApiWarnings.onRead("Service", 34));
    }

    @Test
    void fqdnSlicesAreDeprecated() {
        KubeObject es = one("""
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata:
                  name: names
                  labels:
                    kubernetes.io/service-name: names
                addressType: FQDN
                endpoints:
                - addresses: ["db.example.com"]
                """);
        assertEquals(List.of("spec.addressType: FQDN endpoints are deprecated"), ApiWarnings.onWrite(es, 34));
    }
}
