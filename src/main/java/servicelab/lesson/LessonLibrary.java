package servicelab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import servicelab.manifest.ManifestText;

/**
 * The lessons found under a lessons folder, plus what was wrong with the folders that could not
 * be read. Bad content never throws: a broken lesson is skipped and described in
 * {@link #problems()}, so one bad chapter cannot keep the app or {@code lessons check} from
 * showing the others.
 *
 * @param dir      the folder that was read
 * @param lessons  readable lessons, ordered by number, then by folder name
 * @param problems one line per skipped folder or unreadable file, {@code "NN-slug/lesson.md: why"}
 */
public record LessonLibrary(Path dir, List<Lesson> lessons, List<String> problems) {
    /** Lesson folders are {@code NN-slug}; other folders (images, drafts) are not lessons. */
    private static final Pattern FOLDER = Pattern.compile("^(\\d+)-(.+)$");
    /** Far above any real lesson text; stops a stray binary from being read whole. */
    static final long MAX_BYTES = 1L << 20;
    public static final String LESSON_FILE = "lesson.md";

    public LessonLibrary {
        Objects.requireNonNull(dir, "dir");
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /**
     * The app's lesson library: {@code servicelab.lessons} (bin/servicelab and the installed launchers
     * name theirs), else {@code lessons/} in the working folder (mvn javafx:run, a lesson author).
     */
    public static Path defaultDir() {
        return Path.of(System.getProperty("servicelab.lessons", "lessons"));
    }

    public static LessonLibrary load(Path lessonsDir) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(lessonsDir)) {
            problems.add(lessonsDir + ": lessons folder not found");
            return new LessonLibrary(lessonsDir, lessons, problems);
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(lessonsDir)) {
            entries.filter(Files::isDirectory)
                    .filter(p -> FOLDER.matcher(p.getFileName().toString()).matches())
                    .forEach(folders::add);
        } catch (IOException | RuntimeException e) {
            problems.add(lessonsDir + ": cannot list the folder (" + e.getMessage() + ")");
            return new LessonLibrary(lessonsDir, lessons, problems);
        }
        folders.sort(Comparator.comparing((Path p) -> p.getFileName().toString()));
        for (Path folder : folders) {
            read(folder, problems).ifPresent(lessons::add);
        }
        // stable, so equal numbers keep the name order from above
        lessons.sort(Comparator.comparingInt(Lesson::number));
        return new LessonLibrary(lessonsDir, lessons, problems);
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static Optional<Lesson> read(Path folder, List<String> problems) {
        String id = folder.getFileName().toString();
        Matcher m = FOLDER.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            problems.add(id + ": the lesson number " + m.group(1) + " is too large");
            return Optional.empty();
        }
        Path file = folder.resolve(LESSON_FILE);
        String where = id + "/" + LESSON_FILE;
        if (!Files.isRegularFile(file)) {
            problems.add(where + ": missing");
            return Optional.empty();
        }
        String text;
        try {
            text = ManifestText.decode(servicelab.text.TextFiles.read(file, MAX_BYTES));
        } catch (servicelab.text.TextFiles.TooLargeException e) {
            problems.add(where + ": larger than " + MAX_BYTES + " bytes");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.add(where + ": cannot be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (text == null) {
            problems.add(where + ": not UTF-8 text");
            return Optional.empty();
        }
        String title = firstHeading(text);
        return Optional.of(new Lesson(id, number, title != null ? title : m.group(2), folder, text));
    }

    /**
     * The text of the first level-1 ATX heading ({@code # Title}), or null. Lines inside fenced
     * code blocks are skipped: a {@code # comment} in a YAML or shell example is not a title.
     */
    static String firstHeading(String markdown) {
        char fenceChar = 0;
        int fenceLength = 0;
        for (String line : (Iterable<String>) markdown.lines()::iterator) {
            int indent = 0;
            while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent > 3) {
                continue;
            }
            String rest = line.substring(indent);
            int run = run(rest);
            if (fenceChar != 0) {
                if (run >= fenceLength && rest.charAt(0) == fenceChar && rest.substring(run).isBlank()) {
                    fenceChar = 0;
                }
                continue;
            }
            if (run >= 3 && (rest.charAt(0) == '`' || rest.charAt(0) == '~')
                    && !(rest.charAt(0) == '`' && rest.indexOf('`', run) >= 0)) {
                fenceChar = rest.charAt(0);
                fenceLength = run;
                continue;
            }
            if (rest.startsWith("#") && (rest.length() == 1 || rest.charAt(1) == ' ' || rest.charAt(1) == '\t')) {
                String title = stripClosingHashes(rest.substring(1).strip());
                if (!title.isEmpty()) {
                    return title;
                }
            }
        }
        return null;
    }

    /** Length of the run of backticks or tildes that opens {@code s}, 0 otherwise. */
    private static int run(String s) {
        if (s.isEmpty() || (s.charAt(0) != '`' && s.charAt(0) != '~')) {
            return 0;
        }
        int n = 0;
        while (n < s.length() && s.charAt(n) == s.charAt(0)) {
            n++;
        }
        return n;
    }

    /** CommonMark: a closing run of # counts only when a space separates it from the text. */
    private static String stripClosingHashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '#') {
            end--;
        }
        if (end == s.length()) {
            return s;
        }
        if (end == 0) {
            return "";
        }
        char before = s.charAt(end - 1);
        return before == ' ' || before == '\t' ? s.substring(0, end).strip() : s;
    }
}
