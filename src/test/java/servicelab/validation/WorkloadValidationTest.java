package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static servicelab.validation.Fixtures.LABEL_NAME_PART;
import static servicelab.validation.Fixtures.assertHas;
import static servicelab.validation.Fixtures.assertNoErrors;
import static servicelab.validation.Fixtures.assertOnly;
import static servicelab.validation.Fixtures.check;
import static servicelab.validation.Fixtures.deployment;
import static servicelab.validation.Fixtures.kubia;
import static servicelab.validation.Fixtures.labels;
import static servicelab.validation.Fixtures.matchLabels;
import static servicelab.validation.Fixtures.rc;
import static servicelab.validation.Fixtures.replicaSet;
import static servicelab.validation.Fixtures.template;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.model.Deployment;
import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.LabelSelector;
import servicelab.model.ObjectMeta;
import servicelab.model.PodSpec;
import servicelab.model.PodTemplateSpec;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;

/** ReplicationController, ReplicaSet and Deployment rules (TestValidateReplicationController and apps validation). */
class WorkloadValidationTest {

    private static final String MISMATCH = "`selector` does not match template `labels`";

    @Test
    void validWorkloadsPass() {
        assertNoErrors(check(rc("nginx", 3, labels("app", "nginx"), template(labels("app", "nginx"), kubia()))));
        assertNoErrors(check(replicaSet("kubia", 3, matchLabels("app", "kubia"), template(labels("app", "kubia"), kubia()))));
        assertNoErrors(check(deployment("nginx-deployment", 3, matchLabels("app.kubernetes.io/name", "nginx"),
                template(labels("app.kubernetes.io/name", "nginx"), kubia()))));
    }

    // ---- ReplicationController ----

    @Test
    void rcSelectorDefaultsFromTemplate() {
        assertNoErrors(check(rc("kubia", null, null, template(labels("app", "kubia"), kubia()))));
    }

    @Test
    void rcSelectorNotMatchingTemplate() {
        FieldError e = assertOnly(check(rc("kubia", 3, labels("app", "kubia"), template(labels("app", "web"), kubia()))),
                "spec.template.metadata.labels", ErrorType.Invalid,
                "spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: " + MISMATCH);
        assertEquals(List.of("app=kubia", "app=web"), e.args());
    }

    @Test
    void rcWithoutSelectorOrTemplateLabels() {
        // "empty selector": nothing to default the selector from
        assertOnly(check(rc("kubia", 3, null, new PodTemplateSpec(null, Fixtures.podSpec(kubia())))),
                "spec.selector", ErrorType.Required, "spec.selector: Required value");
    }

    @Test
    void rcWithoutTemplate() {
        List<FieldError> errs = check(rc("kubia", 3, null, null));
        assertEquals(List.of("spec.selector", "spec.template"), Fixtures.fields(errs));
        assertHas(errs, "spec.template", ErrorType.Required, "spec.template: Required value");
    }

