package servicelab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.TestFiles;
import servicelab.model.ErrorType;

class ManifestCheckerTest {
    private final ManifestChecker checker = new ManifestChecker();

    private static final String NODEPORT = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              type: NodePort
              ports:
              - port: 80
                nodePort: %s
              selector:
                app: kubia
            """;

    @Test
    void seedServiceExampleIsASyntaxErrorExplainedInKorean() {
        CheckReport r = checker.check(TestFiles.read("/seed/seed-1.yaml"));
        assertFalse(r.valid());
        Diagnostic d = r.errors().get(0);
        assertEquals(ErrorType.YAMLSyntax, d.type());
        assertEquals(8, d.line());
        assertEquals("yaml: line 8: mapping values are not allowed in this context", d.message());
        assertTrue(d.explanation().contains("`targetPort`") && d.explanation().contains("`port`")
                && d.explanation().contains("7열"), d.explanation());
        assertEquals("", d.field());
    }

    @Test
    void correctedSeedServiceIsValidAndWarnsThatNoPodMatches() {
        CheckReport r = checker.check(TestFiles.read("/seed/seed-1-fixed.yaml"));
        assertTrue(r.valid(), () -> r.errors().toString());
        assertEquals(1, r.documents().size());
        DocumentReport d = r.documents().get(0);
        assertEquals("Service", d.kind());
        assertEquals("kubia", d.name());
        assertEquals("default", d.namespace());
        assertFalse(d.warnings().isEmpty());
        assertEquals("spec.selector", d.warnings().get(0).field());
    }

    @Test
    void affinityConfigWithoutClientIpIsAcceptedButWarnedAboutBecauseTheApiServerDropsIt() {
        String svc = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: kubia
                spec:
                %s
                  sessionAffinityConfig:
                    clientIP:
                      timeoutSeconds: 60
                  ports:
                  - port: 80
                    targetPort: 8080
                """;
        for (String affinity : List.of("", "  sessionAffinity: None")) {
            CheckReport r = checker.check(svc.formatted(affinity));
            assertTrue(r.valid(), () -> r.errors().toString());
            Diagnostic w = r.warnings().stream().filter(d -> d.field().equals("spec.sessionAffinityConfig")).findFirst()
                    .orElseThrow(() -> new AssertionError(affinity + ": " + r.warnings()));
            assertTrue(w.explanation().contains("ClientIP"), w.explanation());
            assertEquals(8, w.line(), "underlines the config block");
            assertFalse(((servicelab.model.Service) r.objects().get(0)).spec().sessionAffinityConfigSet(), "defaulting dropped it");
        }
        CheckReport ok = checker.check(svc.formatted("  sessionAffinity: ClientIP"));
        assertTrue(ok.warnings().stream().noneMatch(d -> d.field().equals("spec.sessionAffinityConfig")), () -> ok.warnings().toString());
    }

    @Test
    void everyCorrectedSeedExampleIsValid() {
        for (String f : List.of("1", "2", "3", "4", "6", "7", "8")) {
            String file = "/seed/seed-" + f + "-fixed.yaml";
            CheckReport r = checker.check(TestFiles.read(file));
            assertTrue(r.valid(), () -> file + ": " + r.errors());
        }
        assertTrue(checker.check(TestFiles.read("/seed/seed-5.yaml")).valid(), "the ExternalName example is valid as written");
    }

    @Test
    void nodePortOutOfRangeIsReportedByTheAllocatorAtItsPosition() {
        CheckReport r = checker.check(NODEPORT.formatted("80"));
        Diagnostic d = r.errors().get(0);
        assertEquals(1, r.errors().size(), "allocation errors stop the create before validation");
        assertEquals("spec.ports[0].nodePort", d.field());
        assertEquals(ErrorType.Invalid, d.type());
        assertEquals("spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. "
                + "The range of valid ports is 30000-32767", d.message());
        assertEquals(9, d.line());
        assertEquals(15, d.column());
        assertFalse(d.explanation().isBlank());
    }

    @Test
    void aNodePortUsedTwiceInOneFileCollides() {
        String second = NODEPORT.formatted("30123").replace("name: kubia", "name: kubia-2");
        CheckReport r = checker.check(NODEPORT.formatted("30123") + "---\n" + second);
        assertTrue(r.documents().get(0).valid());
        assertFalse(r.documents().get(1).valid());
        assertEquals("spec.ports[0].nodePort: Invalid value: 30123: provided port is already allocated",
                r.documents().get(1).errors().get(0).message());
        assertEquals(21, r.documents().get(1).errors().get(0).line());
    }

    @Test
    void aFailedCreateReleasesItsNodePort() {
        String bad = NODEPORT.formatted("30123").replace("name: kubia", "name: Bad_Name");
        String good = NODEPORT.formatted("30123");
        CheckReport r = checker.check(bad + "---\n" + good);
        assertFalse(r.documents().get(0).valid());
        assertTrue(r.documents().get(1).valid(), () -> r.documents().get(1).errors().toString());
    }

    @Test
    void headlessIsNotAType() {
        String t = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  type: Headless\n  ports:\n  - port: 80\n";
        Diagnostic d = checker.check(t).errors().get(0);
        assertEquals("spec.type: Unsupported value: \"Headless\": supported values: \"ClusterIP\", \"ExternalName\", "
                + "\"LoadBalancer\", \"NodePort\"", d.message());
        assertEquals(6, d.line());
    }

    @Test
    void targetPortOutdentedToSpecIsAnUnknownField() {
        String t = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n  targetPort: 8080\n";
        Diagnostic d = checker.check(t).errors().get(0);
        assertEquals(ErrorType.UnknownField, d.type());
        assertEquals("unknown field \"spec.targetPort\"", d.message());
        assertEquals(8, d.line());
        assertTrue(d.explanation().contains("`spec` 아래"), d.explanation());
    }

    @Test
    void misspeltFieldGetsASuggestion() {
        String t = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n    targetport: 8080\n";
        Diagnostic d = checker.check(t).errors().get(0);
        assertEquals("unknown field \"spec.ports[0].targetport\"", d.message());
        assertTrue(d.explanation().contains("`targetPort`"), d.explanation());
    }

    @Test
    void wrongJsonTypeNamesTheGoField() {
        String t = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: \"80\"\n";
        Diagnostic d = checker.check(t).errors().get(0);
        assertEquals("json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32", d.message());
        assertEquals("spec.ports[0].port", d.field());
    }

    @Test
    void removedIngressApiIsAnsweredWithTheV1Manifest() {
        Diagnostic d = checker.check(TestFiles.read("/seed/seed-7.yaml")).errors().get(0);
        assertEquals(ErrorType.UnsupportedAPI, d.type());
        assertEquals("no matches for kind \"Ingress\" in version \"extensions/v1beta1\"", d.message());
        String ex = d.explanation();
        assertTrue(ex.contains("apiVersion: networking.k8s.io/v1"), ex);
        assertTrue(ex.contains("pathType: Prefix"), ex);
        assertTrue(ex.contains("name: kubia-nodeport"), ex);
        assertTrue(ex.contains("number: 80"), ex);
        // the fix replaces the document with that manifest, and the result is valid v1
        String text = TestFiles.read("/seed/seed-7.yaml");
        Fix fix = d.fix();
        String fixed = text.substring(0, fix.start()) + fix.replacement() + text.substring(fix.end());
        CheckReport again = checker.check(fixed);
        assertTrue(again.valid(), () -> again.errors().toString());
        assertEquals(text.substring(fix.end()), fixed.substring(fixed.length() - (text.length() - fix.end())));
    }

    @Test
    void networkingV1beta1WithANamedPortBecomesPortName() {
        String t = """
                apiVersion: networking.k8s.io/v1beta1
                kind: Ingress
                metadata:
                  name: web
                spec:
                  backend:
                    serviceName: fallback
                    servicePort: http
                  rules:
                  - http:
                      paths:
                      - path: /api
                        pathType: Exact
                        backend:
                          serviceName: api
                          servicePort: 8080
                """;
        Diagnostic d = checker.check(t).errors().get(0);
        assertEquals("no matches for kind \"Ingress\" in version \"networking.k8s.io/v1beta1\"", d.message());
        String v1 = d.fix().replacement();
        assertTrue(v1.contains("defaultBackend:\n    service:\n      name: fallback\n      port:\n        name: http"), v1);
        assertTrue(v1.contains("pathType: Exact"), "an existing pathType is kept: " + v1);
        assertTrue(v1.contains("number: 8080"), v1);
        assertTrue(checker.check(v1).valid(), () -> checker.check(v1).errors().toString());
    }

    @Test
    void v1IngressWithOldBackendFieldsIsStrictlyRejected() {
        String t = TestFiles.read("/seed/seed-7.yaml").replace("extensions/v1beta1", "networking.k8s.io/v1");
        List<String> msgs = checker.check(t).errors().stream().map(Diagnostic::message).toList();
        assertTrue(msgs.contains("unknown field \"spec.rules[0].http.paths[0].backend.serviceName\""), msgs.toString());
        assertTrue(msgs.contains("unknown field \"spec.rules[0].http.paths[0].backend.servicePort\""), msgs.toString());
    }

    @Test
    void sameNameTwiceInAFileAlreadyExists() {
        String svc = TestFiles.read("/seed/seed-1-fixed.yaml");
        CheckReport r = checker.check(svc + "---\n" + svc);
        assertEquals("services \"kubia\" already exists", r.documents().get(1).errors().get(0).message());
    }

    @Test
    void missingKindIsRequired() {
        Diagnostic d = checker.check("apiVersion: v1\nmetadata:\n  name: x\n").errors().get(0);
        assertEquals("kind", d.field());
        assertEquals("error validating data: [kind not set]", d.message());
    }
}
