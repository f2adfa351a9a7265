package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The line index finds LF-only texts' lines with String.indexOf and other texts' by looking at
 * every char: both must agree with a plain reading of YAML's line breaks (LF, CR LF, a lone CR).
 */
class LineIndexTest {

    /** Line starts the slow, obvious way. */
    private static List<Integer> starts(String t) {
        List<Integer> s = new ArrayList<>(List.of(0));
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == t.length() || t.charAt(i + 1) != '\n')) {
                s.add(i + 1);
            }
        }
        return s;
    }

    @Test
    void everyTextsLinesAreWhereAPlainReadingPutsThem() {
        Random rnd = new Random(16);
        String[] pieces = {"a", "key: value", " ", "\n", "\n", "\r\n", "\r", "한글", "\t", ""};
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = rnd.nextInt(12);
            boolean lfOnly = n % 2 == 0; // half take the indexOf path
            for (int i = 0; i < parts; i++) {
                String p = pieces[rnd.nextInt(pieces.length)];
                b.append(lfOnly ? p.replace("\r\n", "\n").replace("\r", "\n") : p);
            }
            String t = b.toString();
            List<Integer> want = starts(t);
            LineIndex idx = new LineIndex(t);
            assertEquals(want.size(), idx.lineCount(), t);
            for (int line = 1; line <= want.size(); line++) {
                assertEquals((int) want.get(line - 1), idx.lineStart(line), t + " line " + line);
            }
            for (int off = 0; off <= t.length(); off++) {
                int line = idx.lineOf(off);
                assertTrue(want.get(line - 1) <= off && (line == want.size() || want.get(line) > off), t + " @" + off);
            }
        }
    }
}
