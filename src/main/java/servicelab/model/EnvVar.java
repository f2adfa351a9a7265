package servicelab.model;

/** A container environment variable with a literal value. */
public record EnvVar(String name, String value) {
}
