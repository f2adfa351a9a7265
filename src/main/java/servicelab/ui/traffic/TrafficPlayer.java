package servicelab.ui.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Point2D;

import servicelab.sim.Hop;
import servicelab.sim.Outcome;
import servicelab.sim.Trace;

/**
 * Plays sent requests hop by hop, like Packet Tracer's simulation mode: every request of a batch
 * moves together, one hop per step. The player is a pure model (positions, step, progress); the
 * view draws what it says. Step back undoes a step, reset empties it.
 */
public final class TrafficPlayer {
    /** One request on its way: where it starts and the anchor of each hop. */
    public static final class Flight {
        final Trace trace;
        final String start;
        final List<String> anchors;
        /** The step at which this request sets off: 0, or after the ones before it (one request at a time). */
        final int offset;

        Flight(Trace trace, String start, List<String> anchors, int offset) {
            this.trace = trace;
            this.start = start;
            this.anchors = anchors;
            this.offset = offset;
        }

        public Trace trace() {
            return trace;
        }

        /** The anchor key the packet is at after {@code step} steps of the batch (its start until it sets off). */
        public String at(int step) {
            step -= offset;
            if (step <= 0 || anchors.isEmpty()) {
                return start;
            }
            return anchors.get(Math.min(step, anchors.size()) - 1);
        }

        public int length() {
            return anchors.size();
        }

        /** The batch step at which this request arrives. */
        public int end() {
            return offset + anchors.size();
        }

        /** The address the packet carries after {@code step} hops (re-stamped at each NAT). */
        public String label(int step) {
            step -= offset;
            List<Hop> hops = trace.hops();
            if (hops.isEmpty()) {
                return "";
            }
            Hop h = hops.get(Math.max(0, Math.min(step, hops.size()) - 1));
            return step <= 0 ? hops.get(0).dstBefore() : h.dstAfter();
        }

        public boolean failed() {
            return trace.outcome() != Outcome.DELIVERED && trace.outcome() != Outcome.EXTERNAL;
        }
    }

    private final List<Flight> flights = new ArrayList<>();
    private int step;
    private double progress;
    private boolean playing;
    private double speed = 1.0;
    /** Wall seconds one hop takes at 1×. */
    private static final double STEP_SECONDS = 0.9;

    /** One request at a time (curriculum C4): requests go one after another, and playing pauses as each arrives. */
    private boolean oneAtATime;

    public void setOneAtATime(boolean on) {
        oneAtATime = on;
    }

    public boolean oneAtATime() {
        return oneAtATime;
    }

    public void load(List<Trace> traces, Function<Trace, String> start, Function<Hop, String> anchorOf) {
        flights.clear();
        int offset = 0;
        for (Trace t : traces) {
            List<String> anchors = new ArrayList<>();
            for (Hop h : t.hops()) {
                anchors.add(anchorOf.apply(h));
            }
            flights.add(new Flight(t, start.apply(t), anchors, oneAtATime ? offset : 0));
            offset += anchors.size();
        }
        step = 0;
        progress = 0;
    }

    public List<Flight> flights() {
        return flights;
    }

    public int step() {
        return step;
    }

    public int steps() {
        int max = 0;
        for (Flight f : flights) {
            max = Math.max(max, f.end());
        }
        return max;
    }

    public boolean finished() {
        return step >= steps();
    }

    public boolean playing() {
        return playing;
    }

    public void play() {
        playing = !flights.isEmpty();
    }

    public void pause() {
        playing = false;
    }

    public double speed() {
        return speed;
    }

    public void setSpeed(double s) {
        speed = Math.max(0.25, Math.min(4, s));
    }

    /** Advances by wall time; returns true when a step completed. */
    public boolean tick(double seconds) {
        if (!playing || finished()) {
            playing = playing && !finished();
            return false;
        }
        progress += seconds * speed / STEP_SECONDS;
        if (progress >= 1) {
            progress = 0;
            step++;
            if (finished() || oneAtATime && flights.stream().anyMatch(f -> f.end() == step)) {
                playing = false; // one at a time: the class looks at each arrival before the next request
            }
            return true;
        }
        return false;
    }

    /** One hop forward, without animation. */
    public boolean stepForward() {
        if (finished()) {
            return false;
        }
        progress = 0;
        step++;
        return true;
    }

    public boolean stepBack() {
        if (step == 0) {
            return false;
        }
        progress = 0;
        step--;
        return true;
    }

    public void reset() {
        flights.clear();
        step = 0;
        progress = 0;
        playing = false;
    }

    /** Where a packet is drawn now: between its anchors of the last and the next step. */
    public Point2D position(Flight f, Function<String, Point2D> anchor) {
        Point2D a = anchor.apply(f.at(step));
        Point2D b = anchor.apply(f.at(step + 1));
        if (a == null) {
            return b;
        }
        if (b == null || f.end() <= step || step < f.offset) {
            return a;
        }
        double p = playing ? progress : 0;
        double e = p < 0.5 ? 2 * p * p : 1 - Math.pow(-2 * p + 2, 2) / 2; // ease in-out
        return a.add(b.subtract(a).multiply(e));
    }
}
