package servicelab.ui.lesson;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.kordamp.ikonli.javafx.FontIcon;

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
 */
public final class MarkdownView extends VBox {
    private static final Parser PARSER = Parser.builder()
            .customBlockParserFactory(new PipeTables.Factory())
            .build();
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

    private final ResourceBundle bundle;
    private final ObjectProperty<Consumer<String>> onLoadYaml = new SimpleObjectProperty<>(this, "onLoadYaml");
    private final ObjectProperty<Consumer<String>> onRunCommand = new SimpleObjectProperty<>(this, "onRunCommand");
    /** Folder that relative image paths resolve against while one document is being drawn. */
    private Path baseDir;

    public MarkdownView(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        getStyleClass().add("lesson-view");
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

    private servicelab.lesson.Glossary glossary = servicelab.lesson.Glossary.empty();
    /** Terms already marked in the lesson on screen: each is explained where the learner first meets it. */
    private final java.util.Set<String> termsSeen = new java.util.HashSet<>();
    private boolean inHeading;

    /** Glossary terms in the lesson text get a dotted underline and a hover definition (curriculum L5). */
    public void setGlossary(servicelab.lesson.Glossary g) {
        glossary = g == null ? servicelab.lesson.Glossary.empty() : g;
    }

    /** Replaces the view's content; {@code baseDir} (may be null) is where relative images are looked up. */
    public void showMarkdown(String markdown, Path baseDir) {
        this.baseDir = baseDir;
        termsSeen.clear();
        org.commonmark.node.Node document = PARSER.parse(markdown == null ? "" : markdown);
        List<Node> nodes = new ArrayList<>();
        blocks(document, nodes, 0);
        getChildren().setAll(nodes);
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
            inHeading = true; // a term is explained in running text, not in a title
            try {
                return flow(h, "lesson-heading", "lesson-h" + level);
            } finally {
                inHeading = false;
            }
        } else if (n instanceof Paragraph p) {
            return onlyImages(p) ? figures(p) : flow(p, "lesson-paragraph");
        } else if (n instanceof ListBlock list) {
            return list(list, listDepth);
        } else if (n instanceof BlockQuote quote) {
            return callout(quote, listDepth);
        } else if (n instanceof FencedCodeBlock code) {
            return codeBlock(code.getInfo(), code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            return codeBlock("", code.getLiteral());
        } else if (n instanceof ThematicBreak) {
            Separator hr = new Separator();
            hr.getStyleClass().add("lesson-hr");
            return hr;
        } else if (n instanceof PipeTables.Table table) {
            return table(table);
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
        inlines(parent, flow, Style.PLAIN);
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(plainText(parent));
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
            Label title = new Label(t("lesson.callout." + kind), icon(switch (kind) {
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

    private Node codeBlock(String infoString, String literal) {
        CodeBlocks.Info info = CodeBlocks.Info.parse(infoString);
        VBox block = new VBox();
        block.getStyleClass().add("lesson-code-block");
        HBox header = new HBox();
        header.getStyleClass().add("lesson-code-header");
        header.setAlignment(Pos.CENTER_LEFT);
        if (!info.language().isEmpty()) {
            Label language = new Label(info.language());
            language.getStyleClass().add("lesson-code-lang");
            header.getChildren().add(language);
        }
        if (info.broken()) {
            block.getStyleClass().add("lesson-code-broken");
            Label badge = new Label(t("lesson.code.broken"), icon("fth-alert-triangle"));
            badge.getStyleClass().add("lesson-broken-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTooltip(new Tooltip(t("lesson.code.broken.tooltip")));
            badge.setAccessibleHelp(t("lesson.code.broken.tooltip"));
            header.getChildren().add(badge);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().add(spacer);
        List<String> commands = info.yaml() ? List.of() : CodeBlocks.commands(literal);
        if (info.yaml()) {
            Button load = actionButton(t("lesson.code.loadYaml"), "fth-edit", t("lesson.code.loadYaml.tooltip"),
                    onLoadYaml, literal);
            load.getStyleClass().add("lesson-load-yaml");
            header.getChildren().add(load);
        } else if (commands.size() == 1) {
            header.getChildren().add(runButton(commands.get(0)));
        }
        if (header.getChildren().size() > 1) {
            block.getChildren().add(header);
        }

        Label code = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().add("lesson-code-text");
        code.setMinWidth(Region.USE_PREF_SIZE);
        code.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(code);
        scroll.getStyleClass().add("lesson-code-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.setMinWidth(0); // a long line scrolls inside its block instead of widening the lesson
        scroll.setPrefWidth(0);
        scroll.setMaxWidth(Double.MAX_VALUE);
        // the viewport is always as tall as the code, so no line hides under the horizontal bar
        scroll.minViewportHeightProperty().bind(code.heightProperty());
        scroll.prefViewportHeightProperty().bind(code.heightProperty());
        block.getChildren().add(scroll);

        if (commands.size() > 1) {
            VBox rows = new VBox();
            rows.getStyleClass().add("lesson-code-commands");
            for (String command : commands) {
                Label text = new Label(command);
                text.getStyleClass().add("lesson-command-text");
                text.setTooltip(new Tooltip(command));
                HBox row = new HBox(runButton(command), text);
                row.getStyleClass().add("lesson-command-row");
                row.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(row);
            }
            block.getChildren().add(rows);
        }
        block.setAccessibleText(literal);
        return block;
    }

    private Button runButton(String command) {
        Button run = actionButton(t("lesson.code.run"), "fth-play", fmt("lesson.code.run.tooltip", command),
                onRunCommand, command);
        run.getStyleClass().add("lesson-run-command");
        return run;
    }

    private static Button actionButton(String text, String iconLiteral, String tooltip,
            ObjectProperty<Consumer<String>> handler, String payload) {
        Button b = new Button(text, icon(iconLiteral));
        b.getStyleClass().addAll("lesson-code-button", "small");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleHelp(tooltip);
        b.setUserData(payload);
        // no handler, nothing to do: say so instead of a button that silently ignores clicks
        b.disableProperty().bind(handler.isNull());
        b.setOnAction(e -> {
            Consumer<String> c = handler.get();
            if (c != null) {
                c.accept(payload);
            }
        });
        return b;
    }

    private Node table(PipeTables.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("lesson-table");
        // as wide as its text needs, and no wider than the pane: cells wrap when space is short
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        grid.setMinWidth(0);
        for (int c = 0; c < table.aligns.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.SOMETIMES);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        int r = 0;
        for (org.commonmark.node.Node rowNode = table.getFirstChild(); rowNode != null; rowNode = rowNode.getNext()) {
            if (!(rowNode instanceof PipeTables.Row row)) {
                continue;
            }
            int c = 0;
            for (org.commonmark.node.Node cellNode = row.getFirstChild(); cellNode != null; cellNode = cellNode.getNext()) {
                PipeTables.Align align = table.aligns.get(c);
                TextFlow text = new CellFlow();
                text.getStyleClass().add("lesson-table-text");
                inlines(cellNode, text, Style.PLAIN);
                text.setAccessibleRole(AccessibleRole.TEXT);
                text.setAccessibleText(plainText(cellNode));
                text.setTextAlignment(switch (align) {
                    case CENTER -> TextAlignment.CENTER;
                    case RIGHT -> TextAlignment.RIGHT;
                    default -> TextAlignment.LEFT;
                });
                StackPane cell = new StackPane(text);
                cell.getStyleClass().add("lesson-table-cell");
                cell.getStyleClass().add(row.header ? "lesson-table-head" : (r % 2 == 0 ? "lesson-table-even" : "lesson-table-odd"));
                if (c == 0) {
                    cell.getStyleClass().add("lesson-table-first");
                }
                cell.setAlignment(switch (align) {
                    case CENTER -> Pos.TOP_CENTER;
                    case RIGHT -> Pos.TOP_RIGHT;
                    default -> Pos.TOP_LEFT;
                });
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                grid.add(cell, c, r);
                c++;
            }
            r++;
        }
        return grid;
    }

    /**
     * A table cell's text that wraps between words but never inside one: its minimum width is its
     * longest word, so a narrow pane squeezes the long prose column instead of breaking
     * {@code ClusterIP} into one letter per line.
     */
    private static final class CellFlow extends TextFlow {
        @Override
        protected double computeMinWidth(double height) {
            double widest = 0;
            for (Node child : getChildren()) {
                if (child instanceof javafx.scene.text.Text t) {
                    for (String word : t.getText().split("\\s+")) {
                        if (!word.isEmpty()) {
                            javafx.scene.text.Text probe = new javafx.scene.text.Text(word);
                            probe.setFont(t.getFont());
                            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                        }
                    }
                } else {
                    widest = Math.max(widest, child.minWidth(-1));
                }
            }
            return Math.ceil(widest) + snappedLeftInset() + snappedRightInset();
        }
    }

    private Node htmlBlock(String literal) {
        String text = TAG.matcher(BR.matcher(literal.replaceAll("(?s)<!--.*?-->", "")).replaceAll("\n"))
                .replaceAll("").strip();
        if (text.isEmpty()) {
            return null;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("lesson-paragraph");
        text(flow, text, Style.PLAIN);
        flow.setAccessibleText(text);
        return flow;
    }

    // ---- images

    private static boolean onlyImages(Paragraph p) {
        boolean image = false;
        for (org.commonmark.node.Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Image) {
                image = true;
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || (n instanceof org.commonmark.node.Text t && t.getLiteral().isBlank()))) {
                return false;
            }
        }
        return image;
    }

    private Node figures(Paragraph p) {
        VBox box = new VBox();
        box.getStyleClass().add("lesson-figures");
        for (org.commonmark.node.Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Image img) {
                box.getChildren().add(figure(img));
            }
        }
        return box.getChildren().size() == 1 ? box.getChildren().get(0) : box;
    }

    /** A picture on its own line: shrinks to the pane width, never grows past its own size. */
    private Node figure(org.commonmark.node.Image img) {
        Image image = loadImage(img.getDestination());
        if (image == null) {
            return missingImage(img);
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleText(plainText(img));
        VBox figure = new VBox(view);
        figure.getStyleClass().add("lesson-figure");
        // min 0 lets the pane narrow the figure; the fit width follows the width it is given
        figure.setMinWidth(0);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(image.getWidth(),
                        figure.getWidth() - figure.snappedLeftInset() - figure.snappedRightInset())),
                figure.widthProperty()));
        String title = img.getTitle();
        if (title != null && !title.isBlank()) {
            Label caption = new Label(title);
            caption.getStyleClass().add("lesson-figure-caption");
            caption.setWrapText(true);
            figure.getChildren().add(caption);
        }
        return figure;
    }

    /** An image inside running text: at most most of the view's width. */
    private Node inlineImage(org.commonmark.node.Image img) {
        Image image = loadImage(img.getDestination());
        if (image == null) {
            return missingImage(img);
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleText(plainText(img));
        view.getStyleClass().add("lesson-inline-image");
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(image.getWidth(), getWidth() * 0.8)), widthProperty()));
        return view;
    }

    private Node missingImage(org.commonmark.node.Image img) {
        Label missing = new Label(t("lesson.image.missing"), icon("fth-image"));
        missing.getStyleClass().add("lesson-image-missing");
        String alt = plainText(img);
        String where = img.getDestination() == null ? "" : img.getDestination();
        String tip = alt.isBlank() ? where : alt + "\n" + where;
        if (!tip.isBlank()) {
            missing.setTooltip(new Tooltip(tip));
            missing.setAccessibleHelp(tip);
        }
        return missing;
    }

    /**
     * The image at a Markdown destination: {@code /assets/...} from the app's resources, anything
     * else relative to the lesson folder. Remote and data URLs are never fetched.
     */
    private Image loadImage(String destination) {
        if (destination == null || destination.isBlank()) {
            return null;
        }
        String d = destination.strip();
        if (d.contains("://") || d.startsWith("//") || d.regionMatches(true, 0, "data:", 0, 5)) {
            return null;
        }
        if (d.startsWith("/assets/") || d.startsWith("assets/")) {
            URL resource = MarkdownView.class.getResource(d.startsWith("/") ? d : "/" + d);
            if (resource != null) {
                return image(resource.toExternalForm());
            }
        }
        if (baseDir == null || d.startsWith("/")) {
            return null;
        }
        try {
            Path file = baseDir.resolve(d).normalize();
            return Files.isRegularFile(file) ? image(file.toUri().toString()) : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Image image(String url) {
        Image image = new Image(url, false);
        return image.isError() ? null : image;
    }

    // ---- inline text

    /** The style classes a run of text carries, and the link it belongs to, if any. */
    private record Style(List<String> classes, String link) {
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

    private void inlines(org.commonmark.node.Node parent, TextFlow flow, Style style) {
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
                flow.getChildren().add(inlineImage(img));
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

    private void text(TextFlow flow, String s, Style style) {
        if (s.isEmpty()) {
            return;
        }
        if (!inHeading && style.link() == null && !style.classes().contains("lesson-code") && !glossary.terms().isEmpty()) {
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
                plainText(flow, s.substring(at, m.start()), style);
                String word = s.substring(m.start(), m.start() + m.length());
                if (first.containsKey(m.start())) {
                    // a label, not a Text: it can carry the dotted underline that says "hover me"
                    javafx.scene.control.Label term = new javafx.scene.control.Label(word);
                    term.getStyleClass().setAll(style.with("glossary-term").classes());
                    Tooltip tip = new Tooltip(termTip(m.term()));
                    tip.setWrapText(true);
                    tip.setMaxWidth(380);
                    tip.setShowDelay(javafx.util.Duration.millis(250));
                    tip.setShowDuration(javafx.util.Duration.seconds(30));
                    tip.getStyleClass().add("glossary-tip");
                    term.setTooltip(tip);
                    term.setAccessibleHelp(termTip(m.term()));
                    flow.getChildren().add(term);
                } else {
                    plainText(flow, word, style);
                }
                at = m.start() + m.length();
                // show English terms: the Korean term, then "(Pod)" before its particle, unless the text already gives it
                if (showEnglish && m.term().en() != null && !m.term().en().equals(m.term().term())
                        && !(at < s.length() && s.charAt(at) == '(')) {
                    plainText(flow, "(" + m.term().en() + ")", style.with("glossary-en"));
                }
            }
            plainText(flow, s.substring(at), style);
            return;
        }
        plainText(flow, s, style);
    }

    private static boolean overlaps(servicelab.lesson.Glossary.Mark a, servicelab.lesson.Glossary.Mark b) {
        return a.start() < b.start() + b.length() && b.start() < a.start() + a.length();
    }

    private boolean showEnglish;

    /** Show English terms (curriculum L9): every glossary term in the text followed by its English name. */
    public void setShowEnglish(boolean on) {
        showEnglish = on;
    }

    public boolean showEnglish() {
        return showEnglish;
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
            sb.append('\n').append(fmt("glossary.chapter", t.chapter()));
        }
        if (t.url() != null) {
            sb.append('\n').append(t.url());
        }
        return sb.toString();
    }

    private static void plainText(TextFlow flow, String s, Style style) {
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
    private static String plainText(org.commonmark.node.Node parent) {
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

    // ---- helpers

    private static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("lesson-icon");
        return icon;
    }

    /** A bundle text; the key itself when the bundle lacks it, so a missing text shows instead of failing the lesson. */
    private String t(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private String fmt(String key, Object... args) {
        return bundle.containsKey(key) ? new servicelab.text.Messages(bundle).get(key, args) : key;
    }
}
