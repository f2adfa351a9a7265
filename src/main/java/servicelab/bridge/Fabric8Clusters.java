package servicelab.bridge;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

import servicelab.realcluster.Bridges;
import servicelab.realcluster.ClusterException;
import servicelab.realcluster.KubeContext;
import servicelab.realcluster.RealCluster;

/**
 * The bridge's entry point ({@link Bridges} creates it by name): a fabric8 client per context,
 * over the JDK's HTTP client, reading the kubeconfig as kubectl does. Timeouts keep every failure
 * inside the command line's 15 seconds: 5 s to connect, 10 s per request, no client-side retries
 * (the informers retry on their own).
 */
public final class Fabric8Clusters implements Bridges.Connector {
    static final int CONNECT_MS = 5_000;
    static final int REQUEST_MS = 10_000;

    @Override
    public RealCluster connect(KubeContext context) throws ClusterException {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        // the client finds its serializers and HTTP factory through the context loader
        t.setContextClassLoader(Fabric8Clusters.class.getClassLoader());
        try {
            Config config = new ConfigBuilder(Config.autoConfigure(context.name()))
                    .withConnectionTimeout(CONNECT_MS)
                    .withRequestTimeout(REQUEST_MS)
                    .withRequestRetryBackoffLimit(0)
                    .withWatchReconnectInterval(1_000)
                    .build();
            KubernetesClient client = new KubernetesClientBuilder().withConfig(config)
                    .withHttpClientFactory(new JdkHttpClientFactory()).build();
            return new Fabric8Cluster(client, context);
        } catch (RuntimeException e) {
            throw Fabric8Cluster.translate(e);
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
