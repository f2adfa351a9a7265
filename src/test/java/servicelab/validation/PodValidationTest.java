package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static servicelab.validation.Fixtures.DNS1123_LABEL;
import static servicelab.validation.Fixtures.DNS1123_SUBDOMAIN;
import static servicelab.validation.Fixtures.PORT_RANGE;
import static servicelab.validation.Fixtures.assertHas;
import static servicelab.validation.Fixtures.assertNoErrors;
import static servicelab.validation.Fixtures.assertOnly;
import static servicelab.validation.Fixtures.check;
import static servicelab.validation.Fixtures.container;
import static servicelab.validation.Fixtures.cport;
import static servicelab.validation.Fixtures.execProbe;
import static servicelab.validation.Fixtures.httpProbe;
import static servicelab.validation.Fixtures.kubia;
import static servicelab.validation.Fixtures.labels;
import static servicelab.validation.Fixtures.meta;
import static servicelab.validation.Fixtures.pod;
import static servicelab.validation.Fixtures.tcpProbe;
import static servicelab.validation.Fixtures.withProbes;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.EnvVar;
import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.IntOrString;
import servicelab.model.Pod;
import servicelab.model.PodSpec;
import servicelab.model.Probe;

/** Pod, container and probe rules (ValidatePodCreate, validateContainers, validateProbe). */
class PodValidationTest {

    private static Pod podWith(Container... containers) {
        return pod("kubia", labels("app", "kubia"), containers);
    }

    private static Pod podWithSpec(PodSpec spec) {
        return new Pod(meta("kubia"), spec);
    }

    private static Pod probed(Probe readiness, Probe liveness, Probe startup) {
        return podWith(withProbes(kubia(), readiness, liveness, startup));
    }

    @Test
    void validPodPasses() {
        assertNoErrors(check(podWith(kubia())));
    }

