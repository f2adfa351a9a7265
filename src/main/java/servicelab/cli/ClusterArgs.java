package servicelab.cli;

import servicelab.sim.PodRuntime;
import servicelab.text.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.ManifestChecker;
import servicelab.manifest.ManifestParser;
import servicelab.model.KubeObject;
import servicelab.sim.Simulation;
import servicelab.sim.World;
import servicelab.validation.ServiceAllocator;

/**
 * The options every cluster command shares (CLI.md): FILEs applied in order to the default
 * world, {@code --seed}, {@code --unready POD}, {@code --advance DURATION}; and building the
 * settled simulation from them.
 */
final class ClusterArgs {
    /** A usage or input problem, with its exit code. */
    static final class Failure extends Exception {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    long seed = 42;
    final List<String> files = new ArrayList<>();
    final List<String> unready = new ArrayList<>();
    long advanceMillis;
    boolean json;
    boolean ipvs;
    boolean nftables;
    boolean noLoadBalancer;
    /** Options of the command itself, in order: name, value (null for flags). */
    final List<String[]> own = new ArrayList<>();

    /** Parses args; {@code valued} and {@code flags} are the command's own options. */
    static ClusterArgs parse(List<String> args, Set<String> valued, Set<String> flags, Messages msg) throws Failure {
        ClusterArgs a = new ClusterArgs();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            String v = null;
            if (s.startsWith("--") && s.contains("=")) {
                v = s.substring(s.indexOf('=') + 1);
                s = s.substring(0, s.indexOf('='));
            }
            boolean needsValue = Set.of("--seed", "--unready", "--advance").contains(s) || valued.contains(s);
            if (needsValue && v == null) {
                if (i + 1 >= args.size()) {
                    throw new Failure(2, msg.get("missingValue", s));
                }
                v = args.get(++i);
            }
            switch (s) {
                case "--json" -> a.json = true;
                case "--ipvs" -> a.ipvs = true;
                case "--nftables" -> a.nftables = true;
                case "--no-load-balancer" -> a.noLoadBalancer = true;
                case "--seed" -> a.seed = seed(s, v, msg);
                case "--unready" -> a.unready.add(v);
                case "--advance" -> a.advanceMillis = duration(s, v, msg);
                default -> {
                    if (valued.contains(s)) {
                        a.own.add(new String[] {s, v});
                    } else if (flags.contains(s)) {
                        a.own.add(new String[] {s, null});
                    } else if (s.startsWith("-") && !s.equals("-")) {
                        throw new Failure(2, msg.get("unknownOption", s));
                    } else {
                        a.files.add(s);
                    }
                }
            }
        }
        return a;
    }

    String option(String name) {
        String v = null;
        for (String[] o : own) {
            if (o[0].equals(name)) {
                v = o[1] == null ? "" : o[1];
            }
        }
        return v;
    }

    /** A Go duration (time.ParseDuration: 45s, 2m, 1h30m, 500ms) in milliseconds; never negative. */
    static long duration(String flag, String v, Messages msg) throws Failure {
        long nanos;
        try {
            nanos = servicelab.text.GoDuration.parseNanos(v);
        } catch (IllegalArgumentException e) {
            throw new Failure(2, msg.get("badDuration", flag, v, e.getMessage()));
        }
        if (nanos < 0) {
            throw new Failure(2, msg.get("negativeDuration", flag, v));
        }
        return nanos / 1_000_000;
    }

    /** --seed as pflag's int64 reads it (strconv.ParseInt base 0). */
    static long seed(String flag, String v, Messages msg) throws Failure {
        Object n = servicelab.manifest.GoYaml.parseGoInt(v);
        if (!(n instanceof Long l)) {
            throw new Failure(2, msg.get("badNumber", flag, v));
        }
        return l;
    }

    /**
     * Reads, checks and applies the FILEs to a new simulation, then lets it settle, makes the
     * --unready pods fail their readiness checks from time 0, and advances the clock.
     */
    Simulation build(Messages msg, PrintStream out) throws Failure {
        if (files.isEmpty()) {
            throw new Failure(2, msg.get("noFiles"));
        }
        List<KubeObject> objects = checkedObjects(msg, out);
        World world = World.defaults();
        if (nftables) {
            world = world.withProxyMode(World.ProxyMode.NFTABLES);
        }
        if (ipvs) {
            world = world.withProxyMode(World.ProxyMode.IPVS);
        }
        if (noLoadBalancer) {
            world = world.withLoadBalancer(false);
        }
        Simulation sim = new Simulation(world, seed);
        try {
            sim.apply(objects);
        } catch (Simulation.TooBig e) {
            throw new Failure(1, msg.get("tooBig", e.pods(), Simulation.MAX_PODS));
        }
        markUnready(sim, msg);
        if (!sim.settle() || advanceMillis > 0 && !sim.advance(advanceMillis)) {
            out.println(msg.get("budget", Simulation.MAX_STEPS_PER_ADVANCE));
        }
        return sim;
    }

    /**
     * Reads and checks every FILE, printing its errors; the objects of all of them, or a
     * failure once all were checked when any was invalid.
     */
    private List<KubeObject> checkedObjects(Messages msg, PrintStream out) throws Failure {
        ManifestChecker checker = new ManifestChecker();
        ServiceAllocator allocator = new ServiceAllocator(seed);
        Set<String> created = new HashSet<>();
        List<KubeObject> objects = new ArrayList<>();
        boolean invalid = false;
        for (String f : files) {
            String text = readFile(f, msg);
            if (text == null) {
                out.println(f + ":1:1: " + msg.get("error") + ": yaml: invalid UTF-8 text");
                invalid = true;
                continue;
            }
            CheckReport r = checker.check(ManifestParser.parse(text), allocator, created);
            for (Diagnostic d : r.errors()) {
                out.println(f + ":" + d.line() + ":" + d.column() + ": " + msg.get("error") + ": " + d.message());
                for (String l : d.explanation().split("\n")) {
                    out.println("    " + l);
                }
            }
            invalid |= !r.valid();
            objects.addAll(r.objects());
        }
        if (invalid) {
            throw new Failure(1, msg.get("invalidFiles"));
        }
        return objects;
    }

    /** The file's text, or null when it is not UTF-8 text. */
    private static String readFile(String f, Messages msg) throws Failure {
        try {
            return CheckCommand.read(Path.of(f));
        } catch (IOException | RuntimeException e) {
            throw new Failure(2, CheckCommand.unreadable(msg, f, e));
        }
    }

    /** Makes the --unready pods fail their readiness checks from time 0. */
    private void markUnready(Simulation sim, Messages msg) throws Failure {
        for (String u : unready) {
            String name = u.startsWith("pod/") ? u.substring(4) : u;
            PodRuntime p = sim.findPod(name);
            if (p == null) {
                throw new Failure(1, msg.get("noPod", u));
            }
            if (!sim.setReadinessFailing(p, true)) {
                throw new Failure(1, msg.get("noReadinessProbe", u));
            }
        }
    }
}
