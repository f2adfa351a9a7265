package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ManifestEditorTest {
    private static final String SVC = """
            apiVersion: v1
            kind: Service
            metadata:
              name: "kubia"   # the name
            spec:
              # ports first
              ports:
              - port: 80
                targetPort: 8080
              selector:
                app: kubia
            """;

    @Test
    void settingAScalarRewritesOnlyItsValueAndKeepsQuotesAndComments() {
        ManifestEditor.Edit e = ManifestEditor.of(SVC).set(0, "metadata.name", "web");
        assertEquals(SVC.replace("\"kubia\"", "\"web\""), e.text());
        assertEquals(4, e.firstLine());
        assertEquals(4, e.oldLastLine());
        assertEquals(4, e.newLastLine());
    }

    @Test
    void addingAFieldInsertsOneLineInTheMapsOwnIndentation() {
        ManifestEditor.Edit e = ManifestEditor.of(SVC).set(0, "spec.type", "NodePort");
        assertEquals(SVC.replace("    app: kubia\n", "    app: kubia\n  type: NodePort\n"), e.text());
    }

    @Test
    void addingAFieldToAListItemAlignsWithItsKeys() {
        ManifestEditor.Edit e = ManifestEditor.of(SVC).set(0, "spec.ports[0].nodePort", 30123);
        assertEquals(SVC.replace("    targetPort: 8080\n", "    targetPort: 8080\n    nodePort: 30123\n"), e.text());
    }

    @Test
    void followsTheDocumentsFourSpaceIndentWhenCreatingNestedMaps() {
        String seed = "apiVersion: v1\nkind: Service\nmetadata:\n    name: kubia\nspec:\n    ports:\n    - port: 80\n";
        ManifestEditor.Edit e = ManifestEditor.of(seed).set(0, "spec.selector.app", "kubia");
        assertEquals(seed + "    selector:\n        app: kubia\n", e.text());
    }

    @Test
    void removingTheFirstKeyOfAListItemKeepsTheDash() {
        ManifestEditor.Edit e = ManifestEditor.of(SVC).remove(0, "spec.ports[0].port");
        assertEquals(SVC.replace("  - port: 80\n    targetPort: 8080\n", "  - targetPort: 8080\n"), e.text());
    }

    @Test
    void addingAListItemUsesTheListsDashColumn() {
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("name", "https");
        port.put("port", 443);
        ManifestEditor.Edit e = ManifestEditor.of(SVC).addItem(0, "spec.ports", port);
        assertEquals(SVC.replace("    targetPort: 8080\n", "    targetPort: 8080\n  - name: https\n    port: 443\n"), e.text());
    }

    @Test
    void flowMapsAreRewrittenInFlowStyle() {
        String t = "spec:\n  selector: {app: kubia}\n";
        assertEquals("spec:\n  selector: {app: kubia, tier: web}\n", ManifestEditor.of(t).set(0, "spec.selector.tier", "web").text());
    }

    @Test
    void documentsAreAddedAndRemovedWithTheirSeparator() {
        String two = SVC + "---\nkind: Pod\n";
        assertEquals(SVC, ManifestEditor.of(two).removeDocument(1).text());
        assertEquals("kind: Pod\n", ManifestEditor.of(two).removeDocument(0).text());
        assertEquals(two, ManifestEditor.of(SVC).addDocument(Map.of("kind", "Pod")).text());
        assertEquals(List.of(), List.of());
    }

    @Test
    void emptyingAListThatStartsBelowItsDashReplacesTheWholeItem() {
        // found by TransactionTest's random edits: "-" alone, then a nested list; removing its only item
        // must turn the item into [], not leave the bare dash and add a new item
        String text = "spec:\n  ports:\n  -\n    - false\n  - name: p1\n    port: 81\n";
        assertEquals("spec:\n  ports:\n  - []\n  - name: p1\n    port: 81\n",
                ManifestEditor.of(text).remove(0, java.util.List.of("spec", "ports", 0, 0)).text());
    }
}
