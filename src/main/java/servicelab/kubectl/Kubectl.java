package servicelab.kubectl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import servicelab.sim.PodRuntime;
import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.check.ManifestChecker;
import servicelab.manifest.ManifestEditor;
import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.Deployment;
import servicelab.model.KubeObject;
import servicelab.model.PodTemplateSpec;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;
import servicelab.sim.Simulation;
import servicelab.workspace.Workspace;

/**
 * The console's kubectl: the commands the lessons use, with kubectl's output formats and error
 * messages, over the manifest text and the simulation. Desired-state commands (create, expose,
 * apply, scale, delete of a declared object, label of a declared object) change the manifest text
 * through {@link ManifestEditor}, as diagram edits do; runtime commands (delete or label a
 * controller's pod, exec) act on the simulation, as they would on a live cluster.
 */
public final class Kubectl {
    /** What the console works on. */
    public interface Host {
        Workspace workspace();

        /** The manifest text (the editor's). */
        String text();

        /** Replaces the manifest text (one undoable edit); the workspace shows the result before this returns. */
        void setText(String text);

        /** The editor's file name, which {@code apply -f} also accepts for the editor's text; may be null. */
        default String fileName() {
            return null;
        }

        default String readFile(String path) throws IOException {
            return Files.readString(Path.of(path));
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

    private final Host host;
    private final ManifestChecker checker = new ManifestChecker();
    final Printers printers = new Printers(this);
    /** kubectl apply's memory of what it last applied, per object (kind/namespace/name → document text). */
    private final Map<String, String> lastApplied = new LinkedHashMap<>();

    public Kubectl(Host host) {
        this.host = host;
    }

    Workspace ws() {
        return host.workspace();
    }

    Simulation sim() {
        return host.workspace().simulation();
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
            return switch (verb) {
                case "get" -> get(args);
                case "describe" -> describe(args);
                case "create" -> create(args);
                case "expose" -> expose(args);
                case "apply" -> apply(args);
                case "delete" -> delete(args);
                case "scale" -> scale(args);
                case "label" -> label(args);
                case "exec" -> new Exec(this).run(args);
                default -> Result.error("error: unknown command \"" + verb + "\" for \"kubectl\"");
            };
        } catch (Argv.BadFlag e) {
            return Result.error("error: " + e.getMessage() + "\nSee 'kubectl " + verb + " --help' for usage.");
        }
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
            options.addAll(List.of("service", "deployment"));
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
                options.addAll(k.printers.names(r));
            }
        }
        return options.stream().filter(o -> o.startsWith(prefix)).sorted().toList();
    }

    // ------------------------------------------------------------------ helpers

    /** The current text's documents (checked now, so a command sees what was just typed). */
    CheckReport current() {
        return checker.check(host.text());
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
        CheckReport r = ws().shown();
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

    /** kubectl's answer when a type is named but no object. */
    private static final String NO_NAME = "error: resource(s) were provided, but no name was specified";

    private void edit(String text) {
        host.setText(text);
    }

    // ------------------------------------------------------------------ get / describe

    private Result get(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("-o", "--output", "-l", "--selector", "-n", "--namespace"),
                Set.of("-A", "--all-namespaces", "--show-labels", "-w", "--watch"),
                Map.of("-o", "--output", "-l", "--selector", "-n", "--namespace", "-A", "--all-namespaces"));
        if (a.positional.isEmpty()) {
            return Result.error("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\n"
                    + "error: Required resource not specified.\n"
                    + "Use \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\n"
                    + "See 'kubectl get -h' for help and examples");
        }
        return printers.get(a);
    }

    private Result describe(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("-n", "--namespace", "-l", "--selector"), Set.of(),
                Map.of("-n", "--namespace", "-l", "--selector"));
        if (a.positional.isEmpty()) {
            return Result.error("error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.");
        }
        return printers.describe(a);
    }

    // ------------------------------------------------------------------ create

    private Result create(List<String> args) throws Argv.BadFlag {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            if (args.contains("-f") || args.stream().anyMatch(s -> s.startsWith("--filename"))) {
                return apply(args, true);
            }
            return Result.error("error: must specify one of -f and -k");
        }
        String what = args.get(0);
        if (what.equals("deployment") || what.equals("deploy")) {
            return createDeployment(args.subList(1, args.size()));
        }
        if (what.equals("service") || what.equals("svc")) {
            return createService(args.subList(1, args.size()));
        }
        return Result.error("error: unknown command \"" + what + "\" for \"kubectl create\"");
    }

    private Result createService(List<String> args) throws Argv.BadFlag {
        if (args.isEmpty()) {
            // kubectl prints the command's help, exit code 1
            return Result.error("""
                    Create a service using a specified subcommand.

                    Aliases:
                    service, svc

                    Available Commands:
                      clusterip      Create a ClusterIP service
                      externalname   Create an ExternalName service
                      loadbalancer   Create a LoadBalancer service
                      nodeport       Create a NodePort service

                    Usage:
                      kubectl create service [flags] [options]

                    Use "kubectl create service <command> --help" for more information about a given command.
                    Use "kubectl options" for a list of global command-line options (applies to all commands).
                    """);
        }
        String type = switch (args.get(0)) {
            case "clusterip" -> "ClusterIP";
            case "nodeport" -> "NodePort";
            case "loadbalancer" -> "LoadBalancer";
            case "externalname" -> "ExternalName";
            default -> null;
        };
        if (type == null) {
            return Result.error("error: unknown command \"" + String.join(" ", args) + "\"\nSee 'kubectl create service -h' for help and examples");
        }
        Argv a = Argv.parse(args.subList(1, args.size()),
                Set.of("--tcp", "--node-port", "--external-name", "--clusterip", "--dry-run", "-o", "--output", "-n", "--namespace"),
                Set.of(), Map.of("-o", "--output", "-n", "--namespace"));
        if (a.positional.isEmpty()) {
            return Result.error("error: exactly one NAME is required, got 0\nSee 'kubectl create service " + args.get(0) + " -h' for help and examples");
        }
        if (a.positional.size() > 1) {
            return Result.error("error: exactly one NAME is required, got " + a.positional.size()
                    + "\nSee 'kubectl create service " + args.get(0) + " -h' for help and examples");
        }
        String name = a.positional.get(0);
        if (type.equals("ExternalName")) {
            if (a.get("--external-name") == null) {
                return Result.error("error: required flag(s) \"external-name\" not set");
            }
        } else if (a.all("--tcp").isEmpty() && !"None".equals(a.get("--clusterip"))) {
            return Result.error("error: at least one tcp port specifier must be provided");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        List<Object> ports = new ArrayList<>();
        for (String tcp : a.all("--tcp")) {
            for (String one : tcp.split(",")) {
                String[] pt = one.split(":", 2);
                Integer port = parsePort(pt[0]);
                if (port == null) {
                    return Result.error("error: strconv.ParseUint: parsing \"" + pt[0] + "\": invalid syntax");
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", pt.length > 1 ? pt[0] + "-" + pt[1] : pt[0]);
                p.put("port", port);
                p.put("protocol", "TCP");
                Integer target = pt.length > 1 ? parsePort(pt[1]) : port;
                p.put("targetPort", target != null ? (Object) target : pt[1]);
                if (type.equals("NodePort") && a.get("--node-port") != null) {
                    p.put("nodePort", Integer.parseInt(a.get("--node-port")));
                }
                ports.add(p);
            }
        }
        if (!ports.isEmpty()) {
            spec.put("ports", ports);
        }
        spec.put("selector", Map.of("app", name)); // kubectl sets it for ExternalName too
        if (a.get("--clusterip") != null) {
            spec.put("clusterIP", a.get("--clusterip"));
        }
        if (type.equals("ExternalName")) {
            spec.put("externalName", a.get("--external-name"));
        }
        spec.put("type", type);
        return createObject(a, Resources.SERVICES, "v1", name, Map.of("app", name), spec, Map.of("loadBalancer", Map.of()));
    }

    private static Integer parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Result createDeployment(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("--image", "--replicas", "-r", "--port", "--dry-run", "-o", "--output", "-n", "--namespace"),
                Set.of(), Map.of("-o", "--output", "-r", "--replicas", "-n", "--namespace"));
        if (a.positional.size() != 1) {
            return Result.error("error: exactly one NAME is required, got " + a.positional.size()
                    + "\nSee 'kubectl create deployment -h' for help and examples");
        }
        String name = a.positional.get(0);
        if (a.all("--image").isEmpty()) {
            return Result.error("error: required flag(s) \"image\" not set");
        }
        Map<String, String> labels = Map.of("app", name);
        List<Object> containers = new ArrayList<>();
        List<String> images = a.all("--image");
        for (String image : images) {
            Map<String, Object> c = new LinkedHashMap<>();
            // kubectl names a single container after the image's last path element without its tag
            String base = image.contains("/") ? image.substring(image.lastIndexOf('/') + 1) : image;
            base = base.contains(":") ? base.substring(0, base.indexOf(':')) : base;
            base = base.contains("@") ? base.substring(0, base.indexOf('@')) : base;
            c.put("name", base);
            c.put("image", image);
            if (a.get("--port") != null) {
                c.put("ports", List.of(Map.of("containerPort", Integer.parseInt(a.get("--port")))));
            }
            c.put("resources", Map.of());
            containers.add(c);
        }
        Map<String, Object> template = new LinkedHashMap<>();
        Map<String, Object> tmeta = new LinkedHashMap<>();
        tmeta.put("creationTimestamp", null);
        tmeta.put("labels", labels);
        template.put("metadata", tmeta);
        template.put("spec", Map.of("containers", containers));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("replicas", a.get("--replicas") == null ? 1 : Integer.parseInt(a.get("--replicas")));
        spec.put("selector", Map.of("matchLabels", labels));
        spec.put("strategy", Map.of());
        spec.put("template", template);
        return createObject(a, Resources.DEPLOYMENTS, "apps/v1", name, labels, spec, Map.of());
    }

    /** Prints (dry run) or adds an object built by create; the added document carries no server fields. */
    private Result createObject(Argv a, Resources r, String apiVersion, String name, Map<String, String> labels,
                                Map<String, Object> spec, Map<String, Object> status) {
        String dryRun = a.get("--dry-run");
        if (dryRun != null && !Set.of("client", "server", "none").contains(dryRun)) {
            return Result.error("error: Invalid dry-run value (" + dryRun + "). Must be \"none\", \"server\", or \"client\".");
        }
        boolean dry = dryRun != null && !dryRun.equals("none");
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", apiVersion);
        obj.put("kind", r.kind);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("creationTimestamp", null);
        meta.put("labels", labels);
        meta.put("name", name);
        if (a.get("--namespace") != null) {
            meta.put("namespace", a.get("--namespace"));
        }
        obj.put("metadata", meta);
        obj.put("spec", spec);
        obj.put("status", status);
        String output = a.get("--output");
        if (dry) {
            if (output == null) {
                return Result.ok(r.ref(name) + " created (" + (dryRun.equals("server") ? "server " : "") + "dry run)\n");
            }
            return printObject(obj, output, r, name);
        }
        if (find(current(), r.kind, "default", name) != null) {
            String what = r.plural + (r.group.isEmpty() ? "" : "." + r.group) + " \"" + name + "\" already exists";
            // create service wraps the server's answer with the type it tried to create
            return Result.error(r == Resources.SERVICES
                    ? "error: failed to create " + ((Map<?, ?>) spec).get("type") + " service: " + what
                    : "error: failed to create deployment: " + what);
        }
        edit(ManifestEditor.of(host.text()).addDocument(clean(obj)).text());
        return output == null ? Result.ok(r.ref(name) + " created\n") : printObject(obj, output, r, name);
    }

    Result printObject(Map<String, Object> obj, String output, Resources r, String name) {
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

    // ------------------------------------------------------------------ expose

    private Result expose(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("--port", "--target-port", "--type", "--name", "--selector", "-l", "--protocol",
                        "--dry-run", "-o", "--output", "--labels", "--external-ip", "--session-affinity", "--cluster-ip"),
                Set.of(), Map.of("-o", "--output", "-l", "--labels"));
        if (a.positional.isEmpty()) {
            return Result.error(NO_RESOURCES);
        }
        String typeWord = a.positional.get(0);
        String name = a.positional.size() > 1 ? a.positional.get(1) : null;
        if (typeWord.contains("/")) {
            name = typeWord.substring(typeWord.indexOf('/') + 1);
            typeWord = typeWord.substring(0, typeWord.indexOf('/'));
        }
        Resources r = Resources.of(typeWord);
        if (r == null) {
            return Result.error("error: the server doesn't have a resource type \"" + typeWord + "\"");
        }
        if (name == null) {
            return Result.error(NO_NAME);
        }
        if (!Set.of(Resources.PODS, Resources.SERVICES, Resources.DEPLOYMENTS, Resources.REPLICASETS,
                Resources.REPLICATIONCONTROLLERS).contains(r)) {
            return Result.error("error: cannot expose a " + r.kind);
        }
        Map<String, String> selector = null;
        List<ContainerPort> containerPorts = new ArrayList<>();
        List<ServicePort> servicePorts = null;
        Map<String, String> labels = null;
        switch (r) {
            case PODS -> {
                SimPod sp = sim().userPods().stream().filter(x -> x.name().equals(nameOf(a))).findFirst().orElse(null);
                if (sp == null) {
                    return Result.error(notFound(r, nameOf(a)));
                }
                labels = new TreeMap<>(sp.labels());
                selector = labels.isEmpty() ? null : labels;
                containerPorts.addAll(sp.ports());
                if (selector == null && a.get("--selector") == null) {
                    return Result.error("error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed");
                }
            }
            case SERVICES -> {
                SimService s = sim().service("default", nameOf(a));
                if (s == null) {
                    return Result.error(notFound(r, nameOf(a)));
                }
                selector = s.selector() == null || s.selector().isEmpty() ? null : s.selector();
                Service svc = objects(Service.class).stream().filter(x -> x.name().equals(s.name())).findFirst().orElse(null);
                servicePorts = svc == null ? List.of() : svc.spec().portsOrEmpty();
                labels = svc == null || svc.metadata().labels() == null ? null : svc.metadata().labels();
                if (selector == null && a.get("--selector") == null) {
                    return Result.error("error: couldn't retrieve selectors via --selector flag or introspection: the service has no pod selector set");
                }
            }
            default -> {
                KubeObject o = workload(r, nameOf(a));
                if (o == null) {
                    return Result.error(notFound(r, nameOf(a)));
                }
                PodTemplateSpec t = template(o);
                if (o instanceof ReplicationController rc) {
                    selector = rc.selector() == null || rc.selector().isEmpty() ? t.labelsOrEmpty() : rc.selector();
                } else {
                    var ls = o instanceof Deployment d ? d.selector() : ((ReplicaSet) o).selector();
                    if (ls != null && ls.matchExpressions() != null && !ls.matchExpressions().isEmpty()) {
                        return Result.error("error: couldn't convert expressions - \"" + ls.matchExpressions().get(0).key()
                                + "\" to map-based selector format");
                    }
                    selector = ls == null ? null : ls.matchLabels();
                }
                labels = o.metadata().labels() == null ? null : o.metadata().labels();
                for (Container c : t.spec().containersOrEmpty()) {
                    if (c.ports() != null) {
                        containerPorts.addAll(c.ports());
                    }
                }
            }
        }
        if (a.get("--selector") != null) {
            selector = new LinkedHashMap<>();
            for (String kv : a.get("--selector").split(",")) {
                String[] p = kv.split("=", 2);
                selector.put(p[0], p.length > 1 ? p[1] : "");
            }
        }
        String svcName = a.get("--name") != null ? a.get("--name") : nameOf(a);
        String protocol = a.get("--protocol") != null ? a.get("--protocol") : "TCP";
        List<Object> ports = new ArrayList<>();
        if (a.get("--port") != null) {
            String[] list = a.get("--port").split(",");
            for (int i = 0; i < list.length; i++) {
                Integer port = parsePort(list[i]);
                if (port == null) {
                    return Result.error("error: strconv.Atoi: parsing \"" + list[i] + "\": invalid syntax");
                }
                Map<String, Object> p = new LinkedHashMap<>();
                if (list.length > 1) {
                    p.put("name", "port-" + (i + 1));
                }
                p.put("port", port);
                p.put("protocol", protocol);
                p.put("targetPort", a.get("--target-port") != null ? portValue(a.get("--target-port")) : port);
                ports.add(p);
            }
        } else if (servicePorts != null && !servicePorts.isEmpty()) {
            for (ServicePort sp : servicePorts) {
                Map<String, Object> p = new LinkedHashMap<>();
                if (sp.name() != null && servicePorts.size() > 1) {
                    p.put("name", sp.name());
                }
                p.put("port", sp.port());
                p.put("protocol", sp.protocol() == null ? "TCP" : sp.protocol());
                p.put("targetPort", a.get("--target-port") != null ? portValue(a.get("--target-port"))
                        : sp.targetPort() == null ? sp.port() : sp.targetPort().intValue() != null
                        ? (Object) sp.targetPort().intValue() : sp.targetPort().strValue());
                ports.add(p);
            }
        } else if (!containerPorts.isEmpty()) {
            for (int i = 0; i < containerPorts.size(); i++) {
                ContainerPort cp = containerPorts.get(i);
                Map<String, Object> p = new LinkedHashMap<>();
                if (containerPorts.size() > 1) {
                    p.put("name", "port-" + (i + 1));
                }
                p.put("port", cp.containerPort());
                p.put("protocol", cp.protocol() == null ? "TCP" : cp.protocol());
                p.put("targetPort", a.get("--target-port") != null ? portValue(a.get("--target-port")) : cp.containerPort());
                ports.add(p);
            }
        } else {
            return Result.error("error: couldn't find port via --port flag or introspection");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("ports", ports);
        spec.put("selector", selector);
        if (a.get("--type") != null) {
            String t = a.get("--type");
            String canon = switch (t.toLowerCase(java.util.Locale.ROOT)) {
                case "clusterip" -> "ClusterIP";
                case "nodeport" -> "NodePort";
                case "loadbalancer" -> "LoadBalancer";
                case "externalname" -> "ExternalName";
                default -> null;
            };
            if (canon == null) {
                return Result.error("The Service \"" + svcName + "\" is invalid: spec.type: Unsupported value: \"" + t
                        + "\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"");
            }
            spec.put("type", canon);
        }
        if (a.get("--session-affinity") != null) {
            spec.put("sessionAffinity", a.get("--session-affinity"));
        }
        if (a.get("--cluster-ip") != null) {
            spec.put("clusterIP", a.get("--cluster-ip"));
        }
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Service");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("creationTimestamp", null);
        if (labels != null && !labels.isEmpty()) {
            Map<String, String> l = new TreeMap<>(labels);
            l.remove("pod-template-hash");
            meta.put("labels", l);
        }
        meta.put("name", svcName);
        obj.put("metadata", meta);
        obj.put("spec", spec);
        obj.put("status", Map.of("loadBalancer", Map.of()));
        String dryRun = a.get("--dry-run");
        if (dryRun != null && !dryRun.equals("none")) {
            return a.get("--output") == null ? Result.ok("service/" + svcName + " exposed (" + (dryRun.equals("server") ? "server " : "") + "dry run)\n")
                    : printObject(obj, a.get("--output"), Resources.SERVICES, svcName);
        }
        if (find(current(), "Service", "default", svcName) != null) {
            return Result.error("Error from server (AlreadyExists): services \"" + svcName + "\" already exists");
        }
        edit(ManifestEditor.of(host.text()).addDocument(clean(obj)).text());
        return a.get("--output") == null ? Result.ok("service/" + svcName + " exposed\n")
                : printObject(obj, a.get("--output"), Resources.SERVICES, svcName);
    }

    private static String nameOf(Argv a) {
        String first = a.positional.get(0);
        return first.contains("/") ? first.substring(first.indexOf('/') + 1) : a.positional.get(1);
    }

    private static Object portValue(String s) {
        Integer n = parsePort(s);
        return n != null ? (Object) n : s;
    }

    KubeObject workload(Resources r, String name) {
        Class<? extends KubeObject> type = switch (r) {
            case DEPLOYMENTS -> Deployment.class;
            case REPLICASETS -> ReplicaSet.class;
            case REPLICATIONCONTROLLERS -> ReplicationController.class;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        return objects(type).stream().filter(o -> o.name().equals(name) && "default".equals(o.namespaceOrDefault()))
                .findFirst().orElse(null);
    }

    static PodTemplateSpec template(KubeObject o) {
        if (o instanceof Deployment d) {
            return d.template();
        }
        if (o instanceof ReplicaSet rs) {
            return rs.template();
        }
        return ((ReplicationController) o).template();
    }

    // ------------------------------------------------------------------ apply

    private Result apply(List<String> args) throws Argv.BadFlag {
        return apply(args, false);
    }

    private Result apply(List<String> args, boolean createOnly) throws Argv.BadFlag {
        String verb = createOnly ? "create" : "apply";
        Argv a = Argv.parse(args, Set.of("-f", "--filename", "--dry-run", "-o", "--output"), Set.of(),
                Map.of("-f", "--filename", "-o", "--output"));
        if (a.all("--filename").isEmpty()) {
            return Result.error("error: must specify one of -f and -k\n\nSee 'kubectl " + verb + " -h' for help and examples");
        }
        StringBuilder out = new StringBuilder();
        for (String file : a.all("--filename")) {
            boolean editors = file.equals("-") || file.equals(host.fileName());
            String text;
            if (editors) {
                text = host.text();
            } else {
                try {
                    text = host.readFile(file);
                } catch (IOException e) {
                    return Result.error("error: the path \"" + file + "\" does not exist");
                }
            }
            CheckReport incoming = checker.check(text);
            if (!incoming.valid()) {
                DocumentReport bad = incoming.documents().stream().filter(d -> !d.valid()).findFirst().orElse(null);
                String why = bad == null || bad.errors().isEmpty() ? "invalid manifest" : bad.errors().get(0).message();
                if (bad != null && bad.kind() != null && bad.name() != null) {
                    return Result.error("The " + bad.kind() + " \"" + bad.name() + "\" is invalid: " + why);
                }
                return Result.error("error: error parsing " + file + ": " + why);
            }
            String merged = host.text();
            for (DocumentReport d : incoming.documents()) {
                if (d.kind() == null) {
                    continue;
                }
                Resources r = resourceOfKind(d.kind());
                String key = d.kind() + "/" + ns(d) + "/" + d.name();
                String docText = docText(incoming, d);
                String ref = r == null ? d.kind().toLowerCase(java.util.Locale.ROOT) + "/" + d.name() : r.ref(d.name());
                if (editors) {
                    String before = lastApplied.put(key, docText);
                    if (createOnly && find(ws().shown() == null ? incoming : ws().shown(), d.kind(), ns(d), d.name()) != null && before != null) {
                        out.append("Error from server (AlreadyExists): error when creating \"").append(file)
                                .append("\": ").append(r == null ? d.kind() : r.plural).append(" \"").append(d.name()).append("\" already exists\n");
                        continue;
                    }
                    out.append(ref).append(before == null ? " created" : before.equals(docText) ? " unchanged" : " configured").append('\n');
                    continue;
                }
                CheckReport now = checker.check(merged);
                DocumentReport existing = find(now, d.kind(), ns(d), d.name());
                if (existing == null) {
                    merged = ManifestEditor.of(merged).addDocument(docText).text();
                    out.append(ref).append(" created\n");
                } else if (createOnly) {
                    out.append("Error from server (AlreadyExists): error when creating \"").append(file).append("\": ")
                            .append(r == null ? d.kind() : r.plural).append(" \"").append(d.name()).append("\" already exists\n");
                } else if (docText(now, existing).strip().equals(docText.strip())) {
                    out.append(ref).append(" unchanged\n");
                } else {
                    merged = replaceDocument(merged, now, existing, docText);
                    out.append(ref).append(" configured\n");
                }
                lastApplied.put(key, docText);
            }
            if (!merged.equals(host.text())) {
                edit(merged);
            }
        }
        boolean failed = out.toString().contains("Error from server");
        return new Result(out.toString(), failed ? 1 : 0);
    }

    private static String ns(DocumentReport d) {
        return d.namespace() == null ? "default" : d.namespace();
    }

    static Resources resourceOfKind(String kind) {
        for (Resources r : Resources.values()) {
            if (r.kind.equals(kind)) {
                return r;
            }
        }
        return null;
    }

    /** A document's own lines (without its {@code ---} marker). */
    static String docText(CheckReport r, DocumentReport d) {
        String[] lines = r.parsed().text().split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = d.startLine(); i <= Math.min(d.endLine(), lines.length); i++) {
            String l = lines[i - 1];
            if (sb.length() == 0 && l.startsWith("---")) {
                continue;
            }
            sb.append(l).append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static String replaceDocument(String text, CheckReport r, DocumentReport d, String newDoc) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        int first = d.startLine();
        if (first <= lines.length && lines[first - 1].startsWith("---")) {
            first++;
        }
        // keep trailing blank or comment lines of the old document where they were
        int last = d.endLine();
        for (int i = 1; i < first; i++) {
            sb.append(lines[i - 1]).append('\n');
        }
        sb.append(newDoc);
        for (int i = last + 1; i <= lines.length; i++) {
            sb.append(lines[i - 1]);
            if (i < lines.length) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ delete / scale / label

    private Result delete(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("-l", "--selector", "-n", "--namespace", "--grace-period"),
                Set.of("--all", "--now", "--force", "--wait"), Map.of("-l", "--selector", "-n", "--namespace"));
        if (a.positional.isEmpty()) {
            return Result.error(NO_RESOURCES);
        }
        List<String[]> targets = new ArrayList<>();
        Resources r = null;
        for (String p : a.positional) {
            if (p.contains("/")) {
                Resources rr = Resources.of(p.substring(0, p.indexOf('/')));
                if (rr == null) {
                    return Result.error("error: the server doesn't have a resource type \"" + p.substring(0, p.indexOf('/')) + "\"");
                }
                targets.add(new String[] {rr.name(), p.substring(p.indexOf('/') + 1)});
            } else if (r == null && targets.isEmpty()) {
                r = Resources.of(p);
                if (r == null) {
                    return Result.error("error: the server doesn't have a resource type \"" + p + "\"");
                }
            } else {
                targets.add(new String[] {r.name(), p});
            }
        }
        if (targets.isEmpty() && r != null) {
            if (a.has("--all") || a.get("--selector") != null) {
                for (String n : printers.names(r, a.get("--selector"))) {
                    targets.add(new String[] {r.name(), n});
                }
                if (targets.isEmpty()) {
                    return Result.ok("No resources found\n");
                }
            } else {
                return Result.error(NO_NAME);
            }
        }
        StringBuilder out = new StringBuilder();
        int code = 0;
        for (String[] t : targets) {
            Resources rt = Resources.valueOf(t[0]);
            String name = t[1];
            String err = deleteOne(rt, name);
            if (err != null) {
                out.append(err).append('\n');
                code = 1;
            } else {
                out.append(rt.singular).append(" \"").append(name).append("\" deleted\n");
            }
        }
        return new Result(out.toString(), code);
    }

    private String deleteOne(Resources r, String name) {
        CheckReport now = current();
        DocumentReport d = find(now, r.kind, "default", name);
        if (d != null) {
            edit(ManifestEditor.of(host.text()).removeDocument(d.index()).text());
            return null;
        }
        if (r == Resources.PODS) {
            PodRuntime p = sim().pod("default", name);
            if (p != null) {
                sim().deletePod(p); // a controller's pod: the controller will replace it
                ws().changed();
                return null;
            }
        }
        return notFound(r, name);
    }

    private Result scale(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("--replicas", "--current-replicas"), Set.of(), Map.of());
        if (a.get("--replicas") == null) {
            return Result.error("error: required flag(s) \"replicas\" not set");
        }
        if (a.positional.isEmpty()) {
            return Result.error(NO_RESOURCES);
        }
        String typeWord = a.positional.get(0);
        String name = a.positional.size() > 1 ? a.positional.get(1) : null;
        if (typeWord.contains("/")) {
            name = typeWord.substring(typeWord.indexOf('/') + 1);
            typeWord = typeWord.substring(0, typeWord.indexOf('/'));
        }
        Resources r = Resources.of(typeWord);
        if (r == null) {
            return Result.error("error: the server doesn't have a resource type \"" + typeWord + "\"");
        }
        if (name == null) {
            return Result.error(NO_NAME);
        }
        Integer replicas = parsePort(a.get("--replicas"));
        if (replicas == null || replicas < 0) {
            return Result.error("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
        }
        if (!Set.of(Resources.DEPLOYMENTS, Resources.REPLICASETS, Resources.REPLICATIONCONTROLLERS).contains(r)) {
            return Result.error("error: no scaler has been implemented for {\"" + r.group + "\" \"" + r.kind + "\"}");
        }
        CheckReport now = current();
        DocumentReport d = find(now, r.kind, "default", name);
        if (d == null) {
            return Result.error("error: no objects passed to scale " + r.plural + (r.group.isEmpty() ? "" : "." + r.group)
                    + " \"" + name + "\" not found");
        }
        edit(ManifestEditor.of(host.text()).set(d.index(), List.of("spec", "replicas"), replicas).text());
        return Result.ok(r.ref(name) + " scaled\n");
    }

    private Result label(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("-n", "--namespace"), Set.of("--overwrite", "--list"), Map.of("-n", "--namespace"));
        if (a.positional.isEmpty()) {
            return Result.error("error: one or more resources must be specified as <resource> <name> or <resource>/<name>");
        }
        String typeWord = a.positional.get(0);
        int next = 1;
        String name;
        if (typeWord.contains("/")) {
            name = typeWord.substring(typeWord.indexOf('/') + 1);
            typeWord = typeWord.substring(0, typeWord.indexOf('/'));
        } else {
            name = a.positional.size() > 1 ? a.positional.get(1) : null;
            next = 2;
        }
        Resources r = Resources.of(typeWord);
        if (r == null) {
            return Result.error("error: the server doesn't have a resource type \"" + typeWord + "\"");
        }
        if (name == null || name.contains("=")) {
            return Result.error("error: one or more resources must be specified as <resource> <name> or <resource>/<name>");
        }
        Map<String, String> add = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        for (String kv : a.positional.subList(Math.min(next, a.positional.size()), a.positional.size())) {
            if (kv.endsWith("-") && !kv.contains("=")) {
                remove.add(kv.substring(0, kv.length() - 1));
            } else if (kv.contains("=")) {
                add.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            } else {
                return Result.error("error: at least one label update is required");
            }
        }
        if (add.isEmpty() && remove.isEmpty()) {
            return Result.error("error: at least one label update is required");
        }
        Map<String, String> have;
        CheckReport now = current();
        DocumentReport d = find(now, r.kind, "default", name);
        PodRuntime runtime = null;
        if (d != null) {
            have = d.object() == null || d.object().metadata().labels() == null ? Map.of() : d.object().metadata().labels();
        } else if (r == Resources.PODS && (runtime = sim().pod("default", name)) != null) {
            PodRuntime pr = runtime;
            have = sim().userPods().stream().filter(p -> p.name().equals(pr.name())).findFirst().map(SimPod::labels).orElse(Map.of());
        } else {
            return Result.error(notFound(r, name));
        }
        if (!a.has("--overwrite")) {
            for (var e : add.entrySet()) {
                if (have.containsKey(e.getKey()) && !have.get(e.getKey()).equals(e.getValue())) {
                    return Result.error("error: '" + e.getKey() + "' already has a value (" + have.get(e.getKey())
                            + "), and --overwrite is false");
                }
            }
        }
        Map<String, String> result = new LinkedHashMap<>(have);
        result.putAll(add);
        remove.forEach(result::remove);
        if (result.equals(have)) {
            return Result.ok(r.ref(name) + " not labeled\n");
        }
        if (d != null) {
            String text = host.text();
            for (var e : add.entrySet()) {
                text = ManifestEditor.of(text).set(d.index(), List.of("metadata", "labels", e.getKey()), e.getValue()).text();
            }
            for (String k : remove) {
                if (have.containsKey(k)) {
                    text = ManifestEditor.of(text).remove(d.index(), List.of("metadata", "labels", k)).text();
                }
            }
            edit(text);
        } else {
            sim().setLabels(runtime, result); // a controller's pod: the live object changes, its template does not
            ws().changed();
        }
        return Result.ok(r.ref(name) + (add.isEmpty() ? " unlabeled\n" : " labeled\n"));
    }
}
