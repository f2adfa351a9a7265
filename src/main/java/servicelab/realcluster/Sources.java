package servicelab.realcluster;

/** Where the kubeconfig and the bridge come from: this user's, or a test's own. */
public interface Sources {
    KubeConfigs configs() throws ClusterException;

    Bridges.Connector connector() throws ClusterException;

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
