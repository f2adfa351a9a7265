package servicelab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cumulative final test (lessons/final-test.yaml): quiz items across the course, each naming
 * the chapter it reviews, so a score comes with the chapters to read again.
 */
public record FinalTest(List<Quiz.Item> items, Map<String, String> chapterOf) {
    public FinalTest {
        items = List.copyOf(items);
        chapterOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chapterOf));
    }

    public static final String FILE = "final-test.yaml";

    /** The library's final test, or an empty one when the library has none (or it cannot be read). */
    public static FinalTest load(Path lessonsDir) {
        Path file = lessonsDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new FinalTest(List.of(), Map.of());
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Quiz q = QuizReader.read(text, new ArrayList<>());
            List<String> chapters = QuizReader.chapters(text);
            Map<String, String> of = new LinkedHashMap<>();
            for (int i = 0; i < q.items().size() && i < chapters.size(); i++) {
                if (chapters.get(i) != null) {
                    of.put(q.items().get(i).id(), chapters.get(i));
                }
            }
            return new FinalTest(q.items(), of);
        } catch (IOException e) {
            return new FinalTest(List.of(), Map.of());
        }
    }

    /** The score: right answers among the items answered so far. */
    public record Score(int right, int answered, int total, List<String> review) {
    }

    /**
     * The score of these answers (item id → right at the last try), and the chapters to review: those
     * of the items answered wrong, in course order, each once.
     */
    public Score score(Map<String, Boolean> answers) {
        int right = 0;
        int answered = 0;
        java.util.TreeSet<String> review = new java.util.TreeSet<>();
        for (Quiz.Item i : items) {
            Boolean a = answers.get(i.id());
            if (a == null) {
                continue;
            }
            answered++;
            if (a) {
                right++;
            } else if (chapterOf.containsKey(i.id())) {
                review.add(chapterOf.get(i.id()));
            }
        }
        return new Score(right, answered, items.size(), List.copyOf(review));
    }
}
