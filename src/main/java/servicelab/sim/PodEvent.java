package servicelab.sim;

/**
 * One event about a pod as the API server keeps it: the kubelet's event correlator folds a
 * repeat of the same type, reason and message into one event with a count and the time of its
 * first and last occurrence, which is what {@code kubectl describe pod} prints as
 * {@code 2s (x3 over 22s)}.
 */
public final class PodEvent {
    private final String type;
    private final String reason;
    private final String from;
    private final String message;
    private final long first;
    private long last;
    private int count = 1;

    PodEvent(String type, String reason, String from, String message, long at) {
        this.type = type;
        this.reason = reason;
        this.from = from;
        this.message = message;
        this.first = at;
        this.last = at;
    }

    boolean sameAs(String type, String reason, String message) {
        return this.type.equals(type) && this.reason.equals(reason) && this.message.equals(message);
    }

    void repeat(long at) {
        count++;
        last = at;
    }

    public String type() {
        return type;
    }

    public String reason() {
        return reason;
    }

    public String from() {
        return from;
    }

    public String message() {
        return message;
    }

    /** Virtual ms of the first occurrence. */
    public long first() {
        return first;
    }

    /** Virtual ms of the latest occurrence. */
    public long last() {
        return last;
    }

    public int count() {
        return count;
    }
}
