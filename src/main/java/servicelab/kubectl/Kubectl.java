package servicelab.kubectl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.manifest.ManifestEditor;
import servicelab.model.KubeObject;
import servicelab.sim.Simulation;
import servicelab.sim.World;

/**
 * The console's kubectl: the commands the lessons use, with kubectl's output formats and error
 * messages, over the manifest text and the simulation. Desired-state commands (create, expose,
 * apply, scale, delete of a declared object, label of a declared object) change the manifest text
 * through {@link ManifestEditor}, as diagram edits do; runtime commands (delete or label a
 * controller's pod, exec) act on the simulation, as they would on a live cluster.
 */
public final class Kubectl {
    /** What the console works on: the manifest text, its check, and the simulated cluster. */
    public interface Host {
        /** The manifest text (the editor's). */
        String text();

        /** The check of {@link #text()}: a command runs only once the text it reads is checked. */
        CheckReport report();

        /** Changes the manifest text (one undoable change); the cluster follows before the next command runs. */
        void edit(ManifestEditor.Edit edit);

        /** The simulated cluster; runtime commands (delete a controller's pod, label, exec) act on it. */
        Simulation simulation();

        /** The check whose objects the cluster holds (the last valid one, or a never-valid text's valid part). */
        CheckReport shown();

        /** The editor's file name, which {@code apply -f} also accepts for the editor's text; may be null. */
        default String fileName() {
            return null;
        }

        /** A file as kubectl reads it: bounded, invalid UTF-8 replaced (the parser then names what is wrong). */
        default String readFile(String path) throws IOException {
            return servicelab.text.TextFiles.readLenient(Path.of(path), servicelab.manifest.ManifestText.MAX_BYTES);
        }

        /** The files {@code apply -f DIR} reads: .json, .yaml and .yml, in lexical order, no subfolders; null when not a folder. */
        default List<String> listFolder(String path) throws IOException {
            Path dir = Path.of(path);
            if (!Files.isDirectory(dir)) {
                return null;
            }
            try (var s = Files.list(dir)) {
                return s.filter(f -> !Files.isDirectory(f))
                        .filter(f -> f.getFileName().toString().matches(".*\\.(json|yaml|yml)"))
                        .map(Path::toString).sorted().toList();
            }
        }
    }

    /** What a command printed (stdout and stderr in order) and its exit code. */
    public record Result(String output, int exitCode) {
        static Result ok(String out) {
            return new Result(out, 0);
        }

        static Result error(String out) {
            return new Result(out.endsWith("\n") ? out : out + "\n", 1);
        }
    }

    /** kubectl's answer when a command names no resource at all. */
    static final String NO_RESOURCES = "error: You must provide one or more resources by argument or filename.\n"
            + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

    /** kubectl's answer when a type is named but no object. */
    static final String NO_NAME = "error: resource(s) were provided, but no name was specified";

    private final Host host;
    /** The objects of each type as get, describe, completion and delete --all list them. */
    final ObjectRows rows = new ObjectRows(this);
    private final GetPrinter getPrinter = new GetPrinter(rows::items, true);
    private final DescribePrinter describePrinter = new DescribePrinter(this, rows);
    /** apply remembers what it last applied, and create -f shares that memory: one per console. */
    final ApplyCommand apply = new ApplyCommand(this);

    public Kubectl(Host host) {
        this.host = host;
    }

    Simulation sim() {
        return host.simulation();
    }

    Host host() {
        return host;
    }

    World world() {
        return host.simulation().world();
    }

    /** The stored object of the cluster's shown check, or null. */
    KubeObject shownObject(String kind, String namespace, String name) {
        DocumentReport d = LiveCluster.documentIn(host.shown(), kind, namespace, name);
        return d == null ? null : d.object();
    }

    /** Runs one console line ({@code kubectl get svc} or just {@code get svc}). */
    public Result run(String line) {
        List<String> words = Argv.split(line.strip());
        if (!words.isEmpty() && (words.get(0).equals("kubectl") || words.get(0).equals("k"))) {
            words = words.subList(1, words.size());
        }
        return run(words);
    }

