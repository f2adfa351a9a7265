package servicelab.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The simulation's recent events, newest last, bounded so a long run keeps memory flat. */
public final class EventLog {
    /** A state change: when (virtual ms), a message key and its arguments. */
    public record Event(long time, String key, List<Object> args) {
        public Event {
            args = List.copyOf(args);
        }
    }

    private final int capacity;
    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private long total;

    public EventLog(int capacity) {
        this.capacity = capacity;
    }

    void add(long time, String key, Object... args) {
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(new Event(time, key, List.of(args)));
        total++;
    }

    public List<Event> recent() {
        return new ArrayList<>(events);
    }

    /** The newest {@code max} events, oldest first, as an immutable list. */
    public List<Event> tail(int max) {
        int skip = Math.max(0, events.size() - max);
        List<Event> out = new ArrayList<>(events.size() - skip);
        var it = events.iterator();
        for (int i = 0; it.hasNext(); i++) {
            Event e = it.next();
            if (i >= skip) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** Events ever logged, including those no longer kept. */
    public long total() {
        return total;
    }

    public int size() {
        return events.size();
    }
}
