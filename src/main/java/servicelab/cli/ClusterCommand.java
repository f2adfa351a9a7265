package servicelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import servicelab.check.Diagnostic;
import servicelab.check.ManifestChecker;
import servicelab.realcluster.ClusterException;
import servicelab.realcluster.Connect;
import servicelab.realcluster.KubeConfigs;
import servicelab.realcluster.KubeContext;
import servicelab.realcluster.RealCluster;
import servicelab.realcluster.RealEvent;
import servicelab.realcluster.RealWatch;
import servicelab.realcluster.SceneApply;
import servicelab.realcluster.Sources;
import servicelab.text.Json;
import servicelab.text.Messages;

/**
 * {@code servicelab cluster contexts | apply | watch} (CLI.md): the real-cluster bridge from the
 * command line. Failures to reach, find or be allowed into a cluster print one line and exit 2.
 */
final class ClusterCommand {

    private final Messages msg;
    private final PrintStream out;
    private final PrintStream err;
    private final Sources sources;
    /** Counted down to end a watch (tests); a real watch ends with the process. */
    final CountDownLatch stop = new CountDownLatch(1);

    ClusterCommand(Messages msg, PrintStream out, PrintStream err, Sources sources) {
        this.msg = msg;
        this.out = out;
        this.err = err;
        this.sources = sources;
    }

