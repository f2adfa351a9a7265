package servicelab.model;

/** A networking.k8s.io/v1 IngressClass. */
public record IngressClass(ObjectMeta metadata, String controller) implements KubeObject {
    public static final String DEFAULT_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";

    @Override
    public String apiVersion() {
        return "networking.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "IngressClass";
    }

    public boolean isDefault() {
        return metadata != null && "true".equals(metadata.annotationsOrEmpty().get(DEFAULT_CLASS_ANNOTATION));
    }
}
