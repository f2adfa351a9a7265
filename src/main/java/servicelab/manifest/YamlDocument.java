package servicelab.manifest;

/**
 * One document of a manifest file: its index among the non-empty documents, the text region it
 * covers, and either its root node or the syntax error that stopped it.
 */
public record YamlDocument(int index, Span span, YNode root, int firstContentLine, SyntaxError error) {
    public boolean ok() {
        return error == null;
    }

    /** First line with content (not the {@code ---} marker, blank lines or comments). */
    public int contentLine() {
        return root != null ? root.span().line() : firstContentLine;
    }
}
