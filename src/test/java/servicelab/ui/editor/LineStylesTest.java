package servicelab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** Styles cut into lines in one walk give every character of every line the style subView gives it. */
class LineStylesTest {
    @Test
    void eachLineHasTheStylesSubViewGivesIt() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + rnd.nextInt(12);
            for (int l = 0; l < lines; l++) {
                if (l > 0) {
                    text.append('\n');
                }
                int len = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(30); // empty lines too
                for (int i = 0; i < len; i++) {
                    text.append(rnd.nextBoolean() ? ' ' : (char) ('a' + rnd.nextInt(26)));
                }
            }
            String t = text.toString();
            StyleSpans<Collection<String>> spans = YamlHighlighter.compute(yamlish(t, rnd), List.of());
            assertEquals(t.length(), spans.length());
            String[] parts = t.split("\n", -1);
            int[] lengths = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                lengths[i] = parts[i].length();
            }
            List<StyleSpans<Collection<String>>> cut = LineStyles.split(spans, lengths);
            assertEquals(parts.length, cut.size());
            int at = 0;
            for (int i = 0; i < parts.length; i++) {
                StyleSpans<Collection<String>> expected = spans.subView(at, at + lengths[i]);
                assertEquals(lengths[i], cut.get(i).length(), "line " + i + " of round " + round);
                assertEquals(perChar(expected), perChar(cut.get(i)), "line " + i + " of round " + round);
                at += lengths[i] + 1;
            }
        }
    }

    /** Keys, values, comments and list marks in random places, so the highlighter gives varied spans. */
    private static String yamlish(String t, Random rnd) {
        char[] c = t.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] != '\n' && rnd.nextInt(9) == 0) {
                c[i] = ":#-'\"".charAt(rnd.nextInt(5));
            }
        }
        return new String(c);
    }

    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> s) {
        List<Collection<String>> out = new ArrayList<>();
        s.forEach(span -> {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        });
        return out;
    }
}
