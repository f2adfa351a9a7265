package servicelab.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A text's styles cut into its lines, in one walk over the spans. Cutting each line with
 * {@code StyleSpans.subView} walks from the text's start every time: quadratic, and at 10,000 lines
 * half of a keystroke's time on the UI thread (measured).
 */
final class LineStyles {
    private LineStyles() {
    }

    /** Each line's styles, given the lines' lengths (without their line breaks, which the spans also cover). */
    static List<StyleSpans<Collection<String>>> split(StyleSpans<Collection<String>> spans, int[] lengths) {
        List<StyleSpans<Collection<String>>> out = new ArrayList<>(lengths.length);
        Walk w = new Walk(spans);
        for (int len : lengths) {
            StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
            if (len == 0 || w.done()) {
                b.add(w.style(), 0); // an empty line still has a span, as subView gives it
            }
            for (int need = len; need > 0 && !w.done(); ) {
                int take = Math.min(need, w.left());
                b.add(w.style(), take);
                w.skip(take);
                need -= take;
            }
            out.add(b.create());
            w.skip(1); // the line break
        }
        return out;
    }

    /** A cursor over the spans: the span it is in and how much of it is left. */
    private static final class Walk {
        private final StyleSpans<Collection<String>> spans;
        private int index;
        private int used;

        Walk(StyleSpans<Collection<String>> spans) {
            this.spans = spans;
            settle();
        }

        boolean done() {
            return index >= spans.getSpanCount();
        }

        Collection<String> style() {
            return spans.getStyleSpan(Math.min(index, spans.getSpanCount() - 1)).getStyle();
        }

        int left() {
            return spans.getStyleSpan(index).getLength() - used;
        }

        void skip(int n) {
            while (n > 0 && !done()) {
                int take = Math.min(n, left());
                used += take;
                n -= take;
                settle();
            }
        }

        /** Past spans that are used up (and empty ones). */
        private void settle() {
            while (!done()) {
                StyleSpan<Collection<String>> s = spans.getStyleSpan(index);
                if (used < s.getLength()) {
                    return;
                }
                index++;
                used = 0;
            }
        }
    }
}
