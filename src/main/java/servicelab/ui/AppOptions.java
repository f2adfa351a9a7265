package servicelab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The app's command-line options: {@code --open FILE}, {@code --lesson ID}, {@code --exercise ID},
 * {@code --size WxH}, {@code --snapshot OUT.png} (render the settled window to PNG and exit),
 * {@code --lang en}, {@code --dark}, {@code --presenter}, {@code --kubectl CMD} (run console
 * commands once the cluster is up), {@code --send CLIENT URL} (send 30 requests and show them
 * arrived) and {@code --bench OUT}.
 */
public record AppOptions(Path open, Path snapshot, int width, int height, Locale locale, String lesson, Path bench,
                         String sendFrom, String sendTo, String exercise, boolean dark, boolean presenter,
                         List<String> kubectl) {
    public AppOptions {
        kubectl = List.copyOf(kubectl);
    }

    /** The options tests use: a file (or none), a size and a language. */
    public static AppOptions of(Path open, int width, int height, Locale locale) {
        return new AppOptions(open, null, width, height, locale, null, null, null, null, null, false, false, List.of());
    }

    public AppOptions withLesson(String id) {
        return new AppOptions(open, snapshot, width, height, locale, id, bench, sendFrom, sendTo, exercise, dark, presenter, kubectl);
    }

    public AppOptions withExercise(String id) {
        return new AppOptions(open, snapshot, width, height, locale, lesson, bench, sendFrom, sendTo, id, dark, presenter, kubectl);
    }

    static AppOptions parse(List<String> args) {
        Builder b = new Builder();
        for (int i = 0; i < args.size(); i++) {
            i = b.take(args, i);
        }
        return b.build();
    }

    private static final class Builder {
        Path open;
        Path snapshot;
        int w;
        int h;
        Locale locale = Locale.KOREAN;
        String lesson;
        Path bench;
        String sendFrom;
        String sendTo;
        String exercise;
        boolean dark;
        boolean presenter;
        final List<String> kubectl = new ArrayList<>();

        /** Takes the option at i (and its values); returns the index of its last word. */
        int take(List<String> args, int i) {
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--open" -> open = next == null ? null : Path.of(next);
                case "--snapshot" -> snapshot = next == null ? null : Path.of(next);
                case "--size" -> size(next);
                case "--lang" -> locale = "en".equals(next) ? Locale.ENGLISH : Locale.KOREAN;
                case "--lesson" -> lesson = next;
                case "--exercise" -> exercise = next;
                case "--kubectl" -> kubectl.add(next == null ? "" : next);
                case "--send" -> {
                    sendFrom = next;
                    sendTo = i + 2 < args.size() ? args.get(i + 2) : null;
                    return i + 2;
                }
                case "--bench" -> {
                    boolean given = next != null && !next.startsWith("--");
                    bench = given ? Path.of(next) : Path.of("target/bench-ui.txt");
                    return given ? i + 1 : i;
                }
                case "--dark" -> {
                    dark = true;
                    return i;
                }
                case "--presenter" -> {
                    presenter = true;
                    return i;
                }
                default -> {
                    return i;
                }
            }
            return i + 1;
        }

        private void size(String v) {
            if (v != null && v.matches("\\d{1,5}x\\d{1,5}")) {
                String[] p = v.split("x");
                w = Integer.parseInt(p[0]);
                h = Integer.parseInt(p[1]);
            }
        }

        AppOptions build() {
            return new AppOptions(open, snapshot, w, h, locale, lesson, bench, sendFrom, sendTo, exercise, dark, presenter, kubectl);
        }
    }
}
