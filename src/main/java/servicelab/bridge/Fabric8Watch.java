package servicelab.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import servicelab.realcluster.RealEvent;
import servicelab.realcluster.RealWatch;

/**
 * Informers (list, then watch; fabric8 re-lists and re-watches by itself after a drop) on one
 * namespace's Pods, Services, EndpointSlices and Ingresses, the cluster's Nodes, and Gateways when
 * the cluster serves the Gateway API. A quarter-second check of {@code isWatching()} turns a lost
 * connection into a STALE event and its recovery into LIVE, so the view never shows a frozen
 * picture as current.
 */
final class Fabric8Watch implements RealWatch {
    static final long HEALTH_MS = 250;

    private final KubernetesClient client;
    private final String namespace;
    private final Consumer<RealEvent> events;
    private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
    private final ScheduledExecutorService health;
    static final long FIRST_LIST_MS = 5_000;

    private volatile boolean live;
    private volatile boolean closed;
    /** Whether the view has been told anything yet; a watch that never gets going is reported stale after five seconds. */
    private volatile boolean told;
    private volatile long startedAt = System.nanoTime();

    Fabric8Watch(KubernetesClient client, String namespace, Consumer<RealEvent> events) {
        this.client = client;
        this.namespace = namespace;
        this.events = events;
        this.health = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "servicelab-watch-health");
            t.setDaemon(true);
            return t;
        });
        start();
        health.scheduleWithFixedDelay(this::checkHealth, HEALTH_MS, HEALTH_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void start() {
        add(client.pods().inNamespace(namespace).runnableInformer(0));
        add(client.services().inNamespace(namespace).runnableInformer(0));
        add(client.discovery().v1().endpointSlices().inNamespace(namespace).runnableInformer(0));
        add(client.network().v1().ingresses().inNamespace(namespace).runnableInformer(0));
        add(client.nodes().runnableInformer(0));
        if (servesGateways()) {
            add(client.genericKubernetesResources(Kinds.context(Kinds.GATEWAY_API, "Gateway")).inNamespace(namespace)
                    .runnableInformer(0));
        }
        for (SharedIndexInformer<?> i : informers) {
            i.start();
        }
    }

    private boolean servesGateways() {
        try {
            return client.hasApiGroup("gateway.networking.k8s.io", false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private <T> void add(SharedIndexInformer<T> informer) {
        informer.addEventHandler(new ResourceEventHandler<T>() {
            @Override
            public void onAdd(T obj) {
                emit(RealEvent.Type.ADDED, obj);
            }

            @Override
            public void onUpdate(T before, T after) {
                emit(RealEvent.Type.MODIFIED, after);
            }

            @Override
            public void onDelete(T obj, boolean finalStateUnknown) {
                emit(RealEvent.Type.DELETED, obj);
            }
        });
        // keep trying after any failure (a dropped connection, a refused list): the health check tells the learner
        informer.exceptionHandler((started, t) -> !closed);
        informers.add(informer);
    }

    private void emit(RealEvent.Type type, Object obj) {
        if (!closed) {
            events.accept(RealEvent.of(type, Fabric8Cluster.toReal(client, obj)));
        }
    }

    private void checkHealth() {
        boolean now;
        synchronized (this) {
            now = !informers.isEmpty() && informers.stream().allMatch(SharedIndexInformer::isWatching);
        }
        boolean overdue = System.nanoTime() - startedAt > FIRST_LIST_MS * 1_000_000;
        if (!closed && (now != live || !told && (now || overdue))) {
            live = now;
            told = true;
            events.accept(RealEvent.status(now ? RealEvent.Type.LIVE : RealEvent.Type.STALE, null));
        }
    }

    @Override
    public boolean live() {
        return live;
    }

    @Override
    public synchronized void reconnect() {
        stopAll();
        startedAt = System.nanoTime();
        start();
    }

    private synchronized void stopAll() {
        for (SharedIndexInformer<?> i : informers) {
            i.stop();
        }
        informers.clear();
    }

    @Override
    public void close() {
        closed = true;
        health.shutdownNow();
        stopAll();
    }
}
