package servicelab.kubectl;

import java.util.List;

import servicelab.model.Gateway;
import servicelab.model.GatewayClass;
import servicelab.model.HTTPRoute;
import servicelab.model.ReferenceGrant;
import servicelab.sim.GatewayObjects;
import servicelab.sim.GatewayStatus;
import servicelab.sim.Simulation;

/**
 * {@code kubectl get} rows of the Gateway API kinds, as the CRDs' additionalPrinterColumns define
 * them: a class Accepted when this cluster's controller is its controller (Unknown, the schema's
 * default condition, when no controller answers), a Gateway Programmed once it has its address.
 */
final class GatewayRows {
    private GatewayRows() {
    }

    static void rows(Resources r, Simulation sim, List<Item> out, ObjectData data, ObjectRows rows) {
        GatewayObjects g = sim.gatewayApi;
        switch (r) {
            case GATEWAYCLASSES -> {
                if (g.gatewayClasses().stream().noneMatch(c -> GatewayObjects.CLASS.equals(c.name()))) {
                    // the class this cluster's Gateway API implementation installs ("The default world")
                    out.add(new Item(null, GatewayObjects.CLASS, java.util.Map.of(), 0,
                            List.of(GatewayObjects.CLASS, GatewayObjects.CONTROLLER, "True", rows.age(0)), List.of(""),
                            () -> java.util.Map.of("apiVersion", "gateway.networking.k8s.io/v1", "kind", "GatewayClass",
                                    "metadata", java.util.Map.of("name", GatewayObjects.CLASS),
                                    "spec", java.util.Map.of("controllerName", GatewayObjects.CONTROLLER),
                                    "status", GatewayStatus.ofClass(GatewayObjects.CONTROLLER))));
                }
                for (GatewayClass c : g.gatewayClasses()) {
                    var status = GatewayStatus.ofClass(c);
                    out.add(new Item(null, c.name(), c.metadata().labelsOrEmpty(), 0,
                            List.of(c.name(), String.valueOf(c.controllerName()), condition(status, "Accepted"), rows.age(0)),
                            List.of(c.description() == null ? "" : c.description()),
                            () -> withStatus(data.documentData("GatewayClass", c), status)));
                }
            }
            case GATEWAYS -> {
                for (Gateway gw : g.gateways()) {
                    String address = g.address(gw);
                    var status = GatewayStatus.ofGateway(sim, gw);
                    out.add(new Item(gw.namespaceOrDefault(), gw.name(), gw.metadata().labelsOrEmpty(), 0,
                            List.of(gw.name(), String.valueOf(gw.gatewayClassName()), address == null ? "" : address,
                                    condition(status, "Programmed"), rows.age(0)), List.of(),
                            () -> withStatus(data.documentData("Gateway", gw), status)));
                }
            }
            case HTTPROUTES -> {
                for (HTTPRoute hr : g.httpRoutes()) {
                    // an array in a printer column is printed as JSON
                    String hosts = hr.hostnames() == null ? "" : servicelab.text.Json.write(hr.hostnames());
                    out.add(new Item(hr.namespaceOrDefault(), hr.name(), hr.metadata().labelsOrEmpty(), 0,
                            List.of(hr.name(), hosts, rows.age(0)), List.of(),
                            () -> withStatus(data.documentData("HTTPRoute", hr), GatewayStatus.ofRoute(sim, hr))));
                }
            }
            case GRPCROUTES -> {
                for (servicelab.model.GRPCRoute gr : g.grpcRoutes()) {
                    String hosts = gr.hostnames() == null ? "" : servicelab.text.Json.write(gr.hostnames());
                    out.add(new Item(gr.namespaceOrDefault(), gr.name(), gr.metadata().labelsOrEmpty(), 0,
                            List.of(gr.name(), hosts, rows.age(0)), List.of(),
                            () -> withStatus(data.documentData("GRPCRoute", gr), GatewayStatus.ofRoute(sim, gr))));
                }
            }
            case REFERENCEGRANTS -> {
                for (ReferenceGrant rg : g.referenceGrants()) {
                    out.add(new Item(rg.namespaceOrDefault(), rg.name(), rg.metadata().labelsOrEmpty(), 0,
                            List.of(rg.name(), rows.age(0)), List.of(), () -> data.documentData("ReferenceGrant", rg)));
                }
            }
            default -> throw new IllegalArgumentException(r.name());
        }
    }

    /** The status a printer column shows: the condition's status (True, False, Unknown). */
    @SuppressWarnings("unchecked")
    private static String condition(java.util.Map<String, Object> status, String type) {
        for (Object c : (List<Object>) status.getOrDefault("conditions", List.of())) {
            java.util.Map<String, Object> m = (java.util.Map<String, Object>) c;
            if (type.equals(m.get("type"))) {
                return String.valueOf(m.get("status"));
            }
        }
        return "";
    }

    /** The object as written, with the status the controller wrote back (-o yaml, describe). */
    @SuppressWarnings("unchecked")
    static Object withStatus(Object data, java.util.Map<String, Object> status) {
        if (!(data instanceof java.util.Map<?, ?> m) || m.isEmpty()) {
            return data;
        }
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) m);
        if (out.get("metadata") instanceof java.util.Map<?, ?> meta) {
            java.util.Map<String, Object> md = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) meta);
            md.putIfAbsent("generation", 1); // what the conditions' observedGeneration refers to
            out.put("metadata", md);
        }
        out.put("status", status);
        return out;
    }
}
