package servicelab.lesson;

import java.util.List;
import java.util.Objects;

/**
 * A chapter's class plan ({@code class.yaml}): the steps of a class period in order, each one
 * thing the teacher does in front of the room. Presenter mode walks it with PageDown;
 * {@code lessons check} runs it headless against the simulated cluster.
 *
 * @param minutes how long the class takes (the sum of the steps' minutes when they give some)
 * @param seed    the seed the plan's first scene starts with, so a prepared class never surprises the teacher
 * @param steps   the timeline
 */
public record ClassPlan(int minutes, long seed, List<Step> steps) {
    public ClassPlan {
        steps = List.copyOf(steps);
    }

    /** What a step does. */
    public enum Kind {
        /** The teacher explains; nothing changes on screen but the step's caption. */
        EXPLAIN,
        /** Loads a scene: the chapter's {@code scene.yaml} (arg "scene.yaml") or an exercise's start (arg its id). */
        SCENE,
        /** Runs one console command on the scene (a scene edit: scale, label, exec, expose…). */
        KUBECTL,
        /** Sends requests and plays them. */
        SEND,
        /** Sends one request with predict-first on: the class answers before the reveal. */
        PREDICT,
        /** Lets the virtual clock run for {@code seconds} (probes, controllers) before the next step. */
        WAIT,
        /** Opens an exercise for the class. */
        EXERCISE,
        /** Puts quiz items on the wall, one at a time. */
        QUIZ
    }

    /**
     * One step.
     *
     * @param line    where the step starts in class.yaml (for problem reports)
     * @param kind    what it does
     * @param title   a short caption the projector shows (Korean)
     * @param say     the teacher's notes for the step (the teacher window shows them; never the projector)
     * @param minutes the step's share of the period (0 when not given)
     * @param arg     the kind's argument: the scene or exercise id, the kubectl command line, or null
     * @param from    SEND/PREDICT: the client
     * @param to      SEND/PREDICT: the URL
     * @param count   SEND: how many requests (1 for PREDICT)
     * @param seconds WAIT: virtual seconds to let pass
     * @param ids     QUIZ: the quiz items' ids
     * @param expect  what must hold after the step (checked by {@code lessons check}); may be null
     */
    public record Step(int line, Kind kind, String title, String say, int minutes, String arg, String from, String to,
                       int count, int seconds, List<String> ids, Expect expect) {
        public Step {
            Objects.requireNonNull(kind, "kind");
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }

    /**
     * An expectation after a step: the requests' outcome ({@code outcome}, e.g. DELIVERED), how many
     * different pods answered ({@code pods}), or how many ready endpoints a Service has
     * ({@code service} and {@code ready}). Unset numbers are -1.
     */
    public record Expect(String outcome, int pods, String service, int ready) {
    }
}
