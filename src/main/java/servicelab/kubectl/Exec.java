package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import servicelab.sim.PodRuntime;
import servicelab.sim.ClusterDns;
import servicelab.sim.ContainerBehaviour;
import servicelab.sim.DnsAnswer;
import servicelab.sim.DnsRecord;
import servicelab.sim.Router;
import servicelab.sim.SimPod;
import servicelab.sim.Simulation;
import servicelab.sim.Trace;

/**
 * {@code kubectl exec POD -- COMMAND}: the few programs the lessons run inside a container
 * (curl, nslookup, env, cat, touch, rm, ls, hostname), answered by the simulation: curl sends a
 * request through the network model, nslookup asks the cluster DNS, env prints what the kubelet
 * set, and touch/rm change the files an exec readiness probe looks at.
 */
final class Exec {
    private final Kubectl k;

    Exec(Kubectl k) {
        this.k = k;
    }

    Kubectl.Result run(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("-c", "--container", "-n", "--namespace"), Set.of("-i", "-t", "--stdin", "--tty"),
                Map.of("-c", "--container", "-n", "--namespace", "-i", "--stdin", "-t", "--tty"));
        if (a.positional.isEmpty()) {
            return Kubectl.Result.error("error: pod, type/name or --filename must be specified");
        }
        String podName = a.positional.get(0);
        if (podName.startsWith("pod/") || podName.startsWith("po/")) {
            podName = podName.substring(podName.indexOf('/') + 1);
        }
        if (a.rest == null || a.rest.isEmpty()) {
            if (a.positional.size() > 1) {
                return Kubectl.Result.error("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\n"
                        + "See 'kubectl exec -h' for help and examples");
            }
            return Kubectl.Result.error("error: you must specify at least one command for the container");
        }
        String ns = a.get("--namespace") == null ? "default" : a.get("--namespace");
        PodRuntime pod = k.sim().pod(ns, podName);
        if (pod == null) {
            return Kubectl.Result.error(Kubectl.notFound(Resources.PODS, podName));
        }
        SimPod view = k.sim().pods().stream().filter(p -> p.name().equals(pod.name()) && p.namespace().equals(ns))
                .findFirst().orElseThrow();
        if (view.ip() == null) {
            return Kubectl.Result.error("error: unable to upgrade connection: container not found (\"" + firstContainer(pod) + "\")");
        }
        String container = a.get("--container");
        if (container != null && !pod.containerNames().contains(container)) {
            return Kubectl.Result.error("error: unable to upgrade connection: container " + container + " not found in pod " + podName);
        }
        List<String> cmd = new ArrayList<>(a.rest);
        boolean viaShell = cmd.size() >= 3 && Set.of("sh", "/bin/sh", "bash", "/bin/bash").contains(cmd.get(0)) && cmd.get(1).equals("-c");
        if (viaShell) {
            cmd = Argv.split(cmd.get(2)); // sh -c 'curl -s http://kubia' is the same command
            if (cmd.isEmpty()) {
                return Kubectl.Result.ok(""); // sh -c '' does nothing, successfully
            }
        }
        String prog = cmd.get(0);
        String base = prog.contains("/") ? prog.substring(prog.lastIndexOf('/') + 1) : prog;
        if (!hasProgram(image(pod, container), base)) {
            // the shell looks the program up itself and says so (exit 127); without one the runtime refuses the exec
            return viaShell ? exit("sh: " + prog + ": not found\n", 127) : notFound(prog);
        }
        return program(view, pod.behaviour(container), prog, base, cmd.subList(1, cmd.size()));
    }

    /** What the program prints, run in the container with its files. */
    private Kubectl.Result program(SimPod view, ContainerBehaviour files, String prog, String base, List<String> argv) {
        return switch (base) {
            case "curl" -> new Curl(k).curl(view, files, argv);
            case "wget" -> new Curl(k).wget(view, argv);
            case "nslookup" -> nslookup(view, argv);
            case "env", "printenv" -> env(view, argv);
            case "hostname" -> Kubectl.Result.ok(view.name() + "\n");
            case "cat" -> cat(view, files, argv);
            case "touch" -> {
                for (String f : argv) {
                    files.files().add(f);
                }
                yield Kubectl.Result.ok("");
            }
            case "rm" -> rm(files, argv);
            case "ls" -> ls(files, argv);
            default -> notFound(prog);
        };
    }

    private static Kubectl.Result notFound(String prog) {
        return new Kubectl.Result("error: Internal error occurred: error executing command in container: failed to exec in container: "
                + "failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: \""
                + prog + "\": executable file not found in $PATH: unknown\n", 1);
    }

    /** The image of the container exec runs in: the named one, else the first. */
    private static String image(PodRuntime pod, String container) {
        if (pod.spec() == null) {
            return "";
        }
        return pod.spec().containersOrEmpty().stream().filter(c -> container == null || container.equals(c.name()))
                .map(c -> c.image() == null ? "" : c.image()).findFirst().orElse("");
    }

    /**
     * Whether the image ships the program. Only what we know for certain is refused: busybox is one
     * binary with applets (wget, nslookup, env, cat, ...) and no curl, which is why the lessons
     * send requests from busybox clients with wget. Other images are taken to have every tool.
     */
    static boolean hasProgram(String image, String program) {
        return !(ContainerBehaviour.imageName(image).equals("busybox") && program.equals("curl"));
    }

    private static String firstContainer(PodRuntime p) {
        return p.containerNames().isEmpty() ? "" : p.containerNames().get(0);
    }

    static Kubectl.Result exit(String out, int code) {
        return new Kubectl.Result(out + (code == 0 ? "" : "command terminated with exit code " + code + "\n"), code == 0 ? 0 : code);
    }

    /** What curl prints as the body of an answer. */
    static String body(Trace t, String host) {
        return switch (t.outcome()) {
            case HTTP_404 -> "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
                    + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
            case HTTP_500 -> "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
                    + "<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
            case HTTP_503 -> "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
                    + "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
            case REDIRECT -> ""; // a Gateway's redirect: the status and Location only (curl -i shows them)
            case EXTERNAL -> "<!doctype html><html><head><title>" + host + "</title></head><body>" + host + "</body></html>\n";
            default -> t.httpStatus() >= 400 ? t.httpStatus() + " " + reason(t.httpStatus()) + "\n" : "You've hit " + t.pod() + "\n";
        };
    }

    static int status(Trace t) {
        return switch (t.outcome()) {
            case HTTP_404 -> 404;
            case HTTP_500 -> 500;
            case HTTP_503 -> 503;
            default -> t.httpStatus() == 0 ? 200 : t.httpStatus();
        };
    }

    /** A file in the container as cat and curl file:// read it; null when there is none. */
    static String fileContent(Kubectl k, SimPod p, ContainerBehaviour files, String f) {
        return switch (f) {
            case "/etc/resolv.conf" -> "search " + p.namespace() + ".svc." + k.world().clusterDomain() + " svc."
                    + k.world().clusterDomain() + " " + k.world().clusterDomain() + "\nnameserver " + k.world().dnsIP()
                    + "\noptions ndots:5\n";
            case "/etc/hostname" -> p.name() + "\n";
            case "/etc/hosts" -> "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
                    + "fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n"
                    + p.ip() + "\t" + p.name() + "\n";
            case "/etc/passwd" -> "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n"
                    + "curl_user:x:100:101:Linux User,,,:/home/curl_user:/bin/sh\n";
            default -> files.files().contains(f) ? "" : null;
        };
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "";
        };
    }

    private Kubectl.Result nslookup(SimPod from, List<String> argv) {
        List<String> names = argv.stream().filter(s -> !s.startsWith("-")).toList();
        if (names.isEmpty()) {
            return exit("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\n"
                    + "Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n", 1);
        }
        String name = names.get(0);
        String type = argv.stream().filter(s -> s.startsWith("-type=") || s.startsWith("-query=") || s.startsWith("-q="))
                .map(s -> s.substring(s.indexOf('=') + 1).toUpperCase(java.util.Locale.ROOT)).findFirst().orElse("A");
        String dns = k.world().dnsIP();
        StringBuilder out = new StringBuilder();
        out.append("Server:\t\t").append(dns).append('\n');
        out.append("Address:\t").append(dns).append("#53\n\n");
        if (k.sim().policies.lookupFrom(from.namespace(), from.name()) != null) {
            // a NetworkPolicy drops the query on its way to kube-dns: busybox waits, then gives up
            return exit(";; connection timed out; no servers could be reached\n\n", 1);
        }
        DnsAnswer ans;
        try {
            ans = ClusterDns.resolve(k.sim().dnsView(), from.namespace(), name, type);
        } catch (IllegalArgumentException notAName) {
            ans = null; // "", "a..b", a label over 63 bytes: no server has such a name
        }
        if (ans == null || ans.nxdomain() || ans.answers().isEmpty()) {
            out.append("** server can't find ").append(name).append(": NXDOMAIN\n\n");
            return exit(out.toString(), 1);
        }
        for (DnsRecord r : ans.answers()) {
            String owner = r.name().endsWith(".") ? r.name().substring(0, r.name().length() - 1) : r.name();
            switch (r.type()) {
                case "CNAME" -> out.append(owner).append("\tcanonical name = ").append(r.value()).append('\n');
                case "A", "AAAA" -> out.append("Name:\t").append(owner).append('\n').append("Address: ").append(r.value()).append('\n');
                case "SRV" -> out.append(owner).append("\tservice = ").append(r.value()).append('\n');
                case "PTR" -> out.append(owner).append("\tname = ").append(r.value()).append('\n');
                default -> out.append(owner).append('\t').append(r.value()).append('\n');
            }
        }
        out.append('\n');
        return Kubectl.Result.ok(out.toString());
    }

    private Kubectl.Result env(SimPod p, List<String> argv) {
        Map<String, String> vars = new TreeMap<>(p.env());
        StringBuilder out = new StringBuilder();
        out.append("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n");
        out.append("HOSTNAME=").append(p.name()).append('\n');
        if (!argv.isEmpty()) {
            String v = argv.get(0).equals("HOSTNAME") ? p.name() : vars.get(argv.get(0));
            return v == null ? exit("", 1) : Kubectl.Result.ok(v + "\n");
        }
        vars.forEach((key, v) -> out.append(key).append('=').append(v).append('\n'));
        out.append("HOME=/root\n");
        return Kubectl.Result.ok(out.toString());
    }

    private Kubectl.Result cat(SimPod p, ContainerBehaviour files, List<String> argv) {
        StringBuilder out = new StringBuilder();
        int code = 0;
        for (String f : argv) {
            String content = fileContent(k, p, files, f);
            if (content == null) {
                out.append("cat: can't open '").append(f).append("': No such file or directory\n");
                code = 1;
            } else {
                out.append(content);
            }
        }
        return exit(out.toString(), code);
    }

    private Kubectl.Result rm(ContainerBehaviour files, List<String> argv) {
        boolean force = argv.stream().anyMatch(s -> s.startsWith("-") && s.contains("f"));
        StringBuilder out = new StringBuilder();
        int code = 0;
        for (String f : argv) {
            if (f.startsWith("-")) {
                continue;
            }
            if (!files.files().remove(f) && !force) {
                out.append("rm: cannot remove '").append(f).append("': No such file or directory\n");
                code = 1;
            }
        }
        return exit(out.toString(), code);
    }

    private Kubectl.Result ls(ContainerBehaviour files, List<String> argv) {
        StringBuilder out = new StringBuilder();
        int code = 0;
        for (String f : argv) {
            if (f.startsWith("-")) {
                continue;
            }
            if (files.files().contains(f)) {
                out.append(f).append('\n');
            } else {
                out.append("ls: cannot access '").append(f).append("': No such file or directory\n");
                code = 2;
            }
        }
        return exit(out.toString(), code);
    }
}
