package servicelab.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import servicelab.check.CheckReport;
import servicelab.lesson.Exercise;
import servicelab.lesson.GoalEvaluator;

/**
 * The open exercise: its goals are evaluated from each check the check service publishes (the
 * same report the editor and the diagram show: no second check), in the background because the
 * goals build their own settled clusters under several seeds. The learner's answers to its
 * questions count as goals too. Results arrive on the UI thread, only for the exercise and the
 * check they were computed for.
 */
public final class ExerciseSession {
    /** The goals' state for one check: which are met, and the feedback for a common wrong state (or null). */
    public record Goals(long revision, List<Boolean> met, String feedback) {
        public boolean allMet() {
            return met.stream().allMatch(Boolean::booleanValue);
        }
    }

    private final CheckService checks;
    private final Executor worker;
    private final Executor ui;
    private final Map<String, Boolean> answered = new ConcurrentHashMap<>();
    private final List<Consumer<Goals>> listeners = new ArrayList<>();
    private Exercise active;
    private Goals goals;
    private boolean trafficSent;

    public ExerciseSession(CheckService checks, Executor worker, Executor ui) {
        this.checks = checks;
        this.worker = worker;
        this.ui = ui;
        checks.addListener(c -> evaluate());
    }

    public void addListener(Consumer<Goals> l) {
        listeners.add(l);
    }

    public Exercise active() {
        return active;
    }

    /** The goals of the newest evaluated check (null before the first). */
    public Goals goals() {
        return goals;
    }

    /** Starts an exercise; the caller then opens its text, and the goals follow that text's check. */
    public void start(Exercise e) {
        active = e;
        answered.clear();
        trafficSent = false;
        goals = null;
    }

    public void stop() {
        active = null;
        goals = null;
    }

    /** The learner answered one of the exercise's questions; returns whether the answer is right. */
    public boolean answer(String questionId, String text) {
        if (active == null) {
            return false;
        }
        boolean right = false;
        for (Exercise.Question q : active.questions()) {
            if (q.id().equals(questionId)) {
                right = q.accepts(text);
            }
        }
        answered.put(questionId, right);
        evaluate();
        return right;
    }

    /** The learner sent requests: the check may be pressed (they have looked at behaviour first). */
    public void trafficSent() {
        trafficSent = true;
    }

    public boolean canCheck() {
        return active != null && trafficSent;
    }

    private void evaluate() {
        Exercise e = active;
        CheckService.Checked c = checks.latest();
        if (e == null || c == null) {
            return;
        }
        Map<String, Boolean> answers = Map.copyOf(answered);
        worker.execute(() -> {
            Goals g = evaluate(e, c.revision(), c.report(), answers);
            ui.execute(() -> {
                if (e == active && checks.latest() == c) {
                    goals = g;
                    listeners.forEach(l -> l.accept(g));
                }
            });
        });
    }

    /** The goals and the first matching feedback of an exercise for one report. */
    public static Goals evaluate(Exercise e, long revision, CheckReport report, Map<String, Boolean> answers) {
        GoalEvaluator eval = new GoalEvaluator(report, answers);
        List<Boolean> met = new ArrayList<>();
        for (Exercise.Goal g : e.goals()) {
            met.add(eval.holds(g.check()));
        }
        String say = null;
        for (Exercise.Feedback f : e.feedback()) {
            if (eval.holds(f.when())) {
                say = f.say();
                break;
            }
        }
        return new Goals(revision, List.copyOf(met), say);
    }
}
