package servicelab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends requests through the simulated cluster hop by hop, as the real components would:
 * name resolution (cluster DNS for pods, public DNS outside), the edge router, the cloud load
 * balancer, kube-proxy's NAT on the receiving node, the ingress controller, and the pod. Each
 * step is recorded in a {@link Trace} with the addresses before and after it and the reason.
 */
public final class Router {
    private final Simulation sim;
    /** Cookie jars of browser clients: client → cookie name → value. */
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    Router(Simulation sim) {
        this.sim = sim;
    }

    /** Who sends: an outside client (IP) or a pod (its IP, namespace and node). */
    public record Client(String id, String ip, boolean external, PodRuntime pod) {
        String node() {
            return pod == null ? null : pod.node;
        }
    }

    /** A URL's parts. */
    public record Target(String host, int port, String path) {
        /**
         * The URL as curl reads it ({@link Url}).
         *
         * @throws IllegalArgumentException with curl's message when curl would refuse the URL,
         *                                  or for a file: URL, which sends nothing
         */
        public static Target parse(String url) {
            Object u = Url.parse(url);
            if (u instanceof Url.Refused r) {
                throw new IllegalArgumentException(r.curlLine());
            }
            Url.Parsed p = (Url.Parsed) u;
            if (p.scheme().equals("file")) {
                throw new IllegalArgumentException("file: URLs are read in the container, not sent");
            }
            return new Target(p.host(), p.port(), p.path());
        }
    }

    /** Resolves a client spec of CLI.md: external, external:IP, a named outside client, pod/NAME, pod/NS/NAME. */
    public Client client(String spec) {
        return Clients.of(sim, spec);
    }

    /** An HTTP request's method and headers, for the routes that match on them (Gateway API). */
    public record Http(String method, Map<String, String> headers) {
        public static final Http GET = new Http("GET", Map.of());
    }

    public Trace send(Client c, String url) {
        return send(c, url, null);
    }

    public Trace send(Client c, String url, String connectTo) {
        return send(c, url, connectTo, Http.GET);
    }

    /**
     * Sends to a URL; with {@code connectTo} the client connects to that address instead of
     * resolving the URL's host, which still travels as the Host header (curl --resolve).
     */
    public Trace send(Client c, String url, String connectTo, Http http) {
        Flight f = new Flight(c, Target.parse(url));
        f.connectTo = connectTo;
        f.http = http;
        Trace t = f.run();
        sim.event("ev.request", c.id(), url, t.outcome(), t.pod() == null ? "-" : t.pod());
        return t;
    }

    /** One request on its way: collects hops and ends in an outcome. */
    private final class Flight implements GatewayFlight.Steps {
        final Client client;
        final Target target;
        final List<Hop> hops = new ArrayList<>();
        DnsAnswer dns;
        String src;
        String connectTo;
        Http http = Http.GET;
        /** The path the pod receives when a Gateway's URLRewrite changed it. */
        String pathSeen;
        /** Whether a proxy (ingress controller, Gateway) opened the connection the pod gets: its egress was checked there. */
        boolean proxied;

        Flight(Client client, Target target) {
            this.client = client;
            this.target = target;
            this.src = client.ip();
        }

        Trace end(Outcome o, Object... why) {
            return new Trace(o, null, null, null, null, dns, 0, hops);
        }

        /** The network plugin dropped the packet for a NetworkPolicy: the client waits in vain. */
        Trace dropped(NetworkPolicies.Drop d, String addr, String at) {
            hop("networkpolicy", at, addr, src, addr, "egress".equals(d.direction()) ? "hop.netpol.egress" : "hop.netpol.ingress",
                    d.direction(), d.policiesText(), addr);
            return end(Outcome.TIMEOUT);
        }

        /** A pod client's egress to an address outside the pods (a proxy, the Internet): null when it may send. */
        Trace egressTo(String dst, int port) {
            NetworkPolicies.Drop d = sim.policies.leaving(client, dst, port);
            return d == null ? null : dropped(d, dst + ":" + port, client.node());
        }

