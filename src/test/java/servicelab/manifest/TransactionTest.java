package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A transaction gives exactly the text that the same edits made one after another give, reports
 * one edit whose line range is true, and parses once when its steps are independent.
 */
class TransactionTest {
    private static final String SVC = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia   # the name
            spec:
              type: NodePort
              clusterIP: 10.96.0.20
              ports:
              - port: 80
                targetPort: 8080
                nodePort: 30123
              externalTrafficPolicy: Local
              selector:
                app: kubia
            """;

    @Test
    void independentStepsShareOneParseAndMakeOneEdit() {
        Transaction t = ManifestEditor.transaction(SVC)
                .set(0, List.of("spec", "type"), "ClusterIP")
                .remove(0, List.of("spec", "clusterIP"))
                .remove(0, List.of("spec", "ports", 0, "nodePort"))
                .remove(0, List.of("spec", "externalTrafficPolicy"))
                .remove(0, List.of("spec", "externalName")); // absent: nothing to do
        ManifestEditor.Edit e = t.commit();
        assertEquals(1, t.parses());
        assertEquals("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: kubia   # the name
                spec:
                  type: ClusterIP
                  ports:
                  - port: 80
                    targetPort: 8080
                  selector:
                    app: kubia
                """, e.text());
        assertEquals(6, e.firstLine());
        assertEquals(12, e.oldLastLine());
        assertEquals(9, e.newLastLine());
    }

    @Test
    void aStepOnWhatAnEarlierOneWroteParsesAgain() {
        Transaction t = ManifestEditor.transaction(SVC)
                .set(0, List.of("spec", "sessionAffinity"), "ClientIP")
                .set(0, List.of("spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds"), 60)
                .set(0, List.of("spec", "sessionAffinity"), "None");
        assertTrue(t.parses() > 1);
        assertTrue(t.text().contains("  sessionAffinity: None\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 60\n"), t.text());
    }

    @Test
    void removingEveryEntryOfAMapLeavesAnEmptyMapAsOneRemovalAtATimeWould() {
        String t = "spec:\n  selector:\n    app: a\n    tier: b\n  type: ClusterIP\n";
        Transaction x = ManifestEditor.transaction(t).remove(0, List.of("spec", "selector", "app"))
                .remove(0, List.of("spec", "selector", "tier"));
        assertEquals("spec:\n  selector: {}\n  type: ClusterIP\n", x.text());
    }

    @Test
    void anEmptyTransactionIsAnEmptyEdit() {
        ManifestEditor.Edit e = ManifestEditor.transaction(SVC).set(0, List.of("spec", "type"), "NodePort").commit();
        assertTrue(e.isEmpty());
        assertEquals(SVC, e.text());
    }

    @Test
    void theEditAsAReplacementTouchesOnlyItsLines() {
        ManifestEditor.Edit e = ManifestEditor.transaction(SVC).set(0, List.of("spec", "type"), "LoadBalancer").commit();
        ManifestEditor.Replacement r = e.replacementOf(SVC);
        assertEquals(SVC.indexOf("  type: NodePort"), r.start());
        assertEquals("  type: LoadBalancer\n", r.with());
        String noNewline = "a: 1";
        ManifestEditor.Edit add = ManifestEditor.Edit.between(noNewline, "a: 1\nb: 2");
        ManifestEditor.Replacement ra = add.replacementOf(noNewline);
        assertEquals("a: 1\nb: 2", noNewline.substring(0, ra.start()) + ra.with() + noNewline.substring(ra.end()));
    }

    /** Random sequences of edits: the transaction's text is the sequential text; its range is true. */
    @Property(tries = 600)
    void aTransactionEqualsItsStepsOneAfterAnother(@ForAll long seed) {
        Random r = new Random(seed);
        String text = ManifestEditorPropertiesTest.base(r);
        int doc = 0;
        if (!ManifestParser.parse(text).documents().get(doc).ok()) {
            return;
        }
        List<Step> steps = new ArrayList<>();
        String sequential = text;
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            Step s = randomStep(r, ManifestEditorPropertiesTest.data(sequential).get(doc));
            try {
                sequential = s.sequential(sequential);
            } catch (RuntimeException e) {
                continue; // not a valid edit of this text (e.g. a list item that is not there)
            }
            steps.add(s);
        }
        Transaction t = ManifestEditor.transaction(text);
        for (Step s : steps) {
            s.apply(t);
        }
        ManifestEditor.Edit e = t.commit();
        String expected = sequential;
        // the same data, comments, quoting and order; indentation may differ where a sequential step
        // read the document's habits from a text an earlier step had already changed
        assertEquals(ManifestEditorPropertiesTest.data(expected), ManifestEditorPropertiesTest.data(e.text()),
                () -> steps + "\nfrom:\n" + text);
        assertEquals(expected.replaceAll("(?m)^ +", ""), e.text().replaceAll("(?m)^ +", ""), () -> steps + "\nfrom:\n" + text);
        ManifestEditorPropertiesTest.assertUntouched(text, e, steps);
        ManifestEditor.Replacement rep = e.replacementOf(text);
        assertEquals(e.text(), text.substring(0, rep.start()) + rep.with() + text.substring(rep.end()));
    }

    private record Step(boolean remove, List<Object> path, Object value) {
        void apply(Transaction t) {
            if (remove) {
                t.remove(0, path);
            } else {
                t.set(0, path, value);
            }
        }

        String sequential(String text) {
            YNode cur = ManifestEditor.transaction(text).field(0, path);
            if (remove) {
                return cur == null ? text : ManifestEditor.of(text).remove(0, path).text();
            }
            if (cur instanceof YNode.Scalar s && !(value instanceof java.util.Map) && !(value instanceof List)
                    && String.valueOf(value).equals(s.value())) {
                return text;
            }
            return ManifestEditor.of(text).set(0, path, value).text();
        }
    }

    private static Step randomStep(Random r, Object data) {
        List<List<Object>> all = new ArrayList<>();
        ManifestEditorPropertiesTest.paths(data, new ArrayList<>(), all);
        List<Object> p = all.isEmpty() || r.nextInt(5) == 0 ? new ArrayList<>(List.of("spec", "x" + r.nextInt(3)))
                : new ArrayList<>(all.get(r.nextInt(all.size())));
        return switch (r.nextInt(3)) {
            case 0 -> new Step(true, p, null);
            case 1 -> new Step(false, p, ManifestEditorPropertiesTest.randomScalar(r));
            default -> new Step(false, p, ManifestEditorPropertiesTest.randomValue(r));
        };
    }
}
