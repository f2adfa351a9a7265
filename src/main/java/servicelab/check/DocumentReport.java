package servicelab.check;

import java.util.List;

import servicelab.model.KubeObject;

/**
 * The check of one document. {@code object} is the object as the API server would store it
 * (defaulted) when the document is valid, else null. {@code line} is its first content line.
 */
public record DocumentReport(int index, int line, int startLine, int endLine, String apiVersion, String kind,
                             String namespace, String name, boolean valid, List<Diagnostic> errors,
                             List<Diagnostic> warnings, KubeObject object) {
    public DocumentReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
