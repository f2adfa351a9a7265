package servicelab.ui.dev;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.Scene;

import servicelab.workspace.CheckService;

/**
 * The start-up report {@code bin/bench --startup} reads (system property
 * {@code servicelab.startupReport=OUT}): milliseconds from JVM start to the window's first laid-out
 * frame, to the frame after the lesson and the first check are on screen, and the resident memory
 * then and once settled, two seconds later. The same measure as the empty reference window ({@code servicelab.bench.EmptyWindow}),
 * so the two compare.
 */
public final class Startup {
    /** Phases of the start reached so far (name, ms since JVM start), written with the report. */
    private static final java.util.Map<String, Long> MARKS = new java.util.LinkedHashMap<>();
    private static final boolean ON = System.getProperty("servicelab.startupReport") != null;
    /**
     * Memory is read this long after the lesson is drawn, as the empty reference window's is after
     * its fourth frame: both still grow in the second after (the frame reaching the X server).
     */
    static final int SETTLE_MS = 2000;

    private Startup() {
    }

    /** Notes that the start reached a phase (only when a report was asked for). */
    public static synchronized void mark(String phase) {
        if (ON) {
            MARKS.putIfAbsent(phase, sinceJvmStart());
        }
    }

    /** Whether a report was asked for ({@code -Dservicelab.startupReport=OUT}). */
    public static boolean on() {
        return ON;
    }

    /** Call before the stage is shown: notes the first laid-out frame of this scene. */
    public static void firstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            mark("first_frame");
            FirstFrame.reached();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Call once the real window is on the stage: when its first check is applied and three more
     * frames are laid out (the lesson and the cluster drawn), and memory has settled, writes the
     * report and quits.
     */
    public static void ready(Scene scene, CheckService checks) {
        Path out = Path.of(System.getProperty("servicelab.startupReport"));
        checks.whenCurrent(c -> servicelab.ui.Pulses.afterFrames(scene, 3, () -> {
            long ready = sinceJvmStart();
            double atReady = rssMiB();
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(SETTLE_MS));
            settle.setOnFinished(e -> report(out, ready, atReady));
            settle.play();
        }));
    }

    private static void report(Path out, long ready, double atReady) {
        StringBuilder text = new StringBuilder();
        synchronized (Startup.class) {
            text.append("first_frame_ms ").append(MARKS.getOrDefault("first_frame", -1L)).append('\n');
            text.append("ready_ms ").append(ready).append('\n');
            // lets a bench count from the moment it launched the app (launchers differ before the JVM)
            text.append("jvm_start_epoch_ms ").append(ManagementFactory.getRuntimeMXBean().getStartTime()).append('\n');
            text.append(String.format(Locale.ROOT, "rss_at_ready_mib %.1f%n", atReady));
            text.append(String.format(Locale.ROOT, "rss_mib %.1f%n", rssMiB()));
            MARKS.forEach((k, v) -> text.append("phase_").append(k).append("_ms ").append(v).append('\n'));
        }
        try {
            Files.writeString(out, text);
        } catch (java.io.IOException e) {
            System.err.println(e.getMessage());
        }
        Platform.exit();
    }

    /**
     * Loaded at the first frame and not before: in a class list the JVM writes
     * ({@code -XX:DumpLoadedClassList}) it marks where the first frame's classes end, which is where
     * the package build cuts the list for its class-data archive.
     */
    public static final class FirstFrame {
        private FirstFrame() {
        }

        static void reached() {
            // nothing to do: being loaded is the point
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

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
}