    private static final class Options {
        boolean json;
        boolean dryRun;
        String context;
        final List<String> operands = new ArrayList<>();
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            err.println(msg.get("usage.cluster"));
            return 2;
        }
        if (args.get(0).equals("get") || args.get(0).equals("describe")) {
            return read(args);
        }
        Options o = new Options();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> o.json = true;
                case "--dry-run" -> o.dryRun = true;
                case "--context" -> {
                    if (++i >= args.size()) {
                        err.println(msg.get("missingValue", a));
                        return 2;
                    }
                    o.context = args.get(i);
                }
                default -> {
                    if (a.startsWith("--context=")) {
                        o.context = a.substring("--context=".length());
                    } else if (a.startsWith("-")) {
                        err.println(msg.get("unknownOption", a));
                        err.println(msg.get("usage.cluster"));
                        return 2;
                    } else {
                        o.operands.add(a);
                    }
                }
            }
        }
        try {
            return switch (args.get(0)) {
                case "contexts" -> contexts(o);
                case "apply" -> apply(o);
                case "watch" -> watch(o);
                case "bridge" -> bridge();
                default -> {
                    err.println(msg.get("cluster.unknown", args.get(0)));
                    err.println(msg.get("usage.cluster"));
                    yield 2;
                }
            };
        } catch (ClusterException e) {
            err.println(failure(e, o.context));
            return 2;
        }
    }

    /** The one line a failure prints. */
    String failure(ClusterException e, String context) {
        String m = e.getMessage();
        return "servicelab: " + switch (e.reason()) {
            case UNREACHABLE -> msg.get("cluster.unreachable", m);
            case FORBIDDEN -> msg.get("cluster.forbidden", m);
            case UNKNOWN_CONTEXT -> msg.get("cluster.unknownContext", m);
            case NOT_CONFIRMED -> msg.get("cluster.notConfirmed", m);
            case NO_BRIDGE -> msg.get("cluster.noBridge", m);
            case REFUSED -> msg.get("cluster.refused", m);
        };
    }

    private int contexts(Options o) throws ClusterException {
        KubeConfigs configs = sources.configs();
        if (o.json) {
            List<Object> list = new ArrayList<>();
            for (KubeContext c : configs.contexts()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", c.name());
                m.put("cluster", c.cluster());
                m.put("server", c.server());
                m.put("namespace", c.namespace());
                m.put("current", c.current());
                m.put("loopback", c.loopback());
                list.add(m);
            }
            out.println(Json.write(Map.of("contexts", list)));
            return 0;
        }
        if (configs.contexts().isEmpty()) {
            out.println(msg.get("cluster.noContexts", configs.files()));
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CURRENT", "NAME", "CLUSTER", "SERVER", "NAMESPACE", "LOCAL"});
        for (KubeContext c : configs.contexts()) {
            rows.add(new String[] {c.current() ? "*" : "", c.name(), c.cluster(), c.server(),
                c.namespace() == null ? "" : c.namespace(), c.loopback() ? "yes" : "no"});
        }
        out.print(table(rows));
        return 0;
    }

    static String table(List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) {
                    line.append(" ".repeat(w[i] - r[i].length() + 3));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** {@code cluster bridge}: downloads the bridge for an installed app that came without it. */
    private int bridge() throws ClusterException {
        java.nio.file.Path dir = servicelab.realcluster.BridgeInstall.install(p -> { });
        out.println(msg.get("cluster.bridgeInstalled", dir, String.format(java.util.Locale.ROOT, "%.1f",
                servicelab.realcluster.BridgeInstall.size() / 1e6)));
        return 0;
    }

    /**
     * {@code cluster get|describe [--context NAME] ARGS...}: the console's read-only kubectl against the
     * cluster, in the context's namespace unless -n says otherwise; kubectl's output and exit code.
     */
    private int read(List<String> args) {
        Options o = new Options();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--context") && i + 1 < args.size()) {
                o.context = args.get(++i);
            } else if (a.startsWith("--context=")) {
                o.context = a.substring("--context=".length());
            } else {
                words.add(a);
            }
        }
        try (RealCluster c = connect(o)) {
            servicelab.kubectl.Kubectl.Result r = servicelab.realcluster.RealConsole.kubectl(c, c.context().namespaceOrDefault()).run(words);
            (r.exitCode() == 0 ? out : err).print(r.output());
            return r.exitCode();
        } catch (ClusterException e) {
            err.println(failure(e, o.context));
            return 2;
        }
    }

    private RealCluster connect(Options o) throws ClusterException {
        // naming a context on the command line is the explicit confirmation a remote one needs
        return Connect.open(sources.configs(), o.context, o.context != null, sources.connector());
    }

    private int apply(Options o) throws ClusterException {
        if (o.operands.isEmpty()) {
            err.println(msg.get("usage.cluster"));
            return 2;
        }
        List<String> texts = new ArrayList<>();
        for (String f : o.operands) {
            try {
                String t = CheckCommand.read(Path.of(f));
                if (t == null) {
                    err.println(msg.get("notText"));
                    return 2;
                }
                texts.add(t);
            } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
                err.println(CheckCommand.unreadable(msg, f, e));
                return 2;
            }
        }
        String scene = Path.of(o.operands.get(0)).getFileName().toString().replaceAll("\\.(ya?ml|json)$", "");
        String namespace = SceneApply.namespaceFor(scene);
        try (RealCluster cluster = connect(o)) {
            return new ClusterApplyPrinter(msg, out, o.json).print(cluster, scene, namespace, o.operands, texts,
                    new ManifestChecker(), o.dryRun);
        }
    }

    private int watch(Options o) throws ClusterException {
        if (o.operands.size() != 1) {
            err.println(msg.get("usage.cluster"));
            return 2;
        }
        String namespace = o.operands.get(0);
        try (RealCluster cluster = connect(o); RealWatch w = cluster.watch(namespace, e -> print(e, o.json))) {
            stop.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private synchronized void print(RealEvent e, boolean json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type().name());
        if (e.object() != null) {
            m.putAll(e.object().summary());
        }
        if (json) {
            out.println(Json.write(m));
        } else {
            StringBuilder sb = new StringBuilder(e.type().name());
            for (var en : m.entrySet()) {
                if (!en.getKey().equals("type") && en.getValue() != null) {
                    sb.append(en.getKey().equals("kind") || en.getKey().equals("name") ? " " : " " + en.getKey() + "=")
                            .append(en.getValue() instanceof String s ? s : Json.write(en.getValue()));
                }
            }
            out.println(sb);
        }
        out.flush();
    }

    /** The app's errors for a document as JSON. */
    static List<Object> errorsJson(List<Diagnostic> errors) {
        List<Object> out = new ArrayList<>();
        for (Diagnostic d : errors) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", d.field());
            m.put("type", d.type() == null ? null : d.type().name());
            m.put("message", d.message());
            m.put("line", d.line());
            out.add(m);
        }
        return out;
    }
}
