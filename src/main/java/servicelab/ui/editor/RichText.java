package servicelab.ui.editor;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Explanation text as learners should read it: `code` spans in the code font, and ``` fenced
 * blocks (such as a corrected manifest) as code blocks.
 */
final class RichText {
    private RichText() {
    }

    static VBox of(String s, double width) {
        VBox box = new VBox(6);
        String[] parts = s.split("```", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i % 2 == 1) {
                Label code = new Label(part.startsWith("\n") ? part.substring(1).stripTrailing() : part.stripTrailing());
                code.getStyleClass().add("code-block");
                code.setMaxWidth(Double.MAX_VALUE);
                code.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.getChildren().add(code);
            } else if (!part.isBlank()) {
                TextFlow flow = inline(part.strip());
                flow.setPrefWidth(width);
                flow.setMaxWidth(width);
                box.getChildren().add(flow);
            }
        }
        box.setAccessibleText(s.replace("```", "").replace("`", ""));
        return box;
    }

    static TextFlow inline(String s) {
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
        flow.setLineSpacing(2);
        return flow;
    }
}
