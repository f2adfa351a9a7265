package servicelab.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import servicelab.check.CheckReport;
import servicelab.kubectl.Kubectl;
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
