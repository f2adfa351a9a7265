package servicelab.lesson;

import java.util.List;
import java.util.Map;

/**
 * A guided exercise: a Korean prompt, the editor text it starts from, goals checked against the
 * manifest and a simulated cluster built from it, three hints, feedback for common wrong states,
 * and a reference solution. {@code check} maps use the vocabulary of lessons/EXERCISES.md.
 */
public record Exercise(String id, String title, String prompt, String start, List<Goal> goals, List<String> hints,
                       List<Feedback> feedback, String solution, int line, List<Question> questions, Predict predict,
                       boolean symptomsOnly) {
    public Exercise {
        goals = List.copyOf(goals);
        hints = List.copyOf(hints);
        feedback = List.copyOf(feedback);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Exercise(String id, String title, String prompt, String start, List<Goal> goals, List<String> hints,
                    List<Feedback> feedback, String solution, int line, List<Question> questions) {
        this(id, title, prompt, start, goals, hints, feedback, solution, line, questions, null, false);
    }

    /**
     * A prediction asked before the first request: the choices, the index of the one the
     * simulation will show, and what the reveal says. Kept in progress; never a failed goal.
     */
    public record Predict(String question, List<String> choices, int answer, String reveal) {
        public Predict {
            choices = List.copyOf(choices);
        }
    }

    /** A question asked inside the exercise (what did you observe?); a goal {answer: id} checks it. */
    public record Question(String id, String question, List<String> answers) {
        public Question {
            answers = List.copyOf(answers);
        }

        public boolean accepts(String typed) {
            return new Quiz.Item(id, "short", question, null, answers, "-", 0).isRight(typed);
        }
    }

    /** A goal: its text (shown with a check mark), its check, and whether it stays hidden until the prediction is made (it would give it away). */
    public record Goal(String text, Map<String, Object> check, boolean hiddenUntilPredicted) {
        public Goal(String text, Map<String, Object> check) {
            this(text, check, false);
        }
    }

    /** A common wrong state and what to say about it. */
    public record Feedback(Map<String, Object> when, String say) {
    }
}
