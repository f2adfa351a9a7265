package servicelab.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import servicelab.model.FieldError;
import servicelab.model.LabelSelector;
import servicelab.model.ObjectMeta;

/**
 * ObjectMeta rules (apimachinery ValidateObjectMetaAccessor) plus the label, annotation and
 * label-selector checks that several kinds share.
 */
final class MetaValidation {
    private MetaValidation() {
    }

    /** The name format a kind requires, with the explanation key of its format error. */
    enum NameRule {
        DNS1035_LABEL(Formats::dns1035Label, "v.meta.name.dns1035", Formats.DNS1123_LABEL_MAX),
        DNS1123_LABEL(Formats::dns1123Label, "v.meta.name.dns1123Label", Formats.DNS1123_LABEL_MAX),
        DNS1123_SUBDOMAIN(Formats::dns1123Subdomain, "v.meta.name.dns1123Subdomain", Formats.DNS1123_SUBDOMAIN_MAX);

        final Function<String, List<String>> check;
        final String key;
        final int maxLength;

        NameRule(Function<String, List<String>> check, String key, int maxLength) {
            this.check = check;
            this.key = key;
            this.maxLength = maxLength;
        }
    }

    static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

    /**
     * Metadata on create. A namespaced object without a namespace gets the request's namespace
     * before validation, so absence is not an error; cluster-scoped kinds have any namespace
     * cleared by the API server, so it is not checked either.
     */
    static void objectMeta(List<FieldError> out, ObjectMeta meta, NameRule rule, boolean namespaced) {
        ObjectMeta m = meta == null ? new ObjectMeta(null, null, null, null, null) : meta;
        String generateName = m.generateName();
        if (generateName != null && !generateName.isEmpty()) {
            for (String msg : rule.check.apply(Formats.maskTrailingDash(generateName))) {
                out.add(FieldError.invalid("metadata.generateName", generateName, msg)
                        .explain("v.meta.generateName.invalid", generateName));
            }
        }
        String name = m.name();
        if (name == null || name.isEmpty()) {
            // generateName would have produced a name before validation ran.
            if (generateName == null || generateName.isEmpty()) {
                out.add(FieldError.required("metadata.name", "name or generateName is required")
                        .explain("v.meta.name.required"));
            }
        } else {
            for (String msg : rule.check.apply(name)) {
                FieldError e = FieldError.invalid("metadata.name", name, msg);
                out.add(msg.startsWith("must be no more than")
                        ? e.explain("v.meta.name.tooLong", name, String.valueOf(rule.maxLength))
                        : e.explain(rule.key, name));
            }
        }
        if (namespaced && m.namespace() != null && !m.namespace().isEmpty()) {
            for (String msg : Formats.dns1123Label(m.namespace())) {
                out.add(FieldError.invalid("metadata.namespace", m.namespace(), msg)
                        .explain("v.meta.namespace.invalid", m.namespace()));
            }
        }
        labels(out, m.labels(), "metadata.labels");
        annotations(out, m.annotations(), "metadata.annotations");
    }

    /** ValidateLabels: errors are reported on the map's path, not on a keyed path. */
    static void labels(List<FieldError> out, Map<String, String> labels, String path) {
        if (labels == null) {
            return;
        }
        for (var e : labels.entrySet()) {
            labelKey(out, e.getKey(), path);
            String v = e.getValue() == null ? "" : e.getValue();
            for (String msg : Formats.labelValue(v)) {
                out.add(FieldError.invalid(path, v, msg).explain("v.labels.value", v, e.getKey()));
            }
        }
    }

    static void labelKey(List<FieldError> out, String key, String path) {
        for (String msg : Formats.labelKey(key)) {
            out.add(FieldError.invalid(path, key, msg).explain("v.labels.key", key));
        }
    }

    /** Annotation keys follow the label-key rule, compared in lower case; values are free text. */
    static void annotations(List<FieldError> out, Map<String, String> annotations, String path) {
        if (annotations == null) {
            return;
        }
        long total = 0;
        for (var e : annotations.entrySet()) {
            for (String msg : Formats.labelKey(e.getKey().toLowerCase(Locale.ROOT))) {
                out.add(FieldError.invalid(path, e.getKey(), msg).explain("v.annotations.key", e.getKey()));
            }
            total += Formats.byteLength(e.getKey()) + Formats.byteLength(e.getValue() == null ? "" : e.getValue());
        }
        if (total > ANNOTATIONS_MAX_BYTES) {
            out.add(FieldError.tooLong(path, ANNOTATIONS_MAX_BYTES)
                    .explain("v.annotations.tooLong", String.valueOf(ANNOTATIONS_MAX_BYTES)));
        }
    }

    /** ValidateLabelSelector for apps/v1 selectors (invalid label values are not tolerated on create). */
    static void labelSelector(List<FieldError> out, LabelSelector s, String path) {
        labels(out, s.matchLabels(), path + ".matchLabels");
        if (s.matchExpressions() == null) {
            return;
        }
        for (int i = 0; i < s.matchExpressions().size(); i++) {
            LabelSelector.Requirement r = s.matchExpressions().get(i);
            String p = path + ".matchExpressions[" + i + "]";
            String op = r.operator() == null ? "" : r.operator();
            List<String> values = r.values() == null ? List.of() : r.values();
            switch (op) {
                case "In", "NotIn" -> {
                    if (values.isEmpty()) {
                        out.add(FieldError.required(p + ".values", "must be specified when `operator` is 'In' or 'NotIn'")
                                .explain("v.selector.values.required", op));
                    }
                }
                case "Exists", "DoesNotExist" -> {
                    if (!values.isEmpty()) {
                        out.add(FieldError.forbidden(p + ".values",
                                "may not be specified when `operator` is 'Exists' or 'DoesNotExist'")
                                .explain("v.selector.values.forbidden", op));
                    }
                }
                default -> out.add(FieldError.invalid(p + ".operator", op, "not a valid selector operator")
                        .explain("v.selector.operator", op));
            }
            String key = r.key() == null ? "" : r.key();
            labelKey(out, key, p + ".key");
            for (int j = 0; j < values.size(); j++) {
                String v = values.get(j) == null ? "" : values.get(j);
                for (String msg : Formats.labelValue(v)) {
                    out.add(FieldError.invalid(p + ".values[" + j + "]", v, msg)
                            .explain("v.labels.value", v, key));
                }
            }
        }
    }
}
