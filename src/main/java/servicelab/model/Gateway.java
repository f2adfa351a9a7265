package servicelab.model;

import java.util.List;

/**
 * A gateway.networking.k8s.io/v1 Gateway (a CRD, not a built-in kind): an entry point of a
 * GatewayClass with its listeners. Lists are null when absent.
 */
public record Gateway(ObjectMeta metadata, String gatewayClassName, List<Listener> listeners) implements KubeObject {
    public static final String GROUP = "gateway.networking.k8s.io";

    public Gateway {
        listeners = Maps.copy(listeners);
    }

    /** A listener: where (port, protocol, hostname) and which routes may attach. */
    public record Listener(String name, String hostname, Integer port, String protocol, Tls tls, AllowedRoutes allowedRoutes) {
    }

    /** A listener's TLS: mode (Terminate by default) and the certificates it terminates with. */
    public record Tls(String mode, List<ObjectRef> certificateRefs) {
        public Tls {
            certificateRefs = Maps.copy(certificateRefs);
        }
    }

    /** Which routes may attach: namespaces From Same (default), All or Selector, and route kinds. */
    public record AllowedRoutes(String from, LabelSelector selector, List<GroupKind> kinds) {
        public AllowedRoutes {
            kinds = Maps.copy(kinds);
        }
    }

    /** A reference to an object by group, kind, name and (optional) namespace. */
    public record ObjectRef(String group, String kind, String name, String namespace) {
    }

    /** A group and kind (RouteGroupKind). */
    public record GroupKind(String group, String kind) {
    }

    public List<Listener> listenersOrEmpty() {
        return listeners == null ? List.of() : listeners;
    }

    @Override
    public String apiVersion() {
        return GROUP + "/v1";
    }

    @Override
    public String kind() {
        return "Gateway";
    }
}
