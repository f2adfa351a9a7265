package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static servicelab.validation.Fixtures.DNS1035;
import static servicelab.validation.Fixtures.DNS1123_LABEL;
import static servicelab.validation.Fixtures.DNS1123_SUBDOMAIN;
import static servicelab.validation.Fixtures.PORT_RANGE;
import static servicelab.validation.Fixtures.WILDCARD;
import static servicelab.validation.Fixtures.assertHas;
import static servicelab.validation.Fixtures.assertNoErrors;
import static servicelab.validation.Fixtures.assertOnly;
import static servicelab.validation.Fixtures.check;
import static servicelab.validation.Fixtures.labels;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.Ingress;
import servicelab.model.IngressClass;
import servicelab.model.Namespace;
import servicelab.model.ObjectMeta;

/**
 * Ingress (TestValidateIngress / TestValidateIngressCreate cases), IngressClass and Namespace.
 */
class IngressValidationTest {

    private static final String P = "spec.rules[0].http.paths[0]";

    private static Ingress.Backend svc(String name, Integer number) {
        return new Ingress.Backend(new Ingress.ServiceBackend(name, null, number), null);
    }

    private static Ingress.Path path(String path, String pathType, Ingress.Backend backend) {
        return new Ingress.Path(path, pathType, backend);
    }

    private static Ingress ingress(String host, Ingress.Path... paths) {
        return ingress(ObjectMeta.named("kubia"), null, host, paths);
    }

    private static Ingress ingress(ObjectMeta meta, String className, String host, Ingress.Path... paths) {
        Ingress.Rule rule = new Ingress.Rule(host, List.of(paths), true);
        return new Ingress(meta, new Ingress.Spec(className, null, null, List.of(rule)));
    }

    private static Ingress.Path ok() {
        return path("/", "Prefix", svc("kubia", 80));
    }

    @Test
    void validIngressPasses() {
        assertNoErrors(check(ingress("kubia.example.com", ok(), path("/api", "Exact", svc("api", 8080)))));
    }

