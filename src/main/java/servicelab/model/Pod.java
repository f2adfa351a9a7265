package servicelab.model;

/** A v1 Pod. */
public record Pod(ObjectMeta metadata, PodSpec spec) implements KubeObject {
    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Pod";
    }
}
