package servicelab.manifest;

/** A region of the manifest text: char offsets [start, end) and 1-based line/column of both ends. */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {
}