        @Override
        public void hop(String by, String at, String dstBefore, String srcAfter, String dstAfter, String key, Object... args) {
            hops.add(new Hop(by, at == null ? "" : at, src, dstBefore, srcAfter, dstAfter, key, List.of(args)));
            src = srcAfter;
        }

        Trace run() {
            String host = target.host();
            int port = target.port();
            String dst;
            if (connectTo != null) {
                dst = connectTo;
            } else if (Ipv4.isIp(host)) {
                dst = host;
            } else if (!client.external()) {
                NetworkPolicies.Drop blocked = sim.policies.check(NetworkPolicies.End.pod(client.pod()),
                        NetworkPolicies.End.dns(sim.world.dnsIP()), 53, "UDP");
                if (blocked != null) {
                    return dropped(blocked, sim.world.dnsIP() + ":53", client.node()); // the lookup never gets an answer
                }
                dns = ClusterDns.resolve(sim.dnsView(), client.pod().namespace, host, "A");
                String ip = dns.firstA();
                String cname = dns.firstCname();
                if (ip == null && cname != null) {
                    // an ExternalName: the pod's resolver follows the CNAME out to public DNS
                    String upstream = sim.dnsView().publicDns().get(stripDot(cname));
                    hop("dns", client.node(), sim.world.dnsIP() + ":53", src, sim.world.dnsIP() + ":53",
                            upstream == null ? "hop.dns.cnameNx" : "hop.dns.cname", host, stripDot(cname),
                            upstream == null ? "" : upstream);
                    if (upstream == null) {
                        return end(Outcome.NXDOMAIN);
                    }
                    dst = upstream;
                } else if (ip == null) {
                    hop("dns", client.node(), sim.world.dnsIP() + ":53", src, sim.world.dnsIP() + ":53",
                            "hop.dns.nxdomain", host, String.join(", ",
                                    ClusterDns.searchCandidates(client.pod().namespace, host, sim.world.clusterDomain())));
                    return end(Outcome.NXDOMAIN);
                } else {
                    hop("dns", client.node(), sim.world.dnsIP() + ":53", src, sim.world.dnsIP() + ":53",
                            dns.answers().size() > 1 && dns.answers().stream().filter(r -> r.type().equals("A")).count() > 1
                                    ? "hop.dns.many" : "hop.dns.a",
                            host, ip, dns.answers().stream().filter(r -> r.type().equals("A")).count());
                    dst = ip;
                }
            } else {
                String ip = sim.dnsView().publicDns().get(host.toLowerCase());
                if (ip == null) {
                    hop("dns", "", "public-dns:53", src, "public-dns:53", "hop.dns.publicNx", host);
                    return end(Outcome.NXDOMAIN);
                }
                hop("dns", "", "public-dns:53", src, "public-dns:53", "hop.dns.public", host, ip);
                dst = ip;
            }
            return client.external() ? fromOutside(dst, port) : fromPod(dst, port);
        }

        // ------------------------------------------------------------------ from the Internet

        Trace fromOutside(String dst, int port) {
            int ip = Ipv4.parse(dst);
            String addr = dst + ":" + port;
            SimService lb = AddressBook.serviceByLoadBalancerIP(sim, dst);
            if (lb != null) {
                if (!sim.world.edgeAdmitsLoadBalancers()) {
                    hop("edge", "", addr, src, addr, "hop.edge.blocked", addr);
                    return end(Outcome.TIMEOUT);
                }
                hop("edge", "", addr, src, addr, "hop.edge.admitLb", addr);
                return loadBalancer(lb, port, true);
            }
            if (sim.world.ingressControllerEnabled() && dst.equals(sim.world.ingressExternalIP())) {
                hop("edge", "", addr, src, addr, "hop.edge.admitIngress", addr);
                return ingress(port);
            }
            servicelab.model.Gateway gw = sim.gatewayApi.at(dst);
            if (gw != null) {
                hop("edge", "", addr, src, addr, "hop.edge.admitGateway", addr);
                return GatewayFlight.through(sim, this, gw, dst, port, target);
            }
            NodeInfo node = AddressBook.nodeByIp(sim, dst);
            if (node != null) {
                boolean inRange = port >= sim.world.nodePortMin() && port <= sim.world.nodePortMax();
                if (!sim.world.edgeAdmitsNodePorts() || !inRange) {
                    hop("edge", "", addr, src, addr, "hop.edge.blockedPort", addr, port);
                    return end(Outcome.TIMEOUT);
                }
                hop("edge", "", addr, src, addr, "hop.edge.admitNodePort", addr);
                return nodePort(node, port, true);
            }
            if (Ipv4.inCidr(ip, sim.world.serviceCidr())) {
                hop("edge", "", addr, src, addr, "hop.edge.clusterIp", dst);
                return end(Outcome.TIMEOUT);
            }
            if (AddressBook.isPodIp(sim, ip)) {
                hop("edge", "", addr, src, addr, "hop.edge.podIp", dst);
                return end(Outcome.TIMEOUT);
            }
            hop("edge", "", addr, src, addr, "hop.edge.unknown", dst);
            return end(Outcome.TIMEOUT);
        }

