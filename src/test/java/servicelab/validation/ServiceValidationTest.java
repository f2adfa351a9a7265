package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static servicelab.validation.Fixtures.DNS1035;
import static servicelab.validation.Fixtures.DNS1123_LABEL;
import static servicelab.validation.Fixtures.DNS1123_SUBDOMAIN;
import static servicelab.validation.Fixtures.IP;
import static servicelab.validation.Fixtures.LABEL_NAME_PART;
import static servicelab.validation.Fixtures.LABEL_VALUE;
import static servicelab.validation.Fixtures.PORT_RANGE;
import static servicelab.validation.Fixtures.assertHas;
import static servicelab.validation.Fixtures.assertNoErrors;
import static servicelab.validation.Fixtures.assertOnly;
import static servicelab.validation.Fixtures.create;
import static servicelab.validation.Fixtures.labels;
import static servicelab.validation.Fixtures.port;
import static servicelab.validation.Fixtures.service;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.IntOrString;
import servicelab.model.ObjectMeta;
import servicelab.model.Service;
import servicelab.model.ServiceSpec;

/**
 * Service validation through the whole create path (defaulting, allocation, validation). Case
 * names in comments are those of TestValidateServiceCreate in Kubernetes'
 * pkg/apis/core/validation/validation_test.go.
 */
class ServiceValidationTest {

    @Test
    void validServicePasses() {
        assertNoErrors(create(service(b -> { })));
    }

    // ---- metadata ----

    @Test
    void missingName() {
        // "missing name"
        assertOnly(create(service(new ObjectMeta(null, null, null, null, null), b -> { })),
                "metadata.name", ErrorType.Required, "metadata.name: Required value: name or generateName is required");
    }

    @Test
    void invalidName() {
        // "invalid name"
        assertOnly(create(service("-123", b -> { })),
                "metadata.name", ErrorType.Invalid, "metadata.name: Invalid value: \"-123\": " + DNS1035);
    }

    @Test
    void nameStartingWithDigitIsNotADns1035Label() {
        assertOnly(create(service("123-abc", b -> { })),
                "metadata.name", ErrorType.Invalid, "metadata.name: Invalid value: \"123-abc\": " + DNS1035);
    }

    @Test
    void tooLongName() {
        // "too long name"
        String name = "a".repeat(64);
        FieldError e = assertOnly(create(service(name, b -> { })), "metadata.name", ErrorType.Invalid,
                "metadata.name: Invalid value: \"" + name + "\": must be no more than 63 characters");
        assertEquals("v.meta.name.tooLong", e.key());
    }

    @Test
    void invalidGenerateName() {
        // "invalid generateName"
        assertOnly(create(service(new ObjectMeta(null, "-my-name-", null, null, null), b -> { })),
                "metadata.generateName", ErrorType.Invalid, "metadata.generateName: Invalid value: \"-my-name-\": " + DNS1035);
    }

    @Test
    void invalidNamespace() {
        // "invalid namespace"
        assertOnly(create(service(new ObjectMeta("valid", null, "-123", null, null), b -> { })),
                "metadata.namespace", ErrorType.Invalid, "metadata.namespace: Invalid value: \"-123\": " + DNS1123_LABEL);
    }

    @Test
    void invalidLabelKey() {
        assertOnly(create(service(new ObjectMeta("valid", null, null, labels("a b", "x"), null), b -> { })),
                "metadata.labels", ErrorType.Invalid, "metadata.labels: Invalid value: \"a b\": " + LABEL_NAME_PART);
    }

    @Test
    void invalidLabelValue() {
        assertOnly(create(service(new ObjectMeta("valid", null, null, labels("app", "a/b"), null), b -> { })),
                "metadata.labels", ErrorType.Invalid, "metadata.labels: Invalid value: \"a/b\": " + LABEL_VALUE);
    }

    @Test
    void labelKeyWithTwoSlashes() {
        String msg = "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and "
                + "end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for "
                + "validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix "
                + "and '/' (e.g. 'example.com/MyName')";
        assertOnly(create(service(new ObjectMeta("valid", null, null, labels("a/b/c", "x"), null), b -> { })),
                "metadata.labels", ErrorType.Invalid, "metadata.labels: Invalid value: \"a/b/c\": " + msg);
    }

