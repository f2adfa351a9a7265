package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The string checks and the IP parser behind the validators. */
class FormatsTest {

    @Test
    void regexErrorKeepsGosDoubleSpace() {
        assertEquals("msg (e.g. 'a',  or 'b', regex used for validation is 'x')", Formats.regexError("msg", "x", "a", "b"));
        assertEquals("msg (regex used for validation is 'x')", Formats.regexError("msg", "x"));
    }

    @Test
    void portNames() {
        assertEquals(List.of(), Formats.portName("http"));
        assertEquals(List.of(), Formats.portName("web-8080"));
        assertEquals(List.of("must contain at least one letter (a-z)"), Formats.portName("8080"));
        assertEquals(List.of("must not begin or end with a hyphen"), Formats.portName("http-"));
    }

    @Test
    void labelKeys() {
        assertEquals(List.of(), Formats.labelKey("app.kubernetes.io/name"));
        assertEquals(List.of("prefix part must be non-empty"), Formats.labelKey("/name"));
        assertEquals(List.of("name part must be no more than 63 characters"), Formats.labelKey("a".repeat(64)));
    }

    @Test
    void dnsLabelWithDots() {
        assertEquals(List.of("must not contain dots"), Formats.dns1123Label("a.b"));
    }

    @Test
    void maskTrailingDashFollowsGo() {
        assertEquals("wea", Formats.maskTrailingDash("web-"));
        assertEquals("-", Formats.maskTrailingDash("-"));
        assertEquals("web", Formats.maskTrailingDash("web"));
    }

    @Test
    void ipv4IsParsedSloppily() {
        assertEquals("10.96.0.10", Ip.parse("10.96.000.010").toString());
        assertNull(Ip.parse("10.96.0"));
        assertNull(Ip.parse("10.96.0.256"));
        assertNull(Ip.parse("myhost.mydomain"));
        assertNull(Ip.parse(""));
    }

    @Test
    void ipv6Forms() {
        assertEquals("2001:db8::ffff", Ip.parse("2001:0db8:0:0:0:0:0:ffff").toString());
        assertEquals("::1", Ip.parse("::1").toString());
        assertEquals("::", Ip.parse("::").toString());
        assertTrue(Ip.parse("::ffff:10.0.0.1").isV4());
        assertFalse(Ip.parse("fd00::10").isV4());
        assertNull(Ip.parse("1::2::3"));
        assertNull(Ip.parse("12345::1"));
        assertNull(Ip.parse("fe80::1%eth0"));
        assertNull(Ip.parse("foobar:80"));
    }

    @Test
    void specialAddresses() {
        assertTrue(Ip.parse("0.0.0.0").isUnspecified());
        assertTrue(Ip.parse("127.0.0.2").isLoopback());
        assertTrue(Ip.parse("::1").isLoopback());
        assertTrue(Ip.parse("169.254.1.1").isLinkLocalUnicast());
        assertTrue(Ip.parse("fe80::1").isLinkLocalUnicast());
        assertTrue(Ip.parse("224.0.0.251").isLinkLocalMulticast());
        assertFalse(Ip.parse("203.0.113.10").isLoopback());
    }

    @Test
    void cidrs() {
        assertTrue(Ip.isValidCidr("10.0.0.0/8"));
        assertTrue(Ip.isValidCidr("2001:db8::/64"));
        assertFalse(Ip.isValidCidr("10.0.0.0/33"));
        assertFalse(Ip.isValidCidr("10.0.0.0"));
        assertFalse(Ip.isValidCidr("not-a-cidr"));
    }
}
