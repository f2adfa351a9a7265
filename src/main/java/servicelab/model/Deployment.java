package servicelab.model;

/** An apps/v1 Deployment (replicas, selector and template are what the lessons need). */
public record Deployment(ObjectMeta metadata, Integer replicas, LabelSelector selector,
                         Integer minReadySeconds, PodTemplateSpec template) implements KubeObject {
    @Override
    public String apiVersion() {
        return "apps/v1";
    }

    @Override
    public String kind() {
        return "Deployment";
    }
}
