package servicelab.model;

/** A gateway.networking.k8s.io/v1 GatewayClass (a CRD): which controller implements its Gateways. */
public record GatewayClass(ObjectMeta metadata, String controllerName, String description) implements KubeObject {
    @Override
    public String apiVersion() {
        return Gateway.GROUP + "/v1";
    }

    @Override
    public String kind() {
        return "GatewayClass";
    }

    @Override
    public String namespaceOrDefault() {
        return "";
    }
}
