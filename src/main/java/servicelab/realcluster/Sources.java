package servicelab.realcluster;

/** Where the kubeconfig and the bridge come from: this user's, or a test's own. */
public interface Sources {
    KubeConfigs configs() throws ClusterException;

    Bridges.Connector connector() throws ClusterException;

    /** Fetches the bridge when the app was installed without it (see {@link BridgeInstall}). */
    default void installBridge(java.util.function.Consumer<BridgeInstall.Progress> progress) throws ClusterException {
        BridgeInstall.install(progress);
    }

    /** The bridge's download size in bytes. */
    default long bridgeSize() {
        return BridgeInstall.size();
    }

    /** This user's kubeconfig and the bridge loaded from lib/bridge. */
    Sources REAL = new Sources() {
        @Override
        public KubeConfigs configs() throws ClusterException {
            return KubeConfigs.load();
        }

        @Override
        public Bridges.Connector connector() throws ClusterException {
            return Bridges.open();
        }
    };
}
