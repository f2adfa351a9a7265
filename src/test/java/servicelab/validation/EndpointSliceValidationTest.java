package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import servicelab.model.EndpointSlice;
import servicelab.model.FieldError;
import servicelab.model.ObjectMeta;

/**
 * ValidateEndpointSliceCreate with cases named after TestValidateEndpointSliceCreate
 * (pkg/apis/discovery/validation/validation_test.go): good slices of each address type, duplicate
 * and bad port names, too many endpoints, addresses and hints, bad IPv4/IPv6/FQDN addresses, an
 * address of the other family, and special addresses (ValidateEndpointIP).
 */
class EndpointSliceValidationTest {
    private static EndpointSlice.Endpoint ep(String... addresses) {
        return new EndpointSlice.Endpoint(List.of(addresses), null, null, null, null, null, null, null, null);
    }

    private static EndpointSlice.Port port(String name) {
        return new EndpointSlice.Port(name, "TCP", 80, null);
    }

    private static List<FieldError> check(String type, List<EndpointSlice.Port> ports, EndpointSlice.Endpoint... endpoints) {
        EndpointSlice s = new EndpointSlice(new ObjectMeta("hello", "default", null,
                Map.of(EndpointSlice.SERVICE_NAME_LABEL, "hello"), null), type, List.of(endpoints), ports);
        return Validator.validate(Defaulter.apply(s));
    }

    private static List<String> messages(List<FieldError> errs) {
        return errs.stream().map(FieldError::message).toList();
    }

    @Test
    void goodSlices() {
        assertEquals(List.of(), check("IPv4", List.of(port("http"), port("")), ep("10.1.2.3"), ep("10.1.2.4", "10.1.2.5")));
        assertEquals(List.of(), check("IPv6", List.of(port("http")), ep("2001:db8::1")));
        assertEquals(List.of(), check("FQDN", List.of(port("http")), ep("foo.example.com"), ep("bar.example.com.")));
        assertEquals(List.of(), check("IPv4", List.of()), "empty ports and endpoints");
        // IPv4 slices take the legacy, sloppy parse: leading zeros pass (StrictIPCIDRValidation is off in v1.34)
        assertEquals(List.of(), check("IPv4", List.of(), ep("010.001.002.003")));
    }

    @Test
    void addressType() {
        assertEquals(List.of("addressType: Required value"), messages(check("", List.of())));
        assertEquals(List.of("addressType: Unsupported value: \"IP\": supported values: \"FQDN\", \"IPv4\", \"IPv6\""),
                messages(check("IP", List.of())));
    }

    @Test
    void portNames() {
        assertEquals(List.of("ports[1].name: Duplicate value: \"http\""), messages(check("IPv4", List.of(port("http"), port("http")))));
        assertEquals(List.of("ports[1].name: Duplicate value: \"\""), messages(check("IPv4", List.of(port(""), port(null)))),
                "defaulting makes a missing name empty, and only one port may be unnamed");
        List<FieldError> caps = check("IPv4", List.of(port("HTTP")));
        assertEquals(1, caps.size());
        assertTrue(caps.get(0).message().startsWith("ports[0].name: Invalid value: \"HTTP\": a lowercase RFC 1123 label"), caps::toString);
        assertEquals(List.of("ports[0].protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
                messages(check("IPv4", List.of(new EndpointSlice.Port("x", "tcp", 80, null)))));
        // the number is not checked: a slice for other purposes may have none
        assertEquals(List.of(), check("IPv4", List.of(new EndpointSlice.Port("x", "TCP", null, null))));
    }

    @Test
    void endpointCounts() {
        List<EndpointSlice.Endpoint> many = new ArrayList<>(Collections.nCopies(1001, ep("10.0.0.1")));
        assertEquals(List.of("endpoints: Too many: 1001: must have at most 1000 items"),
                messages(check("IPv4", List.of(), many.toArray(new EndpointSlice.Endpoint[0]))));
        assertEquals(List.of(), check("IPv4", List.of(), many.subList(0, 1000).toArray(new EndpointSlice.Endpoint[0])));
        assertEquals(List.of("endpoints[0].addresses: Required value: must contain at least 1 address"),
                messages(check("IPv4", List.of(), ep())));
        String[] addrs = Collections.nCopies(101, "10.0.0.1").toArray(new String[0]);
        assertEquals(List.of("endpoints[0].addresses: Too many: 101: must have at most 100 items"),
                messages(check("IPv4", List.of(), ep(addrs))));
    }

    @Test
    void portCount() {
        // the code's maxPorts is 20000, though the API doc on EndpointSlice.ports still says 100
        List<EndpointSlice.Port> many = new ArrayList<>();
        for (int i = 0; i <= 20000; i++) {
            many.add(port("p" + i));
        }
        assertEquals(List.of("ports: Too many: 20001: must have at most 20000 items"), messages(check("IPv4", many)));
        assertEquals(List.of(), check("IPv4", many.subList(0, 101)), "101 ports are fine");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "IPv4|not-an-ip|endpoints[0].addresses[0]: Invalid value: \"not-an-ip\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
        "IPv4|2001:db8::1|endpoints[0].addresses: Invalid value: \"2001:db8::1\": must be an IPv4 address",
        "IPv4|127.0.0.1|endpoints[0].addresses[0]: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)",
        "IPv4|169.254.1.1|endpoints[0].addresses[0]: Invalid value: \"169.254.1.1\": may not be in the link-local range (169.254.0.0/16, fe80::/10)",
        "IPv6|10.1.2.3|endpoints[0].addresses: Invalid value: \"10.1.2.3\": must be an IPv6 address",
        "IPv6|2001:DB8::1|endpoints[0].addresses[0]: Invalid value: \"2001:DB8::1\": must be in canonical form (\"2001:db8::1\")",
        "IPv6|2001:db8:0:0:0:0:0:1|endpoints[0].addresses[0]: Invalid value: \"2001:db8:0:0:0:0:0:1\": must be in canonical form (\"2001:db8::1\")",
        "IPv6|::ffff:1.2.3.4|endpoints[0].addresses[0]: Invalid value: \"::ffff:1.2.3.4\": must not be an IPv4-mapped IPv6 address",
        "IPv6|::1|endpoints[0].addresses[0]: Invalid value: \"::1\": may not be in the loopback range (127.0.0.0/8, ::1/128)",
        "FQDN|foo|endpoints[0].addresses[0]: Invalid value: \"foo\": should be a domain with at least two segments separated by dots",
        "FQDN|Foo.example.com|endpoints[0].addresses[0]: Invalid value: \"Foo.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"})
    void badAddresses(String type, String address, String message) {
        assertEquals(List.of(message), messages(check(type, List.of(), ep(address))));
    }

    @Test
    void hostnameNodeNameAndHints() {
        EndpointSlice.Endpoint bad = new EndpointSlice.Endpoint(List.of("10.0.0.1"), true, null, null, "Host", "node_1", "zone-a",
                List.of("zone-a", "zone-a"), List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9"));
        List<String> fields = check("IPv4", List.of(), bad).stream().map(FieldError::field).toList();
        assertEquals(List.of("endpoints[0].nodeName", "endpoints[0].hostname", "endpoints[0].hints.forZones[1].name",
                "endpoints[0].hints.forNodes"), fields);
    }
}
