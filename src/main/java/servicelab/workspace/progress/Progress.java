package servicelab.workspace.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.workspace.files.SafeJson;


/**
 * A learner's self-study progress (curriculum L1, L2), one JSON file per local profile: the
 * chapters visited, each exercise's state, and the exact place to continue from (chapter,
 * exercise, YAML text, file). Every change is written at once, to a temporary file that then
 * replaces the old one, so a crash never leaves half a file; a file that cannot be read is moved
 * aside (never deleted) and the learner starts afresh with a message saying where it went.
 */
public final class Progress {
    /** An exercise's state: started, done; how often it was started and how many hints were opened. */
    public record ExerciseState(String status, int attempts, int hints) {
    }

    private final Path file;
    private final Set<String> visited = new LinkedHashSet<>();
    private final Map<String, ExerciseState> exercises = new LinkedHashMap<>();
    /** Quiz items answered: id → right at the last try. */
    private final Map<String, Boolean> quiz = new LinkedHashMap<>();
    /** Seconds spent with each chapter open. */
    private final Map<String, Long> seconds = new LinkedHashMap<>();
    private String lastLesson;
    private String lastExercise;
    private String lastText;
    private String lastFile;
    /** Where an unreadable file was moved, or null. */
    private Path setAside;
    /** What happens to the file's new contents: written at once, unless a recorder writes them on its IO thread. */
    private java.util.function.Consumer<String> saver = this::write;

    private Progress(Path file) {
        this.file = file;
    }

    /** The profile's file: {@code servicelab.home} (default ~/.servicelab) / {@code progress.json}. */
    public static Path defaultFile() {
        String home = System.getProperty("servicelab.home",
                Path.of(System.getProperty("user.home"), ".servicelab").toString());
        return Path.of(home, "progress.json");
    }

    public static Progress load(Path file) {
        Progress p = new Progress(file);
        if (!Files.exists(file)) {
            return p;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Object data = SafeJson.load(text);
            if (!(data instanceof Map<?, ?> m) || !Integer.valueOf(1).equals(m.get("version"))) {
                throw new IllegalArgumentException("not a progress file");
            }
            p.read(m);
        } catch (IOException | RuntimeException e) {
            p.clear();
            try {
                String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                p.setAside = aside;
            } catch (IOException moveFailed) {
                p.setAside = file; // could not move it: it stays, and the next save replaces it
            }
        }
        return p;
    }

    private void clear() {
        visited.clear();
        exercises.clear();
        quiz.clear();
        seconds.clear();
        lastLesson = lastExercise = lastText = lastFile = null;
    }

