package servicelab.realcluster;

import java.util.List;
import java.util.Map;

import servicelab.kubectl.RemoteKubectl;

/**
 * The console's read-only kubectl over a connected cluster: lists go through {@link RealCluster},
 * and a failed one is printed as kubectl prints it (connection refused, Error from server
 * (Forbidden): ..., a type the server does not serve).
 */
public final class RealConsole implements RemoteKubectl.Source {
    private final RealCluster cluster;

    private RealConsole(RealCluster cluster) {
        this.cluster = cluster;
    }

    /** kubectl get and describe over the cluster; a command without -n reads {@code namespace}. */
    public static RemoteKubectl kubectl(RealCluster cluster, String namespace) {
        return new RemoteKubectl(new RealConsole(cluster), namespace, System::currentTimeMillis);
    }

    @Override
    public List<Map<String, Object>> list(RemoteKubectl.Type t, String namespace) throws RemoteKubectl.Failure {
        try {
            return cluster.list(new RealCluster.ApiType(t.group(), t.version(), t.kind(), t.plural(), t.namespaced()), namespace);
        } catch (ClusterException e) {
            throw new RemoteKubectl.Failure(kubectlText(e, t, cluster.context()));
        }
    }

    /** What kubectl prints when a list fails this way. */
    static String kubectlText(ClusterException e, RemoteKubectl.Type t, KubeContext ctx) {
        if (e.reason() == ClusterException.Reason.UNREACHABLE) {
            String host = ctx == null || ctx.server() == null ? "" : ctx.server().replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
            return e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused")
                    ? "The connection to the server " + host + " was refused - did you specify the right host or port?"
                    : "Unable to connect to the server: " + e.getMessage();
        }
        if (e.code() == 401) {
            return "error: You must be logged in to the server (Unauthorized)";
        }
        if (e.code() == 404) { // a list is never missing, only its type (a CRD not installed, a group not served)
            return "error: the server doesn't have a resource type \"" + t.plural() + "\"";
        }
        if (e.status() != null) {
            return "Error from server (" + e.status() + "): " + e.getMessage();
        }
        return "error: " + e.getMessage();
    }
}
