package servicelab.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;

/**
 * The workbench's benchmark mode ({@code --bench}): first frame after JVM start, frames per second
 * with 30 pods and 200 packets in flight, keystroke-to-redraw processing for a 100-line manifest
 * (check + cluster update + diagram redraw, without the typing debounce), and resident memory.
 * Prints one line per measure and exits.
 */
final class Bench {
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

    private Bench() {
    }

    static void run(MainController c, Path out) {
        long firstFrameMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        c.traffic().setClockRunning(true);
        c.editor().replaceText(SCENE);
        c.whenChecked(() -> {
            c.workspace().advance(30_000);
            List<String> report = new ArrayList<>();
            report.add(String.format("first_frame_ms %d", firstFrameMs));
            report.add(String.format("manifest_lines %d", SCENE.lines().count()));
            // the window as a learner opens it: a lesson on the left, the 30-pod cluster drawn, nothing sent yet
            report.add(String.format("rss_mib_lesson_open %.1f", rssMiB()));
            report.add(String.format("keystroke_to_redraw_ms_median %.2f", keystroke(c)));
            c.traffic().compose("laptop", "http://192.168.0.11:30123/", 200);
            c.traffic().send();
            measureFps(c, fps -> {
                report.add(String.format("pods %d", c.workspace().simulation().userPods().size()));
                report.add(String.format("packets_in_flight %d", c.traffic().player().flights().size()));
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
        });
    }

    /**
     * Check, cluster update and diagram redraw after a one-character change, 40 times; the median.
     * The first 40 keystrokes are not counted: a student types for minutes, so the code paths of
     * typing run compiled, not in the interpreter as in the first second after start.
     */
    private static double keystroke(MainController c) {
        ManifestChecker checker = new ManifestChecker();
        List<Double> ms = new ArrayList<>();
        double[] parts = new double[4];
        String base = c.editor().getText();
        for (int i = -40; i < 40; i++) {
            // alternate a Service edit and a pod-template edit (which rolls the Deployment's pods)
            String text = i % 2 == 0 ? base.replace("targetPort: 8080", "targetPort: " + (8080 + i % 3))
                    : base.replace("periodSeconds: 5", "periodSeconds: " + (5 + i % 3));
            long t0 = System.nanoTime();
            CheckReport r = checker.check(text);
            long t1 = System.nanoTime();
            c.workspace().accept(r);
            long t2 = System.nanoTime();
            c.diagram().refresh();
            long t3 = System.nanoTime();
            c.workspace().advance(2_000); // time passes between keystrokes; terminated pods go
            if (i < 0) {
                continue;
            }
            ms.add((t3 - t0) / 1e6);
            parts[0] += (t1 - t0) / 1e6;
            parts[1] += (t2 - t1) / 1e6;
            parts[2] += (t3 - t2) / 1e6;
            parts[3] += c.workspace().lastApplyNanos() / 1e6;
        }
        Collections.sort(ms);
        System.out.printf("keystroke_parts_mean_ms check %.2f cluster %.2f (of which reconcile %.2f) redraw %.2f%n",
                parts[0] / 40, parts[1] / 40, parts[3] / 40, parts[2] / 40);
        return ms.get(ms.size() / 2);
    }

    private static void measureFps(MainController c, java.util.function.DoubleConsumer done) {
        c.traffic().player().setSpeed(0.25); // keep every packet moving for the whole window
        c.traffic().player().play();
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
