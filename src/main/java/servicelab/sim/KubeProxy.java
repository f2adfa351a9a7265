package servicelab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kube-proxy on every node. iptables mode installs one rule per endpoint; rule i of n matches with
 * probability 1/(n-i) and the last always matches, which gives each endpoint 1/n. IPVS mode uses
 * round robin per node. ClientIP affinity is a per-node table ({@code -m recent}) keyed by the
 * client address the node sees, refreshed on every use and forgotten after the timeout.
 */
final class KubeProxy {
    /** Affinity entries kept at most; the oldest go first, so memory stays flat in long runs. */
    static final int MAX_AFFINITY = 50_000;

    private final Simulation sim;
    private final Map<String, Endpoint[]> readyCache = new HashMap<>();
    /** Cluster-wide ready endpoints per Service port object: the hot path of ClusterIP routing. */
    private final Map<SimService.Port, Endpoint[]> readyByPort = new java.util.IdentityHashMap<>();
    private final Map<String, Integer> roundRobin = new HashMap<>();
    private final LinkedHashMap<String, Affinity> affinity = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Affinity> e) {
            return size() > MAX_AFFINITY;
        }
    };

    private static final class Affinity {
        final String endpointIp;
        long lastSeen;

        Affinity(String endpointIp, long lastSeen) {
            this.endpointIp = endpointIp;
            this.lastSeen = lastSeen;
        }
    }

    /** How a backend was chosen, for the trace. */
    record Choice(Endpoint endpoint, int target, int candidates, String how, String probabilities) {
    }

    KubeProxy(Simulation sim) {
        this.sim = sim;
    }

    void invalidate() {
        readyCache.clear();
        readyByPort.clear();
    }

    void forget(String svcKey) {
        affinity.keySet().removeIf(k -> k.contains("|" + svcKey + "|"));
        roundRobin.keySet().removeIf(k -> k.contains("|" + svcKey + "|"));
        readyCache.clear();
        readyByPort.clear();
    }

    /** Ready endpoints of one Service port (those where its targetPort resolved), in rule order. */
    Endpoint[] ready(SimService svc, SimService.Port port, String onlyNode) {
        if (onlyNode == null) {
            Endpoint[] hit = readyByPort.get(port);
            if (hit != null) {
                return hit;
            }
        }
        String portName = port.name() == null ? "" : port.name();
        String k = svc.key() + "|" + portName + "|" + (onlyNode == null ? "" : onlyNode);
        Endpoint[] cached = readyCache.get(k);
        if (cached != null) {
            return cached;
        }
        List<Endpoint> out = new ArrayList<>();
        for (Endpoint e : sim.endpoints(svc.namespace(), svc.name())) {
            if (e.ready() && e.ports().containsKey(portName) && (onlyNode == null || onlyNode.equals(e.node()))) {
                out.add(e);
            }
        }
        Endpoint[] arr = out.toArray(new Endpoint[0]);
        readyCache.put(k, arr);
        if (onlyNode == null) {
            readyByPort.put(port, arr);
        }
        return arr;
    }

    /**
     * CategorizeEndpoints' topology step (pkg/proxy/topology.go, v1.33+). With PreferSameNode the
     * EndpointSlice controller gives every ready endpoint a node hint (trafficdist.go; the
     * PreferSameTrafficDistribution gate is on by default from v1.34), so kube-proxy keeps the
     * endpoints hinted for its own node when there is one. The zone level needs the node's
     * topology.kubernetes.io/zone label, which these nodes lack, so otherwise every ready endpoint
     * stays; for the same reason PreferClose and PreferSameZone change nothing here. Returns null
     * when the topology step leaves the endpoints as they are.
     */
    Endpoint[] sameNode(SimService svc, SimService.Port port, String node) {
        if (!"PreferSameNode".equals(svc.trafficDistribution()) || sim.kubernetesMinor < 34 || node == null) {
            return null;
        }
        Endpoint[] near = ready(svc, port, node);
        return near.length > 0 ? near : null;
    }

    /**
     * Picks a backend among {@code eps} (non-empty) on {@code node} for a client address,
     * honouring ClientIP affinity. {@code describe} builds the probability text for traces.
     */
    Choice choose(String node, SimService svc, SimService.Port port, Endpoint[] eps, String clientIp, boolean describe) {
        String portName = port.name() == null ? "" : port.name();
        String affKey = null;
        if ("ClientIP".equals(svc.sessionAffinity())) {
            affKey = node + "|" + svc.key() + "|" + portName + "|" + clientIp;
            Affinity a = affinity.get(affKey);
            if (a != null && sim.now - a.lastSeen <= svc.affinityTimeoutSeconds() * 1000L) {
                for (Endpoint e : eps) {
                    if (e.ip().equals(a.endpointIp)) {
                        a.lastSeen = sim.now;
                        return new Choice(e, e.ports().get(portName), eps.length, "affinity", null);
                    }
                }
            }
        }
        int i;
        String how;
        if (sim.proxyMode() == World.ProxyMode.IPVS) {
            String rrKey = node + "|" + svc.key() + "|" + portName;
            int n = roundRobin.getOrDefault(rrKey, 0);
            i = Math.floorMod(n, eps.length);
            roundRobin.put(rrKey, n + 1);
            how = "rr";
        } else if (sim.proxyMode() == World.ProxyMode.NFTABLES) {
            // the service chain's "numgen random mod n vmap { 0 : goto endpoint-…, … }"
            i = sim.proxyRng.nextInt(eps.length);
            how = "nft";
        } else {
            i = iptablesPick(eps.length);
            how = "random";
        }
        Endpoint e = eps[i];
        if (affKey != null) {
            affinity.put(affKey, new Affinity(e.ip(), sim.now));
        }
        return new Choice(e, e.ports().get(portName), eps.length, how, describe ? probabilities(eps.length) : null);
    }

    /**
     * The KUBE-SVC chain's pick: rule i matches with probability 1/(n-i) and the last rule always,
     * so each endpoint is chosen with probability 1/n. One uniform draw gives that distribution,
     * so a 3,000-endpoint Service costs what a 3-endpoint one does (the kernel walks the rules;
     * we only need where the walk ends).
     */
    int iptablesPick(int n) {
        return sim.proxyRng.nextInt(n);
    }

    /** The statistic-module probabilities kube-proxy writes, with its 10 decimals. */
    static String probabilities(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n - 1; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%.10f", 1.0 / (n - i))).append(" → ");
        }
        return sb.append("1").toString();
    }

    /** Forgets affinity entries past their Service's timeout (the recent module's --reap). */
    void expireAffinity() {
        Iterator<Map.Entry<String, Affinity>> it = affinity.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Affinity> en = it.next();
            String[] parts = en.getKey().split("\\|", 4);
            SimService svc = sim.service(parts[1].substring(0, parts[1].indexOf('/')), parts[1].substring(parts[1].indexOf('/') + 1));
            if (svc == null || sim.now - en.getValue().lastSeen > svc.affinityTimeoutSeconds() * 1000L) {
                it.remove();
            }
        }
    }

    int affinityEntries() {
        return affinity.size();
    }

    /**
     * The mode a node's kube-proxy starts in: what the kube-proxy ConfigMap's config.conf names
     * when kube-proxy accepts it (blank is iptables on Linux: "the best-available proxy [currently
     * iptables]"), else the world's own (the CLI's --nftables/--ipvs; iptables by default).
     */
    static World.ProxyMode configuredMode(World world, Map<String, servicelab.model.ConfigMap> configMaps) {
        servicelab.model.ConfigMap cm = configMaps.get(servicelab.model.ConfigMap.KUBE_PROXY_NAMESPACE + "/"
                + servicelab.model.ConfigMap.KUBE_PROXY_NAME);
        if (cm == null || cm.proxy() == null || cm.proxy().mode() == null) {
            return world.proxyMode();
        }
        return switch (cm.proxy().mode()) {
            case "ipvs" -> World.ProxyMode.IPVS;
            case "nftables" -> World.ProxyMode.NFTABLES;
            default -> World.ProxyMode.IPTABLES;
        };
    }
}
