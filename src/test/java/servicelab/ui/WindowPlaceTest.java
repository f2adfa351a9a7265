package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

import servicelab.workspace.settings.Settings;

/** A remembered window comes back on a screen that still exists, never larger than it. */
class WindowPlaceTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void aWindowLeftOnAMonitorThatIsGoneComesBackNowhere() {
        Settings.Window onMonitor = new Settings.Window(1500, 100, 1600, 900, false);
        assertEquals(MONITOR, WindowPlace.screenFor(onMonitor, List.of(LAPTOP, MONITOR)));
        assertNull(WindowPlace.screenFor(onMonitor, List.of(LAPTOP)), "unplugged: the window opens on the primary screen");
    }

    @Test
    void aWindowBiggerThanItsScreenIsShrunkAndMovedOnto() {
        Settings.Window big = new Settings.Window(-50, 600, 1920, 1080, false);
        Rectangle2D r = WindowPlace.clamp(big, LAPTOP);
        assertEquals(new Rectangle2D(0, 0, 1366, 728), r);
        Settings.Window half = new Settings.Window(1000, 500, 800, 400, false);
        assertEquals(new Rectangle2D(566, 328, 800, 400), WindowPlace.clamp(half, LAPTOP));
    }

    @Test
    void theScreenShowingMostOfTheWindowWins() {
        Settings.Window across = new Settings.Window(1000, 100, 1000, 600, false);
        assertEquals(MONITOR, WindowPlace.screenFor(across, List.of(LAPTOP, MONITOR)));
    }
}
