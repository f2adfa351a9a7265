package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static servicelab.validation.Fixtures.container;
import static servicelab.validation.Fixtures.cport;
import static servicelab.validation.Fixtures.deployment;
import static servicelab.validation.Fixtures.httpProbe;
import static servicelab.validation.Fixtures.kubia;
import static servicelab.validation.Fixtures.labels;
import static servicelab.validation.Fixtures.matchLabels;
import static servicelab.validation.Fixtures.pod;
import static servicelab.validation.Fixtures.port;
import static servicelab.validation.Fixtures.rc;
import static servicelab.validation.Fixtures.replicaSet;
import static servicelab.validation.Fixtures.template;
import static servicelab.validation.Fixtures.withProbes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import servicelab.model.ContainerPort;
import servicelab.model.Ingress;
import servicelab.model.IntOrString;
import servicelab.model.KubeObject;
import servicelab.model.ObjectMeta;
import servicelab.model.Service;
import servicelab.model.ServiceSpec;

/** One test per learner warning; objects are defaulted first, as the warnings expect. */
class LearnerWarningsTest {

    private static List<Warning> warnings(KubeObject... objects) {
        List<KubeObject> defaulted = new ArrayList<>();
        for (KubeObject o : objects) {
            defaulted.add(Defaulter.apply(o));
        }
        return LearnerWarnings.check(defaulted);
    }

