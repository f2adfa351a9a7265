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



/**
 * A learner's self-study progress (curriculum L1, L2), one JSON file per local profile: the
 * chapters visited, each exercise's state, quiz answers, time per chapter, and the place to
 * continue from (chapter, exercise, file). The editor's unsaved text is not kept here: the
 * recovery journal keeps it. Every change is written at once, to a temporary file that then
 * replaces the old one, so a crash never leaves half a file; a file that cannot be read is moved
 * aside (never deleted) and the learner starts afresh with a message saying where it went.
 *
 * <p>Two windows may share a profile. A write therefore takes a lock on {@code progress.json.lock},
 * reads what is on disk and merges: visits and answers from both, this window's changes winning
 * for what it changed itself, and its time added to what the other recorded.
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
    private String lastFile;
    /** What this window changed since it loaded: these win over the file's values when merging. */
    private final Set<String> touchedExercises = new LinkedHashSet<>();
    private final Set<String> touchedQuiz = new LinkedHashSet<>();
    private final Map<String, Long> unsavedSeconds = new LinkedHashMap<>();
    private boolean touchedLast;
    /** The largest progress file read (a few hundred chapters' worth; anything bigger is not ours). */
    static final long MAX_BYTES = 1024 * 1024;
    private java.util.function.Consumer<IOException> onSaveFailed = e -> { };
    /** Where an unreadable file was moved, or null. */
    private Path setAside;
    /** How a save happens: at once, unless a recorder writes on its IO thread. */
    private Runnable saver = this::writeMerged;

    private Progress(Path file) {
        this.file = file;
    }

    /** The profile's folder: {@code servicelab.home}, by default ~/.servicelab. */
    public static Path home() {
        return Path.of(System.getProperty("servicelab.home", Path.of(System.getProperty("user.home"), ".servicelab").toString()));
    }

    /** The profile's file: {@link #home()} / {@code progress.json}. */
    public static Path defaultFile() {
        return home().resolve("progress.json");
    }

    public static Progress load(Path file) {
        Progress p = new Progress(file);
        if (!Files.exists(file)) {
            return p;
        }
        try {
            p.read(readFile(file));
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

    /** The file's data, read bounded and parsed as JSON (linear in its size). */
    private static Map<?, ?> readFile(Path file) throws IOException {
        String text = new String(servicelab.text.TextFiles.read(file, MAX_BYTES), StandardCharsets.UTF_8);
        Object data = servicelab.text.Json.parse(text);
        if (!(data instanceof Map<?, ?> m) || !Long.valueOf(1).equals(m.get("version"))) {
            throw new IllegalArgumentException("not a progress file");
        }
        return m;
    }

    private void clear() {
        visited.clear();
        exercises.clear();
        quiz.clear();
        seconds.clear();
        lastLesson = lastExercise = lastFile = null;
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

    public synchronized boolean canContinue() {
        return lastLesson != null || lastFile != null;
    }

    public String lastLesson() {
        return lastLesson;
    }

    public String lastExercise() {
        return lastExercise;
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
        synchronized (this) {
            visited.add(id);
            if (!id.equals(lastLesson)) {
                lastLesson = id;
                lastExercise = null;
            }
            touchedLast = true;
        }
        save();
    }

    public void exerciseStarted(String id) {
        synchronized (this) {
            ExerciseState s = exercises.get(id);
            exercises.put(id, new ExerciseState(s != null && s.status().equals("done") ? "done" : "started",
                    s == null ? 1 : s.attempts() + 1, s == null ? 0 : s.hints()));
            lastExercise = id;
            touchedExercises.add(id);
            touchedLast = true;
        }
        save();
    }

    public void hintOpened(String id, int shown) {
        synchronized (this) {
            ExerciseState s = exercises.get(id);
            if (s == null || shown <= s.hints()) {
                return;
            }
            exercises.put(id, new ExerciseState(s.status(), s.attempts(), shown));
            touchedExercises.add(id);
        }
        save();
    }

    public void exerciseDone(String id) {
        synchronized (this) {
            ExerciseState s = exercises.get(id);
            exercises.put(id, new ExerciseState("done", s == null ? 1 : s.attempts(), s == null ? 0 : s.hints()));
            touchedExercises.add(id);
        }
        save();
    }

    public void quizAnswered(String itemId, boolean right) {
        synchronized (this) {
            quiz.put(itemId, right);
            touchedQuiz.add(itemId);
        }
        save();
    }

    /** Right answers out of items answered, for one chapter's item ids (or all when null). */
    public synchronized int[] quizScore(java.util.Collection<String> itemIds) {
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
    public synchronized void addTime(String lessonId, long secs) {
        seconds.merge(lessonId, secs, Long::sum);
        unsavedSeconds.merge(lessonId, secs, Long::sum);
    }

    public synchronized long secondsIn(String lessonId) {
        return seconds.getOrDefault(lessonId, 0L);
    }

    /** The editor's file, so "continue where I left off" reopens it (the text itself is the journal's). */
    public void fileChanged(Path file) {
        String f = file == null ? null : file.toString();
        synchronized (this) {
            if (java.util.Objects.equals(f, lastFile)) {
                return;
            }
            lastFile = f;
            touchedLast = true;
        }
        save();
    }

    /** Where {@link #save()} sends the work (a {@link ProgressRecorder} runs it off the UI thread). */
    void setSaver(Runnable saver) {
        this.saver = saver;
    }

    /** Where a failed write is reported (the window shows it; progress must never stop the lesson). */
    public void setOnSaveFailed(java.util.function.Consumer<IOException> onSaveFailed) {
        this.onSaveFailed = onSaveFailed;
    }

    /** Saves the whole file (through the saver). */
    public void save() {
        saver.run();
    }

    /**
     * Under the profile's lock: reads what another window may have written, merges it in, and
     * writes the result atomically. Blocks while another window writes.
     */
    void writeMerged() {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lockFile,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock ignored = ch.lock()) {
                Map<?, ?> disk = null;
                if (Files.exists(file)) {
                    try {
                        disk = readFile(file);
                    } catch (IOException | RuntimeException unreadable) {
                        disk = null; // what this window knows replaces a file nobody can read
                    }
                }
                String json;
                synchronized (this) {
                    if (disk != null) {
                        merge(disk);
                    }
                    json = toJson();
                }
                servicelab.workspace.files.AtomicFiles.write(file, json);
                synchronized (this) {
                    unsavedSeconds.clear();
                }
            }
        } catch (IOException e) {
            onSaveFailed.accept(e);
        }
    }

    /** Takes in what another window wrote: all of it, except what this window changed itself. */
    private void merge(Map<?, ?> m) {
        Progress other = new Progress(file);
        other.read(m);
        visited.addAll(other.visited);
        other.exercises.forEach((id, st) -> {
            if (!touchedExercises.contains(id)) {
                exercises.put(id, st);
            }
        });
        other.quiz.forEach((id, right) -> {
            if (!touchedQuiz.contains(id)) {
                quiz.put(id, right);
            }
        });
        Map<String, Long> secs = new LinkedHashMap<>(other.seconds);
        unsavedSeconds.forEach((id, n) -> secs.merge(id, n, Long::sum));
        seconds.clear();
        seconds.putAll(secs);
        if (!touchedLast) {
            lastLesson = other.lastLesson;
            lastExercise = other.lastExercise;
            lastFile = other.lastFile;
        }
    }

    synchronized String toJson() {
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
                .append(", \"file\": ").append(quote(lastFile)).append("}\n}\n");
        return sb.toString();
    }

    private static String quote(String s) {
        return servicelab.text.Json.write(s);
    }
}
