package servicelab.manifest;

/**
 * One document of a manifest file: its index among the non-empty documents, the text region it
 * covers, and either its root node or the syntax error that stopped it. Warnings are what the API
 * server accepts but reports (a repeated key: the last one wins).
 */
public record YamlDocument(int index, Span span, YNode root, int firstContentLine, SyntaxError error,
                           java.util.List<SyntaxError> warnings) {
    public YamlDocument {
        warnings = warnings == null ? java.util.List.of() : java.util.List.copyOf(warnings);
    }

    public YamlDocument(int index, Span span, YNode root, int firstContentLine, SyntaxError error) {
        this(index, span, root, firstContentLine, error, java.util.List.of());
    }

    public boolean ok() {
        return error == null;
    }

    /** First line with content (not the {@code ---} marker, blank lines or comments). */
    public int contentLine() {
        return root != null ? root.span().line() : firstContentLine;
    }
}
