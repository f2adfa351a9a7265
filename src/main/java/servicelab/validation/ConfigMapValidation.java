package servicelab.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import servicelab.model.ConfigMap;
import servicelab.model.FieldError;

/** ValidateConfigMap (pkg/apis/core/validation/validation.go) and IsConfigMapKey (apimachinery). */
final class ConfigMapValidation {
    /** core.MaxSecretSize: data and binaryData together. */
    static final int MAX_SIZE = 1024 * 1024;
    private static final String KEY_FMT = "[-._a-zA-Z0-9]+";
    private static final String KEY_MSG = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";

    private ConfigMapValidation() {
    }

    static List<FieldError> validate(ConfigMap cm) {
        List<FieldError> out = new ArrayList<>();
        MetaValidation.objectMeta(out, cm.metadata(), MetaValidation.NameRule.DNS1123_SUBDOMAIN, true);
        Map<String, String> data = cm.data() == null ? Map.of() : cm.data();
        Map<String, String> binary = cm.binaryData() == null ? Map.of() : cm.binaryData();
        long total = 0;
        for (Map.Entry<String, String> e : data.entrySet()) {
            key(out, "data", e.getKey());
            if (binary.containsKey(e.getKey())) {
                out.add(FieldError.invalid("data[" + e.getKey() + "]", e.getKey(), "duplicate of key present in binaryData")
                        .explain("v.configMap.duplicateKey", e.getKey()));
            }
            total += e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        for (Map.Entry<String, String> e : binary.entrySet()) {
            key(out, "binaryData", e.getKey());
            total += decodedLength(e.getValue());
        }
        if (total > MAX_SIZE) {
            // field.NewPath("") prints as "[]": the error is about the whole object
            out.add(FieldError.tooLong("[]", MAX_SIZE).explain("v.configMap.tooLong", MAX_SIZE));
        }
        return out;
    }

    /** IsConfigMapKey: at most 253 characters, the key alphabet, no "." or ".." or leading "..". */
    static List<String> keyErrors(String key) {
        List<String> errs = new ArrayList<>();
        if (key.length() > Formats.DNS1123_SUBDOMAIN_MAX) {
            errs.add(Formats.maxLen(Formats.DNS1123_SUBDOMAIN_MAX));
        }
        if (!key.matches(KEY_FMT)) {
            errs.add(Formats.regexError(KEY_MSG, KEY_FMT, "key.name", "KEY_NAME", "key-name"));
        }
        if (key.equals(".")) {
            errs.add("must not be '.'");
        } else if (key.equals("..")) {
            errs.add("must not be '..'");
        } else if (key.startsWith("..")) {
            errs.add("must not start with '..'");
        }
        return errs;
    }

    private static void key(List<FieldError> out, String bag, String key) {
        for (String msg : keyErrors(key)) {
            out.add(FieldError.invalid(bag + "[" + key + "]", key, msg).explain("v.configMap.key", key));
        }
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length(); // the decoder already refused it
        }
    }
}
