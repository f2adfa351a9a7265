package servicelab.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.kubectl.Kubectl.Result;
import servicelab.manifest.ManifestEditor;

/** {@code kubectl create service|deployment} (and {@code create -f}, which is apply without updates). */
final class CreateCommand {
    /** What {@code kubectl create service} without a subcommand prints: its help, with exit code 1. */
    private static final String SERVICE_HELP = """
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
            """;

    private final Kubectl k;

    CreateCommand(Kubectl k) {
        this.k = k;
    }

    Result run(List<String> args) throws Argv.BadFlag {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            if (args.contains("-f") || args.stream().anyMatch(s -> s.startsWith("--filename"))) {
                return k.apply.run(args, true);
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
        if (what.equals("ingress") || what.equals("ing")) {
            return new CreateIngress(k).run(args.subList(1, args.size()), this);
        }
        return Result.error("error: unknown command \"" + what + "\" for \"kubectl create\"");
    }

    private Result createService(List<String> args) throws Argv.BadFlag {
        if (args.isEmpty()) {
            // kubectl prints the command's help, exit code 1
            return Result.error(SERVICE_HELP);
        }
        String type = serviceType(args.get(0));
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
        Result badPort = tcpPorts(a, type, ports);
        if (badPort != null) {
            return badPort;
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

    /** The Service type a {@code create service} subcommand makes, or null. */
    private static String serviceType(String subcommand) {
        return switch (subcommand) {
            case "clusterip" -> "ClusterIP";
            case "nodeport" -> "NodePort";
            case "loadbalancer" -> "LoadBalancer";
            case "externalname" -> "ExternalName";
            default -> null;
        };
    }

    /** Adds the ports of {@code --tcp port[:targetPort],...} to ports; the error for a port that is no number, else null. */
    private static Result tcpPorts(Argv a, String type, List<Object> ports) throws Argv.BadFlag {
        Long nodePort = a.intFlag("--node-port", "--node-port", 64);
        for (String tcp : a.all("--tcp")) {
            for (String one : tcp.split(",")) {
                // kubectl's parsePorts: the port as a 16-bit unsigned number, the name the whole
                // specifier with ':' turned to '-', the target its second part (a third is ignored)
                String[] pt = one.split(":", -1);
                String bad = uint16Error(pt[0]);
                if (bad != null) {
                    return Result.error("error: strconv.ParseUint: parsing " + servicelab.text.GoStrings.quote(pt[0]) + ": " + bad);
                }
                int port = Integer.parseInt(pt[0]);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", one.replace(':', '-'));
                p.put("port", port);
                p.put("protocol", "TCP");
                Integer target = pt.length > 1 ? Kubectl.parsePort(pt[1]) : Integer.valueOf(port);
                p.put("targetPort", target != null ? (Object) target : pt[1]);
                if (type.equals("NodePort") && nodePort != null) {
                    p.put("nodePort", nodePort);
                }
                ports.add(p);
            }
        }
        return null;
    }

    /** Why strconv.ParseUint(s, 10, 16) refuses s, or null when it takes it. */
    static String uint16Error(String s) {
        if (!s.matches("[0-9]+")) {
            return "invalid syntax";
        }
        return s.replaceFirst("^0+(?=.)", "").length() > 5 || Integer.parseInt(s.replaceFirst("^0+(?=.)", "")) > 65535
                ? "value out of range" : null;
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
        Long replicas = a.intFlag("--replicas", "-r, --replicas", 32);
        Long containerPort = a.intFlag("--port", "--port", 32);
        if (replicas != null && replicas < 0) {
            return Result.error("error: replicas must not be negative");
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
            // create_deployment.go sets the port on the first container only
            if (containerPort != null && containerPort >= 0 && containers.isEmpty()) {
                c.put("ports", List.of(Map.of("containerPort", containerPort)));
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
        spec.put("replicas", replicas == null ? 1 : replicas);
        spec.put("selector", Map.of("matchLabels", labels));
        spec.put("strategy", Map.of());
        spec.put("template", template);
        return createObject(a, Resources.DEPLOYMENTS, "apps/v1", name, labels, spec, Map.of());
    }

    /** Prints (dry run) or adds an object built by create; the added document carries no server fields. */
    private Result createObject(Argv a, Resources r, String apiVersion, String name, Map<String, String> labels,
                                Map<String, Object> spec, Map<String, Object> status) {
        return createObject(a, r, apiVersion, name, labels, null, spec, status);
    }

    Result createObject(Argv a, Resources r, String apiVersion, String name, Map<String, String> labels,
                        Map<String, String> annotations, Map<String, Object> spec, Map<String, Object> status) {
        String dryRun = Argv.UNCHANGED.equals(a.get("--dry-run")) ? "client" : a.get("--dry-run");
        if (dryRun != null && !Set.of("client", "server", "none").contains(dryRun)) {
            return Result.error("error: Invalid dry-run value (" + dryRun + "). Must be \"none\", \"server\", or \"client\".");
        }
        boolean dry = dryRun != null && !dryRun.equals("none");
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", apiVersion);
        obj.put("kind", r.kind);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (annotations != null) {
            meta.put("annotations", annotations);
        }
        meta.put("creationTimestamp", null);
        if (labels != null) {
            meta.put("labels", labels);
        }
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
            return Kubectl.printObject(obj, output, r, name);
        }
        if (Kubectl.find(k.current(), r.kind, "default", name) != null) {
            String what = r.plural + (r.group.isEmpty() ? "" : "." + r.group) + " \"" + name + "\" already exists";
            // create service wraps the server's answer with the type it tried to create
            return Result.error(r == Resources.SERVICES
                    ? "error: failed to create " + ((Map<?, ?>) spec).get("type") + " service: " + what
                    : "error: failed to create " + (r == Resources.INGRESSES ? "ingress" : "deployment") + ": " + what);
        }
        String invalid = Kubectl.invalid(obj, r, name);
        if (invalid != null) {
            return Result.error(r == Resources.SERVICES
                    ? "error: failed to create " + ((Map<?, ?>) spec).get("type") + " service: " + invalid
                    : "error: failed to create " + (r == Resources.INGRESSES ? "ingress" : "deployment") + ": " + invalid);
        }
        k.edit(ManifestEditor.of(k.host().text()).addDocument(Kubectl.clean(obj)));
        return output == null ? Result.ok(r.ref(name) + " created\n") : Kubectl.printObject(obj, output, r, name);
    }
}
