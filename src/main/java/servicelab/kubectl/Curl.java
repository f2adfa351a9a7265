package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.sim.ContainerBehaviour;
import servicelab.sim.Router;
import servicelab.sim.SimPod;
import servicelab.sim.Trace;
import servicelab.sim.Url;

/**
 * curl (8.x wording) and BusyBox wget inside a pod: options read as curl reads them, URLs checked
 * as curl checks them ({@link Url}), then the request travels the network model. Every failure
 * ends in the tool's own message and exit code; kubectl adds "command terminated with exit code N".
 */
final class Curl {
    private static final String TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";
    /** curl options that take a value, long and short. */
    private static final Set<String> VALUED = Set.of("--max-time", "--connect-timeout", "--output", "--header", "--request",
            "--data", "--user-agent", "--resolve", "--write-out", "--user", "--referer", "--proxy", "--noproxy", "--cookie",
            "--retry", "-m", "-o", "-H", "-X", "-d", "-A", "-w", "-u", "-e", "-x", "-b");
    private static final Set<String> FLAGS = Set.of("--silent", "--show-error", "--include", "--head", "--verbose", "--fail",
            "--location", "--insecure", "--http1.1", "--http2", "--compressed", "--no-progress-meter", "--ipv4", "--ipv6",
            "-s", "-S", "-i", "-I", "-v", "-f", "-L", "-k", "-4", "-6", "-N", "-#");
    private static final Map<Character, String> SHORT_LONG = Map.of('s', "--silent", 'S', "--show-error", 'i', "--include",
            'I', "--head", 'v', "--verbose");

    private final Kubectl k;

    Curl(Kubectl k) {
        this.k = k;
    }

    /** What the command line asked for. */
    private static final class Options {
        boolean silent;
        boolean showErrors;
        boolean head;
        boolean include;
        String resolve;
        final List<String> urls = new ArrayList<>();
    }

    Kubectl.Result curl(SimPod from, ContainerBehaviour files, List<String> argv) {
        Options o = new Options();
        String bad = options(argv, o);
        if (bad != null) {
            return Exec.exit(bad, 2);
        }
        if (o.urls.isEmpty()) {
            return Exec.exit(argv.isEmpty() ? TRY : "curl: (2) no URL specified\n" + TRY, 2);
        }
        StringBuilder out = new StringBuilder();
        int code = 0;
        for (String url : o.urls) {
            code = transfer(from, files, url, o, out);
        }
        return Exec.exit(out.toString(), code);
    }

    /** Reads the options into o; the message and usage line for a bad option, else null. */
    private static String options(List<String> argv, Options o) {
        for (int i = 0; i < argv.size(); i++) {
            String s = argv.get(i);
            if (s.isEmpty()) {
                // curl 8.6+: printed even with -s
                return "curl: option : blank argument where content is expected\n" + TRY;
            }
            if (!s.startsWith("-") || s.equals("-")) {
                o.urls.add(s);
                continue;
            }
            if (s.startsWith("--")) {
                String name = s.contains("=") ? s.substring(0, s.indexOf('=')) : s;
                if (VALUED.contains(name)) {
                    if (i + 1 >= argv.size()) {
                        return "curl: option " + name + ": requires parameter\n" + TRY;
                    }
                    take(o, name, argv.get(++i));
                } else if (FLAGS.contains(name)) {
                    flag(o, name);
                } else {
                    return "curl: option " + s + ": is unknown\n" + TRY;
                }
                continue;
            }
            for (int c = 1; c < s.length(); c++) {
                String one = "-" + s.charAt(c);
                if (VALUED.contains(one)) {
                    String value = c + 1 < s.length() ? s.substring(c + 1) : i + 1 < argv.size() ? argv.get(++i) : null;
                    if (value == null) {
                        return "curl: option " + one + ": requires parameter\n" + TRY;
                    }
                    take(o, one, value);
                    break;
                }
                if (!FLAGS.contains(one)) {
                    return "curl: option " + s + ": is unknown\n" + TRY;
                }
                flag(o, SHORT_LONG.getOrDefault(s.charAt(c), one));
            }
        }
        return null;
    }

    private static void flag(Options o, String name) {
        switch (name) {
            case "--silent" -> o.silent = true;
            case "--show-error" -> o.showErrors = true;
            case "--head" -> o.head = true;
            case "--include" -> o.include = true;
            default -> {
            }
        }
    }

