package servicelab.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.Gateway;
import servicelab.model.GatewayClass;
import servicelab.model.HTTPRoute;
import servicelab.model.KubeObject;
import servicelab.model.ReferenceGrant;

/**
 * The Gateway API objects the cluster holds, in the order they were created (the oldest route wins
 * ties), and the Namespaces, whose labels a listener's allowedRoutes may select by.
 */
public final class GatewayObjects {
    /** The GatewayClass every cluster of this app has (docs/CLI.md, "The default world"), and its controller. */
    public static final String CLASS = "servicelab";
    public static final String CONTROLLER = "gateway.servicelab.dev/controller";
    private final Map<String, KubeObject> objects = new LinkedHashMap<>();
    /** Gateways' addresses from the load-balancer pool, by namespace/name, given in creation order. */
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final java.util.function.Supplier<String> pool;
    /** Each GRPCRoute's shape ({@link GrpcShapes}), made once when it is stored; kept by identity, as a shape may equal an HTTPRoute. */
    private final Map<KubeObject, HTTPRoute> shapes = new java.util.IdentityHashMap<>();
    private final Map<HTTPRoute, KubeObject> shapeOrigins = new java.util.IdentityHashMap<>();

    GatewayObjects(java.util.function.Supplier<String> pool) {
        this.pool = pool;
    }

    static boolean handles(KubeObject o) {
        return o instanceof GatewayClass || o instanceof Gateway || o instanceof HTTPRoute || o instanceof servicelab.model.GRPCRoute
                || o instanceof ReferenceGrant
                || o instanceof servicelab.model.Namespace;
    }

    void put(KubeObject o) {
        forgetShape(objects.put(key(o), o));
        if (o instanceof servicelab.model.GRPCRoute g) {
            HTTPRoute shape = GrpcShapes.shape(g);
            shapes.put(g, shape);
            shapeOrigins.put(shape, g);
        }
        program();
    }

    private void forgetShape(KubeObject old) {
        HTTPRoute shape = old == null ? null : shapes.remove(old);
        if (shape != null) {
            shapeOrigins.remove(shape);
        }
    }

    void remove(KubeObject o) {
        forgetShape(objects.remove(key(o)));
        if (o instanceof Gateway g) {
            addresses.remove(g.namespaceOrDefault() + "/" + g.name());
        }
    }

    /** A Gateway of a class this cluster's controller accepts gets an address (oldest first), once. */
    private void program() {
        for (Gateway g : gateways()) {
            String k = g.namespaceOrDefault() + "/" + g.name();
            if (!addresses.containsKey(k) && accepted(g.gatewayClassName())) {
                addresses.put(k, pool.get());
            }
        }
    }

    /** The built-in class, or a declared one whose controllerName is this cluster's. */
    public boolean accepted(String className) {
        if (className == null) {
            return false;
        }
        for (GatewayClass c : gatewayClasses()) {
            if (className.equals(c.name())) {
                return CONTROLLER.equals(c.controllerName());
            }
        }
        return CLASS.equals(className);
    }

    /** The Gateway's address, or null while it has none. */
    public String address(Gateway g) {
        return addresses.get(g.namespaceOrDefault() + "/" + g.name());
    }

    /** The Gateway listening on this address, or null. */
    public Gateway at(String ip) {
        for (Gateway g : gateways()) {
            if (ip.equals(address(g))) {
                return g;
            }
        }
        return null;
    }

    /** The Gateway of that namespace and name, or null. */
    public Gateway gateway(String namespace, String name) {
        return objects.get("Gateway/" + namespace + "/" + name) instanceof Gateway g ? g : null;
    }

    /** Whether a ReferenceGrant in toNamespace lets Gateways of fromNamespace use that Secret (or every Secret). */
    boolean grantsSecret(String fromNamespace, String toNamespace, String secret) {
        for (ReferenceGrant g : referenceGrants()) {
            if (g.namespaceOrDefault().equals(toNamespace)
                    && g.fromOrEmpty().stream().anyMatch(f -> Gateway.GROUP.equals(f.group()) && "Gateway".equals(f.kind())
                            && fromNamespace.equals(f.namespace()))
                    && g.toOrEmpty().stream().anyMatch(t -> (t.group() == null || t.group().isEmpty()) && "Secret".equals(t.kind())
                            && (t.name() == null || t.name().isEmpty() || t.name().equals(secret)))) {
                return true;
            }
        }
        return false;
    }

    private static String key(KubeObject o) {
        return o.kind() + "/" + o.namespaceOrDefault() + "/" + o.name();
    }

    /** A namespace's labels, with the automatic kubernetes.io/metadata.name (the NamespaceDefaultLabelName feature). */
    public Map<String, String> namespaceLabels(String namespace) {
        Map<String, String> labels = new LinkedHashMap<>();
        KubeObject ns = objects.get("Namespace//" + namespace);
        if (ns != null && ns.metadata() != null) {
            labels.putAll(ns.metadata().labelsOrEmpty());
        }
        labels.put("kubernetes.io/metadata.name", namespace);
        return labels;
    }

    public List<Gateway> gateways() {
        return of(Gateway.class);
    }

    public List<HTTPRoute> httpRoutes() {
        return of(HTTPRoute.class);
    }

    public List<servicelab.model.GRPCRoute> grpcRoutes() {
        return of(servicelab.model.GRPCRoute.class);
    }

    /**
     * Every route the controller programs, oldest first: the HTTPRoutes as they are and the
     * GRPCRoutes as the HTTP routes they become ({@link GrpcShapes}); {@link #kindOf} tells them apart.
     */
    public List<HTTPRoute> routes() {
        List<HTTPRoute> out = new ArrayList<>();
        for (KubeObject o : objects.values()) {
            if (o instanceof HTTPRoute r) {
                out.add(r);
            } else if (shapes.containsKey(o)) {
                out.add(shapes.get(o));
            }
        }
        return out;
    }

    /** "GRPCRoute" for the shape of a GRPCRoute that {@link #routes} returned, else "HTTPRoute". */
    public String kindOf(HTTPRoute r) {
        return shapeOrigins.containsKey(r) ? "GRPCRoute" : "HTTPRoute";
    }

    /** The shape {@link #routes} gives this GRPCRoute (the stored object, or null when it is not stored). */
    public HTTPRoute shapeOf(servicelab.model.GRPCRoute g) {
        return shapes.get(objects.get(key(g)));
    }

    public List<ReferenceGrant> referenceGrants() {
        return of(ReferenceGrant.class);
    }

    public List<GatewayClass> gatewayClasses() {
        return of(GatewayClass.class);
    }

    private <T> List<T> of(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (KubeObject o : objects.values()) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }
}
