package servicelab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.manifest.ManifestText;

/**
 * {@code lessons check}: every lesson's text reads, every YAML block checks as marked (valid, or
 * invalid when marked {@code broken}), the scene validates, and every quiz item has its one
 * right answer. Problems are values, one per finding, never exceptions.
 */
public final class LessonChecker {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(yaml|yml)([^\\n]*)\\n(.*?)^```");

    /** One finding: which lesson (and exercise), where ("file:line"), and what. */
    public record Problem(String lesson, String exercise, String where, String message) {
    }

    /** A lesson's summary for the report. */
    public record Summary(String id, String title, int exercises, int quiz, boolean classPlan, List<Problem> problems) {
        public Summary {
            problems = List.copyOf(problems);
        }
    }

    public record Report(List<Summary> lessons, List<Problem> problems) {
        public Report {
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && lessons.stream().allMatch(l -> l.problems().isEmpty());
        }
    }

    private final ManifestChecker checker = new ManifestChecker();
    /** A chapter's class plan (presenter mode walks it). */
    public static final String CLASS_FILE = "class.yaml";

    public Report check(Path dir) {
        LessonLibrary lib = LessonLibrary.load(dir);
        List<Problem> top = new ArrayList<>();
        for (String p : lib.problems()) {
            top.add(new Problem(null, null, p.contains(":") ? p.substring(0, p.indexOf(':')) : p, p));
        }
        List<Summary> out = new ArrayList<>();
        for (Lesson l : lib.lessons()) {
            out.add(checkLesson(l));
        }
        LibraryChecks.objectives(lib, top);
        LibraryChecks.finalTest(dir, lib, top);
        LibraryChecks.seedNote(dir, lib, top);
        Path glossary = dir.resolve("glossary.yaml");
        if (Files.isRegularFile(glossary)) {
            try {
                for (Glossary.Term t : Glossary.load(glossary).terms()) {
                    if (t.url() != null && LinkPolicy.refusal(t.url()) != null) {
                        top.add(new Problem(null, null, "glossary.yaml", t.term() + ": " + LinkPolicy.refusal(t.url())));
                    }
                }
            } catch (IOException | RuntimeException e) {
                top.add(new Problem(null, null, "glossary.yaml", "cannot read: " + e.getMessage()));
            }
        }
        return new Report(out, top);
    }

    Summary checkLesson(Lesson l) {
        List<Problem> problems = new ArrayList<>();
        Matcher m = FENCE.matcher(l.markdown());
        while (m.find()) {
            boolean broken = m.group(2).contains("broken");
            CheckReport r = checker.check(m.group(3));
            int line = l.markdown().substring(0, m.start()).split("\n", -1).length;
            String where = l.id() + "/lesson.md:" + line;
            if (broken && r.valid()) {
                problems.add(new Problem(l.id(), null, where, "the block is marked broken but is valid"));
            } else if (!broken && !r.valid()) {
                problems.add(new Problem(l.id(), null, where, "the YAML is invalid: " + r.errors().get(0).message()));
            }
        }
        checkLinks(l, problems);
        checkScene(l, problems);
        int quizCount = 0;
        Path quiz = l.dir().resolve("quiz.yaml");
        if (Files.exists(quiz)) {
            String text = read(quiz, l, problems);
            if (text != null) {
                List<String> readProblems = new ArrayList<>();
                Quiz q = QuizReader.read(text, readProblems);
                readProblems.forEach(p -> problems.add(new Problem(l.id(), null, l.id() + "/quiz.yaml:" + p.substring(0, p.indexOf(':')),
                        p.substring(p.indexOf(':') + 2))));
                Set<String> ids = new HashSet<>();
                for (Quiz.Item item : q.items()) {
                    String where = l.id() + "/quiz.yaml:" + item.line();
                    if (item.id() == null || !ids.add(item.id())) {
                        problems.add(new Problem(l.id(), null, where, "quiz item id missing or repeated: " + item.id()));
                    }
                    item.problems().forEach(p -> problems.add(new Problem(l.id(), null, where, item.id() + ": " + p)));
                }
                quizCount = q.items().size();
            }
        }
        int exerciseCount = 0;
        Path ex = l.dir().resolve("exercises.yaml");
        if (Files.exists(ex)) {
            String text = read(ex, l, problems);
            if (text != null) {
                List<String> readProblems = new ArrayList<>();
                List<Exercise> exercises = ExerciseReader.read(text, readProblems);
                readProblems.forEach(p -> problems.add(new Problem(l.id(), null,
                        l.id() + "/exercises.yaml:" + p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 2))));
                Set<String> ids = new HashSet<>();
                for (Exercise e : exercises) {
                    checkExercise(l, e, ids, problems);
                    LibraryChecks.prediction(e, m2 -> problems.add(new Problem(l.id(), e.id(), l.id() + "/exercises.yaml:" + e.line(), m2)));
                }
                exerciseCount = exercises.size();
                if (exercises.stream().noneMatch(e -> e.predict() != null)) {
                    problems.add(new Problem(l.id(), null, l.id() + "/exercises.yaml", "no exercise of the chapter asks for a prediction"));
                }
            }
        }
        boolean plan = checkPlan(l, problems);
        return new Summary(l.id(), l.title(), exerciseCount, quizCount, plan, problems);
    }

    /** Reads and plays the chapter's class plan; true when it has one that plays through. */
    private boolean checkPlan(Lesson l, List<Problem> problems) {
        Path file = l.dir().resolve(CLASS_FILE);
        if (!Files.exists(file)) {
            return false;
        }
        String text = read(file, l, problems);
        if (text == null) {
            return false;
        }
        List<String> found = new ArrayList<>();
        ClassPlan plan = ClassPlanReader.read(text, found);
        if (found.isEmpty()) {
            found.addAll(new ClassPlanCheck(l, exercisesOf(l), quizOf(l)).check(plan));
        }
        found.forEach(p -> problems.add(new Problem(l.id(), null, l.id() + "/" + CLASS_FILE + ":" + p.substring(0, p.indexOf(':')),
                p.substring(p.indexOf(':') + 2))));
        return found.isEmpty();
    }

    /** The chapter's class plan, or null when it has none or it cannot be read. */
    public static ClassPlan planOf(Lesson l) {
        Path file = l.dir().resolve(CLASS_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            String s = ManifestText.decode(servicelab.text.TextFiles.read(file, ManifestText.MAX_BYTES));
            List<String> problems = new ArrayList<>();
            ClassPlan plan = s == null ? null : ClassPlanReader.read(s, problems);
            return problems.isEmpty() ? plan : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void checkScene(Lesson l, List<Problem> problems) {
        Path scene = l.dir().resolve("scene.yaml");
        if (Files.exists(scene)) {
            String text = read(scene, l, problems);
            if (text != null) {
                CheckReport r = checker.check(text);
                r.errors().forEach(e -> problems.add(new Problem(l.id(), null, l.id() + "/scene.yaml:" + e.line(), e.message())));
            }
        }
    }

    /** Every link of the lesson goes where {@link LinkPolicy} allows; every image is in the lesson's folder or assets. */
    private static void checkLinks(Lesson l, List<Problem> problems) {
        org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(l.markdown());
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                String why = LinkPolicy.refusal(link.getDestination());
                if (why != null) {
                    problems.add(new Problem(l.id(), null, l.id() + "/lesson.md", why));
                }
                visitChildren(link);
            }

            @Override
            public void visit(org.commonmark.node.Image img) {
                Path p = LinkPolicy.image(l.dir(), img.getDestination());
                if (p == null) {
                    problems.add(new Problem(l.id(), null, l.id() + "/lesson.md",
                            "image outside the lesson folder and assets/: " + img.getDestination()));
                } else if (!p.startsWith("assets") && !Files.isRegularFile(p)) {
                    problems.add(new Problem(l.id(), null, l.id() + "/lesson.md", "image missing: " + img.getDestination()));
                }
            }
        });
    }

    /** An exercise is sound when its goals fail on its start and all pass on its solution. */
    private void checkExercise(Lesson l, Exercise e, Set<String> ids, List<Problem> problems) {
        String where = l.id() + "/exercises.yaml:" + e.line();
        java.util.function.Consumer<String> add = m -> problems.add(new Problem(l.id(), e.id(), where, m));
        if (e.id() == null || !ids.add(e.id())) {
            add.accept("exercise id missing or repeated: " + e.id());
        }
        if (e.prompt() == null || e.title() == null || e.start() == null || e.solution() == null) {
            add.accept("an exercise needs title, prompt, start and solution");
            return;
        }
        if (e.hints().size() != 3) {
            add.accept("an exercise needs exactly three hints, has " + e.hints().size());
        }
        if (e.goals().isEmpty()) {
            add.accept("an exercise needs at least one goal");
            return;
        }
        GoalEvaluator start = new GoalEvaluator(e.start());
        for (long seed : GoalEvaluator.SEEDS) {
            // under every seed the start must leave something to do: a lucky draw may not pass it
            GoalEvaluator under = start.under(seed);
            if (e.goals().stream().allMatch(g -> under.holds(g.check()))) {
                add.accept("the goals already pass on the start" + (seed == 42 ? "" : " under seed " + seed));
                break;
            }
        }
        Map<String, Boolean> right = new java.util.HashMap<>();
        for (Exercise.Question q : e.questions()) {
            if (q.id() == null || q.question() == null || q.answers().isEmpty()) {
                add.accept("a question needs id, question and at least one answer: " + q.id());
            } else {
                right.put(q.id(), true);
            }
        }
        for (Exercise.Goal g : e.goals()) {
            if (g.check().containsKey("answer") && !right.containsKey(String.valueOf(g.check().get("answer")))) {
                add.accept("goal names no question of the exercise: " + g.check());
            }
        }
        GoalEvaluator solution = new GoalEvaluator(e.solution(), right);
        if (!solution.report().valid()) {
            add.accept("the solution is invalid: " + solution.report().errors().get(0).message());
        }
        goalsOnTheSolution(e, solution, add);
        for (Exercise.Feedback f : e.feedback()) {
            if (solution.holds(f.when())) {
                add.accept("feedback applies to the solution too: " + f.when());
            }
        }
    }

    /** Every goal holds on the solution, whatever the seed (pod names, addresses and draws differ between them); seed 42 first. */
    private static void goalsOnTheSolution(Exercise e, GoalEvaluator solution, java.util.function.Consumer<String> add) {
        Set<Integer> failed = new HashSet<>();
        for (long seed : GoalEvaluator.SEEDS) {
            GoalEvaluator under = solution.under(seed);
            for (int i = 0; i < e.goals().size(); i++) {
                Exercise.Goal g = e.goals().get(i);
                if (!failed.contains(i) && !under.holds(g.check())) {
                    failed.add(i);
                    add.accept("goal " + (i + 1) + " fails on the solution" + (seed == 42 ? "" : " under seed " + seed) + ": "
                            + g.text() + " " + g.check());
                }
            }
        }
    }

    /** The exercises of a lesson, or none. */
    public static List<Exercise> exercisesOf(Lesson l) {
        Path ex = l.dir().resolve("exercises.yaml");
        if (!Files.exists(ex)) {
            return List.of();
        }
        try {
            String s = ManifestText.decode(servicelab.text.TextFiles.read(ex, ManifestText.MAX_BYTES));
            return s == null ? List.of() : ExerciseReader.read(s, new ArrayList<>());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path p, Lesson l, List<Problem> problems) {
        try {
            String s = ManifestText.decode(servicelab.text.TextFiles.read(p, ManifestText.MAX_BYTES));
            if (s == null) {
                problems.add(new Problem(l.id(), null, l.id() + "/" + p.getFileName(), "not UTF-8 text"));
            }
            return s;
        } catch (IOException e) {
            problems.add(new Problem(l.id(), null, l.id() + "/" + p.getFileName(), "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** The quiz of a lesson, or an empty one. */
    public static Quiz quizOf(Lesson l) {
        Path quiz = l.dir().resolve("quiz.yaml");
        if (!Files.exists(quiz)) {
            return new Quiz(List.of());
        }
        try {
            String s = ManifestText.decode(servicelab.text.TextFiles.read(quiz, ManifestText.MAX_BYTES));
            return s == null ? new Quiz(List.of()) : QuizReader.read(s, new ArrayList<>());
        } catch (IOException e) {
            return new Quiz(List.of());
        }
    }
}
