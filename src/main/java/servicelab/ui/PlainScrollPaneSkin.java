package servicelab.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin with its viewport drawn directly. The stock skin caches the viewport as a
 * bitmap ({@code setCache(true)}): on the software pipeline that is an image the size of every
 * visible scroll area kept in the heap (3.9 MiB with a lesson open at 1920×1080), redrawn in full
 * whenever anything inside changes (a hover, a quiz answer), and blurred at fractional zoom (the
 * presenter's zoom). The app's content is text and cards that draw quickly, so it goes without.
 * Given to every {@code .scroll-pane} by app.css ({@code -fx-skin}).
 */
public class PlainScrollPaneSkin extends ScrollPaneSkin {
    /** Creates the skin (called by CSS through reflection). */
    public PlainScrollPaneSkin(ScrollPane control) {
        super(control);
        // the skin's own first child is its viewport; a lookup would also reach nested scroll panes
        for (Node n : getChildren()) {
            if (n.getStyleClass().contains("viewport")) {
                n.setCache(false);
            }
        }
    }
}
