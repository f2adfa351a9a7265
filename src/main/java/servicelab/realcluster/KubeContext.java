package servicelab.realcluster;

/**
 * One context of the merged kubeconfig, as {@code kubectl config get-contexts} lists it, with the
 * server of its cluster. Never holds a credential: the bridge reads those itself when it connects.
 */
public record KubeContext(String name, String cluster, String server, String namespace, boolean current, boolean loopback) {

    /** The namespace kubectl would use in this context. */
    public String namespaceOrDefault() {
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }
}
