package servicelab.check;

import servicelab.model.ErrorType;

/**
 * An error or warning placed in the text: the API server's field path, type and message, where it
 * is (1-based line and column, plus the char range to underline), and the learner's explanation.
 */
public record Diagnostic(String field, ErrorType type, String message, int line, int column,
                         int start, int end, String explanation, boolean warning, Fix fix) {
    public Diagnostic(String field, ErrorType type, String message, int line, int column,
                      int start, int end, String explanation, boolean warning) {
        this(field, type, message, line, column, start, end, explanation, warning, null);
    }
}
