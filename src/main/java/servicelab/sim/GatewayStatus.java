package servicelab.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.Gateway;
import servicelab.model.GatewayClass;
import servicelab.model.HTTPRoute;

/**
 * The status this cluster's Gateway API controller writes back, as the v1.6.1 API defines it: a
 * GatewayClass Accepted; a Gateway Accepted and Programmed (once it has its address) with each
 * listener's supported kinds, attached routes and conditions; an HTTPRoute's entry per parent
 * Gateway of an accepted class, Accepted (or NotAllowedByListeners, NoMatchingListenerHostname,
 * NoMatchingParent) and ResolvedRefs (or RefNotPermitted, InvalidKind, BackendNotFound). A
 * Gateway of a class no controller here owns keeps the CRD's default: Accepted and Programmed
 * Unknown, Pending. The simulation has no wall clock: conditions carry no lastTransitionTime.
 */
public final class GatewayStatus {
    private GatewayStatus() {
    }

    static Map<String, Object> condition(String type, String status, String reason, String message) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", type);
        c.put("status", status);
        c.put("reason", reason);
        c.put("message", message);
        c.put("observedGeneration", 1);
        return c;
    }

    private static final String WAITING = "Waiting for controller";

    /** Two fields in this order (the JSON the route command prints is stable). */
    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** A GatewayClass's status.conditions. */
    public static Map<String, Object> ofClass(GatewayClass c) {
        return ofClass(c.controllerName());
    }

    /** The status.conditions of a GatewayClass of that controllerName. */
    public static Map<String, Object> ofClass(String controllerName) {
        boolean ours = GatewayObjects.CONTROLLER.equals(controllerName);
        return Map.of("conditions", List.of(ours
                ? condition("Accepted", "True", "Accepted", "Accepted by " + GatewayObjects.CONTROLLER)
                : condition("Accepted", "Unknown", "Pending", WAITING)));
    }

    /** A Gateway's status: addresses, conditions and listeners. */
    public static Map<String, Object> ofGateway(Simulation sim, Gateway gw) {
        GatewayObjects g = sim.gatewayApi;
        Map<String, Object> out = new LinkedHashMap<>();
        if (!g.accepted(gw.gatewayClassName())) {
            out.put("conditions", List.of(condition("Accepted", "Unknown", "Pending", WAITING),
                    condition("Programmed", "Unknown", "Pending", WAITING)));
            return out;
        }
        String address = g.address(gw);
        if (address != null) {
            out.put("addresses", List.of(pair("type", "IPAddress", "value", address)));
        }
        List<Map<String, Object>> listeners = new ArrayList<>();
        boolean allValid = true;
        GatewayRouting.Cluster cluster = GatewayRouting.of(sim);
        for (Gateway.Listener l : gw.listenersOrEmpty()) {
            boolean http = "HTTP".equals(l.protocol()) || "HTTPS".equals(l.protocol());
            boolean kindsOk = l.allowedRoutes() == null || l.allowedRoutes().kinds() == null || l.allowedRoutes().kinds().isEmpty()
                    || l.allowedRoutes().kinds().stream().allMatch(k -> routeKind(k) != null);
            String certProblem = "HTTPS".equals(l.protocol()) ? certificateProblem(gw, l, g) : null;
            Map<String, Object> ls = new LinkedHashMap<>();
            ls.put("name", l.name());
            ls.put("supportedKinds", http ? supportedKinds(l) : List.of());
            ls.put("attachedRoutes", GatewayRouting.attachedTo(gw, l, g.routes(), cluster).size());
            List<Map<String, Object>> cs = new ArrayList<>();
            cs.add(http ? condition("Accepted", "True", "Accepted", "Listener accepted")
                    : condition("Accepted", "False", "UnsupportedProtocol", "Protocol " + l.protocol() + " is not supported"));
            cs.add(condition("Conflicted", "False", "NoConflicts", "No conflicts"));
            cs.add(!kindsOk ? condition("ResolvedRefs", "False", "InvalidRouteKinds", "Only HTTPRoute and GRPCRoute are supported")
                    : certProblem != null ? condition("ResolvedRefs", "False", certProblem.startsWith("RefNotPermitted")
                            ? "RefNotPermitted" : "InvalidCertificateRef", certProblem.substring(certProblem.indexOf(':') + 2))
                    : condition("ResolvedRefs", "True", "ResolvedRefs", "References resolved"));
            boolean valid = http && kindsOk && certProblem == null;
            allValid &= valid;
            cs.add(valid && address != null ? condition("Programmed", "True", "Programmed", "Listener programmed")
                    : condition("Programmed", "False", "Invalid", "Listener is invalid"));
            ls.put("conditions", cs);
            listeners.add(ls);
        }
        out.put("conditions", List.of(allValid ? condition("Accepted", "True", "Accepted", "Gateway accepted")
                        : condition("Accepted", "True", "ListenersNotValid", "Some listeners are not valid"),
                address != null ? condition("Programmed", "True", "Programmed", "Address assigned: " + address)
                        : condition("Programmed", "False", "AddressNotAssigned", "No address in the load-balancer pool")));
        out.put("listeners", listeners);
        return out;
    }

    /** The route kind this controller serves that k names, or null (GatewayInvalidRouteKind). */
    private static String routeKind(Gateway.GroupKind k) {
        boolean group = k.group() == null || Gateway.GROUP.equals(k.group());
        return group && ("HTTPRoute".equals(k.kind()) || "GRPCRoute".equals(k.kind())) ? k.kind() : null;
    }

    /** The kinds asked for that this controller supports, in the order asked; both when none are asked for. */
    private static List<Map<String, Object>> supportedKinds(Gateway.Listener l) {
        List<String> kinds = l.allowedRoutes() == null || l.allowedRoutes().kinds() == null || l.allowedRoutes().kinds().isEmpty()
                ? List.of("HTTPRoute", "GRPCRoute")
                : l.allowedRoutes().kinds().stream().map(GatewayStatus::routeKind).filter(java.util.Objects::nonNull).distinct().toList();
        return kinds.stream().map(k -> pair("group", Gateway.GROUP, "kind", k)).toList();
    }

    /** An HTTPS listener's certificate references: "Reason: message", or null when they resolve. */
    private static String certificateProblem(Gateway gw, Gateway.Listener l, GatewayObjects g) {
        if (l.tls() == null || l.tls().certificateRefs() == null || l.tls().certificateRefs().isEmpty()) {
            return "InvalidCertificateRef: An HTTPS listener needs a certificateRef";
        }
        for (Gateway.ObjectRef ref : l.tls().certificateRefs()) {
            String kind = ref.kind() == null ? "Secret" : ref.kind();
            if (!"Secret".equals(kind) || ref.group() != null && !ref.group().isEmpty()) {
                return "InvalidCertificateRef: Only core Secrets are supported as certificates";
            }
            String ns = ref.namespace() == null ? gw.namespaceOrDefault() : ref.namespace();
            if (!ns.equals(gw.namespaceOrDefault()) && !g.grantsSecret(gw.namespaceOrDefault(), ns, ref.name())) {
                return "RefNotPermitted: No ReferenceGrant in " + ns + " allows Gateways of " + gw.namespaceOrDefault()
                        + " to use Secret " + ref.name();
            }
        }
        return null;
    }

    /** A GRPCRoute's status.parents, as its shape's (the same conditions and reasons as an HTTPRoute's). */
    public static Map<String, Object> ofRoute(Simulation sim, servicelab.model.GRPCRoute r) {
        HTTPRoute shape = sim.gatewayApi.shapeOf(r);
        return shape == null ? Map.of("parents", List.of()) : ofRoute(sim, shape);
    }

    /** An HTTPRoute's status.parents: one entry per parentRef to a Gateway of an accepted class. */
    public static Map<String, Object> ofRoute(Simulation sim, HTTPRoute r) {
        GatewayObjects g = sim.gatewayApi;
        GatewayRouting.Cluster cluster = GatewayRouting.of(sim);
        List<Map<String, Object>> parents = new ArrayList<>();
        for (HTTPRoute.ParentRef p : r.parentRefsOrEmpty()) {
            String group = p.group() == null ? Gateway.GROUP : p.group();
            String kind = p.kind() == null ? "Gateway" : p.kind();
            String ns = p.namespace() == null ? r.namespaceOrDefault() : p.namespace();
            Gateway gw = group.equals(Gateway.GROUP) && kind.equals("Gateway") ? g.gateway(ns, p.name()) : null;
            if (gw == null || !g.accepted(gw.gatewayClassName())) {
                continue; // no controller of this cluster owns that parent: nobody writes its entry
            }
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("group", group);
            ref.put("kind", kind);
            ref.put("namespace", ns);
            ref.put("name", p.name());
            if (p.sectionName() != null) {
                ref.put("sectionName", p.sectionName());
            }
            if (p.port() != null) {
                ref.put("port", p.port());
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("parentRef", ref);
            entry.put("controllerName", GatewayObjects.CONTROLLER);
            entry.put("conditions", List.of(accepted(r, gw, p, g.routes(), cluster), resolvedRefs(r, g, cluster)));
            parents.add(entry);
        }
        return Map.of("parents", parents);
    }

    static Map<String, Object> accepted(HTTPRoute r, Gateway gw, HTTPRoute.ParentRef p, List<HTTPRoute> all,
                                                GatewayRouting.Cluster cluster) {
        List<Gateway.Listener> named = gw.listenersOrEmpty().stream()
                .filter(l -> (p.sectionName() == null || p.sectionName().equals(l.name())) && (p.port() == null || p.port().equals(l.port())))
                .toList();
        if (named.isEmpty()) {
            return condition("Accepted", "False", "NoMatchingParent", p.sectionName() != null
                    ? "No listener named " + p.sectionName() : "No listener on port " + p.port());
        }
        List<Gateway.Listener> allowed = named.stream().filter(l -> GatewayRouting.admitted(r, gw, l, cluster)).toList();
        if (allowed.isEmpty()) {
            return condition("Accepted", "False", "NotAllowedByListeners", "No listener allows routes from namespace "
                    + r.namespaceOrDefault());
        }
        List<Gateway.Listener> matching = allowed.stream().filter(l -> GatewayRouting.intersects(r, l)).toList();
        if (matching.isEmpty()) {
            return condition("Accepted", "False", "NoMatchingListenerHostname", "No hostname of the route matches a listener's hostname");
        }
        if (matching.stream().noneMatch(l -> GatewayRouting.attachedTo(gw, l, all, cluster).contains(r))) {
            // taken by none of them: an older route of the other kind holds the hostname on the first
            Gateway.Listener l = matching.get(0);
            HTTPRoute older = GatewayRouting.conflict(r, GatewayRouting.attachedTo(gw, l, all, cluster), l, cluster);
            if (older == null) {
                return condition("Accepted", "True", "Accepted", "Route accepted");
            }
            return condition("Accepted", "False", "NotAllowedByListeners", "Listener " + l.name() + " already has "
                    + cluster.kindOf(older) + " " + older.namespaceOrDefault() + "/" + older.name()
                    + " for an overlapping hostname; of an HTTPRoute and a GRPCRoute sharing a hostname only the older is accepted");
        }
        return condition("Accepted", "True", "Accepted", "Route accepted");
    }

    private static Map<String, Object> resolvedRefs(HTTPRoute r, GatewayObjects g, GatewayRouting.Cluster cluster) {
        for (HTTPRoute.Rule rule : r.rulesOrEmpty()) {
            for (HTTPRoute.BackendRef b : rule.backendRefsOrEmpty()) {
                GatewayRouting.Backend be = GatewayRouting.resolve(r, b, g.referenceGrants(), cluster);
                if (!be.valid()) {
                    String what = be.namespace() + "/" + be.name();
                    return condition("ResolvedRefs", "False", be.invalidReason(), switch (be.invalidReason()) {
                        case "InvalidKind" -> "Only Services are supported as backends: " + what;
                        case "RefNotPermitted" -> "No ReferenceGrant in " + be.namespace() + " allows " + cluster.kindOf(r) + "s of "
                                + r.namespaceOrDefault() + " to refer to Service " + be.name();
                        default -> "Service " + what + " not found";
                    });
                }
            }
        }
        return condition("ResolvedRefs", "True", "ResolvedRefs", "All references resolved");
    }
}
