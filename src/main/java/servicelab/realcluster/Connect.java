package servicelab.realcluster;

/**
 * The one way in to a real cluster, for the command line and the view alike: the context must
 * exist; a server that is not on this machine needs the context named explicitly (the command
 * line's {@code --context}, the view's confirmation dialog that names it); then the server must
 * answer ({@code /version}) before anything else is sent.
 */
public final class Connect {
    private Connect() {
    }

    /**
     * Connects to {@code name} (the current context when null). {@code confirmed} is true only when
     * the learner named this very context (or confirmed it by name).
     */
    public static RealCluster open(KubeConfigs configs, String name, boolean confirmed, Bridges.Connector connector)
            throws ClusterException {
        KubeContext ctx = configs.find(name);
        if (!ctx.loopback() && !confirmed) {
            throw new ClusterException(ClusterException.Reason.NOT_CONFIRMED, "context \"" + ctx.name() + "\" points at "
                    + ctx.server() + ", which is not this machine");
        }
        RealCluster c = connector.connect(ctx);
        try {
            c.serverVersion();
            return c;
        } catch (ClusterException e) {
            c.close();
            if (e.reason() == ClusterException.Reason.UNREACHABLE) {
                throw new ClusterException(e.reason(), ctx.server() + " (" + ctx.name() + "): " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
