package servicelab.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No class over 600 lines and no method over 60 in src/main: a file or a method that grows past
 * them is a sign it has taken on a second job. Two Go-shaped methods stay long on purpose (they
 * are compared line by line with Kubernetes' source) and must say so in a comment above them.
 */
class SizeTest {
    static final int MAX_CLASS = 600;
    static final int MAX_METHOD = 60;
    /** file name → method allowed to be long, with the comment that must explain why. */
    static final Map<String, String> GO_SHAPED = Map.of("Decoder.java", "decode", "Ip.java", "parseV6");

    private static final Pattern METHOD_HEAD = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\([^;{}]*\\)\\s*(throws[\\w\\s.,]+)?$");
    private static final Pattern NOT_METHOD = Pattern.compile("^(if|for|while|switch|catch|synchronized|return|new|else)\\b");

    record Method(String file, String name, int firstLine, int lines) {
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Comments, strings, characters and text blocks blanked out (line breaks kept), so braces count right. */
    static String code(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            int end;
            if (src.startsWith("\"\"\"", i)) {
                end = src.indexOf("\"\"\"", i + 3);
                while (src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                end += 3;
            } else if (src.startsWith("//", i)) {
                end = src.indexOf('\n', i);
                end = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                end = src.indexOf("*/", i + 2) + 2;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char q = src.charAt(i);
                end = i + 1;
                while (src.charAt(end) != q) {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else {
                out.append(src.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(src.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Every method and constructor body directly inside a class body, with its length in lines. */
    static List<Method> methods(String file, String src) {
        String c = code(src);
        List<Method> out = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>(); // {kind, start offset, name}
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '{') {
                String h = head.toString().strip();
                boolean inClass = open.isEmpty() || "class".equals(open.peek()[0]);
                String kind = "other";
                String name = null;
                Matcher m = METHOD_HEAD.matcher(h);
                if (h.matches("(?s).*\\b(class|interface|enum|record)\\b.*") && !h.matches("(?s).*\\bnew\\b.*")) {
                    kind = "class";
                } else if (inClass && m.find() && !NOT_METHOD.matcher(m.group(1)).find()) {
                    kind = "method";
                    name = m.group(1);
                }
                int headStart = name == null ? i : c.lastIndexOf(name + "(", i);
                open.push(new Object[] {kind, headStart, name});
                head.setLength(0);
            } else if (ch == '}') {
                Object[] b = open.pop();
                if ("method".equals(b[0])) {
                    int first = line(c, (int) b[1]);
                    out.add(new Method(file, (String) b[2], first, line(c, i) - first + 1));
                }
                head.setLength(0);
            } else if (ch == ';') {
                head.setLength(0);
            } else {
                head.append(ch);
            }
        }
        return out;
    }

    private static int line(String s, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Test
    void noClassIsLongerThan600Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path p : sources()) {
            long n = Files.readString(p).lines().count();
            if (n > MAX_CLASS) {
                long_.add(p + ": " + n + " lines");
            }
        }
        assertEquals(List.of(), long_);
    }

    @Test
    void noMethodIsLongerThan60LinesButTheGoShapedOnes() throws IOException {
        List<String> long_ = new ArrayList<>();
        int counted = 0;
        for (Path p : sources()) {
            String src = Files.readString(p);
            String file = p.getFileName().toString();
            for (Method m : methods(file, src)) {
                counted++;
                if (m.lines() <= MAX_METHOD) {
                    continue;
                }
                if (m.name().equals(GO_SHAPED.get(file))) {
                    String above = src.lines().skip(m.firstLine() - 2).findFirst().orElse("");
                    assertTrue(above.contains("Go") && above.contains("hence its length"),
                            file + "." + m.name() + " is long: the comment above it must say why (" + above + ")");
                    continue;
                }
                long_.add(p + ": " + m.name() + "() at line " + m.firstLine() + ", " + m.lines() + " lines");
            }
        }
        assertTrue(counted > 1000, "the scanner found the methods: " + counted);
        assertEquals(List.of(), long_);
    }

    @Test
    void theScannerMeasuresWhatItShould() {
        String src = """
                class A {
                    void small() {
                        String s = "}}}";
                        // }
                        Runnable r = () -> { };
                    }

                    static int big(int x) {
                        if (x > 0) {
                            return 1;
                        }
                        return 0;
                    }
                }
                """;
        List<Method> ms = methods("A.java", src);
        assertEquals(List.of(new Method("A.java", "small", 2, 5), new Method("A.java", "big", 8, 6)), ms);
    }
}
