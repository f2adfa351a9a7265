package servicelab.lesson;

import java.util.List;
import java.util.Map;

/**
 * A guided exercise: a Korean prompt, the editor text it starts from, goals checked against the
 * manifest and a simulated cluster built from it, three hints, feedback for common wrong states,
 * and a reference solution. {@code check} maps use the vocabulary of lessons/EXERCISES.md.
 */
public record Exercise(String id, String title, String prompt, String start, List<Goal> goals, List<String> hints,
                       List<Feedback> feedback, String solution, int line) {
    public Exercise {
        goals = List.copyOf(goals);
        hints = List.copyOf(hints);
        feedback = List.copyOf(feedback);
    }

    /** A goal: its text (shown with a check mark) and its check. */
    public record Goal(String text, Map<String, Object> check) {
    }

    /** A common wrong state and what to say about it. */
    public record Feedback(Map<String, Object> when, String say) {
    }
}
