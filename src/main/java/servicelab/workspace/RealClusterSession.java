package servicelab.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import servicelab.check.CheckReport;
import servicelab.realcluster.ClusterException;
import servicelab.realcluster.Connect;
import servicelab.realcluster.KubeConfigs;
import servicelab.realcluster.KubeContext;
import servicelab.realcluster.RealCluster;
import servicelab.realcluster.RealEvent;
import servicelab.realcluster.RealObject;
import servicelab.realcluster.RealWatch;
import servicelab.realcluster.SceneApply;
import servicelab.realcluster.Sources;

/**
 * The real-cluster view's state: which context, whether its watch is live or stale, the last
 * apply's comparison, and the namespace's objects as the informers last saw them. Network calls
 * run on the worker; every property changes on the UI executor. Watch events arrive in bursts
 * (a Deployment's rollout is dozens); they are gathered and published at most every
 * {@link #PUBLISH_MS} ms, well inside the second the view promises.
 */
public final class RealClusterSession {
    public static final long PUBLISH_MS = 100;

    /** Where the connection stands. */
    public enum Status { DISCONNECTED, CONNECTING, LIVE, STALE, FAILED }

    /** What the view shows of the namespace: its objects by key, in the order first seen. */
    public record LiveState(Map<String, RealObject> objects, long version) {
        public List<RealObject> of(String kind) {
            List<RealObject> out = new ArrayList<>();
            for (RealObject o : objects.values()) {
                if (kind.equals(o.kind())) {
                    out.add(o);
                }
            }
            return out;
        }
    }

    /** The last apply or dry run: the comparison rows and the documents kept back. */
    public record ApplyResult(boolean dryRun, List<SceneApply.Row> rows, List<SceneApply.Kept> kept) {
    }


