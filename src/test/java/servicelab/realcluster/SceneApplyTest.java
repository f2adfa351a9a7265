package servicelab.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.check.ManifestChecker;

/** The namespace guard and the comparison of the server's answers with the app's check. */
class SceneApplyTest {
    static final String SCENE = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              ports:
              - port: 80
              selector:
                app: kubia
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: elsewhere
              namespace: kube-system
            spec:
              ports:
              - port: 80
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: here
              namespace: servicelab-kubia
            spec:
              ports:
              - port: 0
            ---
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata:
              name: nginx
            spec:
              controller: k8s.io/ingress-nginx
            """;

    @Test
    void onlyNamespacedDocumentsForTheScenesNamespaceAreSent() {
        var plan = SceneApply.plan(new ManifestChecker().check(SCENE), "servicelab-kubia");
        assertEquals(List.of("kubia", "here"), plan.send().stream().map(RealCluster.SentDocument::name).toList());
        assertEquals(List.of(SceneApply.Held.CLUSTER_SCOPED, SceneApply.Held.OTHER_NAMESPACE, SceneApply.Held.CLUSTER_SCOPED),
                plan.kept().stream().map(SceneApply.Kept::why).toList());
        assertEquals("kube-system", plan.kept().get(1).namespace());
        String sent = plan.send().get(0).text();
        assertTrue(sent.startsWith("apiVersion: v1\nkind: Service") && sent.contains("app: kubia") && !sent.contains("---"), sent);
        assertEquals(6, plan.send().get(0).line(), "its first content line, as the editor numbers it");
    }

    @Test
    void theScenesNamespaceIsADnsLabel() {
        assertEquals("servicelab-07-nodeport", SceneApply.namespaceFor("07-NodePort"));
        assertEquals("servicelab-kubia-svc", SceneApply.namespaceFor("kubia_svc.yaml".replace(".yaml", "")));
        assertEquals("servicelab-scene", SceneApply.namespaceFor("한글"));
        String longOne = SceneApply.namespaceFor("x".repeat(80));
        assertEquals(63, longOne.length());
        assertTrue(longOne.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"));
    }

    @Test
    void verdictsSayWhereTheAppAndTheServerAgree() {
        var report = new ManifestChecker().check(SCENE);
        var answers = List.of(
                new RealCluster.ServerAnswer(1, "Service", "kubia", true, 200, null, null, List.of()),
                new RealCluster.ServerAnswer(3, "Service", "here", false, 422, "Invalid", "Service \"here\" is invalid",
                        List.of(Map.of("field", "spec.ports[0].port", "message", "Invalid value: 0"))));
        var rows = SceneApply.compare(report, answers);
        assertEquals(SceneApply.Verdict.BOTH_ACCEPT, rows.get(0).verdict());
        assertEquals(SceneApply.Verdict.BOTH_REFUSE, rows.get(1).verdict());
        assertTrue(rows.get(1).agree());
        var disagree = SceneApply.compare(report, List.of(new RealCluster.ServerAnswer(1, "Service", "kubia", false, 403,
                "Forbidden", "violates PodSecurity", List.of())));
        assertEquals(SceneApply.Verdict.ONLY_SERVER_REFUSES, disagree.get(0).verdict());
        assertFalse(disagree.get(0).agree());
        var other = SceneApply.compare(report, List.of(new RealCluster.ServerAnswer(3, "Service", "here", true, 200, null, null,
                List.of())));
        assertEquals(SceneApply.Verdict.ONLY_APP_REFUSES, other.get(0).verdict());
    }
}
