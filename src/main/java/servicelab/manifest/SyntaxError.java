package servicelab.manifest;

import java.util.List;

/**
 * Why a document did not parse: the parser's problem text, kubectl's wording of it, the problem
 * position (1-based), and an explanation key for the learner (recognising the classic mistakes).
 */
public record SyntaxError(String problem, String kubectlMessage, int line, int column,
                          String key, List<Object> args) {
    public SyntaxError {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
