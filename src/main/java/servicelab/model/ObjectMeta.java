package servicelab.model;

import java.util.Map;

/** metadata: name, namespace, labels and annotations. Null means the field was absent. */
public record ObjectMeta(String name, String generateName, String namespace,
                         Map<String, String> labels, Map<String, String> annotations) {
    public ObjectMeta {
        labels = labels == null ? null : Maps.copy(labels);
        annotations = annotations == null ? null : Maps.copy(annotations);
    }

    public static ObjectMeta named(String name) {
        return new ObjectMeta(name, null, null, null, null);
    }

    public Map<String, String> labelsOrEmpty() {
        return labels == null ? Map.of() : labels;
    }

    public Map<String, String> annotationsOrEmpty() {
        return annotations == null ? Map.of() : annotations;
    }

    public ObjectMeta withLabels(Map<String, String> newLabels) {
        return new ObjectMeta(name, generateName, namespace, newLabels, annotations);
    }
}
