package servicelab.ui.lesson;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Short texts written with `code` in backticks (exercise prompts and goals, quiz items): the code set as code. */
public final class CodeText {
    private CodeText() {
    }

    public static TextFlow flow(String s, String style, String codeStyle) {
        TextFlow f = new TextFlow();
        boolean code = false;
        for (String part : (s == null ? "" : s).split("`", -1)) {
            if (!part.isEmpty()) {
                Text tx = new Text(part);
                tx.getStyleClass().add(code ? codeStyle : style);
                f.getChildren().add(tx);
            }
            code = !code;
        }
        return f;
    }
}
