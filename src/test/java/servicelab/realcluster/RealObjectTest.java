package servicelab.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.text.Json;

/** Readings of the API's JSON shape, with the API's rules for what is left unset. */
class RealObjectTest {
    @SuppressWarnings("unchecked")
    static RealObject of(String json) {
        return RealObject.of((Map<String, Object>) Json.parse(json));
    }

    @Test
    void anEndpointSliceConditionLeftUnsetCountsAsTrue() {
        var slice = of("""
                {"kind":"EndpointSlice","metadata":{"name":"kubia-abc","namespace":"ns","labels":{"kubernetes.io/service-name":"kubia"}},
                 "endpoints":[{"addresses":["10.244.1.2"],"targetRef":{"kind":"Pod","name":"kubia-1"}},
                              {"addresses":["10.244.2.3"],"conditions":{"ready":false,"serving":true,"terminating":true}}]}""");
        assertEquals("kubia", slice.sliceService());
        var eps = slice.sliceEndpoints();
        assertTrue(eps.get(0).ready() && eps.get(0).serving() && !eps.get(0).terminating());
        assertEquals("kubia-1", eps.get(0).pod());
        assertFalse(eps.get(1).ready());
        assertTrue(eps.get(1).serving() && eps.get(1).terminating());
    }

    @Test
    void servicesAndPodsReadAsKubectlShowsThem() {
        var svc = of("""
                {"kind":"Service","metadata":{"name":"kubia"},"spec":{"clusterIP":"10.96.0.10",
                 "ports":[{"port":80,"nodePort":30123},{"port":53,"protocol":"UDP"}]}}""");
        assertEquals("ClusterIP", svc.serviceType(), "a Service without spec.type is a ClusterIP one");
        assertEquals(List.of("80:30123/TCP", "53/UDP"), svc.servicePorts());
        var pod = of("""
                {"kind":"Pod","metadata":{"name":"p","namespace":"n"},"spec":{"nodeName":"kind-worker"},
                 "status":{"podIP":"10.244.1.2","conditions":[{"type":"Ready","status":"False"}]}}""");
        assertFalse(pod.podReady());
        assertEquals("Pod/n/p", pod.key());
        assertEquals(Map.of("kind", "Pod", "namespace", "n", "name", "p", "ready", false, "node", "kind-worker", "ip", "10.244.1.2"),
                withoutNulls(pod.summary()));
    }

    static Map<String, Object> withoutNulls(Map<String, Object> m) {
        var out = new java.util.LinkedHashMap<String, Object>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
