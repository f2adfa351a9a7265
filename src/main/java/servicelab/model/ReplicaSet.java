package servicelab.model;

/** An apps/v1 ReplicaSet. */
public record ReplicaSet(ObjectMeta metadata, Integer replicas, LabelSelector selector,
                         Integer minReadySeconds, PodTemplateSpec template) implements KubeObject {
    @Override
    public String apiVersion() {
        return "apps/v1";
    }

    @Override
    public String kind() {
        return "ReplicaSet";
    }
}