    private static Service svc(String name, Consumer<ServiceSpec.Builder> c) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.selector = labels("app", "kubia");
        b.ports = List.of(port(null, 80, IntOrString.of(8080)));
        c.accept(b);
        return new Service(ObjectMeta.named(name), b.build());
    }

    private static Service kubiaService() {
        return svc("kubia", b -> { });
    }

    /** The seed's Deployment: app=kubia, container port http 8080. */
    private static KubeObject kubiaDeployment() {
        return deployment("kubia", 3, matchLabels("app", "kubia"), template(labels("app", "kubia"), kubia()));
    }

    private static Warning only(List<Warning> ws) {
        assertEquals(1, ws.size(), () -> "warnings: " + ws);
        return ws.get(0);
    }

    private static void assertWarning(Warning w, int index, String field, String key, Object... args) {
        assertEquals(index, w.objectIndex());
        assertEquals(field, w.field());
        assertEquals(key, w.key());
        assertEquals(List.of(args), w.args());
    }

    @Test
    void matchingServiceAndDeploymentGiveNoWarnings() {
        assertTrue(warnings(kubiaDeployment(), kubiaService()).isEmpty());
    }

    @Test
    void selectorMatchingNoPod() {
        Service s = svc("kubia", b -> b.selector = labels("app", "kubla"));
        assertWarning(only(warnings(kubiaDeployment(), s)), 1, "spec.selector", "w.selector.noMatch", "app=kubla");
    }

    @Test
    void podsInAnotherNamespaceDoNotCount() {
        Service s = new Service(new ObjectMeta("kubia", null, "prod", null, null), kubiaService().spec());
        assertWarning(only(warnings(kubiaDeployment(), s)), 1, "spec.selector", "w.selector.noMatch", "app=kubia");
    }

    @Test
    void bareMatchingPodCounts() {
        assertTrue(warnings(pod("kubia-a", labels("app", "kubia", "rel", "beta"), kubia()), kubiaService()).isEmpty());
    }

    @Test
    void selectorMatchingOnlyAZeroReplicaWorkload() {
        KubeObject d = deployment("kubia", 0, matchLabels("app", "kubia"), template(labels("app", "kubia"), kubia()));
        assertWarning(only(warnings(d, kubiaService())), 1, "spec.selector", "w.selector.onlyZeroReplicas",
                "app=kubia", "Deployment/kubia");
    }

    @Test
    void serviceWithoutSelector() {
        Service s = svc("external-db", b -> b.selector = null);
        assertWarning(only(warnings(s)), 0, "spec.selector", "w.selector.missing");
    }

    @Test
    void targetPortNumberNoContainerDeclares() {
        Service s = svc("kubia", b -> b.ports = List.of(port(null, 80, IntOrString.of(80))));
        assertWarning(only(warnings(kubiaDeployment(), s)), 1, "spec.ports[0].targetPort", "w.targetPort.numberNotDeclared",
                "80", "TCP");
    }

    @Test
    void targetPortProtocolMustMatch() {
        Service s = svc("kubia", b -> b.ports = List.of(port(null, "UDP", 80, IntOrString.of(8080), null)));
        assertWarning(only(warnings(kubiaDeployment(), s)), 1, "spec.ports[0].targetPort", "w.targetPort.numberNotDeclared",
                "8080", "UDP");
    }

    @Test
    void targetPortNameNotFound() {
        Service s = svc("kubia", b -> b.ports = List.of(port(null, 80, IntOrString.of("web"))));
        assertWarning(only(warnings(kubiaDeployment(), s)), 1, "spec.ports[0].targetPort", "w.targetPort.nameNotFound",
                "web", "TCP");
        assertTrue(warnings(kubiaDeployment(), svc("kubia", b -> b.ports = List.of(port(null, 80, IntOrString.of("http")))))
                .isEmpty());
    }

    @Test
    void portsOnExternalNameService() {
        Service s = svc("db", b -> {
            b.type = "ExternalName";
            b.externalName = "db.example.com";
            b.selector = null;
        });
        assertWarning(only(warnings(s)), 0, "spec.ports", "w.externalName.ports");
    }

    @Test
    void selectorOnExternalNameService() {
        Service s = svc("db", b -> {
            b.type = "ExternalName";
            b.externalName = "db.example.com";
            b.ports = null;
        });
        assertWarning(only(warnings(kubiaDeployment(), s)), 1, "spec.selector", "w.externalName.selector", "app=kubia");
    }

    @Test
    void sessionAffinityOnExternalNameService() {
        Service s = svc("db", b -> {
            b.type = "ExternalName";
            b.externalName = "db.example.com";
            b.ports = null;
            b.selector = null;
            b.sessionAffinity = "ClientIP";
        });
        assertWarning(only(warnings(s)), 0, "spec.sessionAffinity", "w.sessionAffinity.externalName");
    }

    @Test
    void headlessTargetPortDiffersFromPort() {
        Service s = svc("kubia-headless", b -> b.clusterIP = "None");
        List<Warning> ws = warnings(kubiaDeployment(), s);
        assertWarning(only(ws), 1, "spec.ports[0].targetPort", "w.headless.targetPort", "80", "8080");
        assertTrue(warnings(kubiaDeployment(), svc("kubia-headless", b -> {
            b.clusterIP = "None";
            b.ports = List.of(port(null, 8080, null));
        })).isEmpty());
    }

    @Test
    void sessionAffinityOnHeadlessService() {
        Service s = svc("kubia-headless", b -> {
            b.clusterIP = "None";
            b.ports = List.of(port(null, 8080, null));
            b.sessionAffinity = "ClientIP";
        });
        assertWarning(only(warnings(kubiaDeployment(), s)), 1, "spec.sessionAffinity", "w.sessionAffinity.headless");
    }

    // ---- Ingress ----

    private static Ingress ingress(Ingress.ServiceBackend backend) {
        Ingress.Rule rule = new Ingress.Rule("kubia.example.com",
                List.of(new Ingress.Path("/", "Prefix", new Ingress.Backend(backend, null))), true);
        return new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null, null, null, List.of(rule)));
    }

    @Test
    void ingressBackendServiceMissing() {
        List<Warning> ws = warnings(kubiaDeployment(), kubiaService(), ingress(new Ingress.ServiceBackend("kubla", null, 80)));
        assertWarning(only(ws), 2, "spec.rules[0].http.paths[0].backend.service.name", "w.ingress.serviceNotFound", "kubla");
    }

    @Test
    void ingressBackendServiceLaterInTheFileIsFound() {
        assertTrue(warnings(ingress(new Ingress.ServiceBackend("kubia", null, 80)), kubiaDeployment(), kubiaService()).isEmpty());
    }

    @Test
    void ingressBackendPortNumberNotOnTheService() {
        List<Warning> ws = warnings(kubiaDeployment(), kubiaService(), ingress(new Ingress.ServiceBackend("kubia", null, 8080)));
        assertWarning(only(ws), 2, "spec.rules[0].http.paths[0].backend.service.port.number", "w.ingress.portNotFound",
                "kubia", "8080");
    }

    @Test
    void ingressBackendPortNameNotOnTheService() {
        List<Warning> ws = warnings(kubiaDeployment(), kubiaService(), ingress(new Ingress.ServiceBackend("kubia", "http", null)));
        assertWarning(only(ws), 2, "spec.rules[0].http.paths[0].backend.service.port.name", "w.ingress.portNotFound",
                "kubia", "http");
    }

    @Test
    void ingressDefaultBackendIsChecked() {
        Ingress ing = new Ingress(ObjectMeta.named("kubia"), new Ingress.Spec(null,
                new Ingress.Backend(new Ingress.ServiceBackend("missing", null, 80), null), null, null));
        assertWarning(only(warnings(ing)), 0, "spec.defaultBackend.service.name", "w.ingress.serviceNotFound", "missing");
    }

    // ---- workloads, pods and probes ----

    @Test
    void overlappingWorkloadSelectors() {
        KubeObject v1 = deployment("kubia-v1", 1, matchLabels("app", "kubia"), template(labels("app", "kubia", "v", "1"), kubia()));
        KubeObject v2 = deployment("kubia-v2", 1, matchLabels("app", "kubia", "v", "2"), template(labels("app", "kubia", "v", "2"), kubia()));
        assertWarning(only(warnings(v1, v2)), 1, "spec.selector", "w.workload.selectorOverlap", "Deployment/kubia-v1");
    }

    @Test
    void distinctWorkloadSelectorsDoNotOverlap() {
        KubeObject v1 = deployment("kubia-v1", 1, matchLabels("app", "kubia", "v", "1"), template(labels("app", "kubia", "v", "1"), kubia()));
        KubeObject v2 = deployment("kubia-v2", 1, matchLabels("app", "kubia", "v", "2"), template(labels("app", "kubia", "v", "2"), kubia()));
        assertTrue(warnings(v1, v2).isEmpty());
    }

    @Test
    void barePodAdoptedByReplicaSet() {
        KubeObject rs = replicaSet("kubia", 3, matchLabels("app", "kubia"), template(labels("app", "kubia"), kubia()));
        KubeObject p = pod("kubia-manual", labels("app", "kubia"), kubia());
        assertWarning(only(warnings(p, rs)), 0, "metadata.labels", "w.pod.adoptedByWorkload", "ReplicaSet/kubia");
        KubeObject r = rc("kubia", 3, labels("app", "kubia"), template(labels("app", "kubia"), kubia()));
        assertWarning(only(warnings(r, p)), 1, "metadata.labels", "w.pod.adoptedByWorkload", "ReplicationController/kubia");
    }

    @Test
    void deploymentsDoNotAdoptBarePods() {
        assertTrue(warnings(kubiaDeployment(), pod("kubia-manual", labels("app", "kubia"), kubia())).isEmpty());
    }

    @Test
    void probePortNameNotDeclaredInTheContainer() {
        KubeObject d = deployment("kubia", 1, matchLabels("app", "kubia"), template(labels("app", "kubia"),
                withProbes(container("kubia", "luksa/kubia", cport("web", 8080)), httpProbe(IntOrString.of("http")), null, null)));
        assertWarning(only(warnings(d)), 0, "spec.template.spec.containers[0].readinessProbe.httpGet.port",
                "w.probe.portNameNotFound", "http", "kubia");
    }

    @Test
    void probePortNameOnABarePod() {
        KubeObject p = pod("kubia", labels("app", "kubia"),
                withProbes(container("kubia", "img", new ContainerPort("http", 8080, null, null)), null,
                        Fixtures.tcpProbe(IntOrString.of("health")), null));
        assertWarning(only(warnings(p)), 0, "spec.containers[0].livenessProbe.tcpSocket.port", "w.probe.portNameNotFound",
                "health", "kubia");
    }

    @Test
    void warningsComeInObjectOrder() {
        KubeObject d = deployment("kubia", 1, matchLabels("app", "kubia"), template(labels("app", "kubia"),
                withProbes(kubia(), httpProbe(IntOrString.of("missing")), null, null)));
        Service s = svc("other", b -> b.selector = labels("app", "nothing"));
        List<Warning> ws = warnings(d, s);
        assertEquals(List.of(0, 1), ws.stream().map(Warning::objectIndex).toList());
    }
}
