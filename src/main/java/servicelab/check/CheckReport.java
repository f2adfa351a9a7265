package servicelab.check;

import java.util.ArrayList;
import java.util.List;

import servicelab.manifest.ParsedManifest;
import servicelab.model.KubeObject;

/** The check of one manifest text: every document's report, in order. */
public record CheckReport(ParsedManifest parsed, List<DocumentReport> documents) {
    public CheckReport {
        documents = List.copyOf(documents);
    }

    public boolean valid() {
        return documents.stream().allMatch(DocumentReport::valid);
    }

    public List<Diagnostic> errors() {
        List<Diagnostic> out = new ArrayList<>();
        documents.forEach(d -> out.addAll(d.errors()));
        return out;
    }

    public List<Diagnostic> warnings() {
        List<Diagnostic> out = new ArrayList<>();
        documents.forEach(d -> out.addAll(d.warnings()));
        return out;
    }

    /** The same check without its warnings (errors, objects and positions unchanged). */
    public CheckReport withoutWarnings() {
        return new CheckReport(parsed, documents.stream().map(d -> new DocumentReport(d.index(), d.line(), d.startLine(), d.endLine(),
                d.apiVersion(), d.kind(), d.namespace(), d.name(), d.valid(), d.errors(), List.of(), d.object())).toList());
    }

    /** The valid objects, defaulted, in document order: the desired state the text declares. */
    public List<KubeObject> objects() {
        List<KubeObject> out = new ArrayList<>();
        for (DocumentReport d : documents) {
            if (d.valid() && d.object() != null) {
                out.add(d.object());
            }
        }
        return out;
    }
}
