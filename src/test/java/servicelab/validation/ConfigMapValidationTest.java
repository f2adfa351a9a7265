package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import servicelab.model.ConfigMap;
import servicelab.model.FieldError;
import servicelab.model.ObjectMeta;

/**
 * ValidateConfigMap, with the cases of TestValidateConfigMap (pkg/apis/core/validation/
 * validation_test.go: valid, max key length, leading dot key, invalid key, dot key, double dot
 * key, over max key length, over max size, duplicated key, and the same for binaryData) and the
 * messages of apimachinery's IsConfigMapKey and field.TooLong.
 */
class ConfigMapValidationTest {
    private static ConfigMap cm(Map<String, String> data, Map<String, String> binary) {
        return new ConfigMap(new ObjectMeta("validname", "validns", null, null, null), data, binary, null, null);
    }

    private static List<FieldError> check(Map<String, String> data, Map<String, String> binary) {
        return Validator.validate(cm(data, binary));
    }

    @ParameterizedTest(name = "data key {0} valid={1}")
    @CsvSource({"key, true", ".ab, true", "a*b, false", "'.', false", "'..', false", "..ab, false"})
    void keys(String key, boolean valid) {
        assertEquals(valid, check(Map.of(key, "value"), null).isEmpty());
        assertEquals(valid, check(null, Map.of(key, "dmFsdWU=")).isEmpty());
    }

    @Test
    void keyLength() {
        assertTrue(check(Map.of("a".repeat(253), "value"), null).isEmpty());
        List<FieldError> errs = check(Map.of("a".repeat(254), "value"), null);
        assertEquals(1, errs.size());
        assertEquals("data[" + "a".repeat(254) + "]", errs.get(0).field());
        assertTrue(errs.get(0).message().endsWith(": must be no more than 253 characters"), errs.get(0).message());
    }

    @Test
    void messages() {
        assertEquals("data[a*b]: Invalid value: \"a*b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' "
                + "(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
                check(Map.of("a*b", "v"), null).get(0).message());
        assertEquals("binaryData[..]: Invalid value: \"..\": must not be '..'", check(null, Map.of("..", "dg==")).get(0).message());
        assertEquals("data[..x]: Invalid value: \"..x\": must not start with '..'", check(Map.of("..x", "v"), null).get(0).message());
    }

    @Test
    void aKeyInBothBags() {
        List<FieldError> errs = check(Map.of("key", "value1"), Map.of("key", "dmFsdWUy"));
        assertEquals(1, errs.size());
        assertEquals("data[key]: Invalid value: \"key\": duplicate of key present in binaryData", errs.get(0).message());
    }

    @Test
    void sizeCountsBothBagsDecoded() {
        assertTrue(check(Map.of("key", "a".repeat(ConfigMapValidation.MAX_SIZE)), null).isEmpty());
        List<FieldError> errs = check(Map.of("key", "a".repeat(ConfigMapValidation.MAX_SIZE + 1)), null);
        assertEquals(List.of("[]: Too long: may not be more than 1048576 bytes"), errs.stream().map(FieldError::message).toList());
        // binaryData counts its decoded bytes: 4 base64 characters are 3 bytes
        Map<String, String> data = new LinkedHashMap<>();
        data.put("a", "a".repeat(ConfigMapValidation.MAX_SIZE - 3));
        assertTrue(check(data, Map.of("b", "AAAA")).isEmpty());
        assertEquals(1, check(data, Map.of("b", "AAAAAA==")).size());
    }
}
