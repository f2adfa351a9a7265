package servicelab.ui.presenter;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import servicelab.text.Messages;
import servicelab.ui.Ui;
import servicelab.ui.traffic.TrafficPanel;

/**
 * Presenter mode's stage-only view (F11, or the button at the end of the class's row): the
 * toolbar and the request composer step aside and the diagram takes their height, so a crowded
 * scene is drawn large enough for the back row. The class's row stays: the plan's step, the
 * outcome's summary, predict-first, and whether answers are hidden. The clicker keys still step
 * the traffic and walk the plan; F11 again (or leaving presenter mode) brings everything back.
 */
public final class StageOnly {
    private final ToolBar toolbar;
    private final Label answersState;
    private final TrafficPanel traffic;
    private final Presenter presenter;
    private final ToggleButton button = new ToggleButton();
    private final Messages msg;
    private int answersAt = -1;

    /** F11 toggles the view (in presenter mode only). */
    public StageOnly(Messages msg, ToolBar toolbar, Label answersState, TrafficPanel traffic, Presenter presenter, Scene scene) {
        this.msg = msg;
        this.toolbar = toolbar;
        this.answersState = answersState;
        this.traffic = traffic;
        this.presenter = presenter;
        button.setId("stageOnly");
        button.getStyleClass().add("flat");
        button.setAccessibleText(msg.get("stageOnly.toggle"));
        button.setOnAction(e -> set(button.isSelected()));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        show();
        traffic.head().getChildren().add(button);
        presenter.addListener(on -> {
            if (!on) {
                set(false);
            }
            button.setVisible(on);
            button.setManaged(on);
        });
        button.setVisible(presenter.isPresenter());
        button.setManaged(presenter.isPresenter());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> set(!on()));
    }

    public boolean on() {
        return !toolbar.isManaged();
    }

    public void set(boolean on) {
        if (on == on() || on && !presenter.isPresenter()) {
            button.setSelected(on());
            return;
        }
        toolbar.setVisible(!on);
        toolbar.setManaged(!on);
        traffic.setBare(on);
        // whether answers are hidden stays in sight: the pill moves to the class's row and back
        if (on) {
            answersAt = toolbar.getItems().indexOf(answersState);
            toolbar.getItems().remove(answersState);
            traffic.head().getChildren().add(traffic.head().getChildren().indexOf(button), answersState);
            answersState.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the pill (presenter.answersHidden) whole, the plan's caption wraps
        } else {
            traffic.head().getChildren().remove(answersState);
            toolbar.getItems().add(Math.max(0, Math.min(answersAt, toolbar.getItems().size())), answersState);
        }
        button.setSelected(on);
        show();
    }

    private void show() {
        boolean on = on();
        button.setGraphic(Ui.icon(on ? "fth-minimize-2" : "fth-maximize-2"));
        button.setTooltip(new Tooltip(msg.get(on ? "stageOnly.off" : "stageOnly.tip")));
    }
}
