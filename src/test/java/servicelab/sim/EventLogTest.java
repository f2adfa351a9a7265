package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The event log keeps its newest events, and a tail handed out stays as it was while the log goes on. */
class EventLogTest {
    private static List<Long> times(List<EventLog.Event> events) {
        List<Long> out = new ArrayList<>();
        events.forEach(e -> out.add(e.time()));
        return out;
    }

    private static List<Long> range(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (long t = from; t < to; t++) {
            out.add(t);
        }
        return out;
    }

    @Test
    void keepsTheNewestUpToItsCapacity() {
        EventLog log = new EventLog(50);
        for (int t = 0; t < 1234; t++) {
            log.add(t, "k", t);
            assertEquals(Math.min(t + 1, 50), log.size());
            assertEquals(range(Math.max(0, t - 49), t + 1), times(log.recent()));
        }
        assertEquals(1234, log.total());
        assertEquals(range(1214, 1234), times(log.tail(20)));
        assertEquals(range(1184, 1234), times(log.tail(500)));
    }

    @Test
    void aTailDoesNotChangeAsEventsAreAdded() {
        EventLog log = new EventLog(30);
        List<List<EventLog.Event>> tails = new ArrayList<>();
        List<List<Long>> seen = new ArrayList<>();
        for (int t = 0; t < 500; t++) {
            log.add(t, "k");
            List<EventLog.Event> tail = log.tail(20);
            tails.add(tail);
            seen.add(new ArrayList<>(times(tail)));
        }
        for (int i = 0; i < tails.size(); i++) {
            assertEquals(seen.get(i), times(tails.get(i)), "tail " + i);
            assertEquals(range(Math.max(0, i - 19), i + 1), seen.get(i));
        }
        List<EventLog.Event> tail = tails.get(499);
        assertThrows(UnsupportedOperationException.class, () -> tail.add(tail.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> tail.get(20));
        assertEquals(List.copyOf(tail), tail);
    }
}
