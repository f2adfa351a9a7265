package servicelab.ui.presenter;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

import servicelab.lesson.Exercise;
import servicelab.text.Messages;
import servicelab.workspace.ExerciseSession;

/**
 * In presenter mode the lesson pane is the teacher's, so an open exercise would vanish from the
 * wall: this compact card keeps its title, prompt and goals (ticked as the class meets them) over
 * the diagram's top-right corner. It holds no hints and no solution.
 */
public final class ExerciseCard extends VBox {
    private final ExerciseSession session;
    private final List<HBox> goals = new ArrayList<>();
    private Exercise shown;
    private boolean presenter;

    public ExerciseCard(Messages msg, ExerciseSession session, StackPane host) {
        super(6);
        this.session = session;
        setId("presenterExercise");
        getStyleClass().add("presenter-exercise");
        setMaxWidth(380);
        setMaxHeight(USE_PREF_SIZE);
        setPickOnBounds(false);
        StackPane.setAlignment(this, Pos.TOP_RIGHT);
        StackPane.setMargin(this, new javafx.geometry.Insets(12, 16, 0, 0));
        host.getChildren().add(this);
        session.addListener(g -> {
            refresh();
            for (int i = 0; i < g.met().size() && i < goals.size(); i++) {
                boolean met = g.met().get(i);
                goals.get(i).getChildren().set(0, icon(met ? "fth-check-square" : "fth-square"));
                goals.get(i).getStyleClass().removeAll("met");
                if (met) {
                    goals.get(i).getStyleClass().add("met");
                }
            }
        });
        setVisible(false);
        setManaged(false);
        this.title = msg.get("presenter.exercise");
    }

    private final String title;

    private static FontIcon icon(String literal) {
        FontIcon i = new FontIcon(literal);
        i.setIconSize(18);
        return i;
    }

    /** Shown while presenter mode is on and an exercise is open. */
    public void setPresenter(boolean on) {
        presenter = on;
        refresh();
    }

    private void refresh() {
        Exercise e = session.active();
        boolean show = presenter && e != null;
        setVisible(show);
        setManaged(show);
        if (!show || e == shown) {
            return;
        }
        shown = e;
        goals.clear();
        Label head = new Label(title + " · " + e.title().replace("`", ""));
        head.getStyleClass().add("presenter-exercise-title");
        head.setWrapText(true);
        List<javafx.scene.Node> rows = new ArrayList<>(List.of(head, flow(e.prompt(), "presenter-exercise-text")));
        for (Exercise.Goal g : e.goals()) {
            TextFlow t = flow(g.text(), "presenter-exercise-text");
            HBox.setHgrow(t, Priority.ALWAYS);
            HBox row = new HBox(8, icon("fth-square"), t);
            row.getStyleClass().add("goal");
            // a goal that would give the prediction away stays off the wall: the class predicts first
            row.setVisible(!g.hiddenUntilPredicted());
            row.setManaged(!g.hiddenUntilPredicted());
            goals.add(row);
            rows.add(row);
        }
        getChildren().setAll(rows);
    }

    private static TextFlow flow(String s, String style) {
        return servicelab.ui.lesson.CodeText.flow(s, style, "presenter-exercise-code");
    }
}
