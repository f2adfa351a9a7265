package servicelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javafx.scene.control.Tooltip;
import javafx.scene.text.TextFlow;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * A lesson's running text: inline Markdown (code, emphasis, links, images, line breaks) drawn as
 * styled runs in a {@code TextFlow}, with glossary terms marked; and its plain text for screen readers.
 */
final class InlineText {
    static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final GlossaryMarker glossary;
    private final LessonImages images;

    InlineText(GlossaryMarker glossary, LessonImages images) {
        this.glossary = glossary;
        this.images = images;
    }

    /** The style classes a run of text carries, and the link it belongs to, if any. */
    record Style(List<String> classes, String link) {
        static final Style PLAIN = new Style(List.of("lesson-text"), null);

        Style with(String styleClass) {
            List<String> c = new ArrayList<>(classes);
            if (!c.contains(styleClass)) {
                c.add(styleClass);
            }
            return new Style(List.copyOf(c), link);
        }

        Style linkTo(String url) {
            return new Style(with("lesson-link").classes, url == null ? "" : url);
        }
    }

    void inlines(org.commonmark.node.Node parent, TextFlow flow, Style style) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                text(flow, t.getLiteral(), style);
            } else if (n instanceof Code code) {
                text(flow, code.getLiteral(), style.with("lesson-code"));
            } else if (n instanceof Emphasis) {
                inlines(n, flow, style.with("lesson-em"));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, flow, style.with("lesson-strong"));
            } else if (n instanceof Link link) {
                inlines(n, flow, style.linkTo(link.getDestination()));
            } else if (n instanceof org.commonmark.node.Image img) {
                flow.getChildren().add(images.inlineImage(img));
            } else if (n instanceof SoftLineBreak) {
                text(flow, " ", style);
            } else if (n instanceof HardLineBreak) {
                text(flow, "\n", style);
            } else if (n instanceof HtmlInline html) {
                // only <br> means something on screen; other tags and comments are dropped
                if (BR.matcher(html.getLiteral()).matches()) {
                    text(flow, "\n", style);
                }
            } else {
                inlines(n, flow, style);
            }
        }
    }

    void text(TextFlow flow, String s, Style style) {
        if (s.isEmpty()) {
            return;
        }
        if (glossary.marks(style)) {
            glossary.mark(flow, s, style);
            return;
        }
        plainText(flow, s, style);
    }

    static void plainText(TextFlow flow, String s, Style style) {
        if (s.isEmpty()) {
            return;
        }
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.getStyleClass().setAll(style.classes());
        if (style.link() != null) {
            if (!style.link().isEmpty()) {
                Tooltip.install(t, new Tooltip(style.link()));
            }
            t.setAccessibleHelp(style.link());
        }
        flow.getChildren().add(t);
    }

    /** The text a screen reader (and a test) should hear for a block or inline container. */
    static String plainText(org.commonmark.node.Node parent) {
        StringBuilder sb = new StringBuilder();
        appendPlain(parent, sb);
        return sb.toString().strip();
    }

    private static void appendPlain(org.commonmark.node.Node parent, StringBuilder sb) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (n instanceof HardLineBreak) {
                sb.append('\n');
            } else {
                appendPlain(n, sb);
            }
        }
    }
}
