package servicelab.sim;

/**
 * The request targets of CLI.md: a URL, or {@code svc/NAME[:PORT]}, {@code nodeport/NAME[@NODE]},
 * {@code lb/NAME}, {@code ingress/HOST/PATH}. Shared by the CLI and the exercise checker.
 */
public final class Targets {
    private Targets() {
    }

    /** Where to send: the URL, and the address to connect to instead of resolving its host (or null). */
    public record Target(String url, String connectTo) {
    }

    /** Why a target could not be resolved: a message key and its argument. */
    public static final class Unresolvable extends Exception {
        public final String key;
        public final String arg;
        public final boolean usage;

        Unresolvable(String key, String arg, boolean usage) {
            super(key + " " + arg);
            this.key = key;
            this.arg = arg;
            this.usage = usage;
        }
    }

    public static Target resolve(Simulation sim, String to) throws Unresolvable {
        if (to.contains("://")) {
            return new Target(to, null);
        }
        String[] parts = to.split("/", 2);
        if (parts.length < 2) {
            throw new Unresolvable("badTarget", to, true);
        }
        String rest = parts[1];
        return switch (parts[0]) {
            case "svc" -> serviceTarget(sim, rest, to);
            case "nodeport" -> nodePortTarget(sim, rest);
            case "lb" -> loadBalancerTarget(sim, rest);
            case "ingress" -> {
                String host = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                String path = rest.contains("/") ? rest.substring(rest.indexOf('/')) : "/";
                yield new Target("http://" + host + path, sim.world().ingressExternalIP());
            }
            default -> throw new Unresolvable("badTarget", to, true);
        };
    }

    /** {@code svc/NAME[:PORT]}: the cluster IP, or the DNS name when there is none. */
    private static Target serviceTarget(Simulation sim, String rest, String to) throws Unresolvable {
        String name = rest;
        Integer port = null;
        if (rest.contains(":")) {
            name = rest.substring(0, rest.indexOf(':'));
            try {
                port = Integer.parseInt(rest.substring(rest.indexOf(':') + 1));
            } catch (NumberFormatException e) {
                throw new Unresolvable("badTarget", to, true);
            }
        }
        SimService s = service(sim, name);
        int p = port != null ? port : s.ports().isEmpty() ? 80 : s.ports().get(0).port();
        if (s.headless() || s.isExternalName()) {
            // no cluster IP: the name is all a client has
            return new Target("http://" + s.name() + "." + s.namespace() + ".svc." + sim.world().clusterDomain() + ":" + p + "/", null);
        }
        return new Target("http://" + s.clusterIP() + ":" + p + "/", null);
    }

    /** {@code nodeport/NAME[@NODE]}: the node's IP and the Service's first nodePort. */
    private static Target nodePortTarget(Simulation sim, String rest) throws Unresolvable {
        String name = rest;
        String node = sim.world().nodes().get(0).name();
        if (rest.contains("@")) {
            name = rest.substring(0, rest.indexOf('@'));
            node = rest.substring(rest.indexOf('@') + 1);
        }
        SimService s = service(sim, name);
        NodeInfo n = sim.world().node(node);
        if (n == null) {
            throw new Unresolvable("noNode", node, false);
        }
        Integer np = s.ports().stream().map(SimService.Port::nodePort).filter(x -> x != null).findFirst().orElse(null);
        if (np == null) {
            throw new Unresolvable("noNodePort", name, false);
        }
        return new Target("http://" + n.ip() + ":" + np + "/", null);
    }

    /** {@code lb/NAME}: the load balancer's IP and the first port. */
    private static Target loadBalancerTarget(Simulation sim, String rest) throws Unresolvable {
        SimService s = service(sim, rest);
        if (!"LoadBalancer".equals(s.type())) {
            throw new Unresolvable("notLoadBalancer", rest, false);
        }
        if (s.loadBalancerIP() == null) {
            throw new Unresolvable("lbPending", rest, false);
        }
        return new Target("http://" + s.loadBalancerIP() + ":" + s.ports().get(0).port() + "/", null);
    }

    private static SimService service(Simulation sim, String name) throws Unresolvable {
        String ns = "default";
        String n = name;
        if (name.contains("/")) {
            ns = name.substring(0, name.indexOf('/'));
            n = name.substring(name.indexOf('/') + 1);
        }
        SimService s = sim.service(ns, n);
        if (s == null) {
            throw new Unresolvable("noService", name, false);
        }
        return s;
    }
}
