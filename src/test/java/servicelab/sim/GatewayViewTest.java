package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the diagram draws of a Gateway: class, listeners with their attached routes, and the routes that did not attach, with why. */
class GatewayViewTest {
    @Test
    void listenersCarryTheirRoutesAndTheRestSayWhyNot() {
        Simulation s = GatewayRoutingTest.cluster(GatewayRoutingTest.route("store", GatewayRoutingTest.rule("", "infra-backend-v1"))
                + GatewayMatchingTest.BACKEND_NAMESPACES.formatted("elsewhere").replace("name: backend-namespaces\n    namespace",
                        "name: same-namespace\n    namespace"));
        GatewayView v = GatewayView.of(s).stream().filter(g -> g.name().equals("same-namespace")).findFirst().orElseThrow();
        assertEquals("servicelab", v.className());
        assertEquals(List.of(new GatewayView.Listener("http", 80, "HTTP", List.of("HTTPRoute gateway-conformance-infra/store"))),
                v.listeners());
        assertEquals(List.of("gateway-conformance-infra/infra-backend-v1"), v.backends());
        // the route of the other namespace names this Gateway, but its listener takes routes of the Same namespace only
        assertEquals(List.of(new GatewayView.Unattached("HTTPRoute", "gateway-conformance-web-backend/cross-namespace", "NotAllowedByListeners")),
                v.unattached());
    }
}
