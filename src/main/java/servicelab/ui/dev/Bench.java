package servicelab.ui.dev;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;

import servicelab.ui.diagram.DiagramView;
import servicelab.ui.traffic.TrafficPanel;
import servicelab.workspace.CheckService;
import servicelab.workspace.Edits;
import servicelab.workspace.Origin;
import servicelab.workspace.Workbench;

/**
 * The workbench's benchmark mode ({@code --bench}): first frame after JVM start, frames per second
 * with 30 pods and 200 packets in flight, keystroke-to-redraw for a 100-line manifest (a key typed
 * in the editor until the diagram has redrawn: check on the check thread, publication, cluster
 * update and redraw on the UI thread; the typing pause is not counted), a diagram edit until its
 * frame is on screen, and resident memory. Prints one line per measure and exits.
 */
public final class Bench {
    /** What the bench drives: the view-model and the views a learner looks at. */
    public record Parts(Workbench wb, DiagramView diagram, TrafficPanel traffic, CodeArea editor, Scene scene) {
    }
    static final String SCENE = """
            # benchmark scene: 30 pods behind four Services and an Ingress
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
              labels:
                app: kubia
            spec:
              replicas: 30
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
                    tier: web
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - name: http
                      containerPort: 8080
                    readinessProbe:
                      httpGet:
                        path: /
                        port: http
                      periodSeconds: 5
                    livenessProbe:
                      tcpSocket:
                        port: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              type: NodePort
              ports:
              - name: http
                port: 80
                targetPort: http
                nodePort: 30123
              selector:
                app: kubia
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-internal
            spec:
              ports:
              - port: 80
                targetPort: 8080
              selector:
                app: kubia
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-headless
              labels:
                app: kubia
            spec:
              clusterIP: None
              ports:
              - name: http
                port: 80
                targetPort: 8080
              selector:
                app: kubia
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia-lb
            spec:
              type: LoadBalancer
              sessionAffinity: ClientIP
              externalTrafficPolicy: Local
              ports:
              - port: 80
                targetPort: http
              selector:
                app: kubia
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: kubia
            spec:
              rules:
              - host: kubia.example.com
                http:
                  paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: kubia
                        port:
                          number: 80
            """;

    /** Pods of the bench scene: 30 (SCENE), or more with {@code -Dservicelab.benchPods=N} (a generated scene). */
    private static final int PODS = Integer.getInteger("servicelab.benchPods", 30);
    /** Packets sent for the frame-rate measure ({@code -Dservicelab.benchPackets}). */
    private static final int PACKETS = Integer.getInteger("servicelab.benchPackets", 200);
    /**
     * Keystrokes measured ({@code -Dservicelab.benchKeys}; fewer for a huge scene): 200, so that the
     * 99th percentile is the 198th of them and not simply the slowest, as it is of 40.
     */
    private static final int KEYS = Integer.getInteger("servicelab.benchKeys", 200);
    /**
     * Milliseconds between a key's redraw and the next key ({@code -Dservicelab.benchKeyPause}): 150, a
     * typist's pace (about seven keys a second, the clock running and frames drawn in between); 0 types
     * the next key at once, with no quiet moment in the whole run.
     */
    private static final int PAUSE_MS = Integer.getInteger("servicelab.benchKeyPause", 150);
    /** {@code -Dservicelab.benchTrace=true}: each measured key's times, collections and allocation on stderr. */
    private static final boolean TRACE = Boolean.getBoolean("servicelab.benchTrace");
    /** Keystrokes typed first and not measured: the typing code gets compiled, as it is for a student. */
    private static final int WARMUP = Math.min(KEYS, 40);
    private static final String TEXT = PODS == 30 ? SCENE : scaled(PODS, true);

    private Bench() {
    }

