package servicelab.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.Fix;
import servicelab.manifest.ManifestEditor;
import servicelab.workspace.CheckService;
import servicelab.workspace.ManifestDocument;
import servicelab.workspace.Origin;

/**
 * The YAML editor: a code area that reports the learner's typing to the document and replays the
 * document's other changes (diagram, console, fixes) as one undoable edit of exactly their lines,
 * which then glow for two seconds. It draws each published check: colouring, a mark in the
 * gutter per problem, and a hover explanation at each problem.
 */
public final class EditorPane {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final ManifestDocument doc;
    private final Popup tooltip = new Popup();
    private final VBox tooltipBox = new VBox(6);
    private String tooltipText = "";
    private boolean replaying;
    private CheckReport report;

    public EditorPane(ManifestDocument doc, CheckService checks, String stylesheet) {
        this.doc = doc;
        area.getStyleClass().add("yaml-editor");
        area.setId("yamlEditor");
        area.setParagraphGraphicFactory(this::gutter);
        tooltipBox.getStyleClass().add("problem-tooltip");
        tooltipBox.getStylesheets().add(stylesheet);
        tooltip.getContent().add(tooltipBox);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Diagnostic d = problemAt(e.getCharacterIndex());
            if (d != null) {
                showTooltip(d, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
        area.plainTextChanges().subscribe(ignore -> {
            if (!replaying) {
                doc.typed(area.getText());
            }
        });
        doc.addListener(this::replay);
        checks.addListener(this::show);
    }

    public Node node() {
        return scroll;
    }

    public CodeArea area() {
        return area;
    }

    /** Follows the caret: "line, column" (1-based). */
    public void onCaret(Consumer<int[]> c) {
        area.caretPositionProperty().addListener((o, a, b) -> c.accept(new int[] {area.getCurrentParagraph() + 1,
            area.getCaretColumn() + 1}));
    }

    public void setDark(boolean dark) {
        tooltipBox.getStyleClass().remove("dark");
        if (dark) {
            tooltipBox.getStyleClass().add("dark");
        }
    }

    // ------------------------------------------------------------------ document → editor

    private void replay(ManifestDocument.Change c) {
        if (c.origin() == Origin.EDITOR) {
            return; // the editor's own change
        }
        replaying = true;
        try {
            if (c.opened()) {
                styled = List.of();
                area.replaceText(c.text());
                area.getUndoManager().forgetHistory();
                area.moveTo(0);
                area.showParagraphAtTop(0);
                return;
            }
            ManifestEditor.Replacement r = c.edit().replacementOf(area.getText());
            area.getUndoManager().preventMerge(); // one undo step of its own, never merged with typing
            area.replaceText(r.start(), r.end(), r.with());
            area.getUndoManager().preventMerge();
            if (c.origin() == Origin.FIX) {
                area.moveTo(r.start());
                area.requestFollowCaret();
            } else {
                flashLines(c.edit().firstLine() - 1, c.edit().newLastLine() - 1);
            }
        } finally {
            replaying = false;
        }
        if (!area.getText().equals(c.text())) {
            doc.typed(area.getText()); // cannot happen; if it did, the editor's text wins over a stale copy
        }
    }

    // ------------------------------------------------------------------ check → editor

    @SuppressWarnings("unchecked")
    private void show(CheckService.Checked c) {
        report = c.report();
        if (c.styling() instanceof StyleSpans<?> spans && area.getText().equals(c.text())) {
            restyle((StyleSpans<Collection<String>>) spans);
        }
        // the gutter's marks are rebuilt only when the lines with problems (or their kind) change:
        // rebuilding every visible line's gutter on each check costs more than the check
        java.util.Map<Integer, Boolean> marks = new java.util.TreeMap<>();
        for (Diagnostic d : problems(report)) {
            marks.merge(d.line(), d.warning(), Boolean::logicalAnd);
        }
        if (area.getParagraphs().size() != markedParagraphs) {
            markedLines = marks;
            markedParagraphs = area.getParagraphs().size();
            gutterMarks.clear();
            area.setParagraphGraphicFactory(this::gutter);
        } else if (!marks.equals(markedLines)) {
            // the same lines, other problems: only the marks that changed are redrawn, in place (a new
            // factory rebuilt and laid out every visible line, twice a second while a warning came and went)
            java.util.Set<Integer> lines = new java.util.HashSet<>(marks.keySet());
            lines.addAll(markedLines.keySet());
            markedLines = marks;
            for (int line : lines) {
                Circle mark = gutterMarks.get(line - 1);
                if (mark != null) {
                    mark(mark, line - 1);
                }
            }
        }
    }

    /** The problem mark of each paragraph's gutter as last built (a paragraph not shown may have none). */
    private final java.util.Map<Integer, Circle> gutterMarks = new java.util.HashMap<>();

    /** The problem lines the gutter shows (line → warning only), and the line count it was drawn for. */
    private java.util.Map<Integer, Boolean> markedLines = java.util.Map.of();
    private int markedParagraphs = -1;

    /** The styles each line was last given: a keystroke restyles its own line, not all of them. */
    private List<StyleSpans<Collection<String>>> styled = List.of();

    private void restyle(StyleSpans<Collection<String>> spans) {
        int[] lengths = new int[area.getParagraphs().size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = area.getParagraphLength(i);
        }
        List<StyleSpans<Collection<String>>> lines = LineStyles.split(spans, lengths);
        for (int i = 0; i < lines.size(); i++) {
            if (i >= styled.size() || !same(styled.get(i), lines.get(i))) {
                area.setStyleSpans(i, 0, lines.get(i));
            }
        }
        styled = lines;
    }

    private static boolean same(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.getSpanCount() != b.getSpanCount()) {
            return false;
        }
        for (int i = 0; i < a.getSpanCount(); i++) {
            if (a.getStyleSpan(i).getLength() != b.getStyleSpan(i).getLength()
                    || !a.getStyleSpan(i).getStyle().equals(b.getStyleSpan(i).getStyle())) {
                return false;
            }
        }
        return true;
    }

    /** Every problem of a check: errors, then warnings. */
    public static List<Diagnostic> problems(CheckReport r) {
        List<Diagnostic> all = new ArrayList<>(r.errors());
        all.addAll(r.warnings());
        return all;
    }

    private Diagnostic problemAt(int offset) {
        if (report == null) {
            return null;
        }
        for (Diagnostic d : problems(report)) {
            int end = Math.max(d.end(), d.start() + 1);
            if (offset >= d.start() && offset < end) {
                return d;
            }
        }
        return null;
    }

    private void showTooltip(Diagnostic d, double x, double y) {
        tooltipText = d.warning() ? d.explanation() : d.explanation() + "\n\n" + d.message();
        tooltipBox.getChildren().setAll(RichText.of(d.explanation(), 480));
        if (!d.warning()) {
            Label original = new Label(d.message());
            original.getStyleClass().add("problem-original");
            original.setWrapText(true);
            original.setMaxWidth(480);
            tooltipBox.getChildren().add(original);
        }
        tooltip.show(area, x, y);
    }

    public boolean tooltipShowing() {
        return tooltip.isShowing();
    }

    public String tooltipText() {
        return tooltipText;
    }

    /** Shows the paragraph's worst problem on its mark: an error over a warning, nothing without one. */
    private void mark(Circle mark, int paragraph) {
        mark.setVisible(false);
        mark.getStyleClass().clear();
        if (report != null) {
            for (Diagnostic d : problems(report)) {
                if (d.line() == paragraph + 1) {
                    mark.setVisible(true);
                    mark.getStyleClass().setAll(d.warning() && !mark.getStyleClass().contains("mark-error") ? "mark-warning" : "mark-error");
                    if (!d.warning()) {
                        break;
                    }
                }
            }
        }
    }

    private Node gutter(int paragraph) {
        Label n = new Label(String.valueOf(paragraph + 1));
        n.getStyleClass().add("lineno");
        Circle mark = new Circle(3.5);
        mark(mark, paragraph);
        gutterMarks.put(paragraph, mark);
        int digits = Math.max(2, String.valueOf(area.getParagraphs().size()).length());
        n.setMinWidth(digits * 9 + 4);
        n.setAlignment(Pos.CENTER_RIGHT);
        HBox box = new HBox(mark, n);
        box.getStyleClass().add("gutter");
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    // ------------------------------------------------------------------ actions

    /** Puts the caret at a problem and the focus in the editor. */
    public void jumpTo(Diagnostic d) {
        area.moveTo(Math.min(d.start(), area.getLength()));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Applies a suggested correction as one undoable edit of the checked text (refused if the text moved on). */
    public boolean applyFix(Fix fix, CheckService.Checked checked) {
        String text = checked.text();
        if (fix.end() > text.length()) {
            return false;
        }
        String fixed = text.substring(0, fix.start()) + fix.replacement() + text.substring(fix.end());
        return doc.apply(ManifestEditor.Edit.between(text, fixed), Origin.FIX, checked.revision());
    }

    /**
     * Lines a diagram or console edit just wrote glow for two seconds (curriculum C11): the class
     * sees which part of the manifest the picture's change is. One steady highlight, no blinking.
     */
    private void flashLines(int from, int to) {
        List<Integer> lit = new ArrayList<>();
        for (int i = Math.max(0, from); i <= Math.min(to, area.getParagraphs().size() - 1); i++) {
            area.setParagraphStyle(i, List.of("flash"));
            lit.add(i);
        }
        if (lit.isEmpty()) {
            return;
        }
        // bring the change into view: its end, then its start (a long document stays at its top)
        area.showParagraphInViewport(lit.get(lit.size() - 1));
        area.showParagraphInViewport(lit.get(0));
        PauseTransition off = new PauseTransition(javafx.util.Duration.seconds(2));
        off.setOnFinished(e -> {
            for (int i : lit) {
                if (i < area.getParagraphs().size()) {
                    area.setParagraphStyle(i, List.of());
                }
            }
        });
        off.play();
    }

}
