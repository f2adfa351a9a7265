package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.model.Endpoints;

/**
 * v1 Endpoints through decoding, defaulting and validation. The messages are those of
 * ValidateEndpointsCreate in Kubernetes' pkg/apis/core/validation/validation.go (v1.34):
 * validateEndpointSubsets, validateEndpointAddress with ValidateEndpointIP, validateEndpointPort;
 * the default is SetDefaults_Endpoints' (pkg/apis/core/v1/defaults.go).
 */
class EndpointsValidationTest {

    private static List<String> messages(String subsets) {
        CheckReport r = new ManifestChecker().check("apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n" + subsets);
        return r.errors().stream().map(servicelab.check.Diagnostic::message).toList();
    }

    @Test
    void aPortsProtocolDefaultsToTcp() {
        CheckReport r = new ManifestChecker().check("apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n"
                + "- addresses:\n  - ip: 10.240.0.5\n  ports:\n  - port: 5432\n");
        assertEquals(List.of(), r.errors());
        Endpoints ep = (Endpoints) r.objects().get(0);
        assertEquals("TCP", ep.subsets().get(0).ports().get(0).protocol());
    }

    @Test
    void aSubsetNeedsAnAddress() {
        assertEquals(List.of("subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`"),
                messages("- ports:\n  - port: 5432\n"));
    }

    @Test
    void specialAddressesAreRefused() {
        assertEquals(List.of("subsets[0].addresses[0].ip: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"),
                messages("- addresses:\n  - ip: 127.0.0.1\n"));
        assertEquals(List.of("subsets[0].addresses[0].ip: Invalid value: \"169.254.1.1\": may not be in the link-local range (169.254.0.0/16, fe80::/10)"),
                messages("- addresses:\n  - ip: 169.254.1.1\n"));
        assertEquals(List.of("subsets[0].notReadyAddresses[0].ip: Invalid value: \"0.0.0.0\": may not be unspecified (0.0.0.0)"),
                messages("- notReadyAddresses:\n  - ip: 0.0.0.0\n"));
    }

    @Test
    void aHostNameIsNotAnAddressAndIsToldTwice() {
        // IsValidIPForLegacyField's message, then ValidateEndpointIP's own, differently worded
        assertEquals(List.of(
                "subsets[0].addresses[0].ip: Invalid value: \"db.example.com\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
                "subsets[0].addresses[0].ip: Invalid value: \"db.example.com\": must be a valid IP address"),
                messages("- addresses:\n  - ip: db.example.com\n"));
    }

    @Test
    void portsNeedNamesOnlyWhenThereIsMoreThanOne() {
        assertEquals(List.of(), messages("- addresses:\n  - ip: 10.240.0.5\n  ports:\n  - port: 5432\n"));
        assertEquals(List.of("subsets[0].ports[0].name: Required value", "subsets[0].ports[1].name: Required value"),
                messages("- addresses:\n  - ip: 10.240.0.5\n  ports:\n  - port: 5432\n  - port: 5433\n"));
        assertEquals(List.of("subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive"),
                messages("- addresses:\n  - ip: 10.240.0.5\n  ports:\n  - port: 0\n"));
        assertEquals(List.of("subsets[0].ports[0].protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
                messages("- addresses:\n  - ip: 10.240.0.5\n  ports:\n  - port: 5432\n    protocol: tcp\n"));
    }
}
