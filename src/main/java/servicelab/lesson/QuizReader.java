package servicelab.lesson;

import java.util.ArrayList;
import java.util.List;

import servicelab.manifest.ManifestParser;
import servicelab.manifest.ParsedManifest;
import servicelab.manifest.YNode;
import servicelab.manifest.YamlDocument;

/** Reads quiz.yaml with the manifest parser (safe loading, positions for problem reports). */
public final class QuizReader {
    private QuizReader() {
    }

    /** The quiz, and what could not be read as "line: why" strings in {@code problems}. */
    public static Quiz read(String text, List<String> problems) {
        ParsedManifest p = ManifestParser.parse(text);
        List<Quiz.Item> items = new ArrayList<>();
        if (p.documents().isEmpty()) {
            return new Quiz(items);
        }
        YamlDocument d = p.documents().get(0);
        if (!d.ok()) {
            problems.add(d.error().line() + ": " + d.error().problem());
            return new Quiz(items);
        }
        if (!(d.root() instanceof YNode.Map root) || !(root.get("items") instanceof YNode.Seq seq)) {
            problems.add(d.contentLine() + ": quiz.yaml must hold a list under items:");
            return new Quiz(items);
        }
        for (YNode n : seq.items()) {
            if (!(n instanceof YNode.Map m)) {
                problems.add(n.span().line() + ": a quiz item must be a map");
                continue;
            }
            List<Quiz.Choice> choices = new ArrayList<>();
            if (m.get("choices") instanceof YNode.Seq cs) {
                for (YNode c : cs.items()) {
                    if (c instanceof YNode.Map cm) {
                        choices.add(new Quiz.Choice(str(cm, "text"), "true".equals(str(cm, "correct"))));
                    } else if (c instanceof YNode.Scalar s) {
                        choices.add(new Quiz.Choice(s.value(), false));
                    }
                }
            }
            List<String> answers = new ArrayList<>();
            if (m.get("answers") instanceof YNode.Seq as) {
                for (YNode a : as.items()) {
                    if (a instanceof YNode.Scalar s) {
                        answers.add(s.value());
                    }
                }
            } else if (m.get("answer") instanceof YNode.Scalar s) {
                answers.add(s.value());
            }
            items.add(new Quiz.Item(str(m, "id"), str(m, "type"), str(m, "question"), choices, answers,
                    str(m, "explanation"), m.span().line()));
        }
        return new Quiz(items);
    }

    /** The {@code chapter} of each item, in order (the final test names the chapter each item reviews), null where none. */
    public static List<String> chapters(String text) {
        List<String> out = new ArrayList<>();
        ParsedManifest p = ManifestParser.parse(text);
        if (!p.documents().isEmpty() && p.documents().get(0).ok() && p.documents().get(0).root() instanceof YNode.Map root
                && root.get("items") instanceof YNode.Seq seq) {
            for (YNode n : seq.items()) {
                if (n instanceof YNode.Map m) {
                    out.add(str(m, "chapter"));
                }
            }
        }
        return out;
    }

    private static String str(YNode.Map m, String key) {
        return m.get(key) instanceof YNode.Scalar s && !s.isNull() ? s.value() : null;
    }
}
