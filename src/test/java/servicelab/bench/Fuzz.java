package servicelab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import servicelab.check.CheckReport;
import servicelab.kubectl.Kubectl;
import servicelab.kubectl.LiveCluster;
import servicelab.kubectl.TextHost;
import servicelab.manifest.ManifestParser;
import servicelab.sim.Router;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;
import servicelab.sim.World;

/**
 * Mutation fuzzing of everything a learner's text goes through: the lessons' scenes, exercises and
 * YAML blocks and the study note's examples are mutated (lines dropped, doubled, swapped,
 * re-indented, values replaced by hostile ones, cut short, spliced), then parsed, checked, applied,
 * settled, routed and driven from the console. Only the project's own reported errors may come
 * out; anything thrown is a failure. {@code bin/bench --fuzz N} runs N cases and reports.
 */
public final class Fuzz {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(?:yaml|yml)[^\\n]*\\n(.*?)^```");
    static final String[] VALUES = {"", "~", "null", "1:20", "0o17", "0x1F", "08", ".inf", ".nan", "y", "n", "-1", "0",
        "99999999999", "2147483648", "100000", "1e3", "80.0", "80.5", "true", "\"80\"", "'x'", "쿠비아", "Kubia", "a..b",
        "x".repeat(300), "&a x", "*a", "*nope", "!!binary aGk=", "!!int 1:20", "!custom x", "[", "{", "]", "'", "\"", "|",
        ">", "- ", "<<: *a", "{a: 1}", "[1, 2]", "http://kubia", "None", "NodePort", "ExternalName", "LoadBalancer",
        "ClientIP", "10.96.0.1", "300.1.1.1", "::1", "65536", "30000", "32768", "TCP", "SCTP", "UDP", "http", "use-regex",
        "/(a+)+\\1b", "Exact", "Prefix", "ImplementationSpecific", "2001-12-14", "\t", "# c", "\u0000"};

    private Fuzz() {
    }

    /** One fuzz case: what ran, how long (CPU), and what was thrown, if anything. */
    public record Result(long seed, String text, long cpuNanos, Throwable thrown, boolean valid, int pods) {
    }

    private static List<String> corpus;

    /** The lessons' texts and the study note's examples (repository layout). */
    public static synchronized List<String> corpus() {
        if (corpus != null) {
            return corpus;
        }
        List<String> out = new ArrayList<>();
        try {
            for (Path dir : List.of(Path.of("lessons"), Path.of("src/test/resources/seed"))) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        String n = f.getFileName().toString();
                        if (n.endsWith(".md")) {
                            Matcher m = FENCE.matcher(text);
                            while (m.find()) {
                                out.add(m.group(1));
                            }
                        } else if (n.endsWith(".yaml")) {
                            out.add(text);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        corpus = List.copyOf(out);
        return corpus;
    }

    /** A mutated corpus text: 1 to 4 mutations chosen by the seed. */
    public static String mutate(long seed) {
        Random r = new Random(seed);
        List<String> c = corpus();
        String text = c.get(r.nextInt(c.size()));
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            text = mutateOnce(text, r, c);
        }
        return text;
    }

    private static String mutateOnce(String text, Random r, List<String> c) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = r.nextInt(lines.size());
        switch (r.nextInt(10)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                int other = r.nextInt(lines.size());
                String t = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, t);
            }
            case 3 -> lines.set(at, " ".repeat(1 + r.nextInt(3)) + lines.get(at));
            case 4 -> lines.set(at, lines.get(at).replaceFirst("^ {1,2}", ""));
            case 5, 6 -> {
                String l = lines.get(at);
                int colon = l.indexOf(": ");
                String v = VALUES[r.nextInt(VALUES.length)];
                lines.set(at, colon >= 0 ? l.substring(0, colon + 2) + v : l + v);
            }
            case 7 -> {
                return text.substring(0, r.nextInt(text.length() + 1));
            }
            case 8 -> {
                return text + "\n---\n" + c.get(r.nextInt(c.size()));
            }
            default -> {
                String l = lines.get(at);
                int p = l.isEmpty() ? 0 : r.nextInt(l.length());
                String odd = "\"'[{&*!|>-:#%@`\t";
                lines.set(at, l.substring(0, p) + odd.charAt(r.nextInt(odd.length())) + l.substring(p));
            }
        }
        return String.join("\n", lines);
    }

    private static final String[] COMMANDS = {"get pods", "get svc -o wide", "get endpoints", "describe svc",
        "describe pods", "get ingress", "scale deployment kubia --replicas=2", "label svc kubia tier=web --overwrite",
        "expose deployment kubia --port=80 --name=fuzz", "delete svc kubia", "create service clusterip fuzz --tcp=80:8080",
        "get endpointslices -o yaml", "apply -f -"};

    /** Runs one case through parse → check → apply → settle → route → console. */
    public static Result run(long seed) {
        String text = mutate(seed);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        Throwable thrown = null;
        boolean valid = false;
        int pods = 0;
        try {
            ManifestParser.parse(text);
            LiveCluster cluster = new LiveCluster(World.defaults(), seed);
            TextHost host = new TextHost(cluster, text); // checks and applies
            Simulation sim = cluster.simulation();
            sim.settle();
            valid = host.report().valid();
            pods = sim.userPods().size();
            Router router = sim.router();
            for (SimService s : sim.services()) {
                String url = "http://" + s.name() + "." + s.namespace() + ":" + (s.ports().isEmpty() ? 80 : s.ports().get(0).port()) + "/";
                router.send(router.client("external"), url);
                if (!sim.userPods().isEmpty()) {
                    Router.Client pod = router.client("pod/" + sim.userPods().get(0).namespace() + "/" + sim.userPods().get(0).name());
                    if (pod != null) {
                        router.send(pod, url);
                    }
                }
            }
            sim.advance(5_000);
            Kubectl k = new Kubectl(host);
            Random r = new Random(seed);
            for (int i = 0; i < 3; i++) {
                k.run(COMMANDS[r.nextInt(COMMANDS.length)]);
            }
            if (!sim.userPods().isEmpty()) {
                k.run("exec " + sim.userPods().get(0).name() + " -- curl -s -m 1 http://kubia");
            }
            CheckReport after = host.report();
            after.valid();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            thrown = e;
        }
        return new Result(seed, text, mx.getCurrentThreadCpuTime() - t0, thrown, valid, pods);
    }

    /** {@code bin/bench --fuzz N}: N cases, then count, failures, the slowest case and the largest heap seen. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long start = System.nanoTime();
        long maxUsed = 0;
        long cpu = 0;
        int valid = 0;
        long pods = 0;
        Result slowest = null;
        Result slowestWarm = null;
        List<Result> failed = new ArrayList<>();
        var memory = ManagementFactory.getMemoryMXBean();
        for (long seed = 0; seed < n; seed++) {
            Result r = run(seed);
            if (r.thrown() != null) {
                failed.add(r);
            }
            if (slowest == null || r.cpuNanos() > slowest.cpuNanos()) {
                slowest = r;
            }
            if (seed >= 1000 && (slowestWarm == null || r.cpuNanos() > slowestWarm.cpuNanos())) {
                slowestWarm = r; // after the JIT has compiled the hot paths
            }
            cpu += r.cpuNanos();
            valid += r.valid() ? 1 : 0;
            pods += r.pods();
            if (seed % 100 == 0) {
                maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
            }
        }
        long wall = System.nanoTime() - start;
        System.out.printf("fuzz: %d cases, %d failed, %.1f s wall, %.2f ms CPU per case%n", n, failed.size(), wall / 1e9,
                cpu / 1e6 / n);
        System.out.printf("valid after mutation: %d (%.0f%%), pods simulated: %d%n", valid, 100.0 * valid / n, pods);
        System.out.printf("slowest: seed %d, %.1f ms CPU%s%n", slowest.seed(), slowest.cpuNanos() / 1e6,
                slowestWarm == null ? "" : String.format("; after warm-up: seed %d, %.1f ms CPU", slowestWarm.seed(),
                        slowestWarm.cpuNanos() / 1e6));
        System.out.printf("max heap used (sampled every 100 cases): %.1f MiB of %.0f MiB%n", maxUsed / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        for (Result f : failed.subList(0, Math.min(10, failed.size()))) {
            System.out.println("seed " + f.seed() + ": " + f.thrown());
        }
        System.exit(failed.isEmpty() ? 0 : 1);
    }
}
