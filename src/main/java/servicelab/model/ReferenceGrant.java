package servicelab.model;

import java.util.List;

/**
 * A gateway.networking.k8s.io ReferenceGrant (a CRD): in its own namespace, it lets objects of the
 * kinds and namespaces in {@code from} refer to the objects described in {@code to}.
 */
public record ReferenceGrant(ObjectMeta metadata, String version, List<From> from, List<To> to) implements KubeObject {
    public ReferenceGrant {
        from = Maps.copy(from);
        to = Maps.copy(to);
    }

    /** Who may refer: a group, kind and namespace. */
    public record From(String group, String kind, String namespace) {
    }

    /** What may be referred to: a group, kind and optionally one name. */
    public record To(String group, String kind, String name) {
    }

    public List<From> fromOrEmpty() {
        return from == null ? List.of() : from;
    }

    public List<To> toOrEmpty() {
        return to == null ? List.of() : to;
    }

    @Override
    public String apiVersion() {
        return Gateway.GROUP + "/" + version;
    }

    @Override
    public String kind() {
        return "ReferenceGrant";
    }
}