    /**
     * A scene for the larger benches: pods/10 Deployments of ten (the first with SCENE's readiness
     * probe if asked), a ClusterIP Service for each, and a NodePort Service (30123) over every pod for the
     * laptop's packets. A keystroke edits the first Deployment or the first Service only.
     */
    public static String scaled(int pods, boolean probe) {
        StringBuilder y = new StringBuilder("# benchmark scene: " + pods + " pods behind " + (pods / 10 + 1) + " Services\n");
        for (int i = 0; i < pods / 10; i++) {
            String check = i > 0 || !probe ? "" : "\n        readinessProbe:\n          httpGet:\n            path: /\n            port: http\n"
                    + "          periodSeconds: 5";
            y.append("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: app-%1$d
                    spec:
                      replicas: 10
                      selector:
                        matchLabels:
                          app: app-%1$d
                      template:
                        metadata:
                          labels:
                            app: app-%1$d
                            tier: all
                        spec:
                          containers:
                          - name: app
                            image: luksa/kubia
                            ports:
                            - name: http
                              containerPort: 8080%2$s
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: app-%1$d
                    spec:
                      selector:
                        app: app-%1$d
                      ports:
                      - port: 80
                        targetPort: 8080
                    ---
                    """.formatted(i, check));
        }
        return y.append("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: all
                spec:
                  type: NodePort
                  selector:
                    tier: all
                  ports:
                  - port: 80
                    targetPort: 8080
                    nodePort: 30123
                """).toString();
    }

    public static void run(Parts p, Path out) {
        long firstFrameMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        p.wb().checks().meterAllocation(Allocation::currentThread);
        p.wb().cluster().meterAllocation(Allocation::currentThread);
        p.traffic().setClockRunning(true);
        p.editor().replaceText(TEXT);
        p.wb().checks().checkNow();
        p.wb().checks().whenCurrent(c -> {
            p.wb().cluster().tick(30_000);
            List<String> report = new ArrayList<>();
            report.add(String.format("first_frame_ms %d", firstFrameMs));
            report.add(String.format("manifest_lines %d", TEXT.lines().count()));
            // the window as a learner opens it: a lesson on the left, the 30-pod cluster drawn, nothing sent yet
            report.add(String.format("rss_mib_lesson_open %.1f", rssMiB()));
            Keys keys = new Keys();
            keystrokes(p, -WARMUP, keys, () -> {
                keys.bytes()[3] += Allocation.allThreads();
                keys.report(report);
                diagramEdit(p, (shown, ms) -> {
                    report.add("diagram_edit_shown_in_next_frame " + shown);
                    report.add(String.format("diagram_edit_check_to_frame_ms %.2f", ms));
                    traffic(p, report, out);
                });
            });
        });
    }

    private static void traffic(Parts p, List<String> report, Path out) {
        p.traffic().compose("laptop", "http://192.168.0.11:30123/", PACKETS);
        p.traffic().send();
        measureFps(p, fps -> {
            report.add(String.format("pods %d", p.wb().cluster().snapshot().userPods().size()));
            report.add(String.format("packets_in_flight %d", p.traffic().player().flights().size()));
            report.add(String.format("fps %.1f", fps));
            report.add(String.format("rss_mib_after_typing_and_traffic %.1f", rssMiB()));
            String text = String.join("\n", report) + "\n";
            System.out.print(text);
            if (out != null) {
                try {
                    Files.writeString(out, text);
                } catch (java.io.IOException e) {
                    System.err.println(e.getMessage());
                }
            }
            Platform.exit();
        });
    }

    /** Per keystroke: redraw (check + cluster + diagram), publication (+ editor, problems), wall (+ waiting for the frame). */
    private record Keys(List<Double> redraw, List<Double> publication, List<Double> wall, double[] parts, long[] gc,
                        java.util.Map<String, List<double[]>> byKind, long[] bytes) {
        Keys() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new double[4], new long[2], new java.util.TreeMap<>(),
                    new long[4]);
        }

        /** A measured key: typed at t0, in the editor by typed, all its listeners run by t1; gc ms of collections in between. */
        void record(Parts p, CheckService.Checked c, int i, String kind, long t0, long typed, long t1, long gc) {
            double check = c.checkNanos() / 1e6;
            double accept = p.wb().cluster().lastAcceptNanos() / 1e6;
            double publish = p.wb().checks().lastPublishNanos() / 1e6;
            redraw.add(check + accept);
            publication.add(check + publish);
            wall.add((t1 - t0) / 1e6);
            parts[0] += (typed - t0) / 1e6;
            parts[1] += check;
            parts[2] += p.wb().cluster().lastApplyNanos() / 1e6;
            parts[3] += (t1 - typed) / 1e6 - check - publish;
            this.gc[0] += gc > 0 ? 1 : 0;
            this.gc[1] += gc;
            add(kind, check + accept, gc > 0);
            bytes[0] += p.wb().checks().lastCheckBytes();
            bytes[1] += p.wb().cluster().lastAcceptBytes();
            if (TRACE) { // one line per key on stderr, to see which keys were slow and why
                System.err.printf("KEY %d %s check %.2f accept %.2f gc %d checkKiB %d acceptKiB %d%n", i, kind,
                        check, accept, gc, p.wb().checks().lastCheckBytes() / 1024, p.wb().cluster().lastAcceptBytes() / 1024);
            }
        }

