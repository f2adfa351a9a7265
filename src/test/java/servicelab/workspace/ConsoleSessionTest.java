package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.kubectl.Kubectl;

/** The console over the document and the cluster: one check per command that edits, answers in order. */
class ConsoleSessionTest {
    private static List<String> run(Harness h, String... lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            h.wb.console().run(l, r -> out.add(r.output()));
        }
        h.settle();
        return out;
    }

    @Test
    void aCommandThatEditsIsCheckedOnceAndTheNextCommandSeesItsResult() {
        Harness h = new Harness().open(EditsTest.APP.substring(0, EditsTest.APP.indexOf("---")));
        int checks = h.checks.get();
        List<String> out = new ArrayList<>();
        h.wb.console().run("expose deployment kubia --port=80 --target-port=8080 --name=web", r -> out.add(r.output()));
        h.wb.console().run("get svc web", r -> out.add(r.output()));
        assertEquals(List.of(), out, "the expose waits for its check; get waits for the expose");
        h.worker.runAll();
        h.ui.runAll();
        assertEquals("service/web exposed\n", out.get(0));
        assertTrue(out.get(1).matches("(?s)NAME +TYPE.*\nweb +ClusterIP +10\\.96\\..*"), out.get(1));
        assertEquals(checks + 1, h.checks.get(), "one check for the edit, none for get");
        assertTrue(h.wb.document().text().contains("name: web"));
    }

    @Test
    void everyCommandAnswersOnceInOrder() {
        Harness h = new Harness().open(EditsTest.APP);
        h.wb.cluster().tick(10_000);
        List<String> cmds = List.of("get pods", "get svc", "get endpoints kubia", "describe svc kubia", "scale deployment kubia --replicas=4",
                "get deploy", "label pod nosuch app=x", "create service clusterip other --tcp=80:8080", "delete svc other",
                "exec nosuch -- env", "apply -f nosuch.yaml", "bogus");
        List<String> out = run(h, cmds.toArray(String[]::new));
        assertEquals(cmds.size(), out.size());
        assertTrue(out.get(0).startsWith("NAME"), out.get(0));
        assertTrue(out.get(4).contains("scaled"), out.get(4));
        assertTrue(out.get(5).contains("4/4") || out.get(5).contains("/4"), out.get(5));
        assertTrue(out.get(11).startsWith("error: unknown command \"bogus\""), out.get(11));
    }

    @Test
    void openingAnotherTextStartsAFreshSession() {
        Harness h = new Harness().open(EditsTest.APP);
        List<String> resets = new ArrayList<>();
        h.wb.console().setOnReset(() -> resets.add("reset"));
        run(h, "apply -f test.yaml");
        h.open("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n");
        assertEquals(List.of("reset"), resets);
        List<String> out = run(h, "get svc");
        assertTrue(out.get(0).contains("kubernetes") && !out.get(0).contains("kubia"), out.get(0));
    }

    @Test
    void aCommandThatThrowsSaysSoAndTheConsoleGoesOn() {
        Harness h = new Harness().open(EditsTest.APP);
        List<Kubectl.Result> out = new ArrayList<>();
        h.wb.console().run("get pods", out::add);
        h.settle();
        assertEquals(1, out.size());
        assertEquals(0, out.get(0).exitCode());
    }
}