    @Test
    void rcNegativeReplicas() {
        // "negative_replicas"
        assertOnly(check(rc("kubia", -1, labels("app", "kubia"), template(labels("app", "kubia"), kubia()))),
                "spec.replicas", ErrorType.Invalid, "spec.replicas: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void rcTemplateRestartPolicyMustBeAlways() {
        PodTemplateSpec t = new PodTemplateSpec(new ObjectMeta(null, null, null, labels("app", "kubia"), null),
                new PodSpec(List.of(kubia()), null, null, "Never", null, null, null, null));
        assertOnly(check(rc("kubia", 1, null, t)), "spec.template.spec.restartPolicy", ErrorType.NotSupported,
                "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"");
    }

    @Test
    void rcTemplateActiveDeadline() {
        PodTemplateSpec t = new PodTemplateSpec(new ObjectMeta(null, null, null, labels("app", "kubia"), null),
                new PodSpec(List.of(kubia()), null, null, null, null, 30L, null, null));
        assertOnly(check(rc("kubia", 1, null, t)), "spec.template.spec.activeDeadlineSeconds", ErrorType.Forbidden,
                "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicationController is not Supported");
    }

    @Test
    void rcNegativeMinReadySeconds() {
        ReplicationController r = new ReplicationController(ObjectMeta.named("kubia"), 1, null, -2,
                template(labels("app", "kubia"), kubia()));
        assertOnly(check(r), "spec.minReadySeconds", ErrorType.Invalid,
                "spec.minReadySeconds: Invalid value: -2: must be greater than or equal to 0");
    }

    // ---- ReplicaSet and Deployment ----

    @Test
    void deploymentWithoutSelector() {
        // apps/v1 does not default the selector; a nil selector selects nothing
        List<FieldError> errs = check(deployment("kubia", 3, null, template(labels("app", "kubia"), kubia())));
        assertEquals(2, errs.size());
        assertHas(errs, "spec.selector", ErrorType.Required, "spec.selector: Required value");
        assertHas(errs, "spec.template.metadata.labels", ErrorType.Invalid,
                "spec.template.metadata.labels: Invalid value: {\"app\":\"kubia\"}: " + MISMATCH);
    }

    @Test
    void deploymentWithEmptySelector() {
        assertOnly(check(deployment("kubia", 3, new LabelSelector(null, null), template(labels("app", "kubia"), kubia()))),
                "spec.selector", ErrorType.Invalid,
                "spec.selector: Invalid value: {}: empty selector is invalid for deployment");
    }

    @Test
    void replicaSetEmptySelectorUsesTheDeploymentWording() {
        assertOnly(check(replicaSet("kubia", 3, new LabelSelector(labels(), null), template(labels("app", "kubia"), kubia()))),
                "spec.selector", ErrorType.Invalid,
                "spec.selector: Invalid value: {}: empty selector is invalid for deployment");
    }

    @Test
    void deploymentSelectorNotMatchingTemplate() {
        assertOnly(check(deployment("kubia", 3, matchLabels("app", "kubia", "tier", "web"),
                        template(labels("tier", "web", "app", "other"), kubia()))),
                "spec.template.metadata.labels", ErrorType.Invalid,
                "spec.template.metadata.labels: Invalid value: {\"app\":\"other\",\"tier\":\"web\"}: " + MISMATCH);
    }

    @Test
    void templateWithoutLabels() {
        assertOnly(check(deployment("kubia", 3, matchLabels("app", "kubia"), new PodTemplateSpec(null, Fixtures.podSpec(kubia())))),
                "spec.template.metadata.labels", ErrorType.Invalid,
                "spec.template.metadata.labels: Invalid value: null: " + MISMATCH);
    }

    @Test
    void matchExpressionsAreHonoured() {
        LabelSelector s = new LabelSelector(null, List.of(new LabelSelector.Requirement("app", "In", List.of("kubia", "web"))));
        assertNoErrors(check(deployment("kubia", 1, s, template(labels("app", "web"), kubia()))));
    }

    @Test
    void invalidSelectorSkipsTheTemplate() {
        // LabelSelectorAsSelector fails, so ValidatePodTemplateSpecForReplicaSet never runs:
        // the template without containers is not reported.
        LabelSelector s = new LabelSelector(null, List.of(new LabelSelector.Requirement("app", "Equals", List.of("kubia"))));
        Deployment d = deployment("kubia", 1, s, new PodTemplateSpec(null, null));
        List<FieldError> errs = check(d);
        assertEquals(List.of("spec.selector.matchExpressions[0].operator", "spec.selector"), Fixtures.fields(errs));
        assertHas(errs, "spec.selector.matchExpressions[0].operator", ErrorType.Invalid,
                "spec.selector.matchExpressions[0].operator: Invalid value: \"Equals\": not a valid selector operator");
        assertHas(errs, "spec.selector", ErrorType.Invalid,
                "spec.selector: Invalid value: {\"matchExpressions\":[{\"key\":\"app\",\"operator\":\"Equals\","
                        + "\"values\":[\"kubia\"]}]}: invalid label selector");
    }

    @Test
    void inOperatorNeedsValues() {
        LabelSelector s = new LabelSelector(null, List.of(new LabelSelector.Requirement("app", "In", List.of())));
        List<FieldError> errs = check(deployment("kubia", 1, s, template(labels("app", "kubia"), kubia())));
        assertHas(errs, "spec.selector.matchExpressions[0].values", ErrorType.Required,
                "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
    }

    @Test
    void existsOperatorTakesNoValues() {
        LabelSelector s = new LabelSelector(null, List.of(new LabelSelector.Requirement("app", "Exists", List.of("x"))));
        List<FieldError> errs = check(deployment("kubia", 1, s, template(labels("app", "kubia"), kubia())));
        assertHas(errs, "spec.selector.matchExpressions[0].values", ErrorType.Forbidden,
                "spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    }

    @Test
    void invalidMatchLabelsKey() {
        List<FieldError> errs = check(deployment("kubia", 1, matchLabels("a b", "kubia"), template(labels("a b", "kubia"), kubia())));
        assertHas(errs, "spec.selector.matchLabels", ErrorType.Invalid,
                "spec.selector.matchLabels: Invalid value: \"a b\": " + LABEL_NAME_PART);
    }

    @Test
    void templateLabelsAreReportedOnTemplateLabelsPath() {
        // ValidatePodTemplateSpec reports template labels on "<template>.labels"
        List<FieldError> errs = check(deployment("kubia", 1, matchLabels("app", "kubia"),
                template(labels("app", "kubia", "bad key", "x"), kubia())));
        assertOnly(errs, "spec.template.labels", ErrorType.Invalid, "spec.template.labels: Invalid value: \"bad key\": " + LABEL_NAME_PART);
    }

    @Test
    void templateWithoutContainers() {
        assertOnly(check(deployment("kubia", 1, matchLabels("app", "kubia"), template(labels("app", "kubia")))),
                "spec.template.spec.containers", ErrorType.Required, "spec.template.spec.containers: Required value");
    }

    @Test
    void replicaSetNegativeReplicasAndMinReady() {
        ReplicaSet rs = new ReplicaSet(ObjectMeta.named("kubia"), -1, matchLabels("app", "kubia"), -1,
                template(labels("app", "kubia"), kubia()));
        assertEquals(List.of("spec.replicas", "spec.minReadySeconds"), Fixtures.fields(check(rs)));
    }

    @Test
    void replicaSetRestartPolicyNamesTheKind() {
        PodTemplateSpec t = new PodTemplateSpec(new ObjectMeta(null, null, null, labels("app", "kubia"), null),
                new PodSpec(List.of(kubia()), null, null, "OnFailure", null, null, null, null));
        FieldError e = assertOnly(check(replicaSet("kubia", 1, matchLabels("app", "kubia"), t)),
                "spec.template.spec.restartPolicy", ErrorType.NotSupported,
                "spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"");
        assertEquals(List.of("OnFailure", "ReplicaSet"), e.args());
    }

    @Test
    void deploymentMinReadyNotBelowProgressDeadline() {
        Deployment d = new Deployment(ObjectMeta.named("kubia"), 1, matchLabels("app", "kubia"), 600,
                template(labels("app", "kubia"), kubia()));
        assertOnly(check(d), "spec.progressDeadlineSeconds", ErrorType.Invalid,
                "spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds");
    }
}
