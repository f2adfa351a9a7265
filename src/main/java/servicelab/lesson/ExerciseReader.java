package servicelab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import servicelab.manifest.ManifestParser;
import servicelab.manifest.ParsedManifest;
import servicelab.manifest.YNode;
import servicelab.manifest.YamlDocument;

/** Reads exercises.yaml with the manifest parser (safe loading, positions for problem reports). */
public final class ExerciseReader {
    private ExerciseReader() {
    }

    public static List<Exercise> read(String text, List<String> problems) {
        ParsedManifest p = ManifestParser.parse(text);
        List<Exercise> out = new ArrayList<>();
        if (p.documents().isEmpty()) {
            return out;
        }
        YamlDocument d = p.documents().get(0);
        if (!d.ok()) {
            problems.add(d.error().line() + ": " + d.error().problem());
            return out;
        }
        if (!(d.root() instanceof YNode.Map root) || !(root.get("exercises") instanceof YNode.Seq seq)) {
            problems.add(d.contentLine() + ": exercises.yaml must hold a list under exercises:");
            return out;
        }
        for (YNode n : seq.items()) {
            if (!(n instanceof YNode.Map m)) {
                problems.add(n.span().line() + ": an exercise must be a map");
                continue;
            }
            List<Exercise.Goal> goals = goals(m, problems);
            List<String> hints = scalars(m.get("hints"));
            List<Exercise.Feedback> feedback = feedback(m);
            List<Exercise.Question> questions = questions(m);
            out.add(new Exercise(str(m, "id"), str(m, "title"), str(m, "prompt"), str(m, "start"), goals, hints,
                    feedback, str(m, "solution"), m.span().line(), questions, predict(m, problems), "true".equals(str(m, "symptomsOnly"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Exercise.Goal> goals(YNode.Map m, List<String> problems) {
        List<Exercise.Goal> goals = new ArrayList<>();
        if (m.get("goals") instanceof YNode.Seq gs) {
            for (YNode g : gs.items()) {
                if (g instanceof YNode.Map gm && gm.get("check") instanceof YNode.Map cm) {
                    goals.add(new Exercise.Goal(str(gm, "text"), (Map<String, Object>) YNode.toData(cm),
                            "true".equals(str(gm, "hiddenUntilPredicted"))));
                } else {
                    problems.add(g.span().line() + ": a goal needs text and a check map");
                }
            }
        }
        return goals;
    }

    @SuppressWarnings("unchecked")
    private static List<Exercise.Feedback> feedback(YNode.Map m) {
        List<Exercise.Feedback> feedback = new ArrayList<>();
        if (m.get("feedback") instanceof YNode.Seq fs) {
            for (YNode f : fs.items()) {
                if (f instanceof YNode.Map fm && fm.get("when") instanceof YNode.Map wm) {
                    feedback.add(new Exercise.Feedback((Map<String, Object>) YNode.toData(wm), str(fm, "say")));
                }
            }
        }
        return feedback;
    }

    private static Exercise.Predict predict(YNode.Map m, List<String> problems) {
        if (!(m.get("predict") instanceof YNode.Map p)) {
            return null;
        }
        int answer = -1;
        try {
            answer = Integer.parseInt(String.valueOf(str(p, "answer")));
        } catch (NumberFormatException e) {
            problems.add(p.span().line() + ": predict.answer must be the 0-based index of a choice");
        }
        return new Exercise.Predict(str(p, "question"), scalars(p.get("choices")), answer, str(p, "reveal"));
    }

    private static List<Exercise.Question> questions(YNode.Map m) {
        List<Exercise.Question> questions = new ArrayList<>();
        if (m.get("questions") instanceof YNode.Seq qs) {
            for (YNode q : qs.items()) {
                if (q instanceof YNode.Map qm) {
                    List<String> answers = scalars(qm.get("answers"));
                    questions.add(new Exercise.Question(str(qm, "id"), str(qm, "question"), answers));
                }
            }
        }
        return questions;
    }

    /** The scalar values of a sequence (other items skipped); empty when the node is not a sequence. */
    private static List<String> scalars(YNode n) {
        List<String> values = new ArrayList<>();
        if (n instanceof YNode.Seq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Scalar s) {
                    values.add(s.value());
                }
            }
        }
        return values;
    }

    private static String str(YNode.Map m, String key) {
        return m.get(key) instanceof YNode.Scalar s && !s.isNull() ? s.value() : null;
    }
}
