package servicelab.ui.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.sim.Hop;
import servicelab.sim.Outcome;
import servicelab.sim.Trace;

/** The player's model: steps, arrivals, and "한 요청씩" (one request at a time). */
class TrafficPlayerTest {
    private static Trace trace(String pod, int hops) {
        List<Hop> list = new ArrayList<>();
        for (int i = 0; i < hops; i++) {
            list.add(new Hop("h" + i, "a" + i, "s", "d" + i, "s", "d" + (i + 1), "k", List.of()));
        }
        return new Trace(Outcome.DELIVERED, pod, "default", "s", "node-1", null, 200, list);
    }

    private static TrafficPlayer loaded(boolean oneAtATime) {
        TrafficPlayer p = new TrafficPlayer();
        p.setOneAtATime(oneAtATime);
        p.load(List.of(trace("a", 3), trace("b", 3)), t -> "start", h -> h.at());
        return p;
    }

    @Test
    void togetherEveryRequestMovesAtOnce() {
        TrafficPlayer p = loaded(false);
        assertEquals(3, p.steps());
        p.stepForward();
        assertEquals("a0", p.flights().get(0).at(1));
        assertEquals("a0", p.flights().get(1).at(1));
    }

    @Test
    void oneAtATimeTheSecondWaitsAndPlayingPausesAtEachArrival() {
        TrafficPlayer p = loaded(true);
        assertEquals(6, p.steps());
        TrafficPlayer.Flight second = p.flights().get(1);
        assertEquals("start", second.at(3), "still waiting while the first travels");
        assertEquals("a0", second.at(4));
        assertEquals(3, p.flights().get(0).end());
        assertEquals(6, second.end());
        p.play();
        for (int i = 0; i < 100 && p.playing(); i++) {
            p.tick(0.5);
        }
        assertEquals(3, p.step(), "paused as the first arrived");
        assertFalse(p.finished());
        p.play();
        for (int i = 0; i < 100 && p.playing(); i++) {
            p.tick(0.5);
        }
        assertTrue(p.finished());
        assertEquals("d1", second.label(4), "addresses are the second request's own");
    }
}
