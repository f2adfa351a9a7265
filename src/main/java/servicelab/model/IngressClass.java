package servicelab.model;

/** A networking.k8s.io/v1 IngressClass; {@code parameters} may be null. */
public record IngressClass(ObjectMeta metadata, String controller, Parameters parameters) implements KubeObject {
    public static final String DEFAULT_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";

    public IngressClass(ObjectMeta metadata, String controller) {
        this(metadata, controller, null);
    }

    /** spec.parameters (IngressClassParametersReference): the controller's own configuration object. */
    public record Parameters(String apiGroup, String kind, String name, String namespace, String scope) {
        public Parameters withScope(String s) {
            return new Parameters(apiGroup, kind, name, namespace, s);
        }
    }

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
