package servicelab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import servicelab.text.Messages;

/**
 * The app's command-line options (the contract is docs/CLI.md's {@code gui}): {@code --open FILE},
 * {@code --lesson ID}, {@code --exercise ID}, {@code --size WxH}, {@code --snapshot OUT.png} and
 * {@code --layout-report OUT.json} (lay the settled window out, write, exit), {@code --lang ko|en},
 * {@code --dark}, {@code --presenter}, {@code --kubectl CMD} (console commands once the cluster is
 * up), {@code --send CLIENT URL} (30 requests shown arrived) and {@code --bench [OUT]}. Every
 * mistake is found here, before JavaFX starts: one line and exit 2, never a window that hangs.
 * A null locale means "the learner's setting".
 */
public record AppOptions(Path open, Path snapshot, int width, int height, Locale locale, String lesson, Path bench,
                         String sendFrom, String sendTo, String exercise, boolean dark, boolean presenter,
                         List<String> kubectl, Path layoutReport) {
    public AppOptions {
        kubectl = List.copyOf(kubectl);
    }

    /** A mistake in the options (one line for stderr), or a request for the help text. */
    public static final class Usage extends Exception {
        private final boolean help;

        Usage(String line, boolean help) {
            super(line, null, false, false);
            this.help = help;
        }

        public boolean help() {
            return help;
        }
    }

    /** The options tests use: a file (or none), a size and a language. */
    public static AppOptions of(Path open, int width, int height, Locale locale) {
        return new AppOptions(open, null, width, height, locale, null, null, null, null, null, false, false, List.of(), null);
    }

    public AppOptions withLesson(String id) {
        return new AppOptions(open, snapshot, width, height, locale, id, bench, sendFrom, sendTo, exercise, dark, presenter, kubectl, layoutReport);
    }

    public AppOptions withExercise(String id) {
        return new AppOptions(open, snapshot, width, height, locale, lesson, bench, sendFrom, sendTo, id, dark, presenter, kubectl, layoutReport);
    }

    public AppOptions withPresenter(boolean on) {
        return new AppOptions(open, snapshot, width, height, locale, lesson, bench, sendFrom, sendTo, exercise, dark, on, kubectl, layoutReport);
    }

    /** True when the window renders or measures itself and quits (no settings are saved). */
    public boolean once() {
        return snapshot != null || layoutReport != null || bench != null;
    }

    /** Parses and checks the options; a mistake or --help is a {@link Usage}. */
    public static AppOptions parse(List<String> args, Messages msg) throws Usage {
        Builder b = new Builder(msg);
        for (int i = 0; i < args.size(); i++) {
            i = b.take(args, i);
        }
        return b.build();
    }

    /** The options that take one value. */
    static final List<String> VALUED = List.of("--open", "--snapshot", "--layout-report", "--size", "--lang", "--lesson",
            "--exercise", "--kubectl");

    private static final class Builder {
        final Messages msg;
        Path open;
        Path snapshot;
        Path layoutReport;
        int w;
        int h;
        Locale locale;
        String lesson;
        Path bench;
        String sendFrom;
        String sendTo;
        String exercise;
        boolean dark;
        boolean presenter;
        final List<String> kubectl = new ArrayList<>();

        Builder(Messages msg) {
            this.msg = msg;
        }

        private Usage error(String key, Object... args) {
            return new Usage(msg.get(key, args), false);
        }

        private String value(List<String> args, int i) throws Usage {
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw error("gui.missingValue", args.get(i));
            }
            return args.get(i + 1);
        }

        /** Takes the option at i (and its values); returns the index of its last word. */
        int take(List<String> args, int i) throws Usage {
            String o = args.get(i);
            switch (o) {
                case "--help", "-h" -> throw new Usage(msg.get("gui.help"), true);
                case "--dark" -> dark = true;
                case "--presenter" -> presenter = true;
                case "--bench" -> {
                    boolean given = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
                    bench = given ? output(o, args.get(i + 1)) : Path.of("target/bench-ui.txt");
                    return given ? i + 1 : i;
                }
                case "--send" -> {
                    sendFrom = value(args, i);
                    sendTo = value(args, i + 1);
                    return i + 2;
                }
                default -> {
                    if (!VALUED.contains(o)) {
                        throw error("gui.unknownOption", o);
                    }
                    valued(o, value(args, i));
                    return i + 1;
                }
            }
            return i;
        }

        private void valued(String o, String v) throws Usage {
            switch (o) {
                case "--open" -> open = input(v);
                case "--snapshot" -> snapshot = output(o, v);
                case "--layout-report" -> layoutReport = output(o, v);
                case "--size" -> size(v);
                case "--lang" -> locale = switch (v) {
                    case "ko" -> Locale.KOREAN;
                    case "en" -> Locale.ENGLISH;
                    default -> throw error("gui.badLang", v);
                };
                case "--lesson" -> lesson = v;
                case "--exercise" -> exercise = v;
                case "--kubectl" -> kubectl.add(v);
                default -> throw error("gui.unknownOption", o);
            }
        }

        private Path input(String v) throws Usage {
            Path p = Path.of(v);
            if (!Files.exists(p)) {
                throw error("gui.noFile", v);
            }
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw error("gui.notAFile", v);
            }
            return p;
        }

        private Path output(String option, String v) throws Usage {
            Path p = Path.of(v).toAbsolutePath();
            Path dir = p.getParent();
            if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir) || Files.isDirectory(p)) {
                throw error("gui.unwritable", option, v);
            }
            return p;
        }

        private void size(String v) throws Usage {
            // a screen from a small projector to an 8K monitor; anything else is a typo
            if (!v.matches("\\d{3,5}x\\d{3,5}")) {
                throw error("gui.badSize", v);
            }
            String[] p = v.split("x");
            w = Integer.parseInt(p[0]);
            h = Integer.parseInt(p[1]);
            if (w < 640 || h < 480 || w > 8192 || h > 8192) {
                throw error("gui.badSize", v);
            }
        }

        AppOptions build() throws Usage {
            if ((snapshot != null || layoutReport != null) && w == 0) {
                w = 1366; // a file made for a machine has a size, whatever screen this is
                h = 768;
            }
            return new AppOptions(open, snapshot, w, h, locale, lesson, bench, sendFrom, sendTo, exercise, dark, presenter,
                    kubectl, layoutReport);
        }
    }
}
