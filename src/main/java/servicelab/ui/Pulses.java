package servicelab.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting for frames: work that must follow what the screen already shows. */
public final class Pulses {
    private Pulses() {
    }

    /** Runs the action (later, on the UI thread) after n more frames of the scene have been laid out. */
    public static void afterFrames(Scene scene, int n, Runnable action) {
        int[] left = {n};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (--left[0] == 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(action);
            } else {
                Platform.requestNextPulse(); // a still scene has no pulses of its own
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
