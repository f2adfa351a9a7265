package servicelab.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.check.DocumentReport;
import servicelab.kubectl.LiveCluster;
import servicelab.manifest.ManifestEditor;
import servicelab.model.HTTPRoute;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.GatewayObjects;
import servicelab.sim.GatewayView;
import servicelab.sim.SimService;

/**
 * The diagram's Gateway API edits, as text: a Service reached through a Gateway. Without a Gateway
 * in the Service's namespace, a Gateway "web" of this cluster's class and an HTTPRoute sending
 * every path to the Service; with one whose routes already send elsewhere, a rule added to the
 * first such HTTPRoute, matching the Service's own path prefix (/NAME).
 */
public final class GatewayEdits {
    private GatewayEdits() {
    }

    /** What exposing this Service would do: "create" (a Gateway and an HTTPRoute), "rule" (a rule added), or null (already sent to). */
    public static String plan(CheckService.Checked c, ClusterSnapshot snap, SimService s) {
        GatewayView gw = gatewayOf(snap, s.namespace());
        if (gw == null) {
            return "create";
        }
        if (gw.backends().contains(s.namespace() + "/" + s.name())) {
            return null;
        }
        return routeOf(c, gw) != null ? "rule" : "create";
    }

    public static Edits.Proposal expose(CheckService.Checked c, ClusterSnapshot snap, SimService s) {
        if (s.ports().isEmpty()) {
            return null;
        }
        int port = s.ports().get(0).port();
        GatewayView gw = gatewayOf(snap, s.namespace());
        HTTPRoute route = gw == null ? null : routeOf(c, gw);
        if (route != null) {
            DocumentReport d = LiveCluster.documentIn(c.report(), "HTTPRoute", route.namespaceOrDefault(), route.name());
            if (d == null) {
                return null;
            }
            Map<String, Object> path = new LinkedHashMap<>();
            path.put("type", "PathPrefix");
            path.put("value", "/" + s.name());
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("matches", List.of(Map.of("path", path)));
            rule.put("backendRefs", List.of(backend(s.name(), port)));
            ManifestEditor.Edit e = ManifestEditor.of(c.text()).addItem(d.index(), "spec.rules", rule);
            return e.isEmpty() ? null : new Edits.Proposal(c.revision(), e);
        }
        var t = ManifestEditor.transaction(c.text());
        String gwName = gw != null ? gw.name() : "web";
        if (gw == null) {
            Map<String, Object> listener = new LinkedHashMap<>();
            listener.put("name", "http");
            listener.put("protocol", "HTTP");
            listener.put("port", 80);
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("gatewayClassName", GatewayObjects.CLASS);
            spec.put("listeners", List.of(listener));
            t.addDocument(object("Gateway", meta(gwName, s.namespace()), spec));
        }
        String name = s.name();
        for (int i = 2; LiveCluster.documentIn(c.report(), "HTTPRoute", s.namespace(), name) != null; i++) {
            name = s.name() + "-" + i;
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("parentRefs", List.of(Map.of("name", gwName)));
        spec.put("rules", List.of(Map.of("backendRefs", List.of(backend(s.name(), port)))));
        t.addDocument(object("HTTPRoute", meta(name, s.namespace()), spec));
        ManifestEditor.Edit e = t.commit();
        return e.isEmpty() ? null : new Edits.Proposal(c.revision(), e);
    }

    /** The first Gateway of the namespace (the oldest). */
    private static GatewayView gatewayOf(ClusterSnapshot snap, String namespace) {
        return snap.gateways().stream().filter(g -> g.namespace().equals(namespace)).findFirst().orElse(null);
    }

    /** The first HTTPRoute of the Gateway's namespace that names it as a parent. */
    private static HTTPRoute routeOf(CheckService.Checked c, GatewayView gw) {
        return c.report().objects().stream().filter(HTTPRoute.class::isInstance).map(HTTPRoute.class::cast)
                .filter(r -> r.namespaceOrDefault().equals(gw.namespace()) && r.parentRefsOrEmpty().stream()
                        .anyMatch(p -> gw.name().equals(p.name()) && (p.namespace() == null || p.namespace().equals(gw.namespace()))))
                .findFirst().orElse(null);
    }

    private static Map<String, Object> backend(String name, int port) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", name);
        b.put("port", port);
        return b;
    }

    private static Map<String, Object> meta(String name, String namespace) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        if (!namespace.equals("default")) {
            m.put("namespace", namespace);
        }
        return m;
    }

    private static Map<String, Object> object(String kind, Map<String, Object> meta, Map<String, Object> spec) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("apiVersion", "gateway.networking.k8s.io/v1");
        o.put("kind", kind);
        o.put("metadata", meta);
        o.put("spec", spec);
        return o;
    }
}
