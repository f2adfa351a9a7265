package servicelab.realcluster;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A connection to one real cluster, as the rest of the app sees it. The only implementation
 * ({@code servicelab.bridge}) talks to the API server through a maintained client; nothing here
 * names that client's types. Every call may block on the network (the view calls it off the UI
 * thread) and ends within the connection's timeouts.
 */
public interface RealCluster extends AutoCloseable {
    /** The field manager of every server-side apply: the server records this app as the owner of the fields it set. */
    String FIELD_MANAGER = "servicelab";
    /** Labels on the namespaces the app creates; {@link #deleteNamespace} refuses any namespace without the first. */
    String MANAGED_BY = "app.kubernetes.io/managed-by";
    String SCENE_LABEL = "servicelab.dev/scene";

    KubeContext context();

    /** The server's version (gitVersion, e.g. v1.34.0): proves the cluster answers. */
    String serverVersion() throws ClusterException;

    /**
     * Sends the documents with server-side apply into {@code namespace}, creating that namespace
     * (labelled as this app's) first if it is missing; with {@code dryRun} the objects are only
     * checked by the server (admission and validation run, nothing is stored). One answer per
     * document, in order; a refused document does not stop the others.
     */
    List<ServerAnswer> apply(String namespace, String scene, List<SentDocument> documents, boolean dryRun) throws ClusterException;

    /** Deletes a namespace this app created (and everything in it); refuses any other. */
    void deleteNamespace(String namespace) throws ClusterException;

    /** The objects of one kind (Pod, Service, EndpointSlice, Node, Ingress, Gateway) in a namespace (ignored for Node). */
    List<RealObject> list(String kind, String namespace) throws ClusterException;

    /** A resource type as the API addresses it (no discovery: the caller knows its group, version and plural). */
    record ApiType(String group, String version, String kind, String plural, boolean namespaced) {
    }

    /**
     * The objects of any type as the API returns them (JSON maps, kind and apiVersion filled in),
     * in {@code namespace} or in every namespace when it is null; cluster-scoped types ignore it.
     * The console's read-only commands read through this.
     */
    List<Map<String, Object>> list(ApiType type, String namespace) throws ClusterException;

    /**
     * Starts watching a namespace (its Pods, Services, EndpointSlices, Ingresses and Gateways, and
     * the cluster's Nodes) with informers; events arrive on the client's threads. The returned
     * watch reports whether every informer is watching, and restarts them on request.
     */
    RealWatch watch(String namespace, Consumer<RealEvent> events) throws ClusterException;

    @Override
    void close();

    /** One document of the editor as sent: its index and position in the text, and its own text. */
    record SentDocument(int index, int line, String kind, String name, String text) {
    }

    /** The server's answer to one document: accepted, or refused with its message and causes (field paths). */
    record ServerAnswer(int index, String kind, String name, boolean accepted, int code, String reason, String message,
                        List<Map<String, String>> causes) {
        public ServerAnswer {
            causes = causes == null ? List.of() : List.copyOf(causes);
        }
    }
}