    private final Sources sources;
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.DISCONNECTED);
    private final ObjectProperty<ClusterException> error = new SimpleObjectProperty<>();
    private final ObjectProperty<List<KubeContext>> contexts = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<ApplyResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<LiveState> live = new SimpleObjectProperty<>(new LiveState(Map.of(), 0));
    private final ObjectProperty<ConsoleSession.RealTarget> consoleTarget = new SimpleObjectProperty<>();
    /** The bridge's download while it runs (bytes so far of the total); null otherwise. */
    private final ObjectProperty<servicelab.realcluster.BridgeInstall.Progress> bridgeDownload = new SimpleObjectProperty<>();
    /** Informer events not yet published (guarded by itself). */
    private final Map<String, RealObject> pending = new LinkedHashMap<>();
    private final Map<String, RealObject> shown = new LinkedHashMap<>();
    private final AtomicBoolean publishQueued = new AtomicBoolean();
    private volatile RealCluster cluster;
    private volatile RealWatch watch;
    private volatile String namespace;
    private long version;
    private KubeConfigs configs;

    public RealClusterSession(Sources sources, Executor ui, Executor worker) {
        this.sources = sources;
        this.ui = ui;
        this.worker = worker;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status;
    }

    /** The last failure (null after a new connection): its reason for the view's words, its message as the server or transport wrote it. */
    public ReadOnlyObjectProperty<ClusterException> errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<List<KubeContext>> contextsProperty() {
        return contexts;
    }

    public ReadOnlyObjectProperty<ApplyResult> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<LiveState> liveProperty() {
        return live;
    }

    /**
     * What the console may read while a cluster is connected (its context, the scene's namespace,
     * read-only kubectl over it); null when none is. It stays while the watch is stale: the
     * console's own requests then say what is wrong.
     */
    public ReadOnlyObjectProperty<ConsoleSession.RealTarget> consoleTargetProperty() {
        return consoleTarget;
    }

    public ReadOnlyObjectProperty<servicelab.realcluster.BridgeInstall.Progress> bridgeDownloadProperty() {
        return bridgeDownload;
    }

    /** The bridge's size to download, in bytes. */
    public long bridgeSize() {
        return sources.bridgeSize();
    }

    /** Downloads the bridge (on the worker); {@code then} runs on the UI thread once it is in place. */
    public void installBridge(Runnable then) {
        bridgeDownload.set(new servicelab.realcluster.BridgeInstall.Progress(0, sources.bridgeSize()));
        error.set(null);
        worker.execute(() -> {
            try {
                sources.installBridge(p -> ui.execute(() -> bridgeDownload.set(p)));
                ui.execute(() -> {
                    bridgeDownload.set(null);
                    then.run();
                });
            } catch (ClusterException e) {
                ui.execute(() -> bridgeDownload.set(null));
                fail(e);
            }
        });
    }

    public RealCluster cluster() {
        return cluster;
    }

    public String namespace() {
        return namespace;
    }

    /** Reads the kubeconfig again (on the worker) and lists its contexts. */
    public void loadContexts() {
        worker.execute(() -> {
            try {
                KubeConfigs k = sources.configs();
                ui.execute(() -> {
                    configs = k;
                    contexts.set(k.contexts());
                });
            } catch (ClusterException e) {
                fail(e);
            }
        });
    }

    /**
     * Connects to a context and watches the scene's namespace. {@code confirmed} is true only after
     * the learner confirmed a context that is not on this machine by its name.
     */
    public void connect(KubeContext ctx, boolean confirmed, String sceneNamespace) {
        disconnect();
        namespace = sceneNamespace;
        status.set(Status.CONNECTING);
        error.set(null);
        KubeConfigs known = configs;
        worker.execute(() -> {
            try {
                KubeConfigs k = known != null ? known : sources.configs();
                RealCluster c = Connect.open(k, ctx.name(), confirmed, sources.connector());
                cluster = c;
                watch = c.watch(sceneNamespace, this::onEvent);
            } catch (ClusterException e) {
                fail(e);
            }
        });
    }

    /** Restarts the informers (a fresh list, then a watch). */
    public void reconnect() {
        RealWatch w = watch;
        if (w != null) {
            worker.execute(w::reconnect);
        }
    }

    public void disconnect() {
        RealWatch w = watch;
        RealCluster c = cluster;
        watch = null;
        cluster = null;
        synchronized (pending) {
            pending.clear();
        }
        shown.clear();
        live.set(new LiveState(Map.of(), ++version));
        status.set(Status.DISCONNECTED);
        consoleTarget.set(null);
        if (w != null || c != null) {
            worker.execute(() -> {
                if (w != null) {
                    w.close();
                }
                if (c != null) {
                    c.close();
                }
            });
        }
    }

    /** Sends the checked text to the scene's namespace (server-side apply, or its dry run) and compares. */
    public void apply(CheckReport report, String scene, boolean dryRun) {
        RealCluster c = cluster;
        String ns = namespace;
        if (c == null || report == null) {
            return;
        }
        SceneApply.Plan plan = SceneApply.plan(report, ns);
        worker.execute(() -> {
            try {
                var rows = SceneApply.compare(report, c.apply(ns, scene, plan.send(), dryRun));
                ui.execute(() -> result.set(new ApplyResult(dryRun, rows, plan.kept())));
            } catch (ClusterException e) {
                fail(e);
            }
        });
    }

    /** Deletes the scene's namespace (only one this app created). */
    public void deleteNamespace() {
        RealCluster c = cluster;
        String ns = namespace;
        if (c != null) {
            worker.execute(() -> {
                try {
                    c.deleteNamespace(ns);
                } catch (ClusterException e) {
                    fail(e);
                }
            });
        }
    }

    private void fail(ClusterException e) {
        ui.execute(() -> {
            error.set(e);
            if (status.get() == Status.CONNECTING || e.reason() == ClusterException.Reason.UNREACHABLE) {
                status.set(Status.FAILED);
                consoleTarget.set(null);
            }
        });
    }

    private void onEvent(RealEvent e) {
        switch (e.type()) {
            case LIVE, STALE -> ui.execute(() -> {
                RealCluster c = cluster;
                if (c != null) {
                    status.set(e.type() == RealEvent.Type.LIVE ? Status.LIVE : Status.STALE);
                    if (consoleTarget.get() == null || consoleTarget.get().cluster() != c) {
                        consoleTarget.set(new ConsoleSession.RealTarget(c.context().name(), namespace, c,
                                servicelab.realcluster.RealConsole.kubectl(c, namespace), worker));
                    }
                }
            });
            default -> {
                synchronized (pending) {
                    // a deletion is kept as a null entry until published
                    pending.put(e.object().key(), e.type() == RealEvent.Type.DELETED ? null : e.object());
                }
                if (publishQueued.compareAndSet(false, true)) {
                    worker.execute(this::publishSoon);
                }
            }
        }
    }

    private void publishSoon() {
        try {
            Thread.sleep(PUBLISH_MS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        Map<String, RealObject> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
            publishQueued.set(false);
        }
        ui.execute(() -> {
            if (cluster == null) {
                return;
            }
            batch.forEach((k, v) -> {
                if (v == null) {
                    shown.remove(k);
                } else {
                    shown.put(k, v);
                }
            });
            live.set(new LiveState(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shown)), ++version));
        });
    }
}