        // ------------------------------------------------------------------ from a pod

        Trace fromPod(String dst, int port) {
            int ip = Ipv4.parse(dst);
            String node = client.node();
            SimService svc = AddressBook.serviceByClusterIP(sim, dst);
            if (svc != null) {
                return clusterIp(svc, port, node);
            }
            PodRuntime pod = AddressBook.podByIp(sim, ip);
            if (pod != null) {
                String addr = dst + ":" + port;
                hop("network", node, addr, src, addr, pod.node.equals(node) ? "hop.net.samePod" : "hop.net.direct", addr, pod.node);
                return atPod(pod, port, src);
            }
            NodeInfo n = AddressBook.nodeByIp(sim, dst);
            if (n != null) {
                return nodePort(n, port, false);
            }
            SimService lb = AddressBook.serviceByLoadBalancerIP(sim, dst);
            if (lb != null) {
                // kube-proxy short-circuits LB addresses inside the cluster: no trip to the load balancer
                return nodePortOf(lb, sim.world.node(node), port, false, true);
            }
            SimService ext = AddressBook.serviceByExternalIP(sim, dst, port);
            if (ext != null) {
                return externalIp(ext, dst, port, node);
            }
            servicelab.model.Gateway gw = sim.gatewayApi.at(dst);
            boolean toIngress = sim.world.ingressControllerEnabled() && dst.equals(sim.world.ingressExternalIP());
            if (toIngress || gw != null) {
                Trace blocked = egressTo(dst, port);
                proxied = true;
                return blocked != null ? blocked : toIngress ? ingress(port) : GatewayFlight.through(sim, this, gw, dst, port, target);
            }
            if (Ipv4.inCidr(ip, sim.world.serviceCidr()) || AddressBook.isPodIp(sim, ip)) {
                String addr = dst + ":" + port;
                hop("network", node, addr, src, addr, "hop.net.nobody", addr);
                return end(Outcome.TIMEOUT);
            }
            String addr = dst + ":" + port;
            Trace blocked = egressTo(dst, port);
            if (blocked != null) {
                return blocked;
            }
            NodeInfo self = sim.world.node(node);
            hop("node", node, addr, self.ip(), addr, "hop.net.egress", addr, self.ip());
            return new Trace(Outcome.EXTERNAL, null, null, null, null, dns, 0, hops);
        }

        /**
         * spec.externalIPs: kube-proxy on every node captures packets to an external IP and a
         * Service port (KUBE-SERVICES → KUBE-EXT) and sends them on as to the Service; pod-originated
         * traffic goes to the cluster-wide endpoints, masqueraded to the node.
         */
        Trace externalIp(SimService svc, String dst, int port, String node) {
            String addr = dst + ":" + port;
            SimService.Port sp = portByNumber(svc, port);
            hop("kube-proxy", node, addr, src, addr, "hop.proxy.externalIp", dst, port, svc.name(), node);
            Endpoint[] eps = sim.proxy.ready(svc, sp, null);
            if (eps.length == 0) {
                hop("kube-proxy", node, addr, src, addr, "hop.proxy.noEndpointsExt", svc.namespace(), svc.name(), node);
                return end(Outcome.REFUSED);
            }
            return dnat(node, svc, sp, eps, addr, src, sim.world.node(node).ip());
        }

