package servicelab.workspace;

import java.time.Duration;
import java.util.concurrent.Executor;

import java.util.function.Function;

import servicelab.check.CheckReport;
import servicelab.sim.World;

/**
 * The workbench's view-model, wired once: the document, the check service that checks it, the
 * cluster model that applies each check, the console and the exercise over them, and where the
 * learner moved the cards. Opening another text resets everything that belonged to the old one
 * before the new text's first check arrives. No controls here: the same object runs in the app
 * and in plain tests.
 */
public final class Workbench {
    public static final Duration TYPING_PAUSE = Duration.ofMillis(220);

    private final ManifestDocument document = new ManifestDocument();
    private final Layout layout = new Layout();
    private final ClusterModel cluster;
    private final CheckService checks;
    private final ConsoleSession console;
    private final ExerciseSession exercises;

    /**
     * @param checker   checks a text as the API server would (the window passes an {@link servicelab.check.IncrementalChecker})
     * @param ui        runs work on the UI thread (publication of checks and goals)
     * @param worker    runs checks, one at a time
     * @param goals     runs exercise goal evaluations
     * @param scheduler runs the typing pause's timer on the UI thread
     */
    public Workbench(World world, long seed, Function<String, CheckReport> checker, Executor ui, Executor worker, Executor goals,
                     CheckService.Scheduler scheduler, Duration typingPause) {
        cluster = new ClusterModel(world, seed);
        // before the check service's own listener: a new text's cluster starts empty, then its check arrives
        document.addListener(c -> {
            if (c.opened()) {
                cluster.newDocument();
                layout.clear();
            }
        });
        checks = new CheckService(document, checker, worker, ui, scheduler, typingPause);
        checks.addListener(cluster::accept); // first: the others read the cluster this check made
        console = new ConsoleSession(document, checks, cluster);
        exercises = new ExerciseSession(checks, goals, ui);
    }

    public ManifestDocument document() {
        return document;
    }

    public CheckService checks() {
        return checks;
    }

    public ClusterModel cluster() {
        return cluster;
    }

    public ConsoleSession console() {
        return console;
    }

    public ExerciseSession exercises() {
        return exercises;
    }

    public Layout layout() {
        return layout;
    }
}
