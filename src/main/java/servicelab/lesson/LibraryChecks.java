package servicelab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The checks that look across the library: objectives naming exercises and quiz items that
 * exist, predictions that can be answered, and the final test (20 items, each reviewing a
 * chapter that exists).
 */
final class LibraryChecks {
    /** How many items the final test has. */
    static final int FINAL_ITEMS = 20;

    private LibraryChecks() {
    }

    /** A prediction: a question, two to four choices, an answer among them, a reveal; hidden goals only with one. */
    static void prediction(Exercise e, Consumer<String> problem) {
        Exercise.Predict p = e.predict();
        if (p == null) {
            if (e.goals().stream().anyMatch(Exercise.Goal::hiddenUntilPredicted)) {
                problem.accept("a goal is hidden until the prediction, but the exercise asks for none");
            }
            return;
        }
        if (p.question() == null || p.reveal() == null) {
            problem.accept("a prediction needs a question and a reveal");
        }
        if (p.choices().size() < 2 || p.choices().size() > 4) {
            problem.accept("a prediction needs two to four choices, has " + p.choices().size());
        }
        if (p.answer() < 0 || p.answer() >= p.choices().size()) {
            problem.accept("predict.answer " + p.answer() + " names no choice");
        }
    }

    /** Every chapter states objectives, and each names at least one exercise or quiz item of the library. */
    static void objectives(LessonLibrary lib, List<LessonChecker.Problem> top) {
        Set<String> ids = new HashSet<>();
        for (Lesson l : lib.lessons()) {
            LessonChecker.exercisesOf(l).forEach(e -> ids.add(e.id()));
            LessonChecker.quizOf(l).items().forEach(i -> ids.add(i.id()));
        }
        for (Lesson l : lib.lessons()) {
            List<Objectives.Objective> objectives = Objectives.of(l.markdown());
            String where = l.id() + "/lesson.md";
            if (objectives.isEmpty()) {
                top.add(new LessonChecker.Problem(l.id(), null, where, "no objectives under " + Objectives.HEADING));
            }
            for (Objectives.Objective o : objectives) {
                if (o.ids().isEmpty()) {
                    top.add(new LessonChecker.Problem(l.id(), null, where + ":" + o.line(), "objective names no exercise or quiz item: " + o.text()));
                }
                for (String id : o.ids()) {
                    if (!ids.contains(id)) {
                        top.add(new LessonChecker.Problem(l.id(), null, where + ":" + o.line(), "objective names an unknown id: " + id));
                    }
                }
            }
        }
    }

    /** The seed note's corrections: ranges inside the note, apart from each other, each naming a chapter that exists. */
    static void seedNote(Path dir, LessonLibrary lib, List<LessonChecker.Problem> top) {
        List<String> read = new java.util.ArrayList<>();
        SeedNote note = SeedNote.load(dir, read);
        String where = SeedNote.DIR + "/corrections.yaml";
        read.forEach(p -> top.add(new LessonChecker.Problem(null, null, where, p)));
        if (note == null) {
            return;
        }
        SeedNote.Correction previous = null;
        for (SeedNote.Correction c : note.corrections().stream()
                .sorted(java.util.Comparator.comparingInt(SeedNote.Correction::first)).toList()) {
            String at = where + " lines " + c.first() + "-" + c.last();
            if (c.first() < 1 || c.last() < c.first() || c.last() > note.lines().size()) {
                top.add(new LessonChecker.Problem(null, null, at, "the range is not inside the note's " + note.lines().size() + " lines"));
            }
            if (previous != null && c.first() <= previous.last()) {
                top.add(new LessonChecker.Problem(null, null, at, "overlaps lines " + previous.first() + "-" + previous.last()));
            }
            if (lib.find(c.chapter()).isEmpty()) {
                top.add(new LessonChecker.Problem(null, null, at, "names no chapter: " + c.chapter()));
            }
            if (c.note().isBlank()) {
                top.add(new LessonChecker.Problem(null, null, at, "says nothing"));
            }
            previous = c;
        }
    }

    /** lessons/final-test.yaml: twenty items, each valid and naming the chapter it reviews. */
    static void finalTest(Path dir, LessonLibrary lib, List<LessonChecker.Problem> top) {
        Path file = dir.resolve("final-test.yaml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            top.add(new LessonChecker.Problem(null, null, "final-test.yaml", "cannot read: " + e.getMessage()));
            return;
        }
        List<String> read = new java.util.ArrayList<>();
        Quiz q = QuizReader.read(text, read);
        read.forEach(p -> top.add(new LessonChecker.Problem(null, null, "final-test.yaml", p)));
        if (q.items().size() != FINAL_ITEMS) {
            top.add(new LessonChecker.Problem(null, null, "final-test.yaml", "the final test has " + q.items().size() + " items, not " + FINAL_ITEMS));
        }
        List<String> chapters = QuizReader.chapters(text);
        Set<String> lessonIds = new HashSet<>();
        lib.lessons().forEach(l -> lessonIds.add(l.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < q.items().size(); i++) {
            Quiz.Item item = q.items().get(i);
            String where = "final-test.yaml:" + item.line();
            if (item.id() == null || !seen.add(item.id())) {
                top.add(new LessonChecker.Problem(null, null, where, "item id missing or repeated: " + item.id()));
            }
            item.problems().forEach(p -> top.add(new LessonChecker.Problem(null, null, where, item.id() + ": " + p)));
            String chapter = i < chapters.size() ? chapters.get(i) : null;
            if (chapter == null || !lessonIds.contains(chapter)) {
                top.add(new LessonChecker.Problem(null, null, where, item.id() + ": chapter names no lesson: " + chapter));
            }
        }
    }
}