    @Test
    void invalidAnnotationKey() {
        assertOnly(create(service(new ObjectMeta("valid", null, null, null, labels("a b", "x")), b -> { })),
                "metadata.annotations", ErrorType.Invalid, "metadata.annotations: Invalid value: \"a b\": " + LABEL_NAME_PART);
    }

    @Test
    void upperCaseAnnotationKeyIsFine() {
        assertNoErrors(create(service(new ObjectMeta("valid", null, null, null, labels("Example.COM/Note", "x")), b -> { })));
    }

    @Test
    void annotationsTooLong() {
        String big = "x".repeat(256 * 1024);
        assertOnly(create(service(new ObjectMeta("valid", null, null, null, labels("note", big)), b -> { })),
                "metadata.annotations", ErrorType.TooLong, "metadata.annotations: Too long: may not be more than 262144 bytes");
    }

    // ---- spec.ports ----

    @Test
    void missingPorts() {
        // "missing ports"
        assertOnly(create(service(b -> b.ports = null)), "spec.ports", ErrorType.Required, "spec.ports: Required value");
    }

    @Test
    void missingPortsButHeadless() {
        // "missing ports but headless"
        assertNoErrors(create(service(b -> {
            b.ports = null;
            b.clusterIP = "None";
        })));
    }

    @Test
    void invalidPort() {
        // "invalid port"
        assertOnly(create(service(b -> b.ports = List.of(port("p", 65536, IntOrString.of(8080))))),
                "spec.ports[0].port", ErrorType.Invalid, "spec.ports[0].port: Invalid value: 65536: " + PORT_RANGE);
    }

    @Test
    void missingPortAlsoBreaksTheDefaultedTargetPort() {
        // "missing port": defaulting copies port 0 into targetPort, so both are reported
        List<FieldError> errs = create(service(b -> b.ports = List.of(port("p", null, null))));
        assertEquals(2, errs.size());
        assertHas(errs, "spec.ports[0].port", ErrorType.Invalid, "spec.ports[0].port: Invalid value: 0: " + PORT_RANGE);
        assertHas(errs, "spec.ports[0].targetPort", ErrorType.Invalid, "spec.ports[0].targetPort: Invalid value: 0: " + PORT_RANGE);
    }

    @Test
    void invalidTargetPortInt() {
        // "invalid TargetPort int"
        assertOnly(create(service(b -> b.ports = List.of(port("p", 80, IntOrString.of(65536))))),
                "spec.ports[0].targetPort", ErrorType.Invalid, "spec.ports[0].targetPort: Invalid value: 65536: " + PORT_RANGE);
    }

    @Test
    void quotedNumericTargetPortIsAPortName() {
        assertOnly(create(service(b -> b.ports = List.of(port("p", 80, IntOrString.of("8080"))))),
                "spec.ports[0].targetPort", ErrorType.Invalid,
                "spec.ports[0].targetPort: Invalid value: \"8080\": must contain at least one letter (a-z)");
    }

    @Test
    void invalidTargetPortName() {
        // "invalid TargetPort string"
        List<FieldError> errs = create(service(b -> b.ports = List.of(port("p", 80, IntOrString.of("-http-server-port-")))));
        assertEquals(2, errs.size());
        assertHas(errs, "spec.ports[0].targetPort", ErrorType.Invalid,
                "spec.ports[0].targetPort: Invalid value: \"-http-server-port-\": must be no more than 15 characters");
        assertHas(errs, "spec.ports[0].targetPort", ErrorType.Invalid,
                "spec.ports[0].targetPort: Invalid value: \"-http-server-port-\": must not begin or end with a hyphen");
    }

    @Test
    void invalidPortName() {
        // "invalid port name"
        assertOnly(create(service(b -> b.ports = List.of(port("INVALID", 80, IntOrString.of(80))))),
                "spec.ports[0].name", ErrorType.Invalid, "spec.ports[0].name: Invalid value: \"INVALID\": " + DNS1123_LABEL);
    }

    @Test
    void portNameWithDots() {
        assertOnly(create(service(b -> b.ports = List.of(port("my.port", 80, IntOrString.of(80))))),
                "spec.ports[0].name", ErrorType.Invalid, "spec.ports[0].name: Invalid value: \"my.port\": must not contain dots");
    }

