package servicelab.ui.traffic;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** List cells for the request path and the events: long lines wrap, never end in "…". */
final class WrappingCell {
    private WrappingCell() {
    }

    /**
     * A cell whose text wraps to the list's width in as many lines as it needs (never "…"): a
     * Text with a wrapping width, since a wrapped label's height is reckoned before its width.
     */
    static <T> ListCell<T> of(ListView<T> list) {
        javafx.scene.text.Text text = new javafx.scene.text.Text();
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : String.valueOf(item));
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty || item == null ? null : String.valueOf(item));
            }
        };
    }
}
