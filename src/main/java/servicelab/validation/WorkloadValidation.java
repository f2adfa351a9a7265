package servicelab.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import servicelab.model.Deployment;
import servicelab.model.FieldError;
import servicelab.model.LabelSelector;
import servicelab.model.Labels;
import servicelab.model.PodTemplateSpec;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;

/**
 * ReplicationController (core), ReplicaSet and Deployment (apps) validation: replicas,
 * selectors and the pod template the selector must match.
 */
final class WorkloadValidation {
    private WorkloadValidation() {
    }

    private static final String MISMATCH = "`selector` does not match template `labels`";
    /** Deployment's declarative default for progressDeadlineSeconds. */
    static final int DEFAULT_PROGRESS_DEADLINE = 600;

    static List<FieldError> replicationController(ReplicationController rc) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, rc.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        nonNegative(out, rc.minReadySeconds(), "spec.minReadySeconds", "v.workload.minReadySeconds.negative");
        Map<String, String> selector = rc.selector();
        if (selector == null || selector.isEmpty()) {
            out.add(FieldError.required("spec.selector", "").explain("v.workload.selector.required"));
        }
        nonNegative(out, rc.replicas(), "spec.replicas", "v.workload.replicas.negative");
        PodTemplateSpec template = rc.template();
        if (template == null) {
            out.add(FieldError.required("spec.template", "").explain("v.workload.template.required"));
            return out;
        }
        // An empty RC selector selects nothing to compare, so only a non-empty one is checked.
        if (selector != null && !selector.isEmpty() && !Labels.matches(selector, template.labelsOrEmpty())) {
            out.add(mismatch(template, Labels.format(selector)));
        }
        templateForController(out, template, "ReplicationController");
        return out;
    }

    static List<FieldError> replicaSet(ReplicaSet rs) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, rs.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        nonNegative(out, rs.replicas(), "spec.replicas", "v.workload.replicas.negative");
        nonNegative(out, rs.minReadySeconds(), "spec.minReadySeconds", "v.workload.minReadySeconds.negative");
        appsSelectorAndTemplate(out, rs.selector(), rs.template(), "ReplicaSet");
        return out;
    }

    static List<FieldError> deployment(Deployment d) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, d.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        nonNegative(out, d.replicas(), "spec.replicas", "v.workload.replicas.negative");
        appsSelectorAndTemplate(out, d.selector(), d.template(), "Deployment");
        nonNegative(out, d.minReadySeconds(), "spec.minReadySeconds", "v.workload.minReadySeconds.negative");
        int minReady = GoValues.nz(d.minReadySeconds());
        if (DEFAULT_PROGRESS_DEADLINE <= minReady) {
            out.add(FieldError.invalid("spec.progressDeadlineSeconds", DEFAULT_PROGRESS_DEADLINE, "must be greater than minReadySeconds")
                    .explain("v.deployment.progressDeadline", String.valueOf(minReady)));
        }
        return out;
    }

    /**
     * The apps/v1 selector rules and ValidatePodTemplateSpecForReplicaSet. A nil selector selects
     * nothing, so the template check fails too; an invalid selector skips the template entirely.
     */
    private static void appsSelectorAndTemplate(List<FieldError> out, LabelSelector selector, PodTemplateSpec template,
                                                String kind) {
        PodTemplateSpec t = template == null ? new PodTemplateSpec(null, null) : template;
        if (selector == null) {
            out.add(FieldError.required("spec.selector", "").explain("v.workload.selector.required"));
            out.add(mismatch(t, ""));
            templateForController(out, t, kind);
            return;
        }
        List<FieldError> selectorErrors = new ArrayList<>();
        MetaValidation.labelSelector(selectorErrors, selector, "spec.selector");
        out.addAll(selectorErrors);
        if (selector.isEmpty()) {
            out.add(GoValues.invalidRendered("spec.selector", GoValues.labelSelector(selector), "empty selector is invalid for deployment")
                    .explain("v.workload.selector.empty", kind));
        }
        if (!selectorErrors.isEmpty()) {
            out.add(GoValues.invalidRendered("spec.selector", GoValues.labelSelector(selector), "invalid label selector")
                    .explain("v.workload.selector.invalid"));
            return;
        }
        if (!selector.isEmpty() && !selector.matches(t.labelsOrEmpty())) {
            out.add(mismatch(t, describe(selector)));
        }
        templateForController(out, t, kind);
    }

    private static FieldError mismatch(PodTemplateSpec template, String selectorText) {
        Map<String, String> labels = template.metadata() == null ? null : template.metadata().labels();
        return GoValues.invalidRendered("spec.template.metadata.labels", GoValues.map(labels), MISMATCH)
                .explain("v.workload.selector.mismatch", selectorText,
                        labels == null ? "" : Labels.format(labels));
    }

    /** The pod template plus the controller-only restrictions on restartPolicy and activeDeadlineSeconds. */
    private static void templateForController(List<FieldError> out, PodTemplateSpec template, String kind) {
        PodValidation.template(out, template, "spec.template");
        String rp = template.spec() == null ? "" : GoValues.nz(template.spec().restartPolicy());
        if (!rp.equals("Always")) {
            out.add(FieldError.notSupported("spec.template.spec.restartPolicy", rp, List.of("Always"))
                    .explain("v.workload.restartPolicy", rp, kind));
        }
        if (template.spec() != null && template.spec().activeDeadlineSeconds() != null) {
            out.add(FieldError.forbidden("spec.template.spec.activeDeadlineSeconds",
                    "activeDeadlineSeconds in " + kind + " is not Supported")
                    .explain("v.workload.activeDeadlineSeconds", kind));
        }
    }

    private static void nonNegative(List<FieldError> out, Integer value, String path, String key) {
        if (value != null && value < 0) {
            out.add(FieldError.invalid(path, value, "must be greater than or equal to 0").explain(key, String.valueOf(value)));
        }
    }

    /** The selector as a learner wrote it: key=value pairs, then expressions. */
    static String describe(LabelSelector s) {
        List<String> parts = new ArrayList<>();
        if (s.matchLabels() != null && !s.matchLabels().isEmpty()) {
            parts.add(Labels.format(s.matchLabels()));
        }
        if (s.matchExpressions() != null) {
            for (LabelSelector.Requirement r : s.matchExpressions()) {
                parts.add(GoValues.nz(r.key()) + " " + GoValues.nz(r.operator())
                        + (r.values() == null || r.values().isEmpty() ? "" : " (" + String.join(",", r.values()) + ")"));
            }
        }
        return String.join(",", parts);
    }
}
