package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.check.ManifestChecker;
import servicelab.manifest.ManifestEditor;
import servicelab.sim.SimPod;

/** Each diagram edit as text in, text out, and the line range the editor replays. */
class EditsTest {
    static final String APP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - containerPort: 8080
            ---
            # the Service
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              type: NodePort
              clusterIP: 10.96.0.50
              externalTrafficPolicy: Local
              ports:
              - port: 80
                targetPort: 8080
                nodePort: 30123
              selector:
                app: kubia
            """;

    private static CheckService.Checked checked(String text, long revision) {
        return new CheckService.Checked(revision, text, new ManifestChecker().check(text), null);
    }

    private static void assertRange(ManifestEditor.Edit e, int first, int oldLast, int newLast) {
        assertEquals(first, e.firstLine(), "first line");
        assertEquals(oldLast, e.oldLastLine(), "old last line");
        assertEquals(newLast, e.newLastLine(), "new last line");
    }

    @Test
    void switchingToClusterIpRemovesWhatOnlyExternalServicesMayHave() {
        Edits.Proposal p = Edits.switchType(checked(APP, 7), "default", "kubia", "ClusterIP");
        assertEquals(7, p.basedOn());
        assertEquals(APP.replace("  type: NodePort\n  clusterIP: 10.96.0.50\n  externalTrafficPolicy: Local\n", "  type: ClusterIP\n")
                .replace("    nodePort: 30123\n", ""), p.edit().text());
        assertRange(p.edit(), 27, 33, 30);
    }

    @Test
    void switchingToHeadlessSetsClusterIpNone() {
        Edits.Proposal p = Edits.switchType(checked(APP, 1), "default", "kubia", "Headless");
        assertTrue(p.edit().text().contains("  type: ClusterIP\n  clusterIP: None\n  ports:\n"), p.edit().text());
        assertFalse(p.edit().text().contains("nodePort"));
    }

    @Test
    void switchingToExternalNameGivesTheStudyNotesHost() {
        Edits.Proposal p = Edits.switchType(checked(APP, 1), "default", "kubia", "ExternalName");
        assertTrue(p.edit().text().contains("  type: ExternalName\n"));
        assertTrue(p.edit().text().contains("  externalName: api.somecompany.com\n"), p.edit().text());
        assertFalse(p.edit().text().contains("clusterIP"));
    }

    @Test
    void aServiceThatIsNotThereIsNoEdit() {
        assertNull(Edits.switchType(checked(APP, 1), "default", "nosuch", "ClusterIP"));
        assertNull(Edits.scale(checked(APP, 1), "Deployment/default/nosuch", 1));
    }

    @Test
    void theFirstPortIsSetFromPortTargetAndNodePort() {
        Edits.Proposal p = Edits.setFirstPort(checked(APP, 1), "default", "kubia", "8080:http");
        assertEquals(APP.replace("  - port: 80\n    targetPort: 8080\n    nodePort: 30123\n", "  - port: 8080\n    targetPort: http\n"),
                p.edit().text());
        assertRange(p.edit(), 31, 33, 32);
        assertThrows(IllegalArgumentException.class, () -> Edits.setFirstPort(checked(APP, 1), "default", "kubia", "eighty"));
        assertThrows(IllegalArgumentException.class, () -> Edits.setFirstPort(checked(APP, 1), "default", "kubia", "80:8080:x"));
    }

    @Test
    void scalingChangesOnlyTheReplicasLine() {
        Edits.Proposal p = Edits.scale(checked(APP, 1), "Deployment/default/kubia", 2);
        assertEquals(APP.replace("replicas: 3", "replicas: 5"), p.edit().text());
        assertRange(p.edit(), 6, 6, 6);
        assertEquals("replicas: 0", Edits.scale(checked(APP, 1), "Deployment/default/kubia", -9).edit().text().lines()
                .filter(l -> l.contains("replicas")).findFirst().orElseThrow().strip());
    }

    @Test
    void aDeclaredPodsLabelsAndRemovalAreTextEdits() {
        String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n"
                + "  - name: c\n    image: nginx\n";
        String text = APP + "---\n" + pod;
        Edits.Proposal labels = Edits.setPodLabels(checked(text, 1), "default", "web", Map.of("app", "kubia"));
        assertEquals(text.replace("    app: web\n", "    app: kubia\n"), labels.edit().text());
        Edits.Proposal gone = Edits.removePod(checked(text, 1), "default", "web");
        assertEquals(APP, gone.edit().text());
    }

    @Test
    void aNewPodGetsTheSelectedServicesLabelsAndAFreeName() {
        Harness h = new Harness().open(APP);
        var svc = h.wb.cluster().snapshot().service("default", "kubia");
        Edits.Proposal p = Edits.addPod(h.wb.checks().latest(), h.wb.cluster().snapshot(), "node-2", svc);
        String added = p.edit().text().substring(APP.length());
        assertEquals("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-1\n  labels:\n    app: kubia\nspec:\n  nodeName: node-2\n"
                + "  containers:\n  - name: app\n    image: luksa/kubia\n    ports:\n    - name: http\n      containerPort: 8080\n", added);
        int lines = (int) APP.lines().count();
        assertRange(p.edit(), lines + 1, lines, lines + 15);
    }

    @Test
    void aServiceForAPodSelectsItsAppLabelUnderAFreeName() {
        Harness h = new Harness().open(APP);
        SimPod pod = h.wb.cluster().snapshot().userPods().get(0);
        Edits.Proposal p = Edits.createServiceFor(h.wb.checks().latest(), h.wb.cluster().snapshot(), pod);
        assertTrue(p.edit().text().endsWith("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kubia-2\nspec:\n  ports:\n"
                + "  - port: 80\n    targetPort: 8080\n  selector:\n    app: kubia\n"), p.edit().text());
    }

    @Test
    void labelsAreReadAsKeyEqualsValue() {
        assertEquals(Map.of("app", "kubia", "tier", "web"), Edits.parseLabels("app=kubia, tier=web"));
        assertNull(Edits.parseLabels("app kubia"));
    }

    @Test
    void aProposalForAnOlderRevisionIsRefusedByTheDocument() {
        Harness h = new Harness().open(APP);
        CheckService.Checked c = h.wb.checks().latest();
        Edits.Proposal p = Edits.scale(c, "Deployment/default/kubia", 1);
        h.wb.document().typed(APP + "# typed\n");
        assertFalse(h.wb.document().apply(p.edit(), Origin.DIAGRAM, p.basedOn()));
        assertTrue(h.wb.document().text().contains("replicas: 3"));
    }
}