        /** ClusterIP: kube-proxy on the client's own node rewrites the destination (DNAT). */
        Trace clusterIp(SimService svc, int port, String node) {
            String addr = svc.clusterIP() + ":" + port;
            SimService.Port sp = portByNumber(svc, port);
            if (sp == null) {
                // iptables has no rule for the port, so the packet goes nowhere; nftables rejects
                // packets to a cluster IP on a port no Service uses
                boolean nft = sim.proxyMode() == World.ProxyMode.NFTABLES;
                hop("kube-proxy", node, addr, src, addr, nft ? "hop.proxy.noPortReject" : "hop.proxy.noPort", svc.name(), port,
                        portsText(svc));
                return end(nft ? Outcome.REFUSED : Outcome.TIMEOUT);
            }
            boolean local = "Local".equals(svc.internalTrafficPolicy());
            Endpoint[] eps = sameNode(svc, sp, sim.proxy.ready(svc, sp, local ? node : null), node, addr, local);
            if (eps.length == 0) {
                if (local && sim.proxy.ready(svc, sp, null).length > 0) {
                    hop("kube-proxy", node, addr, src, addr, "hop.proxy.noLocal", svc.name(), node);
                    return end(Outcome.TIMEOUT);
                }
                // kube-proxy names the port as ServicePortName.String(): namespace/name, plus :portName when named
                hop("kube-proxy", node, addr, src, addr, "hop.proxy.noEndpoints", svc.namespace(), svc.name(),
                        sp.name() == null || sp.name().isEmpty() ? "" : ":" + sp.name());
                return end(Outcome.REFUSED);
            }
            return dnat(node, svc, sp, eps, addr, src, src);
        }

        /** trafficDistribution: PreferSameNode keeps a ready endpoint on this node when there is one (the trace says so). */
        Endpoint[] sameNode(SimService svc, SimService.Port sp, Endpoint[] eps, String node, String addr, boolean local) {
            Endpoint[] near = local || eps.length == 0 ? null : sim.proxy.sameNode(svc, sp, node);
            if (near == null) {
                return eps;
            }
            hop("kube-proxy", node, addr, src, addr, "hop.proxy.sameNode", svc.name(), node, near.length, eps.length);
            return near;
        }

        /** The pod an endpoint names, or its address (a hand-written endpoint names none). */
        private static String who(Endpoint e) {
            return e.pod() != null ? e.pod() : e.ip();
        }

        Trace dnat(String node, SimService svc, SimService.Port sp, Endpoint[] eps, String addr, String clientIp, String srcAfter) {
            KubeProxy.Choice c = sim.proxy.choose(node, svc, sp, eps, clientIp, true);
            String to = c.endpoint().ip() + ":" + c.target();
            boolean byHand = c.endpoint().pod() == null; // a hand-written address: no pod to name
            String key = switch (c.how()) {
                case "affinity" -> byHand ? "hop.proxy.affinityAddr" : "hop.proxy.affinity";
                case "rr" -> byHand ? "hop.proxy.rrAddr" : "hop.proxy.rr";
                case "nft" -> byHand ? "hop.proxy.nftAddr" : "hop.proxy.nft";
                default -> byHand ? "hop.proxy.randomAddr" : "hop.proxy.random";
            };
            hop("kube-proxy", node, addr, srcAfter, to, key, c.candidates(), to, who(c.endpoint()),
                    c.probabilities() == null ? "" : c.probabilities(), clientIp, svc.affinityTimeoutSeconds());
            PodRuntime pod = c.endpoint().pod() != null ? sim.pod(svc.namespace(), c.endpoint().pod())
                    : AddressBook.podByIp(sim, Ipv4.parse(c.endpoint().ip())); // a hand-written endpoint: an address, maybe a pod's
            if (pod == null) {
                if (c.endpoint().pod() == null && !AddressBook.isPodIp(sim, Ipv4.parse(c.endpoint().ip()))) {
                    // a Service without a selector pointing outside the cluster: the node routes the packet out
                    hop("node", node, to, sim.world.node(node).ip(), to, "hop.net.egress", to, sim.world.node(node).ip());
                    return new Trace(Outcome.EXTERNAL, null, null, null, null, dns, 0, hops);
                }
                hop("network", node, to, src, to, "hop.net.nobody", to);
                return end(Outcome.TIMEOUT);
            }
            if (!pod.node.equals(node)) {
                hop("network", node, to, src, to, "hop.net.toNode", pod.node);
            }
            return atPod(pod, c.target(), src);
        }

