package servicelab.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.sim.NodeInfo;
import servicelab.sim.Router;
import servicelab.sim.Simulation;
import servicelab.sim.World;

/**
 * {@code bin/bench --scale}: how the core's cost grows from 30 to 3,000 pods. For each size it
 * checks and applies a manifest of Deployments behind ClusterIP Services (one Service per ten
 * pods) plus one NodePort Service over every pod, settles the cluster, and measures: check + apply +
 * settle (median of 5 fresh clusters), routing decisions per second to the small Services and
 * to the one over every pod (traces off, one thread), and the live heap after a GC.
 */
public final class Scale {
    private Scale() {
    }

    /** Thirty nodes of 110 pods, each with its own /24: room for 3,300 pods. */
    static World world() {
        List<NodeInfo> nodes = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            nodes.add(new NodeInfo("node-" + i, "192.168.0." + (10 + i), "10.244." + i + ".0/24"));
        }
        World d = World.defaults();
        return new World(nodes, d.serviceCidr(), d.clusterDomain(), d.dnsIP(), d.loadBalancerEnabled(), d.loadBalancerPoolStart(),
                d.loadBalancerDelayMillis(), d.ingressControllerEnabled(), d.ingressClassName(), d.ingressController(),
                d.ingressExternalIP(), d.edgeAdmitsNodePorts(), d.edgeAdmitsLoadBalancers(), d.externalClients(), d.publicDns(),
                d.proxyMode(), d.nodePortMin(), d.nodePortMax());
    }

    /** The workbench bench's larger scene without its probe (pods/10 Deployments of ten, a Service each, a NodePort Service over all) and a client pod. */
    public static String manifest(int pods) {
        return servicelab.ui.dev.Bench.scaled(pods, false) + """
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: client
                spec:
                  containers:
                  - name: client
                    image: curlimages/curl
                """;
    }

    record Row(int pods, int services, long lines, double settleMs, double smallRate, double allRate, int allEndpoints, double heapMiB) {
    }

    static Row measure(int pods) throws Simulation.TooBig {
        String text = manifest(pods);
        ManifestChecker checker = new ManifestChecker();
        double[] times = new double[5];
        Simulation sim = null;
        for (int i = -2; i < times.length; i++) { // two warm-up rounds
            long t0 = System.nanoTime();
            CheckReport r = checker.check(text);
            Simulation s = new Simulation(world(), 42);
            s.apply(r.objects());
            s.settle();
            if (i >= 0) {
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            sim = s;
        }
        java.util.Arrays.sort(times);
        Router router = sim.router();
        Router.Client client = router.client("pod/client");
        String small = sim.service("default", "app-0").clusterIP();
        String all = sim.service("default", "all").clusterIP();
        int allEndpoints = (int) sim.endpoints("default", "all").stream().filter(e -> e.ready()).count();
        double smallRate = rate(() -> router.decideClusterIp(client, small, 80));
        double allRate = rate(() -> router.decideClusterIp(client, all, 80));
        System.gc();
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        int services = pods / 10 + 1;
        return new Row(pods, services, text.lines().count(), times[times.length / 2], smallRate, allRate, allEndpoints, heap);
    }

    /** Decisions per second: the best of five 1-second rounds after a 2-second warm-up. */
    static double rate(Runnable decide) {
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                decide.run();
            }
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long n = 0;
            long t0 = System.nanoTime();
            long stop = t0 + 1_000_000_000L;
            long now;
            do {
                for (int i = 0; i < 10_000; i++) {
                    decide.run();
                }
                n += 10_000;
                now = System.nanoTime();
            } while (now < stop);
            best = Math.max(best, n / ((now - t0) / 1e9));
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--write")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[2]), manifest(Integer.parseInt(args[1])));
            return;
        }
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {30, 300, 3000};
        System.out.println("pods  services  manifest_lines  check+apply+settle_ms  decisions/s(10 endpoints)  decisions/s(all)  endpoints(all)  heap_after_gc_MiB");
        for (int n : sizes) {
            Row r = measure(n);
            System.out.printf("%4d  %8d  %14d  %21.1f  %25.2fM  %15.2fM  %14d  %17.1f%n", r.pods(), r.services(), r.lines(), r.settleMs(),
                    r.smallRate() / 1e6, r.allRate() / 1e6, r.allEndpoints(), r.heapMiB());
        }
    }
}
