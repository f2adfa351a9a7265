package servicelab.sim;

/** The senders of CLI.md's client specs: external, external:IP, a named outside client, pod/NAME, pod/NS/NAME. */
final class Clients {
    private Clients() {
    }

    static Router.Client of(Simulation sim, String spec) {
        if (spec == null || spec.equals("external")) {
            return new Router.Client("laptop", sim.world.externalClients().getOrDefault("laptop", "203.0.113.50"), true, null);
        }
        if (spec.startsWith("external:")) {
            String ip = spec.substring("external:".length());
            return Ipv4.isIp(ip) ? new Router.Client(ip, ip, true, null) : null;
        }
        if (sim.world.externalClients().containsKey(spec)) {
            return new Router.Client(spec, sim.world.externalClients().get(spec), true, null);
        }
        if (spec.startsWith("pod/")) {
            PodRuntime p = sim.findPod(spec.substring(4));
            // a pod that does not run yet has no network to send from
            return p == null || p.ip == 0 ? null : new Router.Client(spec, Ipv4.format(p.ip), false, p);
        }
        return null;
    }
}
