package servicelab.model;

/** A v1 Service. */
public record Service(ObjectMeta metadata, ServiceSpec spec) implements KubeObject {
    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Service";
    }

    /** The Service's type after defaulting: ClusterIP when unset. */
    public String effectiveType() {
        return spec == null || spec.type() == null || spec.type().isEmpty() ? "ClusterIP" : spec.type();
    }
}
