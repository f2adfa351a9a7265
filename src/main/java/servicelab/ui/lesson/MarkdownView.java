package servicelab.ui.lesson;

import servicelab.lesson.PipeTables;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import servicelab.lesson.Lesson;

/**
 * A lesson's Markdown drawn with JavaFX nodes (no WebView): headings, wrapped paragraphs, lists,
 * call-outs, tables, images and code blocks whose YAML can be loaded into the editor and whose
 * kubectl lines can be run in the console. Put it in a {@code ScrollPane} with
 * {@code fitToWidth}; paragraphs wrap to the width they are given.
 *
 * <p>Links are shown, never followed: the URL is the tooltip, nothing opens a browser or the
 * network. Images load only from the lesson folder or the app's {@code /assets/}.
 *
 * <p>Shell blocks get one "run" button per kubectl command line: in the block's header when the
 * block holds a single command, otherwise as a row per command under the code, so the learner
 * sees exactly which command each button sends.
 *
 * <p>The parts live beside it: {@link InlineText} (running text), {@link GlossaryMarker},
 * {@link LessonImages}, {@link CodeBlockView} and {@link TableBlock}.
 */
public final class MarkdownView extends VBox {
    private static final Parser PARSER = Parser.builder()
            .customBlockParserFactory(new PipeTables.Factory())
            .build();
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

    private final LessonTexts texts;
    private final ObjectProperty<Consumer<String>> onLoadYaml = new SimpleObjectProperty<>(this, "onLoadYaml");
    private final ObjectProperty<Consumer<String>> onRunCommand = new SimpleObjectProperty<>(this, "onRunCommand");
    private final GlossaryMarker glossary;
    private final LessonImages images;
    private final InlineText inline;
    private final CodeBlockView codeBlocks;
    private final TableBlock tables;
    /** The blocks below the fold not built yet, in order, with their estimated heights. */
    private final java.util.ArrayDeque<Waiting> pending = new java.util.ArrayDeque<>();
    private double pendingHeight;
    private final Region rest = new Region();
    private boolean onDemand;
    /** Blocks built at once when a chapter opens: more than a tall window shows above the fold. */
    private static final int FIRST_BLOCKS = 12;

    private record Waiting(org.commonmark.node.Node block, double height) {
    }

