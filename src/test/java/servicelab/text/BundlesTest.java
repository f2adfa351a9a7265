package servicelab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import servicelab.ui.files.FileActions;

/**
 * Every bundle family (messages, trace, cli, validation, manifest): each key the code or the
 * FXML uses is in both the Korean and the English bundle, no bundle keeps a key nothing uses,
 * both languages have the same keys, and each message takes the same arguments in both.
 */
class BundlesTest {
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9-]+)+");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** A bundle family: its base name, where its keys are used, and how a use is recognised. */
    record Family(String base, List<String> dirs, Set<String> prefixes, boolean msgCallsOnly) {
        @Override
        public String toString() {
            return base;
        }
    }

    static Stream<Family> families() {
        return Stream.of(
                new Family("servicelab/messages", List.of("ui", "lesson/handout"), Set.of(), false),
                new Family("servicelab/sim/trace", List.of("sim"), Set.of("hop", "ev"), false),
                new Family("servicelab/cli/cli", List.of("cli"), Set.of(), true),
                new Family("servicelab/check/validation", List.of("validation"), Set.of("v", "w"), false),
                new Family("servicelab/check/manifest", List.of("manifest", "check"), Set.of("m", "c"), false));
    }

    static Properties bundle(Family f, String locale) throws IOException {
        String name = "/" + f.base() + "_" + locale + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static String sources(List<String> dirs) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String d : dirs) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/servicelab", d))) {
                for (Path p : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                    all.append(Files.readString(p)).append('\n');
                }
            }
        }
        return all.toString();
    }

    /** The keys the family's code and views ask for. */
    static Set<String> used(Family f, Properties ko) throws IOException {
        Set<String> prefixes = new TreeSet<>(f.prefixes());
        if (prefixes.isEmpty()) {
            ko.stringPropertyNames().forEach(k -> prefixes.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
        }
        String src = sources(f.dirs());
        Set<String> keys = new TreeSet<>();
        if (f.msgCallsOnly()) {
            keys.addAll(firstArguments(src, "msg.get("));
            // sim's target resolution names the cli message for a target it cannot resolve
            keys.addAll(firstArguments(sources(List.of("sim")), "new Unresolvable("));
            for (String c : List.of("simulate", "resolve", "env", "route")) {
                keys.add("usage." + c); // SimCommands prints "usage." + its command
            }
            servicelab.cli.Main.COMMANDS.forEach(c -> keys.add("help." + c)); // Main.help names them by command
            return keys;
        }
        Matcher lit = LITERAL.matcher(src);
        while (lit.find()) {
            String s = lit.group(1);
            if (KEY_SHAPE.matcher(s).matches() && prefixes.contains(s.substring(0, s.indexOf('.')))
                    && (ko.containsKey(s) || !s.matches(".*\\.(yaml|yml|css|json|png|md|properties)"))) { // file names are not keys
                keys.add(s);
            }
        }
        if (f.base().equals("servicelab/messages")) {
            for (String view : List.of("main.fxml", "realcluster/realcluster.fxml")) {
                Matcher fx = FXML_KEY.matcher(Files.readString(Path.of("src/main/resources/servicelab/ui", view)));
                while (fx.find()) {
                    keys.add(fx.group(1));
                }
            }
            FileActions.EXAMPLES.forEach(e -> keys.add("example." + e)); // the examples menu, built from the list
            servicelab.sim.World.defaults().externalClients().keySet().forEach(c -> keys.add("client." + c));
            for (String kind : List.of("note", "tip", "important", "warning", "caution")) {
                keys.add("lesson.callout." + kind); // GitHub's alert kinds, as lessons write them
            }
            keys.addAll(literalsIn("check", "fix\\.[A-Za-z0-9]+")); // fix buttons are named by the checker
        }
        if (f.base().equals("servicelab/sim/trace")) {
            for (servicelab.sim.Outcome o : servicelab.sim.Outcome.values()) {
                keys.add("ev.outcome." + o.name()); // TraceText names outcomes by their enum
            }
        }
        if (f.base().equals("servicelab/check/manifest")) {
            for (String t : List.of("string", "number", "bool", "object", "array", "null")) {
                keys.add("json." + t); // JSON's type names in decode errors
            }
        }
        return keys;
    }

    /** The string literals in the first argument of each call (a ternary's two keys, say). */
    static Set<String> firstArguments(String src, String call) {
        Set<String> out = new TreeSet<>();
        for (int at = src.indexOf(call); at >= 0; at = src.indexOf(call, at + 1)) {
            int i = at + call.length();
            int depth = 0;
            StringBuilder arg = new StringBuilder();
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == '"') {
                    int end = i + 1;
                    while (src.charAt(end) != '"') {
                        end += src.charAt(end) == '\\' ? 2 : 1;
                    }
                    arg.append(src, i, end + 1);
                    i = end + 1;
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                    break;
                }
                arg.append(c);
                i++;
            }
            Matcher lit = LITERAL.matcher(arg);
            while (lit.find()) {
                if (!lit.group(1).endsWith(".")) { // "usage." + command: the whole keys are listed by the caller
                    out.add(lit.group(1));
                }
            }
        }
        return out;
    }

    private static Set<String> literalsIn(String dir, String shape) throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher lit = LITERAL.matcher(sources(List.of(dir)));
        while (lit.find()) {
            if (lit.group(1).matches(shape)) {
                out.add(lit.group(1));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyKeyTheCodeUsesIsInBothLanguages(Family f) throws IOException {
        Properties ko = bundle(f, "ko");
        Properties en = bundle(f, "en");
        Set<String> used = used(f, ko);
        assertFalse(used.isEmpty(), "no keys found for " + f);
        List<String> missing = new ArrayList<>();
        for (String k : used) {
            if (!ko.containsKey(k)) {
                missing.add(k + " (ko)");
            }
            if (!en.containsKey(k)) {
                missing.add(k + " (en)");
            }
        }
        assertEquals(List.of(), missing, f + ": keys used but not in the bundle");
    }

    @ParameterizedTest
    @MethodSource("families")
    void noKeyIsUnusedAndBothLanguagesHaveTheSameKeys(Family f) throws IOException {
        Properties ko = bundle(f, "ko");
        Properties en = bundle(f, "en");
        assertEquals(new TreeSet<>(ko.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), f + ": ko and en differ");
        Set<String> unused = new TreeSet<>(ko.stringPropertyNames());
        unused.removeAll(used(f, ko));
        assertEquals(Set.of(), unused, f + ": keys nothing uses");
    }

    @ParameterizedTest
    @MethodSource("families")
    void eachMessageTakesTheSameArgumentsInBothLanguages(Family f) throws IOException {
        Properties ko = bundle(f, "ko");
        Properties en = bundle(f, "en");
        List<String> differ = new ArrayList<>();
        for (String k : ko.stringPropertyNames()) {
            Set<String> a = placeholders(ko.getProperty(k));
            Set<String> b = placeholders(en.getProperty(k, ""));
            if (!a.equals(b)) {
                differ.add(k + ": ko " + a + " en " + b);
            }
            new MessageFormat(ko.getProperty(k), Locale.KOREAN); // throws on a broken pattern
            new MessageFormat(en.getProperty(k, ""), Locale.ENGLISH);
        }
        assertEquals(List.of(), differ, f + ": placeholders differ");
        assertTrue(ko.size() > 10, f + " has messages");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
