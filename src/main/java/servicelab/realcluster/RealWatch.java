package servicelab.realcluster;

/** A running watch of one namespace (see {@link RealCluster#watch}). */
public interface RealWatch extends AutoCloseable {
    /** True while every informer has listed and is watching. */
    boolean live();

    /** Stops the informers and starts them again (a fresh list, then a watch). */
    void reconnect();

    @Override
    void close();
}