    @Test
    void emptySecondPortName() {
        // "empty port[1] name"
        assertOnly(create(service(b -> b.ports = List.of(port("p", 80, null), port(null, 81, null)))),
                "spec.ports[1].name", ErrorType.Required, "spec.ports[1].name: Required value");
    }

    @Test
    void emptyFirstPortNameOfMultiPort() {
        // "empty multi-port port[0] name"
        assertOnly(create(service(b -> b.ports = List.of(port(null, 80, null), port("p", 81, null)))),
                "spec.ports[0].name", ErrorType.Required, "spec.ports[0].name: Required value");
    }

    @Test
    void singleUnnamedPortIsFine() {
        assertNoErrors(create(service(b -> b.ports = List.of(port(80)))));
    }

    @Test
    void duplicatePortName() {
        // "dup port name"
        assertOnly(create(service(b -> b.ports = List.of(port("p", 80, null), port("p", 81, null)))),
                "spec.ports[1].name", ErrorType.Duplicate, "spec.ports[1].name: Duplicate value: \"p\"");
    }

    @Test
    void duplicatePortsWithSameProtocol() {
        // "invalid duplicate ports (with same protocol)"
        assertOnly(create(service(b -> b.ports = List.of(port("a", "TCP", 8080, IntOrString.of(80), null),
                        port("b", "TCP", 8080, IntOrString.of(8080), null)))),
                "spec.ports[1]", ErrorType.Duplicate,
                "spec.ports[1]: Duplicate value: {\"Name\":\"\",\"Protocol\":\"TCP\",\"AppProtocol\":null,\"Port\":8080,"
                        + "\"TargetPort\":0,\"NodePort\":0}");
    }

    @Test
    void samePortWithDifferentProtocolsIsFine() {
        // "valid duplicate ports (with different protocols)"
        assertNoErrors(create(service(b -> b.ports = List.of(port("dns", "TCP", 53, null, null),
                port("dns-udp", "UDP", 53, null, null)))));
    }

    @Test
    void invalidProtocol() {
        // "invalid protocol"
        assertOnly(create(service(b -> b.ports = List.of(port("p", "INVALID", 80, null, null)))),
                "spec.ports[0].protocol", ErrorType.NotSupported,
                "spec.ports[0].protocol: Unsupported value: \"INVALID\": supported values: \"SCTP\", \"TCP\", \"UDP\"");
    }

    @Test
    void invalidAppProtocol() {
        // "invalid appProtocol"
        assertOnly(create(service(b -> b.ports = List.of(new servicelab.model.ServicePort("p", null, "my app", 80, null, null)))),
                "spec.ports[0].appProtocol", ErrorType.Invalid,
                "spec.ports[0].appProtocol: Invalid value: \"my app\": " + LABEL_NAME_PART);
    }

    @Test
    void validAppProtocol() {
        // "valid appProtocol"
        assertNoErrors(create(service(b -> b.ports = List.of(
                new servicelab.model.ServicePort("p", null, "kubernetes.io/h2c", 80, null, null)))));
    }

    @Test
    void nodePortOnClusterIPService() {
        // "invalid cluster service with NodePort" (curriculum §0.3)
        assertOnly(create(service(b -> b.ports = List.of(port("p", "TCP", 80, IntOrString.of(8080), 30123)))),
                "spec.ports[0].nodePort", ErrorType.Forbidden,
                "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'");
    }

    @Test
    void duplicateNodePortsAtValidationStage() {
        // "duplicate nodeports": in a real create the allocator reports it first (see
        // ServiceAllocatorTest); the validation stage alone reports a Duplicate.
        Service s = (Service) Defaulter.apply(service(b -> {
            b.type = "NodePort";
            b.ports = List.of(port("a", "TCP", 80, null, 30080), port("b", "TCP", 81, null, 30080));
        }));
        assertOnly(Validator.validate(s), "spec.ports[1].nodePort", ErrorType.Duplicate,
                "spec.ports[1].nodePort: Duplicate value: 30080");
    }

    // ---- clusterIP and type ----

    @Test
    void nodePortWithClusterIPNone() {
        // "invalid node port with clusterIP None"
        assertOnly(create(service(b -> {
            b.type = "NodePort";
            b.clusterIP = "None";
        })), "spec.clusterIPs[0]", ErrorType.Invalid,
                "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services");
    }