    public MarkdownView(ResourceBundle bundle) {
        this.texts = new LessonTexts(Objects.requireNonNull(bundle, "bundle"));
        this.glossary = new GlossaryMarker(texts);
        this.images = new LessonImages(this, texts);
        this.inline = new InlineText(glossary, images);
        this.codeBlocks = new CodeBlockView(texts, onLoadYaml, onRunCommand);
        this.tables = new TableBlock(inline);
        getStyleClass().add("lesson-view");
        rest.getStyleClass().add("lesson-pending");
        rest.setMinHeight(Region.USE_PREF_SIZE);
        URL css = MarkdownView.class.getResource("/servicelab/ui/lesson.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
    }

    /** Receives the text of a YAML block (exactly as between the fences) when its load button is pressed. */
    public void setOnLoadYaml(Consumer<String> handler) {
        onLoadYaml.set(handler);
    }

    public Consumer<String> getOnLoadYaml() {
        return onLoadYaml.get();
    }

    public ObjectProperty<Consumer<String>> onLoadYamlProperty() {
        return onLoadYaml;
    }

    /** Receives one kubectl command line, without a {@code $ } prompt, when its run button is pressed. */
    public void setOnRunCommand(Consumer<String> handler) {
        onRunCommand.set(handler);
    }

    public Consumer<String> getOnRunCommand() {
        return onRunCommand.get();
    }

    public ObjectProperty<Consumer<String>> onRunCommandProperty() {
        return onRunCommand;
    }

    public void show(Lesson lesson) {
        showMarkdown(lesson.markdown(), lesson.dir());
    }

    /** Glossary terms in the lesson text get a dotted underline and a hover definition (curriculum L5). */
    public void setGlossary(servicelab.lesson.Glossary g) {
        glossary.setGlossary(g);
    }

    /** Show English terms (curriculum L9): every glossary term in the text followed by its English name. */
    public void setShowEnglish(boolean on) {
        glossary.setShowEnglish(on);
    }

    public boolean showEnglish() {
        return glossary.showEnglish();
    }

    /**
     * From the next {@link #showMarkdown} on, only the first few blocks are built and the rest wait,
     * as one empty region of about their height, for {@link #buildMore} or {@link #buildAll}: the
     * lesson pane calls them as the reader scrolls near (its {@code Fold}). A chapter's text was
     * ~750 of the window's ~2,400 nodes, most of them below the fold.
     */
    public void setBuildOnDemand(boolean on) {
        onDemand = on;
    }

    /** Replaces the view's content; {@code baseDir} (may be null) is where relative images are looked up. */
    public void showMarkdown(String markdown, Path baseDir) {
        images.setBaseDir(baseDir);
        glossary.clearSeen();
        pending.clear();
        pendingHeight = 0;
        org.commonmark.node.Node document = PARSER.parse(markdown == null ? "" : markdown);
        if (!onDemand) {
            List<Node> nodes = new ArrayList<>();
            blocks(document, nodes, 0);
            getChildren().setAll(nodes);
            return;
        }
        double width = Math.max(240, getWidth() > 0 ? getWidth() : 420);
        for (org.commonmark.node.Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            double h = estimate(n, width);
            pending.add(new Waiting(n, h));
            pendingHeight += h;
        }
        getChildren().clear();
        buildMore(FIRST_BLOCKS);
    }

    /**
     * Builds up to {@code n} more of the waiting blocks, in the text's order (so a glossary term is
     * marked where it is first met). Returns whether some still wait.
     */
    public boolean buildMore(int n) {
        List<Node> built = new ArrayList<>();
        for (int i = 0; i < n && !pending.isEmpty(); i++) {
            Waiting w = pending.poll();
            pendingHeight -= w.height();
            Node fx = block(w.block(), 0);
            if (fx != null) {
                built.add(fx);
            }
        }
        getChildren().remove(rest);
        getChildren().addAll(built);
        if (!pending.isEmpty()) {
            rest.setPrefHeight(Math.max(1, pendingHeight));
            getChildren().add(rest);
        }
        return !pending.isEmpty();
    }

    /** Builds every block still waiting. */
    public void buildAll() {
        buildMore(Integer.MAX_VALUE);
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The region standing for the waiting blocks (in the view while some wait). */
    public Region pendingMarker() {
        return rest;
    }

    /** A rough height for a block not yet built: enough for the scroll bar to show how much is left. */
    static double estimate(org.commonmark.node.Node block, double width) {
        String code = block instanceof FencedCodeBlock f ? f.getLiteral()
                : block instanceof IndentedCodeBlock i ? i.getLiteral() : null;
        if (code != null) {
            return 56 + 19 * code.lines().count();
        } else if (block instanceof ThematicBreak || block instanceof LinkReferenceDefinition) {
            return 20;
        }
        // Hangul at the lesson's size is ~15 px a syllable, Latin and spaces ~8: ~12 on average in
        // the chapters' text (their estimated heights came within 10% of the drawn ones)
        double lines = Math.max(1, Math.ceil(InlineText.plainText(block).length() * 12.0 / width));
        // lists, tables and call-outs add their own spacing and padding
        return (block instanceof Heading ? 28 : block instanceof Paragraph ? 14 : 40) + 24 * lines;
    }

    // ---- blocks

    private void blocks(org.commonmark.node.Node parent, List<Node> into, int listDepth) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node fx = block(n, listDepth);
            if (fx != null) {
                into.add(fx);
            }
        }
    }

