package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import servicelab.TestFiles;

class ManifestParserTest {
    /**
     * A guard against a hang (an alias bomb expanded, a recursion without end), not a speed test:
     * a busy 2-core machine once took over a second for a deep file, so the guard is generous.
     */
    private static final Duration HANG = Duration.ofSeconds(30);


    @Test
    void positionsAreOneBasedAndPointAtValues() {
        String text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n";
        YamlDocument d = ManifestParser.parse(text).documents().get(0);
        assertTrue(d.ok());
        SourceMap map = SourceMap.of(d.root());
        Span tp = map.get("spec.ports[0].targetPort").value();
        assertEquals(8, tp.line());
        assertEquals(17, tp.column());
        assertEquals("8080", text.substring(tp.start(), tp.end()));
        Span key = map.get("metadata.name").key();
        assertEquals(4, key.line());
        assertEquals(3, key.column());
    }

    @Test
    void multiDocumentFilesKeepAbsoluteLines() {
        String text = "# first\napiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\n\n---\nkind: Namespace\n";
        ParsedManifest p = ManifestParser.parse(text);
        assertEquals(3, p.documents().size(), "an empty document between markers is not a document");
        SourceMap second = SourceMap.of(p.documents().get(1).root());
        assertEquals(8, second.get("metadata.name").value().line());
        assertEquals(12, p.documents().get(2).contentLine());
    }

    @Test
    void aSyntaxErrorInOneDocumentDoesNotHideTheOthers() {
        String text = "kind: A\n---\nkind: B\n  bad: indent\n---\nkind: C\n";
        ParsedManifest p = ManifestParser.parse(text);
        assertEquals(3, p.documents().size());
        assertTrue(p.documents().get(0).ok());
        assertFalse(p.documents().get(1).ok());
        assertTrue(p.documents().get(2).ok());
    }

    @Test
    void seedMisIndentedTargetPortIsExplainedAtItsLine() {
        YamlDocument d = ManifestParser.parse(TestFiles.read("/seed/seed-1.yaml")).documents().get(0);
        SyntaxError e = d.error();
        assertNotNull(e);
        assertEquals(8, e.line(), "the targetPort line");
        assertEquals("m.syntax.deeperThanSibling", e.key());
        assertEquals(List.of("targetPort", "port", 7, 9, 8), e.args());
        assertEquals("yaml: line 8: mapping values are not allowed in this context", e.kubectlMessage());
        assertEquals("mapping values are not allowed here", e.problem());
    }

    @Test
    void seedNodePortExampleFailsAtTargetPortToo() {
        SyntaxError e = ManifestParser.parse(TestFiles.read("/seed/seed-3.yaml")).documents().get(0).error();
        assertEquals(9, e.line());
        assertEquals("m.syntax.deeperThanSibling", e.key());
    }

    @Test
    void flattenedReplicationControllerFailsAtTheImageLine() {
        // curriculum §1.2 Y6: parse fails at `image: luksa/kubia`, deeper than `- name: kubia`
        SyntaxError e = ManifestParser.parse(TestFiles.read("/seed/seed-8.yaml")).documents().get(0).error();
        assertNotNull(e);
        assertEquals("image: luksa/kubia", TestFiles.read("/seed/seed-8.yaml").split("\n")[e.line() - 1].strip());
        assertEquals("m.syntax.deeperThanSibling", e.key());
    }

    @Test
    void tabsAreNamed() {
        SyntaxError e = ManifestParser.parse("spec:\n\tports: []\n").documents().get(0).error();
        assertEquals("m.syntax.tab", e.key());
        assertEquals(2, e.line());
    }

    @Test
    void missingSpaceAfterColonIsNamed() {
        SyntaxError e = ManifestParser.parse("apiVersion: v1\nkind:Service\nmetadata:\n  name: x\n").documents().get(0).error();
        assertNotNull(e);
        assertEquals("m.syntax.noSpaceAfterColon", e.key());
        assertEquals(2, e.line());
    }

    @Test
    void listItemAtTheWrongDepthIsNamed() {
        String text = "spec:\n  ports:\n  - port: 80\n    - port: 81\n";
        SyntaxError e = ManifestParser.parse(text).documents().get(0).error();
        assertNotNull(e);
        assertEquals("m.syntax.listItemDepth", e.key());
        assertEquals(4, e.line());
    }

    @Test
    void aRepeatedKeyKeepsTheLastValueWithTheApiServersWarning() {
        // go-yaml v2 decode.go setMapIndex: not strict, the last write wins; strict (the API server's
        // default Warn) reports "line N: key "a" already set in map"
        YamlDocument d = ManifestParser.parse("a: 1\nb: 2\na: 3\n").documents().get(0);
        assertNull(d.error());
        assertEquals("3", ((YNode.Scalar) ((YNode.Map) d.root()).get("a")).value());
        assertEquals(2, ((YNode.Map) d.root()).entries().size());
        SyntaxError w = d.warnings().get(0);
        assertEquals("m.syntax.duplicateKey", w.key());
        assertEquals("line 3: key \"a\" already set in map", w.kubectlMessage());
        assertEquals(3, w.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!java.lang.Runtime {}", "a: !!javax.script.ScriptEngineManager [x]", "a: !custom 1",
        "a: !!python/object:os.system {}"})
    void arbitraryTagsAreRefused(String text) {
        SyntaxError e = ManifestParser.parse(text).documents().get(0).error();
        assertNotNull(e);
        assertTrue(e.key().equals("m.syntax.tag") || e.key().startsWith("m.syntax"), e.key());
    }

