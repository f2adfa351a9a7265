package servicelab.model;

/** A v1 Namespace. */
public record Namespace(ObjectMeta metadata) implements KubeObject {
    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Namespace";
    }

    @Override
    public String namespaceOrDefault() {
        return "";
    }
}