    @Test
    void loadBalancerWithClusterIPNone() {
        // "LoadBalancer type cannot have None ClusterIP"
        assertOnly(create(service(b -> {
            b.type = "LoadBalancer";
            b.clusterIP = "None";
        })), "spec.clusterIPs[0]", ErrorType.Invalid,
                "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services");
    }

    @Test
    void unsupportedType() {
        // curriculum §0.3: `type: Headless`
        FieldError e = assertOnly(create(service(b -> b.type = "Headless")), "spec.type", ErrorType.NotSupported,
                "spec.type: Unsupported value: \"Headless\": supported values: \"ClusterIP\", \"ExternalName\", "
                        + "\"LoadBalancer\", \"NodePort\"");
        assertEquals(List.of("Headless"), e.args());
    }

    @Test
    void invalidClusterIP() {
        // "invalid cluster ip": reported by the allocator's pre-validation, which stops the create
        Service s = service("-bad-name", b -> b.clusterIP = "invalid");
        assertOnly(create(s), "spec.clusterIPs[0]", ErrorType.Invalid, "spec.clusterIPs[0]: Invalid value: \"invalid\": " + IP);
    }

    @Test
    void clusterIPDiffersFromClusterIPs() {
        // "invalid cluster ip != clusterIP in single ip service"
        assertOnly(create(service(b -> {
            b.clusterIP = "10.96.0.5";
            b.clusterIPs = List.of("10.96.0.6");
        })), "spec.clusterIPs", ErrorType.Invalid,
                "spec.clusterIPs: Invalid value: [\"10.96.0.6\"]: first value must match `clusterIP`");
    }

    @Test
    void clusterIPsWithoutClusterIP() {
        assertOnly(create(service(b -> b.clusterIPs = List.of("10.96.0.6"))), "spec.clusterIPs", ErrorType.Invalid,
                "spec.clusterIPs: Invalid value: [\"10.96.0.6\"]: must be empty when `clusterIP` is not specified");
    }

    @Test
    void twoIPv4ClusterIPs() {
        Service s = (Service) Defaulter.apply(service(b -> {
            b.clusterIP = "10.96.0.5";
            b.clusterIPs = List.of("10.96.0.5", "10.96.0.6");
            b.ipFamilyPolicy = "PreferDualStack";
        }));
        assertOnly(Validator.validate(s), "spec.clusterIPs", ErrorType.Invalid,
                "spec.clusterIPs: Invalid value: [\"10.96.0.5\",\"10.96.0.6\"]: may specify no more than one IP for each IP family");
    }

    @Test
    void unsupportedIpFamilyPolicy() {
        assertOnly(create(service(b -> b.ipFamilyPolicy = "Foo")), "spec.ipFamilyPolicy", ErrorType.NotSupported,
                "spec.ipFamilyPolicy: Unsupported value: \"Foo\": supported values: \"PreferDualStack\", "
                        + "\"RequireDualStack\", \"SingleStack\"");
    }

    @Test
    void unsupportedAndDuplicateIpFamilies() {
        List<FieldError> errs = Validator.validate(Defaulter.apply(service(b -> b.ipFamilies = List.of("IPv7", "IPv7"))));
        assertHas(errs, "spec.ipFamilies[0]", ErrorType.NotSupported,
                "spec.ipFamilies[0]: Unsupported value: \"IPv7\": supported values: \"IPv4\", \"IPv6\"");
        assertHas(errs, "spec.ipFamilies[1]", ErrorType.Duplicate, "spec.ipFamilies[1]: Duplicate value: \"IPv7\"");
    }

    @Test
    void headlessTargetPortIsTolerated() {
        // "invalid port headless 1" and "invalid port headless 2": numErrs 0
        assertNoErrors(create(service(b -> {
            b.clusterIP = "None";
            b.ports = List.of(port("p", 11722, IntOrString.of(11721)), port("q", 11723, IntOrString.of("named")));
        })));
    }

    // ---- ExternalName ----

    @Test
    void externalNameRequired() {
        assertOnly(create(service(b -> b.type = "ExternalName")), "spec.externalName", ErrorType.Required,
                "spec.externalName: Required value");
    }