    private Node block(org.commonmark.node.Node n, int listDepth) {
        if (n instanceof Heading h) {
            int level = Math.max(1, Math.min(4, h.getLevel()));
            glossary.setInHeading(true); // a term is explained in running text, not in a title
            try {
                return flow(h, "lesson-heading", "lesson-h" + level);
            } finally {
                glossary.setInHeading(false);
            }
        } else if (n instanceof Paragraph p) {
            return LessonImages.onlyImages(p) ? images.figures(p) : flow(p, "lesson-paragraph");
        } else if (n instanceof ListBlock list) {
            return list(list, listDepth);
        } else if (n instanceof BlockQuote quote) {
            return callout(quote, listDepth);
        } else if (n instanceof FencedCodeBlock code) {
            return codeBlocks.build(code.getInfo(), code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            return codeBlocks.build("", code.getLiteral());
        } else if (n instanceof ThematicBreak) {
            Separator hr = new Separator();
            hr.getStyleClass().add("lesson-hr");
            return hr;
        } else if (n instanceof PipeTables.Table table) {
            return tables.build(table);
        } else if (n instanceof HtmlBlock html) {
            return htmlBlock(html.getLiteral());
        } else if (n instanceof LinkReferenceDefinition) {
            return null;
        }
        VBox box = new VBox();
        box.getStyleClass().add("lesson-block");
        blocks(n, box.getChildren(), listDepth);
        return box.getChildren().isEmpty() ? null : box;
    }

    private TextFlow flow(org.commonmark.node.Node parent, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        inline.inlines(parent, flow, InlineText.Style.PLAIN);
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(InlineText.plainText(parent));
        return flow;
    }

    private Node list(ListBlock list, int depth) {
        VBox box = new VBox();
        boolean ordered = list instanceof OrderedList;
        box.getStyleClass().addAll("lesson-list", ordered ? "lesson-ol" : "lesson-ul");
        if (!list.isTight()) {
            box.getStyleClass().add("lesson-list-loose");
        }
        int number = 1;
        String delimiter = ".";
        if (list instanceof OrderedList ol) {
            number = ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
            delimiter = ol.getMarkerDelimiter() != null ? ol.getMarkerDelimiter() : ".";
        }
        int count = 0;
        for (org.commonmark.node.Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            count++;
        }
        // numbers up to 9 and 10+ need different widths; one width per list keeps the text aligned
        boolean wide = ordered && String.valueOf(number + count - 1).length() > 1;
        for (org.commonmark.node.Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) {
                continue;
            }
            Label marker = new Label(ordered ? (number++) + delimiter : BULLETS[depth % BULLETS.length]);
            marker.getStyleClass().add("lesson-list-marker");
            if (wide) {
                marker.getStyleClass().add("lesson-list-marker-wide");
            }
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox body = new VBox();
            body.getStyleClass().add("lesson-list-body");
            blocks(item, body.getChildren(), depth + 1);
            HBox row = new HBox(marker, body);
            row.getStyleClass().add("lesson-list-item");
            row.setAlignment(Pos.BASELINE_LEFT);
            HBox.setHgrow(body, Priority.ALWAYS);
            body.setMinWidth(0);
            box.getChildren().add(row);
        }
        return box;
    }

    /** A block quote is drawn as a call-out; GitHub's {@code > [!NOTE]} (TIP, IMPORTANT, WARNING, CAUTION) adds a titled kind. */
    private Node callout(BlockQuote quote, int listDepth) {
        VBox box = new VBox();
        box.getStyleClass().add("lesson-callout");
        String kind = takeAlertMarker(quote);
        if (kind != null) {
            box.getStyleClass().add("lesson-callout-" + kind);
            Label title = new Label(texts.t("lesson.callout." + kind), LessonTexts.icon(switch (kind) {
                case "tip" -> "fth-zap";
                case "important" -> "fth-alert-circle";
                case "warning" -> "fth-alert-triangle";
                case "caution" -> "fth-alert-octagon";
                default -> "fth-info";
            }));
            title.getStyleClass().add("lesson-callout-title");
            box.getChildren().add(title);
        }
        blocks(quote, box.getChildren(), listDepth);
        return box;
    }

    /** Removes a leading {@code [!KIND]} line from the quote and returns the kind in lower case, or null. */
    private static String takeAlertMarker(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph p)
                || !(p.getFirstChild() instanceof org.commonmark.node.Text first)) {
            return null;
        }
        Matcher m = ALERT.matcher(first.getLiteral().strip());
        org.commonmark.node.Node after = first.getNext();
        if (!m.matches() || !(after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
            return null;
        }
        first.unlink();
        if (after != null) {
            after.unlink();
        }
        if (p.getFirstChild() == null) {
            p.unlink();
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    private Node htmlBlock(String literal) {
        String text = TAG.matcher(InlineText.BR.matcher(literal.replaceAll("(?s)<!--.*?-->", "")).replaceAll("\n"))
                .replaceAll("").strip();
        if (text.isEmpty()) {
            return null;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("lesson-paragraph");
        inline.text(flow, text, InlineText.Style.PLAIN);
        flow.setAccessibleText(text);
        return flow;
    }
}