    private void read(Map<?, ?> m) {
        if (m.get("visited") instanceof List<?> l) {
            l.forEach(x -> visited.add(String.valueOf(x)));
        }
        if (m.get("exercises") instanceof Map<?, ?> ex) {
            for (var e : ex.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> s) {
                    exercises.put(String.valueOf(e.getKey()), new ExerciseState(String.valueOf(s.get("status")),
                            s.get("attempts") instanceof Number n ? n.intValue() : 0, s.get("hints") instanceof Number n ? n.intValue() : 0));
                }
            }
        }
        if (m.get("quiz") instanceof Map<?, ?> q) {
            q.forEach((k, v) -> quiz.put(String.valueOf(k), Boolean.TRUE.equals(v)));
        }
        if (m.get("seconds") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> {
                if (v instanceof Number n) {
                    seconds.put(String.valueOf(k), n.longValue());
                }
            });
        }
        if (m.get("last") instanceof Map<?, ?> last) {
            lastLesson = str(last.get("lesson"));
            lastExercise = str(last.get("exercise"));
            lastText = str(last.get("text"));
            lastFile = str(last.get("file"));
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public Path file() {
        return file;
    }

    /** Where a corrupt file was set aside during {@link #load}, or null. */
    public Path setAside() {
        return setAside;
    }

    public boolean canContinue() {
        return lastLesson != null || lastText != null;
    }

    public String lastLesson() {
        return lastLesson;
    }

    public String lastExercise() {
        return lastExercise;
    }

    public String lastText() {
        return lastText;
    }

    public String lastFile() {
        return lastFile;
    }

    public Set<String> visited() {
        return Set.copyOf(visited);
    }

    public ExerciseState exercise(String id) {
        return exercises.get(id);
    }

    public void lessonOpened(String id) {
        visited.add(id);
        if (!id.equals(lastLesson)) {
            lastLesson = id;
            lastExercise = null;
        }
        save();
    }

    public void exerciseStarted(String id) {
        ExerciseState s = exercises.get(id);
        exercises.put(id, new ExerciseState(s != null && s.status().equals("done") ? "done" : "started",
                s == null ? 1 : s.attempts() + 1, s == null ? 0 : s.hints()));
        lastExercise = id;
        save();
    }

    public void hintOpened(String id, int shown) {
        ExerciseState s = exercises.get(id);
        if (s != null && shown > s.hints()) {
            exercises.put(id, new ExerciseState(s.status(), s.attempts(), shown));
            save();
        }
    }

    public void exerciseDone(String id) {
        ExerciseState s = exercises.get(id);
        exercises.put(id, new ExerciseState("done", s == null ? 1 : s.attempts(), s == null ? 0 : s.hints()));
        save();
    }

    public void quizAnswered(String itemId, boolean right) {
        quiz.put(itemId, right);
        save();
    }

    /** Right answers out of items answered, for one chapter's item ids (or all when null). */
    public int[] quizScore(java.util.Collection<String> itemIds) {
        int answered = 0;
        int right = 0;
        for (var e : quiz.entrySet()) {
            if (itemIds == null || itemIds.contains(e.getKey())) {
                answered++;
                right += e.getValue() ? 1 : 0;
            }
        }
        return new int[] {right, answered};
    }

    /** Time with a chapter open; written with the next save, not every second. */
    public void addTime(String lessonId, long secs) {
        seconds.merge(lessonId, secs, Long::sum);
    }

    public long secondsIn(String lessonId) {
        return seconds.getOrDefault(lessonId, 0L);
    }

    /** The editor's text and file, so "continue where I left off" finds exactly this. */
    public void textChanged(String text, Path file) {
        String f = file == null ? null : file.toString();
        if (text.equals(lastText) && java.util.Objects.equals(f, lastFile)) {
            return;
        }
        lastText = text;
        lastFile = f;
        save();
    }

    /** Where {@link #save()} sends the file's new contents (a {@link ProgressRecorder} writes them off the UI thread). */
    void setSaver(java.util.function.Consumer<String> saver) {
        this.saver = saver;
    }

    /** Saves the whole file (through the saver). */
    public void save() {
        saver.accept(toJson());
    }

    /** Writes the whole file: a temporary file in the same folder, then an atomic rename over the old one. */
    void write(String json) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "progress", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // progress is a convenience: a read-only home must not stop the lesson
            System.err.println("progress not saved: " + e.getMessage());
        }
    }

    String toJson() {
        StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"visited\": [");
        List<String> v = new ArrayList<>();
        visited.forEach(x -> v.add(quote(x)));
        sb.append(String.join(", ", v)).append("],\n  \"exercises\": {");
        List<String> ex = new ArrayList<>();
        exercises.forEach((id, s) -> ex.add("\n    " + quote(id) + ": {\"status\": " + quote(s.status()) + ", \"attempts\": "
                + s.attempts() + ", \"hints\": " + s.hints() + "}"));
        sb.append(String.join(",", ex)).append(ex.isEmpty() ? "" : "\n  ").append("},\n  \"quiz\": {");
        List<String> qs = new ArrayList<>();
        quiz.forEach((id, right) -> qs.add(quote(id) + ": " + right));
        sb.append(String.join(", ", qs)).append("},\n  \"seconds\": {");
        List<String> ts = new ArrayList<>();
        seconds.forEach((id, n) -> ts.add(quote(id) + ": " + n));
        sb.append(String.join(", ", ts)).append("},\n  \"last\": {");
        sb.append("\"lesson\": ").append(quote(lastLesson)).append(", \"exercise\": ").append(quote(lastExercise))
                .append(", \"file\": ").append(quote(lastFile)).append(",\n    \"text\": ").append(quote(lastText)).append("}\n}\n");
        return sb.toString();
    }

    private static String quote(String s) {
        return servicelab.text.Json.write(s);
    }
}