    @Test
    void defaultBackendOnlyIsValid() {
        assertNoErrors(check(new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, svc("kubia", 80), null, null))));
    }

    @Test
    void neitherRulesNorDefaultBackend() {
        assertOnly(check(new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, null, null, null))), "spec",
                ErrorType.Invalid,
                "spec: Invalid value: null: either `defaultBackend` or `rules` must be specified");
        assertOnly(check(new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, null, null, List.of()))), "spec",
                ErrorType.Invalid,
                "spec: Invalid value: []: either `defaultBackend` or `rules` must be specified");
    }

    @Test
    void ingressNameIsASubdomain() {
        assertOnly(check(ingress(ObjectMeta.named("Kubia"), null, null, ok())), "metadata.name", ErrorType.Invalid,
                "metadata.name: Invalid value: \"Kubia\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void hostIsAnIP() {
        // "spec.rules[0].host: Invalid value: "127.0.0.1": must be a DNS name, not an IP address"
        assertOnly(check(ingress("127.0.0.1", ok())), "spec.rules[0].host", ErrorType.Invalid,
                "spec.rules[0].host: Invalid value: \"127.0.0.1\": must be a DNS name, not an IP address");
    }

    @Test
    void hostWithPort() {
        // "foobar:80"
        assertOnly(check(ingress("foobar:80", ok())), "spec.rules[0].host", ErrorType.Invalid,
                "spec.rules[0].host: Invalid value: \"foobar:80\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void badWildcardHosts() {
        // "*" and "foo.*.bar.com"
        for (String host : List.of("*", "foo.*.bar.com")) {
            assertOnly(check(ingress(host, ok())), "spec.rules[0].host", ErrorType.Invalid,
                    "spec.rules[0].host: Invalid value: \"" + host + "\": " + WILDCARD);
        }
        assertNoErrors(check(ingress("*.bar.com", ok())));
    }

    @Test
    void emptyPaths() {
        Ingress.Rule rule = new Ingress.Rule("kubia.example.com", List.of(), true);
        assertOnly(check(new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, null, null, List.of(rule)))),
                "spec.rules[0].http.paths", ErrorType.Required, "spec.rules[0].http.paths: Required value");
    }

    @Test
    void ruleWithoutHttpIsNotChecked() {
        Ingress.Rule rule = new Ingress.Rule("kubia.example.com", null, false);
        assertNoErrors(check(new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, null, null, List.of(rule)))));
    }

    @Test
    void pathTypeMissing() {
        // curriculum §0.3; the backend of that path is not checked any more
        assertOnly(check(ingress(null, path("/", null, new Ingress.Backend(null, null)))), P + ".pathType", ErrorType.Required,
                "spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified");
    }

    @Test
    void pathTypeUnknown() {
        assertOnly(check(ingress(null, path("/", "Regex", svc("kubia", 80)))), P + ".pathType", ErrorType.NotSupported,
                "spec.rules[0].http.paths[0].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", "
                        + "\"ImplementationSpecific\", \"Prefix\"");
    }

    @Test
    void relativePath() {
        assertOnly(check(ingress(null, path("foo", "Prefix", svc("kubia", 80)))), P + ".path", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].path: Invalid value: \"foo\": must be an absolute path");
        assertOnly(check(ingress(null, path(null, "Exact", svc("kubia", 80)))), P + ".path", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].path: Invalid value: \"\": must be an absolute path");
    }

    @Test
    void implementationSpecificPaths() {
        assertNoErrors(check(ingress(null, path(null, "ImplementationSpecific", svc("kubia", 80)))));
        assertOnly(check(ingress(null, path("foo", "ImplementationSpecific", svc("kubia", 80)))), P + ".path",
                ErrorType.Invalid, "spec.rules[0].http.paths[0].path: Invalid value: \"foo\": must be an absolute path");
    }

    @Test
    void pathWithDoubleSlash() {
        assertOnly(check(ingress(null, path("/foo//bar", "Prefix", svc("kubia", 80)))), P + ".path", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].path: Invalid value: \"/foo//bar\": must not contain '//'");
    }

    @Test
    void pathEndingWithDotDot() {
        assertOnly(check(ingress(null, path("/foo/..", "Exact", svc("kubia", 80)))), P + ".path", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].path: Invalid value: \"/foo/..\": cannot end with '/..'");
    }

    @Test
    void backendWithServiceAndResource() {
        Ingress.Backend both = new Ingress.Backend(new Ingress.ServiceBackend("kubia", null, 80),
                new Ingress.ResourceRef("example.com", "StorageBucket", "static"));
        assertOnly(check(ingress(null, path("/", "Prefix", both))), P + ".backend", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both resource and service backends");
    }

    @Test
    void emptyBackend() {
        assertOnly(check(ingress(null, path("/", "Prefix", null))), P + ".backend", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].backend: Invalid value: \"\": resource or service backend is required");
    }

    @Test
    void backendServiceNameRequired() {
        assertOnly(check(ingress(null, path("/", "Prefix", svc("", 80)))), P + ".backend.service.name", ErrorType.Required,
                "spec.rules[0].http.paths[0].backend.service.name: Required value");
    }

    @Test
    void backendServiceNameMustBeAServiceName() {
        assertOnly(check(ingress(null, path("/", "Prefix", svc("1kubia", 80)))), P + ".backend.service.name",
                ErrorType.Invalid, "spec.rules[0].http.paths[0].backend.service.name: Invalid value: \"1kubia\": " + DNS1035);
    }

    @Test
    void backendPortNameAndNumber() {
        Ingress.Backend b = new Ingress.Backend(new Ingress.ServiceBackend("kubia", "http", 80), null);
        assertOnly(check(ingress(null, path("/", "Prefix", b))), P + ".backend", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both port name & port number");
    }

    @Test
    void backendPortMissing() {
        assertOnly(check(ingress(null, path("/", "Prefix", svc("kubia", null)))), P + ".backend", ErrorType.Required,
                "spec.rules[0].http.paths[0].backend: Required value: port name or number is required");
    }

    @Test
    void backendPortNumberOutOfRange() {
        assertOnly(check(ingress(null, path("/", "Prefix", svc("kubia", 65536)))), P + ".backend.service.port.number",
                ErrorType.Invalid, "spec.rules[0].http.paths[0].backend.service.port.number: Invalid value: 65536: " + PORT_RANGE);
    }

    @Test
    void backendPortNameInvalid() {
        Ingress.Backend b = new Ingress.Backend(new Ingress.ServiceBackend("kubia", "web_port", null), null);
        assertOnly(check(ingress(null, path("/", "Prefix", b))), P + ".backend.service.port.name", ErrorType.Invalid,
                "spec.rules[0].http.paths[0].backend.service.port.name: Invalid value: \"web_port\": must contain only "
                        + "alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }

    @Test
    void resourceBackendKindRequired() {
        Ingress.Backend b = new Ingress.Backend(null, new Ingress.ResourceRef(null, null, "static"));
        assertOnly(check(ingress(null, path("/", "Prefix", b))), P + ".backend.resource.kind", ErrorType.Required,
                "spec.rules[0].http.paths[0].backend.resource.kind: Required value");
    }

    @Test
    void defaultBackendPath() {
        assertOnly(check(new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, svc("kubia", null), null, null))),
                "spec.defaultBackend", ErrorType.Required, "spec.defaultBackend: Required value: port name or number is required");
    }

    @Test
    void tlsHostsAndSecretName() {
        Ingress.Tls tls = new Ingress.Tls(List.of("kubia.example.com", "Bad_Host", "*.example.com"), "Kubia_TLS");
        Ingress ing = new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, svc("kubia", 80), List.of(tls), null));
        List<FieldError> errs = check(ing);
        assertEquals(List.of("spec.tls[0].hosts[1]", "spec.tls[0].secretName"), Fixtures.fields(errs));
        assertHas(errs, "spec.tls[0].hosts[1]", ErrorType.Invalid, "spec.tls[0].hosts[1]: Invalid value: \"Bad_Host\": " + DNS1123_SUBDOMAIN);
        assertHas(errs, "spec.tls[0].secretName", ErrorType.Invalid,
                "spec.tls[0].secretName: Invalid value: \"Kubia_TLS\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void invalidIngressClassName() {
        assertOnly(check(ingress(ObjectMeta.named("kubia"), "Nginx", null, ok())), "spec.ingressClassName", ErrorType.Invalid,
                "spec.ingressClassName: Invalid value: \"Nginx\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void classAnnotationMustMatchClassName() {
        // TestValidateIngressCreate "class field and annotation set with different value"
        ObjectMeta meta = new ObjectMeta("kubia", null, null, null, labels("kubernetes.io/ingress.class", "nginx"));
        assertOnly(check(ingress(meta, "traefik", null, ok())), "annotations.kubernetes.io/ingress.class", ErrorType.Invalid,
                "annotations.kubernetes.io/ingress.class: Invalid value: \"nginx\": must match `ingressClassName` when both are specified");
        assertNoErrors(check(ingress(meta, "nginx", null, ok())));
    }

    // ---- IngressClass ----

    @Test
    void ingressClassControllerRequired() {
        assertOnly(check(new IngressClass(ObjectMeta.named("nginx"), null)), "spec.controller", ErrorType.Required,
                "spec.controller: Required value");
    }

    @Test
    void ingressClassControllerMustBeDomainPrefixed() {
        assertOnly(check(new IngressClass(ObjectMeta.named("nginx"), "nginx")), "spec.controller", ErrorType.Invalid,
                "spec.controller: Invalid value: \"nginx\": must be a domain-prefixed path (such as \"acme.io/foo\")");
        assertNoErrors(check(new IngressClass(ObjectMeta.named("nginx"), "k8s.io/ingress-nginx")));
    }

    @Test
    void ingressClassControllerDomain() {
        assertOnly(check(new IngressClass(ObjectMeta.named("nginx"), "Bad_Domain/ingress")), "spec.controller",
                ErrorType.Invalid, "spec.controller: Invalid value: \"Bad_Domain\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void ingressClassControllerPath() {
        assertOnly(check(new IngressClass(ObjectMeta.named("nginx"), "k8s.io/ingress nginx")), "spec.controller",
                ErrorType.Invalid, "spec.controller: Invalid value: \"ingress nginx\": Invalid path (regex used for "
                        + "validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')");
    }

    @Test
    void ingressClassControllerTooLong() {
        String controller = "k8s.io/" + "a".repeat(250);
        assertOnly(check(new IngressClass(ObjectMeta.named("nginx"), controller)), "spec.controller", ErrorType.TooLong,
                "spec.controller: Too long: may not be more than 250 bytes");
    }

    // spec.parameters: validateIngressClassParametersReference and SetDefaults_IngressClass
    // (pkg/apis/networking/validation/validation.go, pkg/apis/networking/v1/defaults.go; cases after
    // TestValidateIngressClass in validation_test.go)
    private static IngressClass withParams(String apiGroup, String kind, String name, String namespace, String scope) {
        return new IngressClass(ObjectMeta.named("nginx"), "k8s.io/ingress-nginx",
                new IngressClass.Parameters(apiGroup, kind, name, namespace, scope));
    }

    @Test
    void ingressClassParametersDefaultToClusterScope() {
        assertNoErrors(check(withParams("example.com", "IngressParameters", "external-lb", null, null)));
        assertEquals("Cluster", ((IngressClass) Defaulter.apply(withParams(null, "ConfigMap", "cfg", null, null))).parameters().scope());
        assertNoErrors(check(withParams("k8s.example.com", "IngressParameters", "external-lb", "ingress", "Namespace")));
        // validation alone (no defaulting) requires the scope
        assertOnly(Validator.validate(withParams(null, "ConfigMap", "cfg", null, null)), "spec.parameters.scope", ErrorType.Required,
                "spec.parameters.scope: Required value");
    }

    @Test
    void ingressClassParametersScopeAndNamespace() {
        assertOnly(check(withParams(null, "ConfigMap", "cfg", null, "Namespace")), "spec.parameters.namespace", ErrorType.Required,
                "spec.parameters.namespace: Required value: `parameters.scope` is set to 'Namespace'");
        assertOnly(check(withParams(null, "ConfigMap", "cfg", "ingress", "Cluster")), "spec.parameters.namespace", ErrorType.Forbidden,
                "spec.parameters.namespace: Forbidden: `parameters.scope` is set to 'Cluster'");
        assertOnly(check(withParams(null, "ConfigMap", "cfg", null, "foo")), "spec.parameters.scope", ErrorType.NotSupported,
                "spec.parameters.scope: Unsupported value: \"foo\": supported values: \"Cluster\", \"Namespace\"");
        assertOnly(check(withParams(null, "ConfigMap", "cfg", "Bad_NS", "Namespace")), "spec.parameters.namespace", ErrorType.Invalid,
                "spec.parameters.namespace: Invalid value: \"Bad_NS\": " + DNS1123_LABEL);
    }

    @Test
    void ingressClassParametersKindNameAndGroup() {
        assertOnly(check(withParams(null, "", "cfg", null, null)), "spec.parameters.kind", ErrorType.Required,
                "spec.parameters.kind: Required value: kind is required");
        assertOnly(check(withParams(null, "ConfigMap", "a/b", null, null)), "spec.parameters.name", ErrorType.Invalid,
                "spec.parameters.name: Invalid value: \"a/b\": may not contain '/'");
        assertOnly(check(withParams("Bad_Group", "ConfigMap", "cfg", null, null)), "spec.parameters.apiGroup", ErrorType.Invalid,
                "spec.parameters.apiGroup: Invalid value: \"Bad_Group\": " + DNS1123_SUBDOMAIN);
    }

    @Test
    void clusterScopedKindsIgnoreNamespace() {
        assertNoErrors(check(new IngressClass(new ObjectMeta("nginx", null, "Whatever", null, null), "k8s.io/ingress-nginx")));
        assertNoErrors(check(new Namespace(new ObjectMeta("prod", null, "default", null, null))));
    }

    // ---- Namespace ----

    @Test
    void namespaceNameIsALabel() {
        assertOnly(check(new Namespace(ObjectMeta.named("Prod"))), "metadata.name", ErrorType.Invalid,
                "metadata.name: Invalid value: \"Prod\": " + DNS1123_LABEL);
        assertOnly(check(new Namespace(ObjectMeta.named("team.prod"))), "metadata.name", ErrorType.Invalid,
                "metadata.name: Invalid value: \"team.prod\": must not contain dots");
        assertNoErrors(check(new Namespace(ObjectMeta.named("prod"))));
    }
}
