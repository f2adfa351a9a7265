package servicelab.model;

/** spec.template of a workload controller. */
public record PodTemplateSpec(ObjectMeta metadata, PodSpec spec) {
    public java.util.Map<String, String> labelsOrEmpty() {
        return metadata == null ? java.util.Map.of() : metadata.labelsOrEmpty();
    }
}
