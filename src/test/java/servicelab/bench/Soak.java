package servicelab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import servicelab.sim.PodRuntime;
import servicelab.check.ManifestChecker;
import servicelab.sim.Router;
import servicelab.sim.Simulation;
import servicelab.sim.Trace;
import servicelab.sim.World;

/**
 * Runs the simulation at full speed for a while (default 600 s) and prints the used heap after
 * a GC every 30 s: event and trace buffers are bounded, so it must stay flat. Each round sends
 * requests from pods and outside clients (many source IPs, ClientIP affinity on), deletes a pod
 * and advances the clock, so controllers, probes, IPAM and affinity tables all churn.
 * Run: {@code bin/bench --soak [SECONDS]}.
 */
public final class Soak {
    private Soak() {
    }

    static final String MANIFEST = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
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
                      periodSeconds: 2
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              type: NodePort
              sessionAffinity: ClientIP
              ports:
              - port: 80
                targetPort: http
              selector:
                app: kubia
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: client
            spec:
              containers:
              - name: sh
                image: busybox
            """;

    /** The benchmark cluster: a Deployment of 3 behind a ClientIP-affinity NodePort Service, and a client pod. */
    public static Simulation cluster(long seed) {
        Simulation s = new Simulation(World.defaults(), seed);
        try {
            s.apply(new ManifestChecker().check(MANIFEST).objects());
        } catch (Simulation.TooBig e) {
            throw new IllegalStateException(e); // four pods
        }
        s.settle();
        return s;
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        Simulation s = cluster(42);
        Router r = s.router();
        Router.Client pod = r.client("pod/client");
        int nodePort = s.service("default", "kubia").ports().get(0).nodePort();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        long nextReport = 0;
        long requests = 0;
        int round = 0;
        System.out.println("elapsed_s  requests      virtual_h  events_total  heap_used_MiB");
        while (true) {
            long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
            if (elapsed >= nextReport) {
                System.gc();
                System.out.printf("%9d  %12d  %9.1f  %12d  %13.1f%n", elapsed, requests, s.now() / 3_600_000.0,
                        s.events().total(), mem.getHeapMemoryUsage().getUsed() / 1048576.0);
                nextReport += 30;
                if (elapsed >= seconds) {
                    break;
                }
            }
            for (int i = 0; i < 1000; i++) {
                Trace t = r.send(pod, "http://kubia/");
                requests++;
                Router.Client outside = r.client("external:198.18." + ((round * 7 + i) % 200) + "." + (i % 250 + 1));
                r.send(outside, "http://192.168.0.1" + (1 + i % 3) + ":" + nodePort + "/");
                requests++;
                if (t.hops().isEmpty()) {
                    throw new IllegalStateException("empty trace");
                }
            }
            if (round % 10 == 0) {
                PodRuntime victim = s.findPod(s.userPods().stream()
                        .filter(p -> p.name().startsWith("kubia-")).findFirst().orElseThrow().name());
                s.deletePod(victim);
            }
            s.advance(5_000);
            round++;
        }
    }
}
