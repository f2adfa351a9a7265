package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.manifest.ManifestEditor;

/** The check service with its thread, the UI thread and the typing pause driven by hand. */
class CheckServiceTest {
    static final String SVC = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n";

    @Test
    void typingIsCheckedOnceAfterThePauseAndPublishedOnceOnTheUiThread() {
        Harness h = new Harness();
        List<Long> published = new ArrayList<>();
        h.wb.checks().addListener(c -> published.add(c.revision()));
        ManifestDocument doc = h.wb.document();
        doc.typed("a");
        doc.typed("ap");
        doc.typed(SVC);
        assertTrue(h.wb.checks().isChecking());
        assertEquals(0, h.worker.tasks.size(), "nothing checked while typing goes on");
        assertEquals(List.of(Duration.ofMillis(220)), h.pause.delays.subList(h.pause.delays.size() - 1, h.pause.delays.size()));
        assertEquals(1, h.pause.pending.size(), "each key restarts the one pause");
        h.pause.elapse();
        assertEquals(1, h.worker.runAll(), "one check, on the check thread");
        assertTrue(published.isEmpty(), "not published before the UI thread runs");
        h.ui.runAll();
        assertEquals(List.of(3L), published);
        assertFalse(h.wb.checks().isChecking());
        assertEquals(SVC, h.wb.checks().latest().text());
        assertEquals(1, h.checks.get());
    }

    /** A symptoms-only exercise holds the warnings back: errors and objects stay, and releasing them republishes the text. */
    @Test
    void warningsCanBeHeldBackWithoutTouchingErrors() {
        // a Service whose selector no pod in the text matches: a learner warning, no error
        Harness h = new Harness().open(SVC.replace("spec:\n", "spec:\n  selector:\n    app: nobody\n"));
        h.settle();
        assertFalse(h.wb.checks().latest().report().warnings().isEmpty(), "the text has a warning to hold");
        h.wb.checks().setWarningsHeld(true);
        h.settle();
        assertTrue(h.wb.checks().latest().report().warnings().isEmpty());
        assertTrue(h.wb.checks().latest().report().valid());
        assertEquals(1, h.wb.checks().latest().report().objects().size());
        h.wb.checks().setWarningsHeld(false);
        h.settle();
        assertFalse(h.wb.checks().latest().report().warnings().isEmpty());
    }

    @Test
    void aDiagramEditIsCheckedAtOnceWithoutThePause() {
        Harness h = new Harness().open(SVC);
        int before = h.checks.get();
        ManifestEditor.Edit e = ManifestEditor.of(SVC).set(0, "spec.type", "NodePort");
        assertTrue(h.wb.document().apply(e, Origin.DIAGRAM, h.wb.document().revision()));
        assertTrue(h.pause.pending.isEmpty(), "no typing pause");
        assertEquals(1, h.worker.tasks.size(), "the check is already on its way");
        h.settle();
        assertEquals(before + 1, h.checks.get());
        assertTrue(h.wb.checks().latest().text().contains("type: NodePort"));
    }

    @Test
    void aCheckOfATextThatMovedOnIsDroppedAndTheNewOneFollows() {
        Harness h = new Harness().open(SVC);
        List<String> published = new ArrayList<>();
        h.wb.checks().addListener(c -> published.add(c.text()));
        h.wb.document().apply(ManifestEditor.of(SVC).set(0, "spec.type", "NodePort"), Origin.CONSOLE, h.wb.document().revision());
        h.worker.runAll(); // checked, its publication queued on the UI thread
        h.wb.document().typed(h.wb.document().text() + "# typed meanwhile\n");
        h.ui.runAll();
        assertTrue(published.isEmpty(), "a check of an older revision is never published");
        assertTrue(h.wb.checks().isChecking());
        h.pause.elapse();
        h.settle();
        assertEquals(1, published.size());
        assertTrue(published.get(0).endsWith("# typed meanwhile\n"));
    }

    @Test
    void whenCheckedWaitsForThatRevisionAndRunsInOrderAfterTheListeners() {
        Harness h = new Harness().open(SVC);
        List<String> order = new ArrayList<>();
        h.wb.checks().addListener(c -> order.add("listener " + c.revision()));
        long now = h.wb.document().revision();
        h.wb.checks().whenChecked(now, c -> order.add("now " + c.revision()));
        assertEquals(List.of("now " + now), order, "already checked: at once");
        h.wb.document().typed(SVC + "# more\n");
        h.wb.checks().whenCurrent(c -> order.add("waiter " + c.revision()));
        assertEquals(1, order.size());
        h.pause.elapse();
        h.settle();
        assertEquals(List.of("now " + now, "listener " + (now + 1), "waiter " + (now + 1)), order);
    }

    @Test
    void anOpenedTextIsCheckedAtOnceAndTheStylerRunsOnTheCheckThread() {
        Harness h = new Harness();
        List<Thread> styled = new ArrayList<>();
        h.wb.checks().setStyler((text, report) -> {
            styled.add(Thread.currentThread());
            return text.length();
        });
        h.wb.document().open(SVC, null, "svc.yaml", true);
        assertNull(h.wb.checks().latest());
        h.worker.runAll();
        assertEquals(1, styled.size());
        h.ui.runAll();
        assertEquals(SVC.length(), h.wb.checks().latest().styling());
    }
}
