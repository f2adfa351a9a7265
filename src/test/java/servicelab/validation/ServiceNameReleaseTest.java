package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import servicelab.model.FieldError;
import servicelab.model.ObjectMeta;
import servicelab.model.Service;

/**
 * A Service name that starts with a digit, release by release: RelaxedServiceNameValidation
 * (KEP-5311) arrived in v1.34 as an alpha gate, off by default, and is still alpha and off in
 * v1.35 (kube_features.go), so every release from v1.32 to v1.35 keeps the DNS-1035 rule. The
 * message is the one alloc_test.go's TestPreAllocIPs expects (note Go's double space before "or").
 */
class ServiceNameReleaseTest {
    @ParameterizedTest(name = "v1.{0}")
    @ValueSource(ints = {32, 33, 34, 35})
    void aNameStartingWithADigitIsRefusedWithTheGateOff(int minor) {
        Service s = Fixtures.service(new ObjectMeta("1-test", null, null, null, null), b -> { });
        List<FieldError> errs = ServiceValidation.validate((Service) Defaulter.apply(s), minor);
        assertEquals(List.of("metadata.name: Invalid value: \"1-test\": a DNS-1035 label must consist of lower case alphanumeric "
                + "characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  "
                + "or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"),
                errs.stream().map(FieldError::message).toList());
    }
}