    public Result run(List<String> words) {
        if (words.isEmpty()) {
            return Result.ok("");
        }
        String verb = words.get(0);
        List<String> args = words.subList(1, words.size());
        try {
            Result r = switch (verb) {
                case "get" -> get(args);
                case "describe" -> describe(args);
                case "create" -> new CreateCommand(this).run(args);
                case "expose" -> new ExposeCommand(this).run(args);
                case "apply" -> apply.run(args, false);
                case "delete" -> new DeleteCommand(this).run(args);
                case "scale" -> new ScaleCommand(this).run(args);
                case "label" -> new LabelCommand(this).run(args);
                case "exec" -> new Exec(this).run(args);
                default -> Result.error("error: unknown command \"" + verb + "\" for \"kubectl\"");
            };
            if (r.exitCode() == 0 && args.contains("--dry-run") && (verb.equals("create") || verb.equals("expose"))) {
                r = new Result(dryRunWarning(java.time.LocalDateTime.now()) + r.output(), 0);
            }
            return r;
        } catch (Argv.BadFlag e) {
            return Result.error("error: " + e.getMessage() + "\nSee 'kubectl " + helpPath(words) + " --help' for usage.");
        }
    }

    /** klog's line for a bare --dry-run (kubectl's GetDryRunStrategy), stamped as klog stamps it. */
    static String dryRunWarning(java.time.LocalDateTime now) {
        return String.format("W%02d%02d %s %7d helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\n",
                now.getMonthValue(), now.getDayOfMonth(), now.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS")),
                ProcessHandle.current().pid());
    }

    /** The (sub)command cobra names in its hint: "create deployment", "create service nodeport", or the verb. */
    static String helpPath(List<String> words) {
        StringBuilder path = new StringBuilder(words.get(0));
        if (!words.get(0).equals("create")) {
            return path.toString();
        }
        List<String> subs = words.subList(1, words.size()).stream().filter(w -> !w.startsWith("-")).toList();
        if (!subs.isEmpty() && java.util.Set.of("ingress", "ing").contains(subs.get(0))) {
            path.append(" ingress");
        } else if (!subs.isEmpty() && java.util.Set.of("deployment", "deploy", "service", "svc").contains(subs.get(0))) {
            boolean service = subs.get(0).startsWith("s");
            path.append(service ? " service" : " deployment");
            if (service && subs.size() > 1 && java.util.Set.of("clusterip", "nodeport", "loadbalancer", "externalname").contains(subs.get(1))) {
                path.append(' ').append(subs.get(1));
            }
        }
        return path.toString();
    }

    /** The words the console completes after what is typed so far. */
    public static List<String> completions(String typed, Kubectl k) {
        List<String> words = Argv.split(typed);
        boolean fresh = typed.isEmpty() || Character.isWhitespace(typed.charAt(typed.length() - 1));
        if (!words.isEmpty() && words.get(0).equals("kubectl")) {
            words = words.subList(1, words.size());
        }
        String prefix = fresh || words.isEmpty() ? "" : words.get(words.size() - 1);
        List<String> done = fresh ? words : words.subList(0, Math.max(0, words.size() - 1));
        List<String> options = new ArrayList<>();
        if (done.isEmpty()) {
            options.addAll(List.of("get", "describe", "create", "expose", "apply", "delete", "scale", "label", "exec"));
        } else if (done.size() == 1 && done.get(0).equals("create")) {
            options.addAll(List.of("service", "deployment", "ingress"));
        } else if (done.size() == 2 && done.get(0).equals("create") && done.get(1).equals("service")) {
            options.addAll(List.of("clusterip", "nodeport", "loadbalancer", "externalname"));
        } else if (done.size() == 1 && done.get(0).equals("exec")) {
            k.sim().userPods().forEach(p -> options.add(p.name()));
        } else if (done.size() == 1) {
            options.addAll(List.of("pods", "services", "svc", "endpoints", "endpointslices", "ingress", "deployments",
                    "deploy", "rc", "rs", "nodes"));
        } else if (done.size() == 2) {
            Resources r = Resources.of(done.get(1));
            if (r != null) {
                options.addAll(k.rows.names(r));
            }
        }
        return options.stream().filter(o -> o.startsWith(prefix)).sorted().toList();
    }

