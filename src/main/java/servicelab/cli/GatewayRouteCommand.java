package servicelab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.Gateway;
import servicelab.sim.GatewayRouting;
import servicelab.sim.Simulation;
import servicelab.text.Json;
import servicelab.text.Messages;

/** {@code route} when the FILEs hold a Gateway: the Gateway API's answer, as docs/CLI.md describes it. */
final class GatewayRouteCommand {
    private GatewayRouteCommand() {
    }

    static int run(ClusterArgs a, Simulation sim, String host, String path, Messages msg, PrintStream out) throws ClusterArgs.Failure {
        List<Gateway> gateways = sim.gatewayApi.gateways();
        String wanted = a.option("--gateway");
        Gateway gw = null;
        for (Gateway g : gateways) {
            if (wanted == null || wanted.equals(g.namespaceOrDefault() + "/" + g.name()) || wanted.equals(g.name())) {
                gw = g;
                break;
            }
        }
        if (gw == null || wanted == null && gateways.size() > 1) {
            throw new ClusterArgs.Failure(2, msg.get(gw == null ? "route.noGateway" : "route.manyGateways", wanted == null ? "" : wanted));
        }
        if (sim.gatewayApi.address(gw) == null) {
            // no controller of this cluster owns its class: nothing listens, nothing routes
            throw new ClusterArgs.Failure(1, msg.get("route.noAddress", gw.namespaceOrDefault() + "/" + gw.name()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        pairs(a, headers, query, msg);
        String fullPath = query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + String.join("&", query);
        String method = a.option("--method") == null ? "GET" : a.option("--method");
        GatewayRouting.Route r = GatewayRouting.route(gw, sim.gatewayApi.routes(), sim.gatewayApi.referenceGrants(), GatewayRouting.of(sim),
                new GatewayRouting.Request(host, fullPath, method, headers, a.option("--listener")));
        Map<String, Object> j = json(r, host, path);
        statuses(j, sim, gw);
        if (a.json) {
            out.println(Json.write(j));
        } else {
            out.println(text(r, host, path, msg));
        }
        return 0;
    }

    /**
     * The status the controller wrote back: every HTTPRoute (routeStatus) and GRPCRoute
     * (grpcRouteStatus, when there is one) that names the Gateway as a parent, attached or not; and
     * the Gateway's own.
     */
    private static void statuses(Map<String, Object> j, Simulation sim, Gateway gw) {
        Map<String, Object> routes = new LinkedHashMap<>();
        Map<String, Object> grpc = new LinkedHashMap<>();
        for (servicelab.model.HTTPRoute hr : sim.gatewayApi.routes()) {
            boolean names = hr.parentRefsOrEmpty().stream().anyMatch(p -> gw.name().equals(p.name())
                    && gw.namespaceOrDefault().equals(p.namespace() == null ? hr.namespaceOrDefault() : p.namespace()));
            if (names) {
                (sim.gatewayApi.kindOf(hr).equals("GRPCRoute") ? grpc : routes)
                        .put(hr.namespaceOrDefault() + "/" + hr.name(), servicelab.sim.GatewayStatus.ofRoute(sim, hr));
            }
        }
        j.put("routeStatus", routes);
        if (!grpc.isEmpty()) {
            j.put("grpcRouteStatus", grpc);
        }
        j.put("gatewayStatus", servicelab.sim.GatewayStatus.ofGateway(sim, gw));
    }

    /** The --header and --query NAME=VALUE pairs, in order. */
    static void pairs(ClusterArgs a, Map<String, String> headers, List<String> query, Messages msg) throws ClusterArgs.Failure {
        for (String[] o : a.own) {
            if (o[0].equals("--header") || o[0].equals("--query")) {
                int eq = o[1].indexOf('=');
                if (eq <= 0) {
                    throw new ClusterArgs.Failure(2, msg.get("route.badPair", o[0], o[1]));
                }
                if (o[0].equals("--header")) {
                    headers.put(o[1].substring(0, eq), o[1].substring(eq + 1));
                } else {
                    query.add(o[1]);
                }
            }
        }
    }

    /** The contract's JSON (docs/CLI.md, "route"). */
    private static Map<String, Object> json(GatewayRouting.Route r, String host, String path) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("host", host);
        j.put("path", path);
        j.put("gateway", r.gateway());
        if (r.listener() != null) {
            j.put("listener", r.listener());
        }
        if (r.httpRoute() != null) {
            j.put("GRPCRoute".equals(r.routeKind()) ? "grpcroute" : "httproute", r.httpRoute());
            j.put("rule", r.rule());
            j.put("match", r.match());
            List<Object> backends = new ArrayList<>();
            for (GatewayRouting.Backend b : r.backends()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("service", b.namespace() + "/" + b.name());
                m.put("port", b.port());
                m.put("weight", b.weight());
                if (!b.valid()) {
                    m.put("invalid", b.invalidReason());
                }
                backends.add(m);
            }
            j.put("backends", backends);
            j.put("filters", r.filters());
        }
        j.put("result", r.result().name());
        if (r.result() == GatewayRouting.Result.REDIRECT) {
            j.put("statusCode", r.statusCode());
            j.put("location", r.location());
        }
        return j;
    }

    private static String text(GatewayRouting.Route r, String host, String path, Messages msg) {
        boolean grpc = r.routeKind() != null && r.routeKind().startsWith("GRPC");
        String kind = grpc ? msg.get("route.kind.grpc") : msg.get("route.kind.http");
        return switch (r.result()) {
            case HTTP_404 -> msg.get("route.gw.404", host, path, r.gateway());
            case HTTP_500 -> msg.get("route.gw.500", host, path, r.httpRoute() + " #" + r.rule());
            case REDIRECT -> msg.get("route.gw.redirect", host, path, r.httpRoute() + " #" + r.rule(), r.statusCode(), r.location());
            case ROUTED -> msg.get("route.gw.match", host, path, r.gateway() + "/" + r.listener(),
                    kind + " " + r.httpRoute() + " #" + r.rule(),
                    String.join(", ", r.backends().stream().map(b -> b.namespace() + "/" + b.name() + ":" + b.port()
                            + " (" + b.weight() + ")").toList()));
        };
    }
}