        /** A node's nodePort: kube-proxy's KUBE-NODEPORTS, with the Service's external traffic policy. */
        Trace nodePort(NodeInfo node, int port, boolean external) {
            SimService svc = null;
            for (SimService s : sim.services()) {
                for (SimService.Port p : s.ports()) {
                    if (p.nodePort() != null && p.nodePort() == port) {
                        svc = s;
                    }
                }
            }
            String addr = node.ip() + ":" + port;
            if (svc == null) {
                hop("node", node.name(), addr, src, addr, "hop.node.nothing", addr);
                return end(Outcome.REFUSED);
            }
            return nodePortOf(svc, node, port, external, false);
        }

        Trace nodePortOf(SimService svc, NodeInfo node, int nodePortOrPort, boolean external, boolean lbShortcut) {
            SimService.Port sp = null;
            for (SimService.Port p : svc.ports()) {
                if (p.nodePort() != null && p.nodePort() == nodePortOrPort || lbShortcut && p.port() == nodePortOrPort) {
                    sp = p;
                }
            }
            String addr = lbShortcut ? svc.loadBalancerIP() + ":" + nodePortOrPort : node.ip() + ":" + nodePortOrPort;
            if (sp == null) {
                hop("kube-proxy", node.name(), addr, src, addr, "hop.proxy.noPort", svc.name(), nodePortOrPort, portsText(svc));
                return end(Outcome.TIMEOUT);
            }
            boolean local = external && "Local".equals(svc.externalTrafficPolicy());
            if (local) {
                Endpoint[] eps = sim.proxy.ready(svc, sp, node.name());
                if (eps.length == 0) {
                    hop("kube-proxy", node.name(), addr, src, addr,
                            sim.proxy.ready(svc, sp, null).length == 0 ? "hop.proxy.noEndpointsExt" : "hop.proxy.noLocalExt",
                            svc.namespace(), svc.name(), node.name());
                    return end(sim.proxy.ready(svc, sp, null).length == 0 ? Outcome.REFUSED : Outcome.TIMEOUT);
                }
                return dnat(node.name(), svc, sp, eps, addr, src, src);
            }
            Endpoint[] eps = sameNode(svc, sp, sim.proxy.ready(svc, sp, null), node.name(), addr, false);
            if (eps.length == 0) {
                hop("kube-proxy", node.name(), addr, src, addr, "hop.proxy.noEndpointsExt", svc.namespace(), svc.name(), node.name());
                return end(Outcome.REFUSED);
            }
            // Cluster policy: masquerade to the node's address, so the reply comes back this way
            String after = external ? node.ip() : src;
            return dnat(node.name(), svc, sp, eps, addr, src, after);
        }

        private boolean allowedSource(SimService svc, String client) {
            if (svc.loadBalancerSourceRanges().isEmpty() || !Ipv4.isIp(client)) {
                return true;
            }
            int ip = Ipv4.parse(client);
            return svc.loadBalancerSourceRanges().stream().anyMatch(r -> Ipv4.inCidr(ip, r));
        }

