package servicelab.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import servicelab.check.CheckReport;
import servicelab.kubectl.Kubectl;
import servicelab.kubectl.RemoteKubectl;
import servicelab.manifest.ManifestEditor;
import servicelab.sim.Simulation;

/**
 * The kubectl console over the open document and the cluster model. A command runs once the
 * text it reads is checked; if it edits the text (create, expose, apply, scale, delete, label of
 * a declared object) its answer is printed once the cluster has the result, so the next command
 * sees it. Commands queue up and run one after another. Opening another text starts a fresh
 * session: kubectl apply's memory of what it applied belonged to the old one.
 */
public final class ConsoleSession {
    private record Pending(String line, Consumer<Kubectl.Result> printed) {
    }

    /**
     * A connected real cluster the console may read from: its context (the console marks every
     * command with it), the namespace a command without -n reads, and read-only kubectl over it
     * (which blocks on the network, so it runs on {@code worker}).
     */
    public record RealTarget(String context, String namespace, servicelab.realcluster.RealCluster cluster, RemoteKubectl kubectl,
                             Executor worker) {
    }

    private final ObjectProperty<RealTarget> realTarget = new SimpleObjectProperty<>();
    /** The learner's choice: commands go to the real cluster (only while there is one). */
    private final BooleanProperty useReal = new SimpleBooleanProperty();
    /** Real commands answer in the order they were typed, one after another. */
    private CompletableFuture<Void> realChain = CompletableFuture.completedFuture(null);
    private final ManifestDocument doc;
    private final CheckService checks;
    private final ClusterModel cluster;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Host host = new Host();
    private Kubectl kubectl = new Kubectl(host);
    private boolean busy;
    private Runnable onReset = () -> { };

    public ConsoleSession(ManifestDocument doc, CheckService checks, ClusterModel cluster) {
        this.doc = doc;
        this.checks = checks;
        this.cluster = cluster;
        doc.addListener(c -> {
            if (c.opened()) {
                reset();
            }
        });
        realTarget.addListener((o, a, b) -> {
            if (b == null) {
                useReal.set(false);
            }
        });
        useReal.addListener((o, a, b) -> {
            if (b && realTarget.get() == null) {
                useReal.set(false);
            }
        });
    }

    /** The real cluster the console can target, or null; set by the real-cluster view as it connects and disconnects. */
    public ObjectProperty<RealTarget> realTargetProperty() {
        return realTarget;
    }

    /** Whether the next commands go to {@link #realTargetProperty()} (false whenever there is none). */
    public BooleanProperty useRealProperty() {
        return useReal;
    }

    /** The target the next command goes to: the real cluster's, or null for the simulated one. */
    public RealTarget target() {
        return useReal.get() ? realTarget.get() : null;
    }

    /**
     * Runs a read-only line against the real target, off the UI thread; {@code printed} gets
     * kubectl's answer on {@code ui}, in the order the lines were run. Call only when
     * {@link RemoteKubectl#refusal} lets the line through.
     */
    public void runReal(String line, Executor ui, Consumer<Kubectl.Result> printed) {
        RealTarget t = target();
        if (t == null) {
            return;
        }
        realChain = realChain.thenRunAsync(() -> {
            Kubectl.Result r;
            try {
                r = t.kubectl().run(line);
            } catch (RuntimeException e) {
                r = new Kubectl.Result("error: " + e + "\n", 1); // say what broke; the console goes on
            }
            Kubectl.Result result = r;
            ui.execute(() -> printed.accept(result));
        }, t.worker());
    }

    /** Told when the session starts afresh (the view clears its transcript). */
    public void setOnReset(Runnable r) {
        onReset = r;
    }

    /** Forgets the queue and kubectl apply's memory. */
    public void reset() {
        queue.clear();
        busy = false;
        kubectl = new Kubectl(host);
        onReset.run();
    }

    /** Runs one command line; {@code printed} gets kubectl's answer when it is ready. */
    public void run(String line, Consumer<Kubectl.Result> printed) {
        queue.add(new Pending(line, printed));
        drain();
    }

    /** What Tab completes after the typed words. */
    public List<String> completions(String typed) {
        return Kubectl.completions(typed, kubectl);
    }

    /** True while a command waits for its text's check or for the cluster to have its edit. */
    public boolean busy() {
        return busy;
    }

    private void drain() {
        if (busy || queue.isEmpty()) {
            return;
        }
        busy = true;
        Kubectl k = kubectl;
        checks.whenCurrent(checked -> {
            if (k != kubectl) {
                return; // the session was reset meanwhile
            }
            Pending p = queue.poll();
            long before = doc.revision();
            Kubectl.Result r;
            try {
                r = cluster.act(sim -> k.run(p.line()));
            } catch (RuntimeException e) {
                // a console that stops answering loses the learner's place: say what broke and go on
                r = new Kubectl.Result("error: " + e + "\n", 1);
            }
            Kubectl.Result result = r;
            if (doc.revision() != before) {
                checks.whenChecked(doc.revision(), after -> finish(k, p, result));
            } else {
                finish(k, p, result);
            }
        });
    }

    private void finish(Kubectl k, Pending p, Kubectl.Result r) {
        if (k != kubectl) {
            return;
        }
        p.printed().accept(r);
        busy = false;
        drain();
    }

    /** kubectl's view of the workbench. */
    private final class Host implements Kubectl.Host {
        @Override
        public String text() {
            return doc.text();
        }

        @Override
        public CheckReport report() {
            return checks.latest().report(); // of this text: commands run only once it is checked
        }

        @Override
        public void edit(ManifestEditor.Edit e) {
            doc.apply(e, Origin.CONSOLE, doc.revision()); // the check service checks a console edit at once
        }

        @Override
        public Simulation simulation() {
            return cluster.simulation();
        }

        @Override
        public CheckReport shown() {
            return cluster.state().shown();
        }

        @Override
        public String fileName() {
            Path f = doc.file();
            return f == null ? null : f.getFileName().toString();
        }
    }
}