        /** A measured key of a kind: its redraw time and whether a collection fell in it. */
        void add(String kind, double redrawMs, boolean collected) {
            byKind.computeIfAbsent(kind, x -> new ArrayList<>()).add(new double[] {redrawMs, collected ? 1 : 0});
        }

        void report(List<String> out) {
            for (var e : java.util.Map.of("keystroke_to_redraw_ms", redraw, "keystroke_publication_ms", publication,
                    "keystroke_wall_ms", wall).entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
                List<Double> ms = new ArrayList<>(e.getValue());
                Collections.sort(ms);
                out.add(String.format("%s_median %.2f", e.getKey(), ms.get(ms.size() / 2)));
                out.add(String.format("%s_p99 %.2f", e.getKey(), ms.get((int) Math.ceil(ms.size() * 0.99) - 1)));
                out.add(String.format("%s_max %.2f", e.getKey(), ms.get(ms.size() - 1)));
            }
            out.add(String.format("keystroke_parts_mean_ms editor %.2f check %.2f reconcile %.2f waiting %.2f",
                    parts[0] / KEYS, parts[1] / KEYS, parts[2] / KEYS, parts[3] / KEYS));
            // a collection stops every thread: how many measured keys had one, and its time in them
            out.add(String.format("keystrokes_with_gc %d of %d, %d ms of collections", gc[0], KEYS, gc[1]));
            out.add(String.format("keystroke_pause_ms %d, collections in pauses %d", PAUSE_MS, servicelab.ui.IdleCollection.collections()));
            // garbage fills the young generation: what a key allocates decides how often a collection falls in one,
            // and what the measured part (check and accept) allocates, how often it falls in the measure
            if (bytes[3] > 0) {
                out.add(String.format("keystroke_alloc_mean_kib measured %d (check %d, accept %d), whole key %d",
                        (bytes[0] + bytes[1]) / 1024 / KEYS, bytes[0] / 1024 / KEYS, bytes[1] / 1024 / KEYS,
                        bytes[3] / 1024 / KEYS));
            }
            // the two kinds apart: which kind a collection falls in decides the p99 of them all
            byKind.forEach((kind, keys) -> {
                List<Double> ms = new ArrayList<>(keys.stream().map(k -> k[0]).sorted().toList());
                out.add(String.format("keystroke_to_redraw_%s_ms_median %.2f", kind, ms.get(ms.size() / 2)));
                out.add(String.format("keystroke_to_redraw_%s_ms_p99 %.2f", kind, ms.get((int) Math.ceil(ms.size() * 0.99) - 1)));
                out.add(String.format("keystrokes_with_gc_%s %d of %d", kind, keys.stream().filter(k -> k[1] > 0).count(), keys.size()));
            });
        }
    }

    /**
     * A key typed in the editor until the diagram has redrawn, 200 times after 40 warm-up keys (KEYS; a
     * student types for minutes: the typing code runs compiled, not in the interpreter as in the
     * first second). Keys alternate a Service's target port and a probe's period, each edit undoing the
     * last one's: four keys in six change the pod template and roll all 30 pods, two only edit the
     * Service (reported apart as rollout and service_edit); virtual time passes between keys, so
     * terminated pods go. The typing pause (PAUSE_MS) is not counted.
     */
    private static void keystrokes(Parts p, int i, Keys k, Runnable done) {
        if (i == KEYS) {
            done.run();
            return;
        }
        if (i == 0) {
            k.bytes()[3] -= Allocation.allThreads();
        }
        String port = "targetPort: " + (8080 + Math.floorMod(i, 3));
        String period = "periodSeconds: " + (5 + Math.floorMod(i, 3));
        // the 30-pod scene as it always was measured; a larger one edits its first Deployment or Service only
        String text = PODS == 30 ? (i % 2 == 0 ? SCENE.replace("targetPort: 8080", port) : SCENE.replace("periodSeconds: 5", period))
                : i % 2 == 0 ? TEXT.replaceFirst("targetPort: 8080", port) : TEXT.replaceFirst("periodSeconds: 5", period);
        // a keystroke changes only its line: replace just the characters that differ, as typing does
        var r = servicelab.manifest.ManifestEditor.Edit.between(p.editor().getText(), text).replacementOf(p.editor().getText());
        // the probe's period changes the pod template: a rollout (four keys in six; the others only edit the Service)
        String kind = period(p.editor().getText()).equals(period(text)) ? "service_edit" : "rollout";
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        p.editor().replaceText(r.start(), r.end(), r.with());
        long typed = System.nanoTime();
        p.wb().checks().checkNow();
        p.wb().checks().whenCurrent(c -> {
            // the listeners have run: the cluster applied the check, the diagram redrew, the editor and problems followed
            long t1 = System.nanoTime();
            if (i >= 0) {
                k.record(p, c, i, kind, t0, typed, t1, gcMillis() - gc0);
            }
            p.wb().cluster().tick(2_000);
            if (PAUSE_MS > 0) { // a typist's pause between keys, in which the window goes on drawing
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(PAUSE_MS));
                pause.setOnFinished(e -> keystrokes(p, i + 1, k, done));
                pause.play();
            } else {
                Platform.runLater(() -> keystrokes(p, i + 1, k, done));
            }
        });
    }

    /**
     * Allocated bytes from HotSpot's per-thread counters (com.sun.management, in jdk.management: the
     * packaged image leaves that module out, and there the measure reads 0 and is not reported).
     */
    private static final class Allocation {
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static long currentThread() {
            try {
                return THREADS instanceof com.sun.management.ThreadMXBean t ? t.getCurrentThreadAllocatedBytes() : 0;
            } catch (LinkageError e) {
                return 0;
            }
        }

        static long allThreads() {
            try {
                if (THREADS instanceof com.sun.management.ThreadMXBean t) {
                    long sum = 0;
                    for (long b : t.getThreadAllocatedBytes(t.getAllThreadIds())) {
                        sum += Math.max(0, b);
                    }
                    return sum;
                }
            } catch (LinkageError e) {
                // no jdk.management
            }
            return 0;
        }
    }

    /** The first readiness probe's period in a bench text ("" without one). */
    private static String period(String text) {
        int at = text.indexOf("periodSeconds: ");
        return at < 0 ? "" : text.substring(at, text.indexOf('\n', at));
    }

    private static long gcMillis() {
        long ms = 0;
        for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, b.getCollectionTime());
        }
        return ms;
    }

    /** A diagram edit (switch the Service's type): from its published check to the next frame on screen. */
    private static void diagramEdit(Parts p, java.util.function.BiConsumer<Boolean, Double> done) {
        CheckService.Checked c = p.wb().checks().latest();
        String svc = PODS == 30 ? "kubia-internal" : "app-0";
        Edits.Proposal e = Edits.switchType(c, "default", svc, "NodePort");
        p.wb().document().apply(e.edit(), Origin.DIAGRAM, e.basedOn());
        p.wb().checks().whenCurrent(after -> {
            long published = System.nanoTime();
            Label badge = (Label) p.diagram().lookup("#svc-" + svc + " .type-badge");
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                p.scene().removePostLayoutPulseListener(once[0]);
                boolean shown = badge != null && "NodePort".equals(((Label) p.diagram().lookup("#svc-" + svc + " .type-badge")).getText());
                done.accept(shown, (System.nanoTime() - published) / 1e6);
            };
            p.scene().addPostLayoutPulseListener(once[0]);
        });
    }

    private static void measureFps(Parts p, java.util.function.DoubleConsumer done) {
        p.traffic().player().setSpeed(0.25); // keep every packet moving for the whole window
        p.traffic().player().play();
        new AnimationTimer() {
            long start;
            int frames;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                    return;
                }
                frames++;
                if (now - start >= 5_000_000_000L) {
                    stop();
                    done.accept(frames / ((now - start) / 1e9));
                }
            }
        }.start();
    }

    private static double rssMiB() {
        return Startup.rssMiB();
    }
}
