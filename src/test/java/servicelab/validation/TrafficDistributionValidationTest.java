package servicelab.validation;

import static servicelab.validation.Fixtures.assertNoErrors;
import static servicelab.validation.Fixtures.assertOnly;
import static servicelab.validation.Fixtures.service;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.Release;
import servicelab.model.Service;

/**
 * spec.trafficDistribution, a version-gated rule. v1.32's validateServiceTrafficDistribution
 * (pkg/apis/core/validation/validation.go) accepts "PreferClose" only, with
 * field.NotSupported; PreferSameZone and PreferSameNode came in v1.33 behind the alpha gate
 * PreferSameTrafficDistribution (off by default) and are accepted by default from v1.34, when
 * the gate is beta and on (pkg/features/kube_features.go).
 */
class TrafficDistributionValidationTest {

    private static List<FieldError> validate(String value, int minor) {
        Service s = service(b -> b.trafficDistribution = value);
        return ServiceValidation.validate((Service) Defaulter.apply(s), minor);
    }

    @Test
    void preferCloseIsAcceptedOnEveryRelease() {
        for (int minor = 32; minor <= 35; minor++) {
            assertNoErrors(validate("PreferClose", minor));
        }
        assertNoErrors(validate(null, 32));
    }

    @Test
    void beforeV134OnlyPreferCloseIsSupported() {
        for (int minor : new int[] {32, 33}) {
            assertOnly(validate("PreferSameNode", minor), "spec.trafficDistribution", ErrorType.NotSupported,
                    "spec.trafficDistribution: Unsupported value: \"PreferSameNode\": supported values: \"PreferClose\"");
            assertOnly(validate("PreferSameZone", minor), "spec.trafficDistribution", ErrorType.NotSupported,
                    "spec.trafficDistribution: Unsupported value: \"PreferSameZone\": supported values: \"PreferClose\"");
        }
    }

    @Test
    void fromV134PreferSameZoneAndPreferSameNodeAreSupported() {
        assertNoErrors(validate("PreferSameZone", 34));
        assertNoErrors(validate("PreferSameNode", 34));
        // the three values are listed; their order in v1.34's message was not checked against the
        // source (the app lists supported values sorted, as sets.List does)
        FieldError e = assertOnly(validate("Foo", 34), "spec.trafficDistribution", ErrorType.NotSupported,
                validate("Foo", 34).get(0).message());
        for (String v : List.of("\"PreferClose\"", "\"PreferSameZone\"", "\"PreferSameNode\"")) {
            org.junit.jupiter.api.Assertions.assertTrue(e.message().contains(v), e.message());
        }
        org.junit.jupiter.api.Assertions.assertTrue(e.message().startsWith(
                "spec.trafficDistribution: Unsupported value: \"Foo\": supported values: "), e.message());
    }

    @Test
    void theLearnerIsToldWhenAValueBelongsToALaterRelease() {
        // the declared release's side, with the explanation that says why the value is refused
        List<FieldError> errors = validate("PreferSameNode", Release.KUBERNETES_MINOR);
        if (Release.KUBERNETES_MINOR < 34) {
            assertOnly(errors, "spec.trafficDistribution", ErrorType.NotSupported,
                    "spec.trafficDistribution: Unsupported value: \"PreferSameNode\": supported values: \"PreferClose\"");
            org.junit.jupiter.api.Assertions.assertEquals("v.service.trafficDistribution.later", errors.get(0).key());
        } else {
            assertNoErrors(errors);
        }
        org.junit.jupiter.api.Assertions.assertEquals("v.service.trafficDistribution.unsupported",
                validate("Nearby", 33).get(0).key());
    }
}
