package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.model.FieldError;
import servicelab.model.LabelSelector;
import servicelab.model.Release;

/**
 * How an API error prints a value that is not a string or a number, on each side of v1.34:
 * apimachinery's field.Error.ErrorBody used Go's %#v up to v0.33.0 and json.Marshal from v0.34.0
 * (commit c58e197e "Nicer value rendering in API errors"; its errors_test.go expects
 * {@code ["one","two","three"]} and {@code {"one":1,"three":3,"two":2}}). The JSON forms below
 * match answers of v1.34 servers quoted in public write-ups (a Deployment's selector, a
 * template's labels, a Service's duplicate port).
 */
class ErrorValueRenderingTest {
    @Test
    void theModelFollowsV134() {
        assertEquals(34, Release.KUBERNETES_MINOR);
        assertEquals("v1.34", Release.KUBERNETES);
    }

    @Test
    void listsAndMaps() {
        List<String> ips = List.of("10.96.0.5", "10.96.0.6");
        assertEquals("[]string{\"10.96.0.5\", \"10.96.0.6\"}", FieldError.render(ips, 33));
        assertEquals("[\"10.96.0.5\",\"10.96.0.6\"]", FieldError.render(ips, 34));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("tier", "web");
        labels.put("app", "other");
        assertEquals("map[string]string{\"app\":\"other\", \"tier\":\"web\"}", GoValues.map(labels, 33));
        assertEquals("{\"app\":\"other\",\"tier\":\"web\"}", GoValues.map(labels, 34));
        assertEquals("map[string]string(nil)", GoValues.map(null, 33));
        assertEquals("null", GoValues.map(null, 34));
        // strings and numbers print alike on both sides
        assertEquals("\"a\"", FieldError.render("a", 33));
        assertEquals("\"a\"", FieldError.render("a", 34));
    }

    @Test
    void jsonEscapesAsEncodingJsonDoes() {
        // json.Marshal escapes HTML characters by default; %q does not
        assertEquals("[\"a\\u003cb\\u003e\\u0026\"]", FieldError.render(List.of("a<b>&"), 34));
        assertEquals("[]string{\"a<b>&\"}", FieldError.render(List.of("a<b>&"), 33));
        assertEquals("[\"tab\\there\\u0001\"]", FieldError.render(List.of("tab\there\u0001"), 34));
    }

    @Test
    void labelSelectors() {
        LabelSelector empty = new LabelSelector(null, null);
        assertEquals("v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}",
                GoValues.labelSelector(empty, 33));
        assertEquals("{}", GoValues.labelSelector(empty, 34));
        LabelSelector expr = new LabelSelector(Map.of("app", "kubia"),
                List.of(new LabelSelector.Requirement("env", "Exists", null)));
        assertEquals("{\"matchLabels\":{\"app\":\"kubia\"},\"matchExpressions\":[{\"key\":\"env\",\"operator\":\"Exists\"}]}",
                GoValues.labelSelector(expr, 34));
        assertEquals("v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"kubia\"}, MatchExpressions:[]v1.LabelSelectorRequirement"
                + "{v1.LabelSelectorRequirement{Key:\"env\", Operator:\"Exists\", Values:[]string(nil)}}}", GoValues.labelSelector(expr, 33));
    }

    @Test
    void theDuplicatePortKeyAndTheEmptyIngress() {
        assertEquals("core.ServicePort{Name:\"\", Protocol:\"UDP\", AppProtocol:(*string)(nil), Port:53, "
                + "TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}", GoValues.servicePortKey("UDP", 53, 33));
        assertEquals("{\"Name\":\"\",\"Protocol\":\"UDP\",\"AppProtocol\":null,\"Port\":53,\"TargetPort\":0,\"NodePort\":0}",
                GoValues.servicePortKey("UDP", 53, 34));
        assertEquals("[]networking.IngressRule(nil)", GoValues.noRules(true, 33));
        assertEquals("[]networking.IngressRule{}", GoValues.noRules(false, 33));
        assertEquals("null", GoValues.noRules(true, 34));
        assertEquals("[]", GoValues.noRules(false, 34));
    }

    @Test
    void aClusterIpOutsideTheRangeOnEachSideOfTheMultiCidrAllocator() {
        // v1.32: the bitmap allocator (ErrNotInRange); v1.33+: the MetaAllocator finds no ServiceCIDR
        // for the address (ErrMismatchedNetwork), and only the range's own edges reach ErrNotInRange
        assertEquals("the provided IP (192.168.1.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12",
                ServiceAllocator.outOfRange("192.168.1.5", false, 32));
        assertEquals("the provided network does not match the current range", ServiceAllocator.outOfRange("192.168.1.5", false, 33));
        assertEquals("the provided IP (10.96.0.0) is not in the valid range. The range of valid IPs is 10.96.0.0/12",
                ServiceAllocator.outOfRange("10.96.0.0", true, 34));
    }
}
