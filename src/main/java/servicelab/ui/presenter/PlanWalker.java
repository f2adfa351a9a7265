package servicelab.ui.presenter;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import servicelab.lesson.ClassPlan;
import servicelab.text.Messages;

/**
 * Walks a chapter's class plan in presenter mode: each PageDown runs the next step (loads the
 * scene with the plan's seed, runs the command, sends the requests, lets the clock run, opens the
 * exercise, puts the quiz on the wall) and stops. A question on the diagram is answered first;
 * a wait still running is skipped to its end. A strip over the diagram says where the class is.
 */
public final class PlanWalker {
    /** What a step does in the window. */
    public interface Host {
        /** Loads a scene's text with a seed; false when the teacher kept unsaved work instead. */
        boolean loadScene(String text, String name, long seed);

        /** Runs a console command where the class sees it. */
        void kubectl(String line);

        /** Composes and sends requests, asking the class first when {@code predict}. */
        void send(String from, String to, int count, boolean predict);

        /** True while the diagram asks a question the next step answers. */
        boolean asking();

        /** Answers the question (the reveal) and plays the rest. */
        void reveal();

        /** The virtual clock, in milliseconds. */
        long now();

        /** Runs the clock forward at once (a wait the teacher skips). */
        void advance(long millis);

        /** Lets the clock run in real time. */
        void runClock();

        /** Opens an exercise for the class. */
        void exercise(String id);

        /** Puts these quiz items on the wall. */
        void quiz(java.util.List<String> ids);

        /** The scene text a plan step names ("scene.yaml" or an exercise id), or null. */
        String sceneText(String arg);

        /** The teacher's notes for the step (the teacher window shows them). */
        void notes(String text);
    }

    private final Messages msg;
    private final Host host;
    private final HBox strip = new HBox(10);
    private final Label where = new Label();
    private final Label caption = new Label();
    private final Label key = new Label();
    private ClassPlan plan;
    private String chapter;
    private int next;
    private long waitUntil = -1;
    private final AnimationTimer countdown = new AnimationTimer() {
        @Override
        public void handle(long now) {
            showWait();
        }
    };

    /** {@code place} puts the strip in the window (the traffic bar's header row: it covers nothing). */
    public PlanWalker(Messages msg, Host host, java.util.function.Consumer<javafx.scene.Node> place) {
        this.msg = msg;
        this.host = host;
        strip.setId("planStrip");
        strip.getStyleClass().add("plan-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        where.getStyleClass().add("plan-where");
        caption.getStyleClass().add("plan-caption");
        caption.setWrapText(true);
        key.getStyleClass().add("plan-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        where.setMinWidth(Region.USE_PREF_SIZE);
        strip.getChildren().addAll(where, caption, key);
        HBox.setHgrow(caption, javafx.scene.layout.Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        strip.setVisible(false);
        strip.setManaged(false);
        place.accept(strip);
    }

    /** The plan of the chapter on screen (null: none); walking starts again at its first step. */
    public void setPlan(String chapterId, ClassPlan p) {
        if (chapterId != null && chapterId.equals(chapter) && p != null && plan != null) {
            return; // the same chapter again: the class stays where it is
        }
        chapter = chapterId;
        plan = p;
        next = 0;
        waitUntil = -1;
        countdown.stop();
        show();
    }

    /** Shown in presenter mode when the chapter has a plan. */
    public void setActive(boolean on) {
        active = on;
        show();
    }

    private boolean active;

    public boolean walking() {
        return active && plan != null;
    }

    /** The step PageDown runs next (0-based), for tests and the strip. */
    public int nextStep() {
        return next;
    }

    public ClassPlan plan() {
        return plan;
    }

    /** PageDown: the answer to a question, the end of a wait, or the next step. */
    public void next() {
        if (!walking()) {
            return;
        }
        if (host.asking()) {
            host.reveal();
            return;
        }
        if (waitUntil >= 0 && host.now() < waitUntil) {
            host.advance(waitUntil - host.now());
            endWait();
            return;
        }
        if (next >= plan.steps().size()) {
            return;
        }
        ClassPlan.Step s = plan.steps().get(next);
        run(s);
        next++;
        show();
    }

    /** True when the last step the plan ran sent requests (they are the plan's, not the teacher's by hand). */
    public boolean sentLast() {
        return next > 0 && plan != null && next <= plan.steps().size()
                && (plan.steps().get(next - 1).kind() == ClassPlan.Kind.SEND || plan.steps().get(next - 1).kind() == ClassPlan.Kind.PREDICT);
    }

    private void run(ClassPlan.Step s) {
        host.notes(notes(s));
        switch (s.kind()) {
            case EXPLAIN -> {
            }
            case SCENE -> {
                String text = host.sceneText(s.arg());
                if (text != null) {
                    host.loadScene(text, chapter + ".yaml", plan.seed());
                }
            }
            case KUBECTL -> host.kubectl(s.arg());
            case SEND -> host.send(s.from(), s.to(), s.count(), false);
            case PREDICT -> host.send(s.from(), s.to(), 1, true);
            case WAIT -> {
                host.runClock();
                waitUntil = host.now() + s.seconds() * 1000L;
                countdown.start();
            }
            case EXERCISE -> host.exercise(s.arg());
            case QUIZ -> host.quiz(s.ids());
            default -> throw new IllegalStateException(s.kind().name());
        }
    }

    /** The step's notes, then the whole plan with the class's place in it (the teacher's view of the period). */
    private String notes(ClassPlan.Step s) {
        StringBuilder sb = new StringBuilder(msg.get("plan.step", next + 1, plan.steps().size(), title(s)));
        if (s.say() != null) {
            sb.append('\n').append(s.say());
        }
        sb.append('\n').append('\n').append(msg.get("plan.timeline", plan.minutes()));
        int minute = 0;
        for (int i = 0; i < plan.steps().size(); i++) {
            ClassPlan.Step t = plan.steps().get(i);
            sb.append('\n').append(i == next ? "▶ " : i < next ? "✓ " : "   ")
                    .append(String.format("%2d. [%2d′] ", i + 1, minute)).append(title(t));
            minute += t.minutes();
        }
        return sb.toString();
    }

    private String title(ClassPlan.Step s) {
        if (s.title() != null) {
            return s.title();
        }
        return switch (s.kind()) {
            case SEND, PREDICT -> s.from() + " → " + s.to();
            case KUBECTL -> "kubectl " + s.arg();
            case WAIT -> msg.get("plan.wait", s.seconds());
            default -> s.arg() != null ? s.arg() : String.join(", ", s.ids());
        };
    }

    private void showWait() {
        if (waitUntil < 0) {
            countdown.stop();
            return;
        }
        long left = waitUntil - host.now();
        if (left <= 0) {
            endWait();
        } else {
            key.setText(msg.get("plan.waiting", (left + 999) / 1000));
        }
    }

    private void endWait() {
        waitUntil = -1;
        countdown.stop();
        show();
    }

    private void show() {
        boolean on = walking();
        strip.setVisible(on);
        strip.setManaged(on);
        if (!on) {
            return;
        }
        int shown = Math.max(0, next - 1);
        ClassPlan.Step s = plan.steps().get(next == 0 ? 0 : shown);
        where.setText(msg.get("plan.where", next, plan.steps().size()));
        caption.setText(next == 0 ? msg.get("plan.ready") : title(s).replace("`", ""));
        key.setText(next >= plan.steps().size() ? msg.get("plan.done") : msg.get("plan.next"));
    }

    /** The strip (tests and the layout report look at it). */
    public HBox strip() {
        return strip;
    }
}