    private static void take(Options o, String name, String value) {
        if (name.equals("--resolve")) {
            // host:port:address, as curl --resolve pins a name to an address
            String[] p = value.split(":", 3);
            o.resolve = p.length == 3 ? p[2] + ":" + p[1] : null;
        }
    }

    /** One URL: appends what curl prints and returns its exit code. */
    private int transfer(SimPod from, ContainerBehaviour files, String url, Options o, StringBuilder out) {
        Object u = Url.parse(url);
        if (u instanceof Url.Refused r) {
            return fail(out, o, r.curlLine(), r.code());
        }
        Url.Parsed p = (Url.Parsed) u;
        if (p.scheme().equals("file")) {
            String path = p.path();
            String content = Exec.fileContent(k, from, files, path);
            if (content == null) {
                return fail(out, o, "curl: (37) Couldn't open file " + path, 37);
            }
            out.append(content);
            return 0;
        }
        if (p.host().contains(":")) {
            // the cluster is IPv4 only: nothing listens on an IPv6 address from inside a pod
            return fail(out, o, "curl: (7) Failed to connect to " + p.host() + " port " + p.port()
                    + " after 0 ms: Could not connect to server", 7);
        }
        Router router = k.sim().router();
        Trace t = router.send(router.client("pod/" + from.namespace() + "/" + from.name()), p.normalized(), o.resolve);
        String host = p.host();
        int port = p.port();
        switch (t.outcome()) {
            case NXDOMAIN:
                return fail(out, o, "curl: (6) Could not resolve host: " + host, 6);
            case REFUSED:
                return fail(out, o, "curl: (7) Failed to connect to " + host + " port " + port
                        + " after 0 ms: Could not connect to server", 7);
            case TIMEOUT:
                // the kernel gives up on the SYN after about 130 s; curl reports it as a timeout (lib/connect.c)
                return fail(out, o, "curl: (28) Failed to connect to " + host + " port " + port
                        + " after 130000 ms: Could not connect to server", 28);
            default:
                break;
        }
        String body = Exec.body(t, host);
        if (o.head || o.include) {
            int status = Exec.status(t);
            String line = "HTTP/1.1 " + status + " " + Exec.reason(status) + "\r\n\r\n";
            body = o.head ? line : line + body;
        }
        out.append(body);
        return 0;
    }

    private static int fail(StringBuilder out, Options o, String line, int code) {
        if (!o.silent || o.showErrors) {
            out.append(line).append('\n');
        }
        return code;
    }

    /** BusyBox wget: -q, -O FILE (- for stdout), -S; every failure exits 1. */
    Kubectl.Result wget(SimPod from, List<String> argv) {
        boolean quiet = false;
        String url = null;
        for (int i = 0; i < argv.size(); i++) {
            String s = argv.get(i);
            if (s.equals("-O") || s.equals("-T") || s.equals("-U") || s.equals("--header")) {
                i++;
            } else if (s.startsWith("-") && s.length() > 1) {
                quiet |= s.contains("q");
            } else {
                url = s;
            }
        }
        if (url == null) {
            return Exec.exit("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] "
                    + "[-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n"
                    + "\t[-P DIR] [-U AGENT] [-T SEC] URL...\n", 1);
        }
        Object u = Url.parse(url);
        if (u instanceof Url.Refused || u instanceof Url.Parsed p && (p.scheme().equals("file") || p.host().contains(":"))) {
            return Exec.exit("wget: bad address '" + url + "'\n", 1);
        }
        Url.Parsed p = (Url.Parsed) u;
        Router router = k.sim().router();
        Trace t = router.send(router.client("pod/" + from.namespace() + "/" + from.name()), p.normalized());
        String connecting = quiet ? "" : "Connecting to " + p.host() + ":" + p.port() + "\n";
        return switch (t.outcome()) {
            case NXDOMAIN -> Exec.exit(connecting + "wget: bad address '" + p.host() + ":" + p.port() + "'\n", 1);
            case REFUSED -> Exec.exit(connecting + "wget: can't connect to remote host: Connection refused\n", 1);
            case TIMEOUT -> Exec.exit(connecting + "wget: download timed out\n", 1);
            default -> {
                int status = Exec.status(t);
                yield status >= 400
                        ? Exec.exit(connecting + "wget: server returned error: HTTP/1.1 " + status + " " + Exec.reason(status) + "\n", 1)
                        : Kubectl.Result.ok(connecting + Exec.body(t, p.host()));
            }
        };
    }
}