    @Test
    void externalNameNotADnsName() {
        // "invalid ExternalName (not a DNS name)"
        assertOnly(create(service(b -> {
            b.type = "ExternalName";
            b.externalName = "-123";
        })), "spec.externalName", ErrorType.Invalid, "spec.externalName: Invalid value: \"-123\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void externalNameMayEndWithADot() {
        // "valid ExternalName (trailing dot)"
        assertNoErrors(create(service(b -> {
            b.type = "ExternalName";
            b.externalName = "foo.bar.example.com.";
        })));
    }

    @Test
    void externalNameWithClusterIP() {
        // "invalid ExternalName clusterIP (valid IP)"
        assertOnly(create(service(b -> {
            b.type = "ExternalName";
            b.externalName = "foo.bar.example.com";
            b.clusterIP = "1.2.3.4";
        })), "spec.clusterIPs", ErrorType.Forbidden, "spec.clusterIPs: Forbidden: may not be set for ExternalName services");
    }

    @Test
    void externalNameWithClusterIPNone() {
        // "invalid ExternalName clusterIP (None)"
        assertOnly(create(service(b -> {
            b.type = "ExternalName";
            b.externalName = "foo.bar.example.com";
            b.clusterIP = "None";
        })), "spec.clusterIPs", ErrorType.Forbidden, "spec.clusterIPs: Forbidden: may not be set for ExternalName services");
    }

    @Test
    void externalNameWithIpFamilyPolicy() {
        assertOnly(create(service(b -> {
            b.type = "ExternalName";
            b.externalName = "foo.bar.example.com";
            b.ipFamilyPolicy = "SingleStack";
        })), "spec.ipFamilyPolicy", ErrorType.Forbidden, "spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services");
    }

    // ---- selector and session affinity ----

    @Test
    void invalidSelector() {
        // "invalid selector"
        assertOnly(create(service(b -> b.selector = labels("NoSpecialCharsLike=Equals", "bar"))), "spec.selector",
                ErrorType.Invalid, "spec.selector: Invalid value: \"NoSpecialCharsLike=Equals\": " + LABEL_NAME_PART);
    }

    @Test
    void unsupportedSessionAffinity() {
        assertOnly(create(service(b -> b.sessionAffinity = "Sticky")), "spec.sessionAffinity", ErrorType.NotSupported,
                "spec.sessionAffinity: Unsupported value: \"Sticky\": supported values: \"ClientIP\", \"None\"");
    }

    @Test
    void invalidTimeoutSeconds() {
        // "invalid timeoutSeconds field"
        for (int timeout : new int[] {-1, 0, 86401}) {
            assertOnly(create(service(b -> {
                b.sessionAffinity = "ClientIP";
                b.sessionAffinityConfigSet = true;
                b.sessionAffinityTimeoutSeconds = timeout;
            })), "spec.sessionAffinityConfig.clientIP.timeoutSeconds", ErrorType.Invalid,
                    "spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: " + timeout
                            + ": must be greater than 0 and less than 86400");
        }
    }

    @Test
    void timeoutOf86400IsAccepted() {
        assertNoErrors(create(service(b -> {
            b.sessionAffinity = "ClientIP";
            b.sessionAffinityConfigSet = true;
            b.sessionAffinityTimeoutSeconds = 86400;
        })));
    }

    @Test
    void sessionAffinityConfigWithNone() {
        // "sessionAffinityConfig can't be set when session affinity is None": the v1 defaulter
        // clears the config, so a real create passes; the internal object would be rejected.
        Service raw = service(b -> {
            b.sessionAffinity = "None";
            b.sessionAffinityConfigSet = true;
            b.sessionAffinityTimeoutSeconds = 90;
            b.type = "ClusterIP";
            b.internalTrafficPolicy = "Cluster";
            b.ports = List.of(port("p", "TCP", 80, IntOrString.of(80), null));
        });
        assertOnly(Validator.validate(raw), "spec.sessionAffinityConfig", ErrorType.Forbidden,
                "spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None");
        assertNoErrors(create(raw));
    }

    // ---- external IPs and traffic policies ----

    @Test
    void externalIPLoopback() {
        // "invalid publicIPs localhost"
        assertOnly(create(service(b -> b.externalIPs = List.of("127.0.0.1"))), "spec.externalIPs[0]", ErrorType.Invalid,
                "spec.externalIPs[0]: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)");
    }

    @Test
    void externalIPUnspecified() {
        // "invalid publicIPs unspecified"
        assertOnly(create(service(b -> b.externalIPs = List.of("0.0.0.0"))), "spec.externalIPs[0]", ErrorType.Invalid,
                "spec.externalIPs[0]: Invalid value: \"0.0.0.0\": may not be unspecified (0.0.0.0)");
    }

    @Test
    void externalIPNotAnIP() {
        // "invalid publicIPs host"
        assertOnly(create(service(b -> b.externalIPs = List.of("myhost.mydomain"))), "spec.externalIPs[0]", ErrorType.Invalid,
                "spec.externalIPs[0]: Invalid value: \"myhost.mydomain\": " + IP);
    }

    @Test
    void externalTrafficPolicyOnInternalService() {
        // TestValidateServiceExternalTrafficPolicy
        assertOnly(create(service(b -> b.externalTrafficPolicy = "Local")), "spec.externalTrafficPolicy", ErrorType.Invalid,
                "spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set for externally-accessible services");
    }

    @Test
    void externalTrafficPolicyOnClusterIPWithExternalIPs() {
        assertNoErrors(create(service(b -> {
            b.externalIPs = List.of("203.0.113.10");
            b.externalTrafficPolicy = "Local";
        })));
    }

    @Test
    void invalidExternalTrafficPolicy() {
        // "invalid externalTraffic field"
        assertOnly(create(service(b -> {
            b.type = "NodePort";
            b.externalTrafficPolicy = "invalid";
        })), "spec.externalTrafficPolicy", ErrorType.NotSupported,
                "spec.externalTrafficPolicy: Unsupported value: \"invalid\": supported values: \"Cluster\", \"Local\"");
    }

    @Test
    void healthCheckNodePortOnNodePortService() {
        // "cannot set healthCheckNodePort field on nodePort service"
        assertOnly(create(service(b -> {
            b.type = "NodePort";
            b.externalTrafficPolicy = "Local";
            b.healthCheckNodePort = 30555;
        })), "spec.healthCheckNodePort", ErrorType.Invalid,
                "spec.healthCheckNodePort: Invalid value: 30555: may only be set when `type` is 'LoadBalancer' and "
                        + "`externalTrafficPolicy` is 'Local'");
    }

    @Test
    void healthCheckNodePortOutOfPortRangeAtValidationStage() {
        Service s = (Service) Defaulter.apply(service(b -> {
            b.type = "LoadBalancer";
            b.externalTrafficPolicy = "Local";
            b.healthCheckNodePort = 70000;
        }));
        assertOnly(Validator.validate(s), "spec.healthCheckNodePort", ErrorType.Invalid,
                "spec.healthCheckNodePort: Invalid value: 70000: " + PORT_RANGE);
    }

    @Test
    void invalidInternalTrafficPolicy() {
        // "invalid internalTraffic field"
        assertOnly(create(service(b -> b.internalTrafficPolicy = "invalid")), "spec.internalTrafficPolicy",
                ErrorType.NotSupported,
                "spec.internalTrafficPolicy: Unsupported value: \"invalid\": supported values: \"Cluster\", \"Local\"");
    }

    // ---- LoadBalancer-only fields ----

    @Test
    void allocateLoadBalancerNodePortsOnClusterIP() {
        // "Use AllocateLoadBalancerNodePorts when type is not LoadBalancer"
        assertOnly(create(service(b -> b.allocateLoadBalancerNodePorts = true)), "spec.allocateLoadBalancerNodePorts",
                ErrorType.Forbidden, "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'");
    }

    @Test
    void sourceRangesOnClusterIP() {
        // "invalid source range for non LoadBalancer type service"
        assertOnly(create(service(b -> b.loadBalancerSourceRanges = List.of("10.0.0.0/8"))),
                "spec.LoadBalancerSourceRanges", ErrorType.Forbidden,
                "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'");
    }

    @Test
    void invalidSourceRange() {
        // "invalid LoadBalancer source range (invalid CIDR)"
        assertOnly(create(service(b -> {
            b.type = "LoadBalancer";
            b.loadBalancerSourceRanges = List.of(" 10.0.0.0/8 ", "not-a-cidr");
        })), "spec.LoadBalancerSourceRanges[1]", ErrorType.Invalid,
                "spec.LoadBalancerSourceRanges[1]: Invalid value: \"not-a-cidr\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
    }

    // The annotation cases of TestValidateService (pkg/apis/core/validation/validation_test.go):
    // "valid LoadBalancer source range annotation", "empty LoadBalancer source range annotation",
    // "invalid LoadBalancer source range annotation (hostname)" and "(invalid CIDR)".
    private static Service withSourceRangesAnnotation(String value, java.util.function.Consumer<ServiceSpec.Builder> spec) {
        return service(new ObjectMeta("valid", null, null, null, labels(ServiceValidation.SOURCE_RANGES_ANNOTATION, value)), spec);
    }

    @Test
    void sourceRangesAnnotation() {
        assertNoErrors(create(withSourceRangesAnnotation("1.2.3.4/8,  5.6.7.8/16", b -> b.type = "LoadBalancer")));
        assertNoErrors(create(withSourceRangesAnnotation("", b -> b.type = "LoadBalancer")));
        String path = "metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]";
        assertOnly(create(withSourceRangesAnnotation("foo.bar", b -> b.type = "LoadBalancer")), path, ErrorType.Invalid,
                path + ": Invalid value: \"foo.bar\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
        assertOnly(create(withSourceRangesAnnotation("10.0.0.0/8, 1.2.3.4/33", b -> b.type = "LoadBalancer")), path, ErrorType.Invalid,
                path + ": Invalid value: \"1.2.3.4/33\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
    }

    @Test
    void sourceRangesAnnotationOnClusterIPAndUnderTheField() {
        String path = "metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]";
        assertOnly(create(withSourceRangesAnnotation("10.0.0.0/8", b -> { })), path, ErrorType.Forbidden,
                path + ": Forbidden: may only be used when `type` is 'LoadBalancer'");
        // the field wins: the annotation is not looked at when spec.loadBalancerSourceRanges is set
        assertNoErrors(create(withSourceRangesAnnotation("not-a-cidr", b -> {
            b.type = "LoadBalancer";
            b.loadBalancerSourceRanges = List.of("10.0.0.0/8");
        })));
    }

    @Test
    void loadBalancerClassOnClusterIP() {
        assertOnly(create(service(b -> b.loadBalancerClass = "example.com/lb")), "spec.loadBalancerClass",
                ErrorType.Forbidden, "spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'");
    }

    @Test
    void invalidLoadBalancerClass() {
        assertOnly(create(service(b -> {
            b.type = "LoadBalancer";
            b.loadBalancerClass = "my lb";
        })), "spec.loadBalancerClass", ErrorType.Invalid, "spec.loadBalancerClass: Invalid value: \"my lb\": " + LABEL_NAME_PART);
    }

    @Test
    void loadBalancerOnPort10250WithMixedProtocols() {
        // "valid port type=LoadBalancer", "load balancer with mix protocol"
        assertNoErrors(create(service(b -> {
            b.type = "LoadBalancer";
            b.ports = List.of(port("a", "TCP", 10250, null, null), port("b", "UDP", 53, null, null));
        })));
    }

    // ---- fields the defaulter fills ----

    @Test
    void undefaultedServiceReportsTheDefaultedFields() {
        Service raw = service(b -> b.ports = List.of(port("p", 80, IntOrString.of(80))));
        List<FieldError> errs = Validator.validate(raw);
        assertHas(errs, "spec.ports[0].protocol", ErrorType.Required, "spec.ports[0].protocol: Required value");
        assertHas(errs, "spec.sessionAffinity", ErrorType.Required, "spec.sessionAffinity: Required value");
        FieldError type = assertHas(errs, "spec.type", ErrorType.Required, "spec.type: Required value");
        assertEquals("v.defaulted.missing", type.key());
        assertEquals(List.of("spec.type"), type.args());
        assertFalse(Validator.validate(Defaulter.apply(raw)).stream().anyMatch(e -> e.type() == ErrorType.Required));
    }

    @Test
    void defaultedNodePortServiceNeedsNothingElse() {
        Service d = (Service) Defaulter.apply(new Service(Fixtures.meta("web"), spec(b -> {
            b.type = "NodePort";
            b.selector = labels("app", "web");
            b.ports = List.of(port(80));
        })));
        assertNoErrors(Validator.validate(d));
    }

    private static ServiceSpec spec(java.util.function.Consumer<ServiceSpec.Builder> c) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        c.accept(b);
        return b.build();
    }
}