        /** The cloud load balancer forwards to a healthy node's nodePort; with Local, only nodes with a ready local pod pass its health check. */
        Trace loadBalancer(SimService svc, int port, boolean external) {
            String addr = svc.loadBalancerIP() + ":" + port;
            SimService.Port sp = portByNumber(svc, port);
            if (sp == null || sp.nodePort() == null) {
                hop("load-balancer", "", addr, src, addr, "hop.lb.noPort", svc.name(), port);
                return end(Outcome.TIMEOUT);
            }
            if (!allowedSource(svc, src)) {
                // loadBalancerSourceRanges: the load balancer's firewall (kube-proxy's KUBE-FW chain) drops other sources
                hop("load-balancer", "", addr, src, addr, "hop.lb.sourceRange", svc.name(), src,
                        String.join(", ", svc.loadBalancerSourceRanges()));
                return end(Outcome.TIMEOUT);
            }
            boolean local = "Local".equals(svc.externalTrafficPolicy());
            List<NodeInfo> healthy = new ArrayList<>();
            for (NodeInfo n : sim.world.nodes()) {
                if (!local || sim.proxy.ready(svc, sp, n.name()).length > 0) {
                    healthy.add(n);
                }
            }
            if (healthy.isEmpty()) {
                hop("load-balancer", "", addr, src, addr, "hop.lb.noHealthy", svc.name());
                return end(Outcome.TIMEOUT);
            }
            NodeInfo n = healthy.get(sim.lbRng.nextInt(healthy.size()));
            String to = n.ip() + ":" + sp.nodePort();
            hop("load-balancer", "", addr, src, to, local ? "hop.lb.localHealthy" : "hop.lb.forward", to, n.name(), healthy.size());
            return nodePortOf(svc, n, sp.nodePort(), external, false);
        }

        /** ingress-nginx: matches host and path, then proxies to a ready endpoint directly (no kube-proxy). */
        Trace ingress(int port) {
            String addr = sim.world.ingressExternalIP() + ":" + port;
            String at = sim.ingressPod == null ? "" : sim.ingressPod.node;
            IngressRouting.Route r = IngressRouting.routeServed(sim.servedIngresses(), target.host(), target.path());
            if (r.isNotFound()) {
                hop("ingress-nginx", at, addr, src, addr, r.regexHost() ? "hop.ingress.404Regex" : "hop.ingress.404",
                        target.host(), target.path());
                return new Trace(Outcome.HTTP_404, null, null, null, null, dns, 404, hops);
            }
            if (r.isServerError()) {
                hop("ingress-nginx", at, addr, src, addr, "hop.ingress.500", target.host(), r.matchedPath());
                return new Trace(Outcome.HTTP_500, null, null, null, null, dns, 500, hops);
            }
            String ns = r.namespace();
            servicelab.model.Ingress.ServiceBackend b = r.backend();
            SimService svc = b == null ? null : sim.service(ns, b.name());
            SimService.Port sp = AddressBook.backendPort(svc, b);
            Endpoint[] eps = sp == null ? new Endpoint[0] : sim.proxy.ready(svc, sp, null);
            String backend = b == null ? "-" : b.name() + ":" + (b.portNumber() != null ? b.portNumber() : b.portName());
            if (eps.length == 0) {
                hop("ingress-nginx", at, addr, src, addr, svc == null ? "hop.ingress.noService" : "hop.ingress.503",
                        target.host(), target.path(), backend);
                return new Trace(Outcome.HTTP_503, null, null, null, null, dns, 503, hops);
            }
            Endpoint chosen = null;
            // a regex host (ingress-nginx's quirk) is named in the trace: it explains a surprising match
            String how = r.regexHost() ? "hop.ingress.routeRegex" : "hop.ingress.route";
            IngressRouting.CookieAffinity aff = r.affinity();
            Map<String, String> jar = client.external() ? cookies.computeIfAbsent(client.id(), k -> new HashMap<>()) : null;
            if (aff != null && aff.enabled() && jar != null) {
                String cookie = jar.get(aff.cookieName());
                if (cookie != null) {
                    for (Endpoint e : eps) {
                        if (cookieFor(e).equals(cookie)) {
                            chosen = e;
                            how = "hop.ingress.cookie";
                        }
                    }
                }
                if (chosen == null) {
                    chosen = eps[sim.proxyRng.nextInt(eps.length)];
                    jar.put(aff.cookieName(), cookieFor(chosen));
                    how = "hop.ingress.setCookie";
                }
            } else {
                chosen = eps[sim.proxyRng.nextInt(eps.length)];
            }
            int targetPort = chosen.ports().get(sp.name() == null ? "" : sp.name());
            String to = chosen.ip() + ":" + targetPort;
            String proxyIp = sim.ingressPod == null ? src : Ipv4.format(sim.ingressPod.ip);
            hop("ingress-nginx", at, addr, proxyIp, to, how, target.host(), target.path(), r.matchedPath() == null ? "" : r.matchedPath(),
                    backend, to, who(chosen), aff == null ? "" : aff.cookieName());
            PodRuntime pod = chosen.pod() != null ? sim.pod(ns, chosen.pod()) : AddressBook.podByIp(sim, Ipv4.parse(chosen.ip()));
            return pod == null ? end(Outcome.TIMEOUT) : atPod(pod, targetPort, src);
        }

