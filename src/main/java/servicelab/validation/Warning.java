package servicelab.validation;

import java.util.List;

/**
 * Something the API server accepts but a learner almost certainly did not mean. {@code field} is
 * the API path in the object at {@code objectIndex}; {@code key} and {@code args} name the
 * message in the validation bundles (all args are strings).
 */
public record Warning(int objectIndex, String field, String key, List<Object> args) {
    public Warning {
        args = List.copyOf(args);
    }
}
