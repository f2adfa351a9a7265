package servicelab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import servicelab.manifest.ManifestParser;
import servicelab.manifest.ParsedManifest;
import servicelab.manifest.YNode;
import servicelab.manifest.YamlDocument;

/**
 * Reads class.yaml with the manifest parser (safe loading, positions). A step is a map with one
 * action key ({@code explain}, {@code scene}, {@code kubectl}, {@code send}, {@code predict},
 * {@code wait}, {@code exercise}, {@code quiz}) and optional {@code title}, {@code say},
 * {@code minutes} and {@code expect}; lessons/README.md documents the format.
 */
public final class ClassPlanReader {
    private static final List<String> ACTIONS = List.of("explain", "scene", "kubectl", "send", "predict", "wait", "exercise", "quiz");

    private ClassPlanReader() {
    }

    /** The plan, with what could not be read as "line: why" strings in {@code problems}. */
    public static ClassPlan read(String text, List<String> problems) {
        ParsedManifest p = ManifestParser.parse(text);
        List<ClassPlan.Step> steps = new ArrayList<>();
        if (p.documents().isEmpty()) {
            problems.add("1: class.yaml is empty");
            return new ClassPlan(0, 42, steps);
        }
        YamlDocument d = p.documents().get(0);
        if (!d.ok()) {
            problems.add(d.error().line() + ": " + d.error().problem());
            return new ClassPlan(0, 42, steps);
        }
        if (!(d.root() instanceof YNode.Map root) || !(root.get("steps") instanceof YNode.Seq seq)) {
            problems.add(d.contentLine() + ": class.yaml must hold a list under steps:");
            return new ClassPlan(0, 42, steps);
        }
        int minutes = number(root, "minutes", 0, problems);
        long seed = number(root, "seed", 42, problems);
        for (YNode n : seq.items()) {
            if (!(n instanceof YNode.Map m)) {
                problems.add(n.span().line() + ": a step must be a map");
                continue;
            }
            ClassPlan.Step s = step(m, problems);
            if (s != null) {
                steps.add(s);
            }
        }
        return new ClassPlan(minutes, seed, steps);
    }

    private static ClassPlan.Step step(YNode.Map m, List<String> problems) {
        int line = m.span().line();
        List<String> actions = actions(m, line, problems);
        if (actions == null) {
            return null;
        }
        String action = actions.get(0);
        ClassPlan.Kind kind = ClassPlan.Kind.valueOf(action.toUpperCase(Locale.ROOT));
        String title = str(m, "title");
        String say = str(m, "say");
        int minutes = number(m, "minutes", 0, problems);
        String arg = null;
        String from = null;
        String to = null;
        int count = 0;
        int seconds = 0;
        List<String> ids = new ArrayList<>();
        YNode v = m.get(action);
        switch (kind) {
            case EXPLAIN, SCENE, KUBECTL, EXERCISE -> {
                arg = v instanceof YNode.Scalar sc && !sc.isNull() ? sc.value() : null;
                if (arg == null || arg.isBlank()) {
                    problems.add(line + ": " + action + " needs a text");
                    return null;
                }
                if (kind == ClassPlan.Kind.EXPLAIN && title == null) {
                    title = arg;
                }
            }
            case SEND, PREDICT -> {
                String[] req = request(action, v, line, problems);
                if (req == null) {
                    return null;
                }
                from = req[0];
                to = req[1];
                count = kind == ClassPlan.Kind.PREDICT ? 1 : Integer.parseInt(req[2]);
            }
            case WAIT -> {
                seconds = v instanceof YNode.Scalar sc ? parseInt(sc.value()) : -1;
                if (seconds < 1 || seconds > 600) {
                    problems.add(line + ": wait takes whole seconds, 1 to 600");
                    return null;
                }
            }
            case QUIZ -> {
                ids.addAll(ids(v));
                if (ids.isEmpty()) {
                    problems.add(line + ": quiz needs one or more item ids");
                    return null;
                }
            }
            default -> throw new IllegalStateException();
        }
        return new ClassPlan.Step(line, kind, title, say, minutes, arg, from, to, count, seconds, ids, expect(m, problems));
    }

    /** The step's action keys (one, or null with the problem said); unknown keys are named. */
    private static List<String> actions(YNode.Map m, int line, List<String> problems) {
        List<String> actions = new ArrayList<>();
        for (YNode.Entry entry : m.entries()) {
            String key = entry.key().value();
            if (ACTIONS.contains(key)) {
                actions.add(key);
            } else if (!List.of("title", "say", "minutes", "expect").contains(key)) {
                problems.add(line + ": unknown key " + key + " (a step has one of " + String.join(", ", ACTIONS)
                        + ", and title, say, minutes, expect)");
            }
        }
        if (actions.size() != 1) {
            problems.add(line + ": a step needs exactly one action (" + String.join(", ", ACTIONS) + "), found " + actions);
            return null;
        }
        return actions;
    }

    /** from, to and count of a send or predict step; null (with the problem said) when it lacks them. */
    private static String[] request(String action, YNode v, int line, List<String> problems) {
        if (!(v instanceof YNode.Map req) || str(req, "from") == null || str(req, "to") == null) {
            problems.add(line + ": " + action + " needs from: and to:");
            return null;
        }
        int count = number(req, "count", 1, problems);
        if (count < 1 || count > 100) {
            problems.add(line + ": count must be 1 to 100");
            return null;
        }
        return new String[] {str(req, "from"), str(req, "to"), String.valueOf(count)};
    }

    private static List<String> ids(YNode v) {
        List<String> ids = new ArrayList<>();
        if (v instanceof YNode.Seq qs) {
            for (YNode q : qs.items()) {
                if (q instanceof YNode.Scalar sc && !sc.isNull()) {
                    ids.add(sc.value());
                }
            }
        } else if (v instanceof YNode.Scalar sc && !sc.isNull()) {
            ids.add(sc.value());
        }
        return ids;
    }

    private static ClassPlan.Expect expect(YNode.Map m, List<String> problems) {
        if (!(m.get("expect") instanceof YNode.Map e)) {
            if (m.get("expect") != null) {
                problems.add(m.span().line() + ": expect must be a map");
            }
            return null;
        }
        String outcome = str(e, "outcome");
        if (outcome != null && !List.of("DELIVERED", "REFUSED", "TIMEOUT", "NXDOMAIN", "HTTP_404", "HTTP_500", "HTTP_503", "EXTERNAL", "REDIRECT")
                .contains(outcome)) {
            problems.add(e.span().line() + ": unknown outcome " + outcome);
        }
        return new ClassPlan.Expect(outcome, number(e, "pods", -1, problems), str(e, "service"), number(e, "ready", -1, problems));
    }

    private static int number(YNode.Map m, String key, int dflt, List<String> problems) {
        if (!(m.get(key) instanceof YNode.Scalar s) || s.isNull()) {
            return dflt;
        }
        int n = parseInt(s.value());
        if (n < 0) {
            problems.add(s.span().line() + ": " + key + " must be a whole number");
            return dflt;
        }
        return n;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String str(YNode.Map m, String key) {
        return m.get(key) instanceof YNode.Scalar s && !s.isNull() ? s.value() : null;
    }
}
