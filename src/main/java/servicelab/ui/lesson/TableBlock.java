package servicelab.ui.lesson;

import servicelab.lesson.PipeTables;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/** A lesson's pipe table as a grid: a header row, striped rows, cells aligned as the table says. */
final class TableBlock {
    private final InlineText inline;

    TableBlock(InlineText inline) {
        this.inline = inline;
    }

    Node build(PipeTables.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("lesson-table");
        // as wide as its text needs, and no wider than the pane: cells wrap when space is short
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        grid.setMinWidth(0);
        for (int c = 0; c < table.aligns().size(); c++) {
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
                PipeTables.Align align = table.aligns().get(c);
                TextFlow text = new CellFlow();
                text.getStyleClass().add("lesson-table-text");
                inline.inlines(cellNode, text, InlineText.Style.PLAIN);
                text.setAccessibleRole(AccessibleRole.TEXT);
                text.setAccessibleText(InlineText.plainText(cellNode));
                text.setTextAlignment(switch (align) {
                    case CENTER -> TextAlignment.CENTER;
                    case RIGHT -> TextAlignment.RIGHT;
                    default -> TextAlignment.LEFT;
                });
                StackPane cell = new StackPane(text);
                cell.getStyleClass().add("lesson-table-cell");
                cell.getStyleClass().add(row.header() ? "lesson-table-head" : (r % 2 == 0 ? "lesson-table-even" : "lesson-table-odd"));
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
}
