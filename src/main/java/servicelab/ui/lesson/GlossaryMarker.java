package servicelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Tooltip;
import javafx.scene.text.TextFlow;

/**
 * Glossary terms in the lesson text (curriculum L5): a term gets a dotted underline and a hover
 * definition where the learner first meets it; with English terms shown (curriculum L9), every
 * term is followed by its English name.
 */
final class GlossaryMarker {
    private final LessonTexts texts;
    private servicelab.lesson.Glossary glossary = servicelab.lesson.Glossary.empty();
    /** Terms already marked in the lesson on screen: each is explained where the learner first meets it. */
    private final java.util.Set<String> termsSeen = new java.util.HashSet<>();
    private boolean inHeading;
    private boolean showEnglish;

    GlossaryMarker(LessonTexts texts) {
        this.texts = texts;
    }

    void setGlossary(servicelab.lesson.Glossary g) {
        glossary = g == null ? servicelab.lesson.Glossary.empty() : g;
    }

    void setShowEnglish(boolean on) {
        showEnglish = on;
    }

    boolean showEnglish() {
        return showEnglish;
    }

    void setInHeading(boolean on) {
        inHeading = on;
    }

    /** A new lesson on screen: its terms are explained again. */
    void clearSeen() {
        termsSeen.clear();
    }

    /** Whether text in this style is searched for terms: not in titles, links or code. */
    boolean marks(InlineText.Style style) {
        return !inHeading && style.link() == null && !style.classes().contains("lesson-code") && !glossary.terms().isEmpty();
    }

    /** Draws the text with its terms marked (and their English names, when shown). */
    void mark(TextFlow flow, String s, InlineText.Style style) {
        java.util.Map<Integer, servicelab.lesson.Glossary.Mark> first = new java.util.HashMap<>();
        for (servicelab.lesson.Glossary.Mark m : glossary.marks(s, termsSeen)) {
            first.put(m.start(), m);
        }
        List<servicelab.lesson.Glossary.Mark> all = new ArrayList<>(first.values());
        if (showEnglish) {
            for (servicelab.lesson.Glossary.Mark m : glossary.occurrences(s)) {
                if (!first.containsKey(m.start()) && first.values().stream().noneMatch(f -> overlaps(f, m))) {
                    all.add(m);
                }
            }
        }
        all.sort(java.util.Comparator.comparingInt(servicelab.lesson.Glossary.Mark::start));
        int at = 0;
        for (servicelab.lesson.Glossary.Mark m : all) {
            if (m.start() < at) {
                continue;
            }
            InlineText.plainText(flow, s.substring(at, m.start()), style);
            String word = s.substring(m.start(), m.start() + m.length());
            if (first.containsKey(m.start())) {
                // a label, not a Text: it can carry the dotted underline that says "hover me"
                flow.getChildren().add(termLabel(word, m.term(), style));
            } else {
                InlineText.plainText(flow, word, style);
            }
            at = m.start() + m.length();
            // show English terms: the Korean term, then "(Pod)" before its particle, unless the text already gives it
            if (showEnglish && m.term().en() != null && !m.term().en().equals(m.term().term())
                    && !(at < s.length() && s.charAt(at) == '(')) {
                InlineText.plainText(flow, "(" + m.term().en() + ")", style.with("glossary-en"));
            }
        }
        InlineText.plainText(flow, s.substring(at), style);
    }

    private javafx.scene.control.Label termLabel(String word, servicelab.lesson.Glossary.Term term, InlineText.Style style) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(word);
        label.getStyleClass().setAll(style.with("glossary-term").classes());
        Tooltip tip = new Tooltip(termTip(term));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(javafx.util.Duration.millis(250));
        tip.setShowDuration(javafx.util.Duration.seconds(30));
        tip.getStyleClass().add("glossary-tip");
        label.setTooltip(tip);
        label.setAccessibleHelp(termTip(term));
        return label;
    }

    private static boolean overlaps(servicelab.lesson.Glossary.Mark a, servicelab.lesson.Glossary.Mark b) {
        return a.start() < b.start() + b.length() && b.start() < a.start() + a.length();
    }

    private String termTip(servicelab.lesson.Glossary.Term t) {
        StringBuilder sb = new StringBuilder(t.term());
        if (t.en() != null && !t.en().equals(t.term())) {
            sb.append(" (").append(t.en()).append(')');
        }
        if (t.field() != null) {
            sb.append(" · ").append(t.field());
        }
        sb.append('\n').append(t.definition());
        if (t.chapter() != null) {
            sb.append('\n').append(texts.fmt("glossary.chapter", t.chapter()));
        }
        if (t.url() != null) {
            sb.append('\n').append(t.url());
        }
        return sb.toString();
    }
}
