package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static servicelab.validation.Fixtures.container;
import static servicelab.validation.Fixtures.cport;
import static servicelab.validation.Fixtures.httpProbe;
import static servicelab.validation.Fixtures.kubia;
import static servicelab.validation.Fixtures.labels;
import static servicelab.validation.Fixtures.matchLabels;
import static servicelab.validation.Fixtures.port;
import static servicelab.validation.Fixtures.template;
import static servicelab.validation.Fixtures.withProbes;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import servicelab.model.Container;
import servicelab.model.Deployment;
import servicelab.model.Ingress;
import servicelab.model.IntOrString;
import servicelab.model.Namespace;
import servicelab.model.ObjectMeta;
import servicelab.model.Pod;
import servicelab.model.PodSpec;
import servicelab.model.Probe;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.model.ServiceSpec;

/** SetDefaults_* of core/v1, apps/v1 and networking/v1 as the Defaulter reproduces them. */
class DefaulterTest {

    private static ServiceSpec defaulted(Consumer<ServiceSpec.Builder> c) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        c.accept(b);
        return ((Service) Defaulter.apply(new Service(ObjectMeta.named("s"), b.build()))).spec();
    }

    // ---- Service ----

    @Test
    void serviceTypeProtocolTargetPortAndAffinity() {
        ServiceSpec s = defaulted(b -> b.ports = List.of(port(80), port("b", 81, IntOrString.of(""))));
        assertEquals("ClusterIP", s.type());
        assertEquals("None", s.sessionAffinity());
        assertEquals("TCP", s.ports().get(0).protocol());
        assertEquals(IntOrString.of(80), s.ports().get(0).targetPort());
        assertEquals(IntOrString.of(81), s.ports().get(1).targetPort());
        assertEquals("Cluster", s.internalTrafficPolicy());
        assertNull(s.externalTrafficPolicy());
        assertNull(s.allocateLoadBalancerNodePorts());
    }

    @Test
    void explicitTargetPortIsKept() {
        ServiceSpec s = defaulted(b -> b.ports = List.of(port("p", 80, IntOrString.of("http"))));
        assertEquals(IntOrString.of("http"), s.ports().get(0).targetPort());
    }

    @Test
    void clientIPGetsTheDefaultTimeout() {
        ServiceSpec s = defaulted(b -> b.sessionAffinity = "ClientIP");
        assertTrue(s.sessionAffinityConfigSet());
        assertEquals(10800, s.sessionAffinityTimeoutSeconds());
    }

    @Test
    void noneClearsSessionAffinityConfig() {
        ServiceSpec s = defaulted(b -> {
            b.sessionAffinityConfigSet = true;
            b.sessionAffinityTimeoutSeconds = 60;
        });
        assertFalse(s.sessionAffinityConfigSet());
        assertNull(s.sessionAffinityTimeoutSeconds());
    }

    @Test
    void externalTrafficPolicyOnlyForExternallyAccessibleServices() {
        assertEquals("Cluster", defaulted(b -> b.type = "NodePort").externalTrafficPolicy());
        assertEquals("Cluster", defaulted(b -> b.type = "LoadBalancer").externalTrafficPolicy());
        assertEquals("Cluster", defaulted(b -> b.externalIPs = List.of("203.0.113.10")).externalTrafficPolicy());
        assertEquals("Local", defaulted(b -> {
            b.type = "NodePort";
            b.externalTrafficPolicy = "Local";
        }).externalTrafficPolicy());
        assertNull(defaulted(b -> b.type = "ExternalName").externalTrafficPolicy());
    }

    @Test
    void externalNameGetsNoInternalTrafficPolicy() {
        assertNull(defaulted(b -> b.type = "ExternalName").internalTrafficPolicy());
    }

    @Test
    void loadBalancerAllocatesNodePortsByDefault() {
        assertEquals(Boolean.TRUE, defaulted(b -> b.type = "LoadBalancer").allocateLoadBalancerNodePorts());
        assertEquals(Boolean.FALSE, defaulted(b -> {
            b.type = "LoadBalancer";
            b.allocateLoadBalancerNodePorts = false;
        }).allocateLoadBalancerNodePorts());
    }

    @Test
    void clusterIPsFollowClusterIP() {
        assertEquals(List.of("None"), defaulted(b -> b.clusterIP = "None").clusterIPs());
        assertEquals(List.of("10.96.0.7", "fd00::7"), defaulted(b -> {
            b.clusterIP = "10.96.0.7";
            b.clusterIPs = List.of("10.96.0.7", "fd00::7");
        }).clusterIPs());
        assertNull(defaulted(b -> { }).clusterIPs());
    }

    // ---- Pods and templates ----

    @Test
    void podSpecDefaults() {
        Pod p = (Pod) Defaulter.apply(new Pod(ObjectMeta.named("p"), Fixtures.podSpec(kubia())));
        PodSpec s = p.spec();
        assertEquals("Always", s.restartPolicy());
        assertEquals(Boolean.TRUE, s.enableServiceLinks());
        assertEquals(30L, s.terminationGracePeriodSeconds());
        assertEquals("TCP", s.containers().get(0).ports().get(0).protocol());
    }

    @Test
    void explicitPodValuesAreKept() {
        PodSpec in = new PodSpec(List.of(container("c", "img", new servicelab.model.ContainerPort("dns", 53, "UDP", null))),
                null, null, "Never", false, null, null, 5L);
        PodSpec s = ((Pod) Defaulter.apply(new Pod(ObjectMeta.named("p"), in))).spec();
        assertEquals("Never", s.restartPolicy());
        assertEquals(Boolean.FALSE, s.enableServiceLinks());
        assertEquals(5L, s.terminationGracePeriodSeconds());
        assertEquals("UDP", s.containers().get(0).ports().get(0).protocol());
    }

    @Test
    void probeDefaults() {
        Probe zeroTimings = new Probe(null, new Probe.HttpGet(null, IntOrString.of(8080), null, null, null), null, null,
                null, 0, 0, 0, 0, null);
        Container c = withProbes(kubia(), zeroTimings, httpProbe(IntOrString.of(8080)), null);
        Probe r = ((Pod) Defaulter.apply(new Pod(ObjectMeta.named("p"), Fixtures.podSpec(c)))).spec().containers().get(0)
                .readinessProbe();
        assertNull(r.initialDelaySeconds());
        assertEquals(1, r.timeoutSeconds());
        assertEquals(10, r.periodSeconds());
        assertEquals(1, r.successThreshold());
        assertEquals(3, r.failureThreshold());
        assertEquals("/", r.httpGet().path());
        assertEquals("HTTP", r.httpGet().scheme());
    }

    @Test
    void templatesGetPodSpecDefaultsButNotEnableServiceLinks() {
        Deployment d = (Deployment) Defaulter.apply(Fixtures.deployment("web", null, matchLabels("app", "web"),
                template(labels("app", "web"), container("web", "nginx", cport(null, 80)))));
        assertEquals(1, d.replicas());
        assertEquals("Always", d.template().spec().restartPolicy());
        assertNull(d.template().spec().enableServiceLinks());
        assertEquals("TCP", d.template().spec().containers().get(0).ports().get(0).protocol());
    }

    @Test
    void appsSelectorIsNotDefaulted() {
        ReplicaSet rs = (ReplicaSet) Defaulter.apply(Fixtures.replicaSet("web", null, null, template(labels("app", "web"), kubia())));
        assertNull(rs.selector());
        assertEquals(1, rs.replicas());
    }

    @Test
    void missingAppsTemplateBecomesAnEmptyDefaultedTemplate() {
        Deployment d = (Deployment) Defaulter.apply(Fixtures.deployment("web", 2, matchLabels("app", "web"), null));
        assertNull(d.template().metadata());
        assertEquals("Always", d.template().spec().restartPolicy());
        assertEquals(2, d.replicas());
    }

    @Test
    void replicationControllerSelectorAndLabelsFromTemplate() {
        ReplicationController rc = (ReplicationController) Defaulter.apply(
                Fixtures.rc("kubia", null, null, template(labels("app", "kubia"), kubia())));
        assertEquals(Map.of("app", "kubia"), rc.selector());
        assertEquals(Map.of("app", "kubia"), rc.metadata().labels());
        assertEquals(1, rc.replicas());
    }

    @Test
    void replicationControllerKeepsExplicitSelectorAndLabels() {
        ReplicationController in = new ReplicationController(new ObjectMeta("kubia", null, null, labels("team", "a"), null), 2,
                labels("app", "kubia"), null, template(labels("app", "kubia", "tier", "web"), kubia()));
        ReplicationController rc = (ReplicationController) Defaulter.apply(in);
        assertEquals(Map.of("app", "kubia"), rc.selector());
        assertEquals(Map.of("team", "a"), rc.metadata().labels());
    }

    @Test
    void replicationControllerWithoutTemplate() {
        ReplicationController rc = (ReplicationController) Defaulter.apply(Fixtures.rc("kubia", null, null, null));
        assertNull(rc.template());
        assertNull(rc.selector());
    }

    // ---- networking and namespaces ----

    @Test
    void ingressPathTypeIsNotDefaulted() {
        Ingress in = new Ingress(ObjectMeta.named("i"), new Ingress.Spec(null, null, null, List.of(new Ingress.Rule(null,
                List.of(new Ingress.Path("/", null, null)), true))));
        assertSame(in, Defaulter.apply(in));
    }

    @Test
    void namespaceGetsItsNameLabel() {
        Namespace ns = (Namespace) Defaulter.apply(new Namespace(new ObjectMeta("prod", null, null, labels("team", "a"), null)));
        assertEquals(Map.of("team", "a", "kubernetes.io/metadata.name", "prod"), ns.metadata().labels());
    }
}
