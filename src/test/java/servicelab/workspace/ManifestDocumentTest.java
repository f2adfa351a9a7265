package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.manifest.ManifestEditor;

/** The document: revisions, who changed it, dirty against what was saved, and refused stale edits. */
class ManifestDocumentTest {
    @Test
    void anEditFromAnOlderRevisionIsRefusedAndChangesNothing() {
        ManifestDocument d = new ManifestDocument();
        d.open("spec:\n  type: ClusterIP\n", null, "a.yaml", true);
        long computedAt = d.revision();
        ManifestEditor.Edit e = ManifestEditor.of(d.text()).set(0, "spec.type", "NodePort");
        d.typed("spec:\n  type: ClusterIP\n# typed\n");
        assertFalse(d.apply(e, Origin.DIAGRAM, computedAt));
        assertEquals("spec:\n  type: ClusterIP\n# typed\n", d.text());
        assertTrue(d.apply(ManifestEditor.of(d.text()).set(0, "spec.type", "NodePort"), Origin.DIAGRAM, d.revision()));
        assertEquals("spec:\n  type: NodePort\n# typed\n", d.text());
    }

    @Test
    void changesCarryTheirOriginAndLineRange() {
        ManifestDocument d = new ManifestDocument();
        List<ManifestDocument.Change> seen = new ArrayList<>();
        d.addListener(seen::add);
        d.open("a: 1\nb: 2\nc: 3\n", null, "x.yaml", true);
        d.typed("a: 1\nb: 20\nc: 3\n");
        d.apply(ManifestEditor.of(d.text()).set(0, "c", 4), Origin.CONSOLE, d.revision());
        assertEquals(List.of(Origin.OPEN, Origin.EDITOR, Origin.CONSOLE), seen.stream().map(ManifestDocument.Change::origin).toList());
        assertNull(seen.get(0).edit());
        assertEquals(2, seen.get(1).edit().firstLine());
        assertEquals(2, seen.get(1).edit().oldLastLine());
        assertEquals(3, seen.get(2).edit().firstLine());
        assertEquals(List.of(1L, 2L, 3L), seen.stream().map(ManifestDocument.Change::revision).toList());
    }

    @Test
    void dirtyMeansDifferentFromWhatWasSavedAndUndoingBackIsClean() {
        ManifestDocument d = new ManifestDocument();
        d.open("a: 1\n", Path.of("a.yaml"), "a.yaml", true);
        assertFalse(d.isDirty());
        d.typed("a: 2\n");
        assertTrue(d.isDirty());
        d.typed("a: 1\n");
        assertFalse(d.isDirty(), "back to the saved text");
        d.open("restored: true\n", Path.of("a.yaml"), "a.yaml", false);
        assertTrue(d.isDirty(), "text that is not on disk is not saved");
        d.saved(Path.of("b.yaml"), "b.yaml");
        assertFalse(d.isDirty());
        assertEquals("b.yaml", d.name());
    }
}