    // ------------------------------------------------------------------ helpers

    /** The current text's documents (checked now, so a command sees what was just typed). */
    CheckReport current() {
        return host.report();
    }

    static DocumentReport find(CheckReport r, String kind, String namespace, String name) {
        for (DocumentReport d : r.documents()) {
            if (kind.equals(d.kind()) && name.equals(d.name()) && namespace.equals(d.namespace() == null ? "default" : d.namespace())) {
                return d;
            }
        }
        return null;
    }

    /** The objects the cluster holds of a kind (from the shown check), in document order. */
    <T extends KubeObject> List<T> objects(Class<T> type) {
        List<T> out = new ArrayList<>();
        CheckReport r = host.shown();
        if (r == null) {
            return out;
        }
        for (KubeObject o : r.objects()) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    static String notFound(Resources r, String name) {
        return "Error from server (NotFound): " + r.plural + (r.group.isEmpty() ? "" : "." + r.group) + " \"" + name + "\" not found";
    }

    /**
     * Commands change the manifest text, so they cannot change a document that does not parse: the
     * error that says so (null when the document can be edited).
     */
    static Result unparsable(CheckReport now, DocumentReport d, Resources r, String name) {
        servicelab.manifest.YamlDocument doc = now.parsed().documents().get(d.index());
        if (doc.ok()) {
            return null;
        }
        return Result.error("error: " + r.plural + (r.group.isEmpty() ? "" : "." + r.group) + " \"" + name
                + "\" cannot be changed: its document in the manifest has a YAML error on line " + doc.error().line()
                + "; fix the YAML first");
    }

    /**
     * What the API server answers to creating this object, when it refuses it: {@code Kind "name" is
     * invalid: } and the field errors (in brackets when there are several); null when it is valid.
     * kubectl checks no names itself, so this is the only check create and expose get.
     */
    static String invalid(Map<String, Object> obj, Resources r, String name) {
        List<String> errors = serverErrors(obj);
        if (errors.isEmpty()) {
            return null;
        }
        String kind = r.kind + (r.group.isEmpty() ? "" : "." + r.group);
        return kind + " " + servicelab.text.GoStrings.quote(name) + " is invalid: "
                + (errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]");
    }

    /** The field errors the API server gives for the object (empty when it accepts it). */
    static List<String> serverErrors(Map<String, Object> obj) {
        String yaml = servicelab.manifest.YamlWriter.write(clean(obj), 0);
        CheckReport report = new servicelab.check.ManifestChecker().check(yaml);
        if (report.documents().isEmpty() || report.documents().get(0).valid()) {
            return List.of();
        }
        return report.documents().get(0).errors().stream().map(d -> d.message()).toList();
    }

    /** kubectl's printing of an Invalid status: one cause on the line, several as a list. */
    static String invalidStatus(String kind, String name, List<String> errors) {
        return "The " + kind + " " + servicelab.text.GoStrings.quote(name) + " is invalid: "
                + (errors.size() == 1 ? errors.get(0) : "\n* " + String.join("\n* ", errors));
    }

    void edit(ManifestEditor.Edit e) {
        host.edit(e);
    }

    /** A number, or null when the word is none (the commands then print kubectl's strconv error). */
    static Integer parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code -o jsonpath=TEMPLATE} of data (an object, or get's List); no newline is added, as kubectl adds none. */
    static Result jsonPath(String template, Object data) {
        try {
            return Result.ok(JsonPath.execute(template, data));
        } catch (JsonPath.Failure f) {
            return new Result("error: " + f.getMessage() + "\n", 1); // kubectl's own newline after the message's blank lines
        }
    }

    /** {@code -o yaml|json|name} of an object create or expose built. */
    static Result printObject(Map<String, Object> obj, String output, Resources r, String name) {
        if (output.startsWith("jsonpath=")) {
            return jsonPath(output.substring("jsonpath=".length()), obj);
        }
        return switch (output) {
            case "yaml" -> Result.ok(KubeYaml.yaml(obj));
            case "json" -> Result.ok(KubeYaml.json(obj));
            case "name" -> Result.ok(r.ref(name) + "\n");
            default -> Result.error("error: unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml");
        };
    }

    /**
     * The document a command adds to the manifest: what a learner would write, in the usual order
     * (apiVersion, kind, metadata, spec), without the server's empty fields.
     */
    @SuppressWarnings("unchecked")
    static Object clean(Object data) {
        if (data instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            List<String> order = new ArrayList<>(List.of("apiVersion", "kind", "metadata", "name", "labels", "spec"));
            List<String> keys = new ArrayList<>((java.util.Collection<String>) m.keySet());
            keys.sort((x, y) -> {
                int ix = order.indexOf(x);
                int iy = order.indexOf(y);
                return ix >= 0 && iy >= 0 ? Integer.compare(ix, iy) : ix >= 0 ? -1 : iy >= 0 ? 1 : 0;
            });
            for (String k : keys) {
                Object v = m.get(k);
                if (k.equals("status") || k.equals("creationTimestamp") || k.equals("strategy") || k.equals("resources")) {
                    continue;
                }
                out.put(k, clean(v));
            }
            return out;
        }
        if (data instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(clean(o));
            }
            return out;
        }
        return data;
    }

