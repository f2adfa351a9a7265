package servicelab.bridge;

import java.util.List;
import java.util.Locale;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** The resource paths of the kinds the bridge sends and lists, without asking the server's discovery. */
final class Kinds {
    static final String GATEWAY_API = "gateway.networking.k8s.io/v1";

    private Kinds() {
    }

    /** The REST coordinates of a namespaced kind at the document's own apiVersion. */
    static ResourceDefinitionContext context(String apiVersion, String kind) {
        String av = apiVersion == null ? "v1" : apiVersion;
        int slash = av.indexOf('/');
        String group = slash < 0 ? "" : av.substring(0, slash);
        String version = slash < 0 ? av : av.substring(slash + 1);
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
                .withPlural(plural(kind)).withNamespaced(true).build();
    }

    /** Kubernetes' plural for the course's kinds (kind lower-cased; -s, -es, -y to -ies; Endpoints stays). */
    static String plural(String kind) {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        if (k.endsWith("s")) {
            return k.equals("endpoints") ? k : k + "es";
        }
        if (k.endsWith("y")) {
            return k.substring(0, k.length() - 1) + "ies";
        }
        return k + "s";
    }

    /** A label value from a scene name (63 characters, alphanumeric at both ends). */
    static String labelValue(String scene) {
        String v = scene == null ? "" : scene.replaceAll("[^A-Za-z0-9._-]+", "-");
        if (v.length() > 63) {
            v = v.substring(0, 63);
        }
        return v.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
    }

    /** The objects of one kind, typed where the client has the model, generic for the Gateway API. */
    static List<?> list(KubernetesClient c, String kind, String ns) {
        return switch (kind) {
            case "Pod" -> c.pods().inNamespace(ns).list().getItems();
            case "Service" -> c.services().inNamespace(ns).list().getItems();
            case "EndpointSlice" -> c.discovery().v1().endpointSlices().inNamespace(ns).list().getItems();
            case "Ingress" -> c.network().v1().ingresses().inNamespace(ns).list().getItems();
            case "Node" -> c.nodes().list().getItems();
            case "Deployment" -> c.apps().deployments().inNamespace(ns).list().getItems();
            case "Gateway", "HTTPRoute" -> c.genericKubernetesResources(context(GATEWAY_API, kind)).inNamespace(ns).list().getItems();
            default -> throw new IllegalArgumentException("the bridge does not list " + kind);
        };
    }
}