    @Test
    void billionLaughsEndsQuicklyWithAnError() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        String text = sb.toString();
        YamlDocument d = assertTimeoutPreemptively(HANG, () -> ManifestParser.parse(text).documents().get(0));
        assertNotNull(d.error());
        assertTrue(d.error().key().startsWith("m.syntax."), d.error().key());
    }

    @Test
    void deepNestingIsRefused() {
        String text = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        YamlDocument d = assertTimeoutPreemptively(HANG, () -> ManifestParser.parse(text).documents().get(0));
        assertNotNull(d.error());
    }

    @Test
    void multiMegabyteOneLineScalarIsRefusedWithinASecond() {
        String text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + "a".repeat(3_000_000) + "\n";
        YamlDocument d = assertTimeoutPreemptively(HANG, () -> ManifestParser.parse(text).documents().get(0));
        assertEquals("m.syntax.longLine", d.error().key());
        assertEquals(4, d.error().line());
    }

    @Test
    void aLargeBlockScalarIsReadAndAMultiMegabyteDocumentRefusedQuickly() {
        String head = "apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    note: |\n";
        String ok = head + ("      " + "b".repeat(94) + "\n").repeat(5_000);
        assertTrue(assertTimeoutPreemptively(HANG, () -> ManifestParser.parse(ok).documents().get(0)).ok());
        String big = head + ("      " + "b".repeat(94) + "\n").repeat(30_000);
        YamlDocument d = assertTimeoutPreemptively(HANG, () -> ManifestParser.parse(big).documents().get(0));
        assertEquals("m.syntax.docTooLarge", d.error().key(), "one object of 3 MB: etcd keeps 1.5 MiB at most");
    }

    @Test
    void aFileHasABudgetOfDocumentsAndNodes() {
        String svc = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 80\n";
        java.util.List<YamlDocument> docs = ManifestParser.parse(svc.repeat(ManifestParser.MAX_DOCUMENTS + 5)).documents();
        assertEquals(ManifestParser.MAX_DOCUMENTS + 1, docs.size());
        assertEquals("m.syntax.tooManyDocuments", docs.get(ManifestParser.MAX_DOCUMENTS).error().key());
        StringBuilder labels = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels:\n");
        for (int i = 0; i < ManifestParser.MAX_FILE_NODES / 2 + 10; i++) { // two nodes a label
            labels.append("    k").append(i).append(": v\n");
        }
        YamlDocument d = ManifestParser.parse(labels.toString()).documents().get(0);
        assertEquals("m.syntax.tooManyNodes", d.error().key());
    }

    @Test
    void tooLargeTextIsRefusedWithoutParsing() {
        String text = "a: " + "b".repeat(ManifestParser.MAX_TEXT) + "\n";
        YamlDocument d = assertTimeoutPreemptively(HANG, () -> ManifestParser.parse(text).documents().get(0));
        assertEquals("m.syntax.tooLarge", d.error().key());
    }

    @Test
    void binaryJunkIsASyntaxError() {
        String text = "a: b\u0000\u0001\u0002\u00ff\n";
        YamlDocument d = ManifestParser.parse(text).documents().get(0);
        assertNotNull(d.error());
        assertEquals("m.syntax.binary", d.error().key());
    }

    @Test
    void scalarKindsFollowYamlResolution() {
        YNode.Map m = (YNode.Map) ManifestParser.parse("a: 80\nb: \"80\"\nc: true\nd:\ne: 1.5\nf: kubia\n").documents().get(0).root();
        assertEquals(YNode.Kind.INT, ((YNode.Scalar) m.get("a")).kind());
        assertEquals(YNode.Kind.STR, ((YNode.Scalar) m.get("b")).kind());
        assertEquals(YNode.Style.DOUBLE, ((YNode.Scalar) m.get("b")).style());
        assertEquals(YNode.Kind.BOOL, ((YNode.Scalar) m.get("c")).kind());
        assertEquals(YNode.Kind.NULL, ((YNode.Scalar) m.get("d")).kind());
        assertEquals(YNode.Kind.FLOAT, ((YNode.Scalar) m.get("e")).kind());
        assertEquals(YNode.Kind.STR, ((YNode.Scalar) m.get("f")).kind());
    }

    @Test
    void emptyTextHasNoDocuments() {
        assertTrue(ManifestParser.parse("").documents().isEmpty());
        assertTrue(ManifestParser.parse("# only a comment\n---\n").documents().isEmpty());
        assertNull(ManifestParser.parse("a: 1").documents().get(0).error());
    }

    @Test
    void oldMacLineEndsCountAsLinesForPositions() {
        String cr = "apiVersion: v1\rkind: Service\rmetadata:\r  name: kubia\rspec:\r  ports:\r  - port: x\r";
        String lf = cr.replace('\r', '\n');
        servicelab.check.Diagnostic a = new servicelab.check.ManifestChecker().check(cr).errors().get(0);
        servicelab.check.Diagnostic b = new servicelab.check.ManifestChecker().check(lf).errors().get(0);
        assertEquals(b.line(), a.line());
        assertEquals(b.column(), a.column());
        assertEquals(7, a.line());
        assertEquals(b.start(), a.start());
    }
}
