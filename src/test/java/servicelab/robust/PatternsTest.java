package servicelab.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every regular expression the app keeps (a static Pattern field anywhere under servicelab) is
 * matched against 100 kB inputs made of the characters such patterns care about. java.util.regex
 * backtracks and recurses once per repetition of a group, so a careless pattern either overflows
 * the stack or reads the input quadratically often: both fail here, counted in character reads,
 * not in time.
 */
class PatternsTest {
    static final int SIZE = 100_000;
    // Linear patterns read each character a few times per attempt; 64 reads per character is generous.
    static final long READS_PER_CHAR = 64;

    static final String[] UNITS = {"a", "a.", "a-", "a:", "a: ", ": ", " ", "-", "--", "- ", "a.-", "0", "0_", "0:",
        "ab", "/a", "//", "<a", "<", "`", "```", "[!", "#", "\t", "a\n", "\n", "'", "\"", "\\", "*", "_", "1:2", "을(를)",
        "가", "x", "-a", "a-b.", "\u00e9", "%", "a_"};

    @Test
    void everyPatternIsLinearAndStackSafeOn100kBInputs() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Field f : patternFields()) {
            f.setAccessible(true);
            Pattern p = (Pattern) f.get(null);
            for (String unit : UNITS) {
                String input = unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
                for (String tail : new String[] {"", "!\n"}) {
                    String s = input + tail;
                    String where = f.getDeclaringClass().getSimpleName() + "." + f.getName() + " on "
                            + quote(unit) + "×" + SIZE + quote(tail);
                    checked++;
                    try {
                        Counting c = new Counting(s, READS_PER_CHAR * s.length());
                        p.matcher(c).matches();
                        c = new Counting(s, READS_PER_CHAR * s.length());
                        p.matcher(c).lookingAt();
                        c = new Counting(s, READS_PER_CHAR * s.length());
                        p.matcher(c).find();
                    } catch (StackOverflowError e) {
                        failures.add(where + ": stack overflow");
                    } catch (Counting.TooManyReads e) {
                        failures.add(where + ": more than " + READS_PER_CHAR + " reads per character");
                    }
                }
            }
        }
        assertTrue(checked > 500, "patterns were found: " + checked);
        if (!failures.isEmpty()) {
            // one line per pattern: the first input that broke it and how many did
            java.util.Map<String, List<String>> byPattern = new java.util.TreeMap<>();
            for (String f : failures) {
                byPattern.computeIfAbsent(f.substring(0, f.indexOf(" on ")), k -> new ArrayList<>()).add(f);
            }
            StringBuilder sb = new StringBuilder(failures.size() + " unsafe matches:");
            byPattern.forEach((k, v) -> sb.append("\n").append(v.get(0)).append(" (").append(v.size()).append(" inputs)"));
            fail(sb.toString());
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("\n", "\\n").replace("\t", "\\t") + "'";
    }

    static List<Field> patternFields() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Field> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("servicelab"))) {
            for (Path file : files.filter(x -> x.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, PatternsTest.class.getClassLoader());
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** A CharSequence that fails once the matcher has read it more than a budget. */
    static final class Counting implements CharSequence {
        static final class TooManyReads extends RuntimeException {
            TooManyReads() {
                super(null, null, false, false);
            }
        }

        private final String s;
        private long left;

        Counting(String s, long budget) {
            this.s = s;
            this.left = budget;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int i) {
            if (--left < 0) {
                throw new TooManyReads();
            }
            return s.charAt(i);
        }

        @Override
        public CharSequence subSequence(int a, int b) {
            return s.subSequence(a, b);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