        @Override
        public Trace finish(Outcome o, int status) {
            return new Trace(o, null, null, null, null, dns, status, hops);
        }

        @Override
        public String src() {
            return src;
        }

        @Override
        public Http http() {
            return http;
        }

        @Override
        public Trace atPod(PodRuntime pod, int port, String seenSrc) {
            String addr = Ipv4.format(pod.ip) + ":" + port;
            NetworkPolicies.Drop d = sim.policies.arriving(client, proxied, src, pod, port);
            if (d != null) {
                return dropped(d, addr, "egress".equals(d.direction()) ? client.node() : pod.node);
            }
            if (!pod.listens(port)) {
                hops.add(new Hop("pod", pod.node, src, addr, src, addr, "hop.pod.refused", List.of(pod.name, port)));
                return new Trace(Outcome.REFUSED, pod.name, pod.namespace, seenSrc, pod.node, dns, 0, hops);
            }
            int status = pod.statusAt(port, pathSeen != null ? pathSeen : target.path());
            hops.add(new Hop("pod", pod.node, src, addr, src, addr, "hop.pod.delivered", List.of(pod.name, port, status, seenSrc)));
            return new Trace(Outcome.DELIVERED, pod.name, pod.namespace, seenSrc, pod.node, dns, status, hops);
        }

        @Override
        public void rewritePath(String path) {
            pathSeen = path;
        }
    }

    /**
     * ClusterIP routing with traces off: the decision kube-proxy on the client's node makes for
     * {@code clusterIP:port}, without DNS, hops or texts. Returns the chosen endpoint, or null
     * when the request would not be delivered (no such port, no ready endpoint).
     */
    public Endpoint decideClusterIp(Client c, String clusterIP, int port) {
        SimService svc = AddressBook.serviceByClusterIP(sim, clusterIP);
        if (svc == null) {
            return null;
        }
        SimService.Port sp = portByNumber(svc, port);
        if (sp == null) {
            return null;
        }
        boolean local = "Local".equals(svc.internalTrafficPolicy());
        Endpoint[] eps = sim.proxy.ready(svc, sp, local ? c.node() : null);
        Endpoint[] near = local ? null : sim.proxy.sameNode(svc, sp, c.node());
        if (near != null) {
            eps = near;
        }
        if (eps.length == 0) {
            return null;
        }
        return sim.proxy.choose(c.node(), svc, sp, eps, c.ip(), false).endpoint();
    }

    /** The value ingress-nginx keeps in the affinity cookie for an upstream (a stable hash of it). */
    static String cookieFor(Endpoint e) {
        return Integer.toHexString((e.ip() + ":" + e.pod()).hashCode() & 0x7fffffff);
    }

    public void clearCookies(String clientId) {
        cookies.remove(clientId);
    }

    public Map<String, String> cookies(String clientId) {
        return Map.copyOf(cookies.getOrDefault(clientId, Map.of()));
    }

    // ------------------------------------------------------------------ lookups

    static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static SimService.Port portByNumber(SimService svc, int port) {
        for (SimService.Port p : svc.ports()) {
            if (p.port() == port && "TCP".equals(p.protocol())) {
                return p;
            }
        }
        return null;
    }

    private static String portsText(SimService svc) {
        return String.join(", ", svc.ports().stream().map(p -> String.valueOf(p.port())).toList());
    }
}
