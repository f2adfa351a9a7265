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
    private final Map<String, KubeObject> objects = new LinkedHashMap<>();

    static boolean handles(KubeObject o) {
        return o instanceof GatewayClass || o instanceof Gateway || o instanceof HTTPRoute || o instanceof ReferenceGrant
                || o instanceof servicelab.model.Namespace;
    }

    void put(KubeObject o) {
        objects.put(key(o), o);
    }

    void remove(KubeObject o) {
        objects.remove(key(o));
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
