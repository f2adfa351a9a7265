package servicelab.model;

/** A Kubernetes object as declared in a manifest: its API group/version, kind and metadata. */
public sealed interface KubeObject
        permits Service, Pod, ReplicationController, ReplicaSet, Deployment, Ingress, IngressClass, Namespace, Endpoints,
        ConfigMap, EndpointSlice, GatewayClass, Gateway, HTTPRoute, GRPCRoute, ReferenceGrant, NetworkPolicy {
    String apiVersion();

    String kind();

    ObjectMeta metadata();

    /** The object's namespace, or {@code default} for namespaced kinds that name none. */
    default String namespaceOrDefault() {
        String ns = metadata() == null ? null : metadata().namespace();
        return ns == null || ns.isEmpty() ? "default" : ns;
    }

    default String name() {
        return metadata() == null ? null : metadata().name();
    }
}
