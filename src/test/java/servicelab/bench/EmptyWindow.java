package servicelab.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The reference for {@code bin/bench --startup}: a JavaFX window with one Label, started with the
 * app's own JVM flags. It reports, as the app's startup report does, the milliseconds from JVM
 * start to its first laid-out frame and its resident memory at its fourth frame and once settled
 * (two seconds later), then quits.
 * Usage: {@code EmptyWindow OUT [WIDTHxHEIGHT]}.
 */
public class EmptyWindow extends Application {
    /** As {@code servicelab.ui.dev.Startup.SETTLE_MS}: how long after the measured frame memory is read. */
    static final int SETTLE_MS = 2000;

    @Override
    public void start(Stage stage) {
        String[] size = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1).split("x") : new String[] {"1920", "1080"};
        Scene scene = new Scene(new StackPane(new Label("Service Lab")), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        stage.setScene(scene);
        stage.setTitle("empty");
        Path out = Path.of(getParameters().getRaw().get(0));
        int[] frames = {0};
        long[] first = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (frames[0]++ == 0) {
                first[0] = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            }
            if (frames[0] == 4) {
                scene.removePostLayoutPulseListener(listener[0]);
                double atFrame = rssMiB();
                // sampled again once settled, as the app's report is: an idle window still grows
                // by ~12 MiB in the second after its fourth frame (its first frame reaches the X server)
                PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
                settle.setOnFinished(e -> {
                    try {
                        Files.writeString(out, "first_frame_ms " + first[0] + "\njvm_start_epoch_ms "
                                + ManagementFactory.getRuntimeMXBean().getStartTime()
                                + "\nrss_at_frame_mib " + String.format("%.1f", atFrame)
                                + "\nrss_mib " + String.format("%.1f", rssMiB()) + "\n");
                    } catch (java.io.IOException x) {
                        System.err.println(x.getMessage());
                    }
                    Platform.exit();
                });
                settle.play();
            }
            Platform.requestNextPulse();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.show();
    }

    /** Read as the app's startup report reads it; repeated here because this class's jar holds it alone. */
    static double rssMiB() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