    @Test
    void podNameMustBeASubdomain() {
        assertOnly(check(new Pod(meta("My_Pod"), Fixtures.podSpec(kubia()))), "metadata.name", ErrorType.Invalid,
                "metadata.name: Invalid value: \"My_Pod\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void noContainers() {
        assertOnly(check(new Pod(meta("kubia"), null)), "spec.containers", ErrorType.Required, "spec.containers: Required value");
    }

    @Test
    void containerNameRequired() {
        assertOnly(check(podWith(container(null, "luksa/kubia"))), "spec.containers[0].name", ErrorType.Required,
                "spec.containers[0].name: Required value");
    }

    @Test
    void containerNameMustBeALabel() {
        assertOnly(check(podWith(container("Kubia", "luksa/kubia"))), "spec.containers[0].name", ErrorType.Invalid,
                "spec.containers[0].name: Invalid value: \"Kubia\": " + DNS1123_LABEL);
    }

    @Test
    void duplicateContainerNames() {
        assertOnly(check(podWith(container("kubia", "a"), container("kubia", "b"))), "spec.containers[1].name",
                ErrorType.Duplicate, "spec.containers[1].name: Duplicate value: \"kubia\"");
    }

    @Test
    void imageRequired() {
        FieldError e = assertOnly(check(podWith(container("kubia", null))), "spec.containers[0].image", ErrorType.Required,
                "spec.containers[0].image: Required value");
        assertEquals(List.of("kubia"), e.args());
    }

    @Test
    void imageWithSurroundingSpacesOnlyInPods() {
        assertOnly(check(podWith(container("kubia", " nginx"))), "spec.containers[0].image", ErrorType.Invalid,
                "spec.containers[0].image: Invalid value: \" nginx\": must not have leading or trailing whitespace");
        assertNoErrors(check(Fixtures.deployment("web", 1, Fixtures.matchLabels("app", "web"),
                Fixtures.template(labels("app", "web"), container("kubia", " nginx")))));
    }

    // ---- container ports ----

    @Test
    void containerPortRequired() {
        assertOnly(check(podWith(container("kubia", "img", cport("http", null)))), "spec.containers[0].ports[0].containerPort",
                ErrorType.Required, "spec.containers[0].ports[0].containerPort: Required value");
    }

    @Test
    void containerPortOutOfRange() {
        assertOnly(check(podWith(container("kubia", "img", cport(null, 70000)))), "spec.containers[0].ports[0].containerPort",
                ErrorType.Invalid, "spec.containers[0].ports[0].containerPort: Invalid value: 70000: " + PORT_RANGE);
    }

    @Test
    void hostPortOutOfRange() {
        assertOnly(check(podWith(container("kubia", "img", new ContainerPort(null, 8080, null, 70000)))),
                "spec.containers[0].ports[0].hostPort", ErrorType.Invalid,
                "spec.containers[0].ports[0].hostPort: Invalid value: 70000: " + PORT_RANGE);
    }

    @Test
    void duplicateHostPortAcrossContainers() {
        assertOnly(check(podWith(container("a", "img", new ContainerPort(null, 8080, null, 8080)),
                        container("b", "img", new ContainerPort(null, 9090, null, 8080)))),
                "spec.containers[1].ports[0].hostPort", ErrorType.Duplicate,
                "spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\"");
    }

    @Test
    void upperCasePortName() {
        List<FieldError> errs = check(podWith(container("kubia", "img", cport("HTTP", 8080))));
        assertEquals(2, errs.size());
        assertHas(errs, "spec.containers[0].ports[0].name", ErrorType.Invalid,
                "spec.containers[0].ports[0].name: Invalid value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        assertHas(errs, "spec.containers[0].ports[0].name", ErrorType.Invalid,
                "spec.containers[0].ports[0].name: Invalid value: \"HTTP\": must contain at least one letter (a-z)");
    }

    @Test
    void portNameWithConsecutiveHyphens() {
        assertOnly(check(podWith(container("kubia", "img", cport("my--port", 8080)))), "spec.containers[0].ports[0].name",
                ErrorType.Invalid, "spec.containers[0].ports[0].name: Invalid value: \"my--port\": must not contain consecutive hyphens");
    }

    @Test
    void duplicatePortNames() {
        assertOnly(check(podWith(container("kubia", "img", cport("http", 8080), cport("http", 8081)))),
                "spec.containers[0].ports[1].name", ErrorType.Duplicate, "spec.containers[0].ports[1].name: Duplicate value: \"http\"");
    }

    @Test
    void unsupportedPortProtocol() {
        assertOnly(check(podWith(container("kubia", "img", new ContainerPort(null, 8080, "HTTP", null)))),
                "spec.containers[0].ports[0].protocol", ErrorType.NotSupported,
                "spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"");
    }

    // ---- env ----

    @Test
    void envNameRequiredAndPrintable() {
        Container c = new Container("kubia", "img", null, null, null,
                List.of(new EnvVar("", "x"), new EnvVar("A=B", "y"), new EnvVar("my.env-name", "z")), null, null, null);
        List<FieldError> errs = check(podWith(c));
        assertEquals(2, errs.size());
        assertHas(errs, "spec.containers[0].env[0].name", ErrorType.Required, "spec.containers[0].env[0].name: Required value");
        assertHas(errs, "spec.containers[0].env[1].name", ErrorType.Invalid,
                "spec.containers[0].env[1].name: Invalid value: \"A=B\": a valid environment variable name must consist "
                        + "only of printable ASCII characters other than '='");
    }

    // ---- pod-level fields ----

    @Test
    void unsupportedRestartPolicy() {
        assertOnly(check(podWithSpec(new PodSpec(List.of(kubia()), null, null, "Sometimes", null, null, null, null))),
                "spec.restartPolicy", ErrorType.NotSupported,
                "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"Never\", \"OnFailure\"");
    }

    @Test
    void invalidNodeName() {
        assertOnly(check(podWithSpec(new PodSpec(List.of(kubia()), null, null, null, null, null, "Node_1", null))),
                "spec.nodeName", ErrorType.Invalid, "spec.nodeName: Invalid value: \"Node_1\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void activeDeadlineSecondsMustBePositive() {
        assertOnly(check(podWithSpec(new PodSpec(List.of(kubia()), null, null, null, null, 0L, null, null))),
                "spec.activeDeadlineSeconds", ErrorType.Invalid,
                "spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive");
    }

    @Test
    void hostnameAndSubdomainAreLabels() {
        List<FieldError> errs = check(podWithSpec(new PodSpec(List.of(kubia()), "my.host", "Web", null, null, null, null, null)));
        assertEquals(2, errs.size());
        assertHas(errs, "spec.hostname", ErrorType.Invalid, "spec.hostname: Invalid value: \"my.host\": must not contain dots");
        assertHas(errs, "spec.subdomain", ErrorType.Invalid, "spec.subdomain: Invalid value: \"Web\": " + DNS1123_LABEL);
    }

    // ---- probes ----

    @Test
    void probeWithoutHandler() {
        Probe none = new Probe(null, null, null, null, 5, null, null, null, null, null);
        assertOnly(check(probed(none, null, null)), "spec.containers[0].readinessProbe", ErrorType.Required,
                "spec.containers[0].readinessProbe: Required value: must specify a handler type");
    }

    @Test
    void probeWithTwoHandlers() {
        Probe two = new Probe(new Probe.Exec(List.of("true")), new Probe.HttpGet("/", IntOrString.of(8080), null, null, null),
                null, null, null, null, null, null, null, null);
        assertOnly(check(probed(two, null, null)), "spec.containers[0].readinessProbe.httpGet", ErrorType.Forbidden,
                "spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type");
    }

    @Test
    void negativeProbeTiming() {
        Probe p = new Probe(null, new Probe.HttpGet("/", IntOrString.of(8080), null, null, null), null, null,
                -1, null, -5, null, null, null);
        List<FieldError> errs = check(probed(p, null, null));
        assertEquals(2, errs.size());
        assertHas(errs, "spec.containers[0].readinessProbe.initialDelaySeconds", ErrorType.Invalid,
                "spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0");
        assertHas(errs, "spec.containers[0].readinessProbe.periodSeconds", ErrorType.Invalid,
                "spec.containers[0].readinessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0");
    }

    @Test
    void livenessSuccessThresholdMustBeOne() {
        Probe p = new Probe(null, null, new Probe.TcpSocket(IntOrString.of(8080), null), null, null, null, null, 2, null, null);
        assertOnly(check(probed(null, p, null)), "spec.containers[0].livenessProbe.successThreshold", ErrorType.Invalid,
                "spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1");
        assertNoErrors(check(probed(p, null, null)));
    }

    @Test
    void startupSuccessThresholdMustBeOne() {
        Probe p = new Probe(null, null, new Probe.TcpSocket(IntOrString.of(8080), null), null, null, null, null, 3, null, null);
        assertOnly(check(probed(null, null, p)), "spec.containers[0].startupProbe.successThreshold", ErrorType.Invalid,
                "spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1");
    }

    @Test
    void readinessProbeMayNotSetTerminationGracePeriod() {
        Probe p = new Probe(null, null, new Probe.TcpSocket(IntOrString.of(8080), null), null, null, null, null, null, null, 10L);
        assertOnly(check(probed(p, null, null)), "spec.containers[0].readinessProbe.terminationGracePeriodSeconds",
                ErrorType.Invalid,
                "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes");
    }

    @Test
    void probeTerminationGracePeriodMustBePositive() {
        Probe p = new Probe(null, null, new Probe.TcpSocket(IntOrString.of(8080), null), null, null, null, null, null, null, 0L);
        assertOnly(check(probed(null, p, null)), "spec.containers[0].livenessProbe.terminationGracePeriodSeconds",
                ErrorType.Invalid,
                "spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0");
    }

    @Test
    void execProbeNeedsACommand() {
        assertOnly(check(probed(execProbe(), null, null)), "spec.containers[0].readinessProbe.exec.command",
                ErrorType.Required, "spec.containers[0].readinessProbe.exec.command: Required value");
    }

    @Test
    void httpGetPortMissing() {
        assertOnly(check(probed(httpProbe(null), null, null)), "spec.containers[0].readinessProbe.httpGet.port",
                ErrorType.Invalid, "spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: " + PORT_RANGE);
    }

    @Test
    void httpGetPortNameInvalid() {
        assertOnly(check(probed(httpProbe(IntOrString.of("web-port-number-1")), null, null)),
                "spec.containers[0].readinessProbe.httpGet.port", ErrorType.Invalid,
                "spec.containers[0].readinessProbe.httpGet.port: Invalid value: \"web-port-number-1\": must be no more than 15 characters");
    }

    @Test
    void httpGetSchemeIsUpperCase() {
        Probe p = new Probe(null, new Probe.HttpGet("/", IntOrString.of(8080), null, "http", null), null, null,
                null, null, null, null, null, null);
        assertOnly(check(probed(p, null, null)), "spec.containers[0].readinessProbe.httpGet.scheme", ErrorType.NotSupported,
                "spec.containers[0].readinessProbe.httpGet.scheme: Unsupported value: \"http\": supported values: \"HTTP\", \"HTTPS\"");
    }

    @Test
    void httpGetHeaderName() {
        Probe p = new Probe(null, new Probe.HttpGet("/", IntOrString.of(8080), null, null,
                List.of(new Probe.Header("X Bad", "1"))), null, null, null, null, null, null, null, null);
        assertOnly(check(probed(p, null, null)), "spec.containers[0].readinessProbe.httpGet.httpHeaders", ErrorType.Invalid,
                "spec.containers[0].readinessProbe.httpGet.httpHeaders: Invalid value: \"X Bad\": a valid HTTP header must "
                        + "consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')");
    }

    @Test
    void tcpSocketPortOutOfRange() {
        assertOnly(check(probed(tcpProbe(IntOrString.of(70000)), null, null)), "spec.containers[0].readinessProbe.tcpSocket.port",
                ErrorType.Invalid, "spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: 70000: " + PORT_RANGE);
    }

    @Test
    void grpcPortMissing() {
        Probe p = new Probe(null, null, null, new Probe.Grpc(null, null), null, null, null, null, null, null);
        assertOnly(check(probed(null, p, null)), "spec.containers[0].livenessProbe.grpc.port", ErrorType.Invalid,
                "spec.containers[0].livenessProbe.grpc.port: Invalid value: 0: " + PORT_RANGE);
    }

    @Test
    void defaultedProbeIsValid() {
        assertNoErrors(check(probed(httpProbe(IntOrString.of("http")), tcpProbe(IntOrString.of(8080)), execProbe("true"))));
    }
}
