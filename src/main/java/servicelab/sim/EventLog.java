package servicelab.sim;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The simulation's recent events, newest last, bounded so a long run keeps memory flat. Events are
 * appended to an array and never overwritten: when it is full the newest ones continue in a new
 * array, so a {@link #tail} handed out earlier stays as it was without being copied (every snapshot
 * carries one, and copying 2,000 events for each was a tenth of what a snapshot made).
 */
public final class EventLog {
    /** A state change: when (virtual ms), a message key and its arguments. */
    public record Event(long time, String key, List<Object> args) {
        public Event {
            args = List.copyOf(args);
        }
    }

    private final int capacity;
    /** The kept events are {@code buffer[start, end)}; nothing below {@code end} is written again. */
    private Event[] buffer = new Event[16];
    private int start;
    private int end;
    private long total;

    public EventLog(int capacity) {
        this.capacity = capacity;
    }

    void add(long time, String key, Object... args) {
        if (end == buffer.length) {
            // a new array (tails keep the old one): the kept events, then room for as many again
            int kept = end - start;
            Event[] next = new Event[Math.min(Math.max(16, 2 * buffer.length), 2 * capacity)];
            System.arraycopy(buffer, start, next, 0, kept);
            buffer = next;
            start = 0;
            end = kept;
        }
        buffer[end++] = new Event(time, key, List.of(args));
        if (end - start > capacity) {
            start++;
        }
        total++;
    }

    public List<Event> recent() {
        return new ArrayList<>(Arrays.asList(buffer).subList(start, end));
    }

    /** The newest {@code max} events, oldest first, as an immutable list (a view that later events do not change). */
    public List<Event> tail(int max) {
        return new Tail(buffer, Math.max(start, end - max), end);
    }

    /** Events ever logged, including those no longer kept. */
    public long total() {
        return total;
    }

    public int size() {
        return end - start;
    }

    /** An immutable run of a buffer's events. */
    static final class Tail extends AbstractList<Event> implements RandomAccess {
        private final Event[] events;
        private final int from;
        private final int to;

        private Tail(Event[] events, int from, int to) {
            this.events = events;
            this.from = from;
            this.to = to;
        }

        @Override
        public Event get(int index) {
            java.util.Objects.checkIndex(index, to - from);
            return events[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
