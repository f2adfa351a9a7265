package servicelab.model;

import java.util.Map;

/** A v1 ReplicationController: a plain map selector. */
public record ReplicationController(ObjectMeta metadata, Integer replicas, Map<String, String> selector,
                                    Integer minReadySeconds, PodTemplateSpec template) implements KubeObject {
    public ReplicationController {
        selector = selector == null ? null : Maps.copy(selector);
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "ReplicationController";
    }
}
