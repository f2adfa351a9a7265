package servicelab.ui;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Explanation text with `code` spans shown in the code font, as learners see them in the editor. */
final class RichText {
    private RichText() {
    }

    static TextFlow flow(String s) {
        TextFlow flow = new TextFlow();
        boolean code = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '`') {
                if (cur.length() > 0) {
                    Text t = new Text(cur.toString());
                    t.getStyleClass().add(code ? "code" : "text");
                    flow.getChildren().add(t);
                    cur.setLength(0);
                }
                code = !code;
            } else {
                cur.append(s.charAt(i));
            }
        }
        flow.setAccessibleText(s.replace("`", ""));
        return flow;
    }
}