    // ------------------------------------------------------------------ get / describe

    private Result get(List<String> args) throws Argv.BadFlag {
        Argv a = getArgs(args);
        return a.positional.isEmpty() ? NO_TYPE_TO_GET : getPrinter.get(a);
    }

    private Result describe(List<String> args) throws Argv.BadFlag {
        Argv a = describeArgs(args);
        return a.positional.isEmpty() ? NO_TYPE_TO_DESCRIBE : describePrinter.describe(a);
    }

    /** get's flags (a real cluster's console reads the same ones). */
    static Argv getArgs(List<String> args) throws Argv.BadFlag {
        return Argv.parse(args, Set.of("-o", "--output", "-l", "--selector", "-n", "--namespace"),
                Set.of("-A", "--all-namespaces", "--show-labels", "-w", "--watch"),
                Map.of("-o", "--output", "-l", "--selector", "-n", "--namespace", "-A", "--all-namespaces"));
    }

    static Argv describeArgs(List<String> args) throws Argv.BadFlag {
        return Argv.parse(args, Set.of("-n", "--namespace", "-l", "--selector"), Set.of(),
                Map.of("-n", "--namespace", "-l", "--selector"));
    }

    static final Result NO_TYPE_TO_GET = Result.error(
            "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\n"
            + "error: Required resource not specified.\n"
            + "Use \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\n"
            + "See 'kubectl get -h' for help and examples");

    static final Result NO_TYPE_TO_DESCRIBE = Result.error(
            "error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.");

    /** A resource named by the first words, as TYPE NAME or TYPE/NAME: the type and name, or kubectl's error. */
    record Named(Resources type, String name, Result error) {
        static Named of(List<String> positional) {
            if (positional.isEmpty()) {
                return new Named(null, null, Result.error(NO_RESOURCES));
            }
            String typeWord = positional.get(0);
            String name = positional.size() > 1 ? positional.get(1) : null;
            if (typeWord.contains("/")) {
                name = typeWord.substring(typeWord.indexOf('/') + 1);
                typeWord = typeWord.substring(0, typeWord.indexOf('/'));
            }
            Resources r = Resources.of(typeWord);
            if (r == null) {
                return new Named(null, null, Result.error("error: the server doesn't have a resource type \"" + typeWord + "\""));
            }
            return name == null ? new Named(r, null, Result.error(NO_NAME)) : new Named(r, name, null);
        }
    }
}
