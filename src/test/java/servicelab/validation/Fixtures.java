package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.Deployment;
import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.IntOrString;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
import servicelab.model.ObjectMeta;
import servicelab.model.Pod;
import servicelab.model.PodSpec;
import servicelab.model.PodTemplateSpec;
import servicelab.model.Probe;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.model.ServiceSpec;

/** Small builders for test objects and assertions on field errors. */
final class Fixtures {
    private Fixtures() {
    }

    static Map<String, String> labels(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static ObjectMeta meta(String name) {
        return ObjectMeta.named(name);
    }

    static ObjectMeta meta(String name, Map<String, String> labels) {
        return new ObjectMeta(name, null, null, labels, null);
    }

    // ---- Services ----

    static ServicePort port(Integer port) {
        return new ServicePort(null, null, null, port, null, null);
    }

    static ServicePort port(String name, Integer port, IntOrString targetPort) {
        return new ServicePort(name, null, null, port, targetPort, null);
    }

    static ServicePort port(String name, String protocol, Integer port, IntOrString targetPort, Integer nodePort) {
        return new ServicePort(name, protocol, null, port, targetPort, nodePort);
    }

    /**
     * Like makeValidService in Kubernetes' validation tests: name "valid", selector key=val,
     * one port "p" 8675 → 8675. The consumer changes the spec before it is built.
     */
    static Service service(Consumer<ServiceSpec.Builder> change) {
        return service("valid", change);
    }

    static Service service(String name, Consumer<ServiceSpec.Builder> change) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.selector = labels("key", "val");
        b.ports = List.of(port("p", 8675, IntOrString.of(8675)));
        change.accept(b);
        return new Service(meta(name), b.build());
    }

    static Service service(ObjectMeta meta, Consumer<ServiceSpec.Builder> change) {
        Service s = service(change);
        return new Service(meta, s.spec());
    }

    // ---- Pods and workloads ----

    static ContainerPort cport(String name, Integer port) {
        return new ContainerPort(name, port, null, null);
    }

    static Container container(String name, String image, ContainerPort... ports) {
        return new Container(name, image, null, null, ports.length == 0 ? null : Arrays.asList(ports), null, null, null, null);
    }

    static Container withProbes(Container c, Probe readiness, Probe liveness, Probe startup) {
        return new Container(c.name(), c.image(), c.command(), c.args(), c.ports(), c.env(), readiness, liveness, startup);
    }

    static PodSpec podSpec(Container... containers) {
        return new PodSpec(Arrays.asList(containers), null, null, null, null, null, null, null);
    }

    static Pod pod(String name, Map<String, String> labels, Container... containers) {
        return new Pod(meta(name, labels), podSpec(containers));
    }

    static Container kubia() {
        return container("kubia", "luksa/kubia", cport("http", 8080));
    }

    static PodTemplateSpec template(Map<String, String> labels, Container... containers) {
        return new PodTemplateSpec(new ObjectMeta(null, null, null, labels, null), podSpec(containers));
    }

    static LabelSelector matchLabels(String... kv) {
        return new LabelSelector(labels(kv), null);
    }

    static Deployment deployment(String name, Integer replicas, LabelSelector selector, PodTemplateSpec template) {
        return new Deployment(meta(name), replicas, selector, null, template);
    }

    static ReplicaSet replicaSet(String name, Integer replicas, LabelSelector selector, PodTemplateSpec template) {
        return new ReplicaSet(meta(name), replicas, selector, null, template);
    }

    static ReplicationController rc(String name, Integer replicas, Map<String, String> selector, PodTemplateSpec template) {
        return new ReplicationController(meta(name), replicas, selector, null, template);
    }

    static Probe httpProbe(IntOrString port) {
        return new Probe(null, new Probe.HttpGet("/healthz", port, null, null, null), null, null,
                null, null, null, null, null, null);
    }

    static Probe tcpProbe(IntOrString port) {
        return new Probe(null, null, new Probe.TcpSocket(port, null), null, null, null, null, null, null, null);
    }

    static Probe execProbe(String... command) {
        return new Probe(new Probe.Exec(Arrays.asList(command)), null, null, null, null, null, null, null, null, null);
    }

    // ---- pipeline ----

    /** Defaulting then validation (no allocation), as for every kind but Service. */
    static List<FieldError> check(KubeObject o) {
        return Validator.validate(Defaulter.apply(o));
    }

    /** The full create path with a fresh allocator (Services are allocated before validation). */
    static List<FieldError> create(KubeObject o) {
        return Validator.create(o, new ServiceAllocator(42)).errors();
    }

    // ---- assertions ----

    static void assertNoErrors(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            fail("expected no errors, got:\n" + describe(errors));
        }
    }

    /** Exactly one error, with this path, type and full message. */
    static FieldError assertOnly(List<FieldError> errors, String field, ErrorType type, String message) {
        if (errors.size() != 1) {
            fail("expected exactly one error, got " + errors.size() + ":\n" + describe(errors));
        }
        FieldError e = errors.get(0);
        assertEquals(field, e.field());
        assertEquals(type, e.type());
        assertEquals(message, e.message());
        assertTrue(e.key() != null && !e.key().isEmpty(), "explanation key missing");
        return e;
    }

    /** Some error has exactly this path, type and message. */
    static FieldError assertHas(List<FieldError> errors, String field, ErrorType type, String message) {
        for (FieldError e : errors) {
            if (e.field().equals(field) && e.type() == type && e.message().equals(message)) {
                assertTrue(e.key() != null && !e.key().isEmpty(), "explanation key missing");
                return e;
            }
        }
        fail("no error " + field + " / " + type + " / " + message + " in:\n" + describe(errors));
        return null;
    }

    static List<String> fields(List<FieldError> errors) {
        List<String> out = new ArrayList<>();
        for (FieldError e : errors) {
            out.add(e.field());
        }
        return out;
    }

    static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> "  " + e.type() + " " + e.message() + " [" + e.key() + "]")
                .collect(Collectors.joining("\n"));
    }

    static final String PORT_RANGE = "must be between 1 and 65535, inclusive";
    static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start "
            + "with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', "
            + "regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
    static final String DNS1123_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric "
            + "characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or "
            + "'123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    static final String DNS1123_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case "
            + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. "
            + "'example.com', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    static final String WILDCARD = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS "
            + "subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an "
            + "alphanumeric character (e.g. '*.example.com', regex used for validation is "
            + "'\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    static final String LABEL_NAME_PART = "name part must consist of alphanumeric characters, '-', '_' or '.', and "
            + "must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
            + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    static final String LABEL_VALUE = "a valid label must be an empty string or consist of alphanumeric characters, "
            + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
            + "'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    static final String IP = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
}
