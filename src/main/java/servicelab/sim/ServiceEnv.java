package servicelab.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The service environment variables the kubelet injects into a container when it starts
 * (kubelet_pods.go getServiceEnvVarMap, envvars.go FromServices). They are computed once: a
 * Service created after the Pod started never appears in it, which is why the caller passes the
 * Services that existed at that moment.
 */
public final class ServiceEnv {

    /** The kubelet's master service namespace and the master Service whose variables every Pod gets. */
    public static final String MASTER_NAMESPACE = "default";
    public static final String MASTER_SERVICE = "kubernetes";

    private ServiceEnv() {
    }

    /**
     * The variables for a Pod in {@code podNamespace}, sorted by name.
     *
     * <p>Which Services count: the master Service {@code default/kubernetes} always, and every
     * Service of the Pod's namespace when {@code enableServiceLinks} is true; a Service of the
     * Pod's own namespace that is also named {@code kubernetes} replaces the master one, as the
     * kubelet's map keyed by Service name does. Services without a cluster IP (headless,
     * ExternalName) give nothing.
     *
     * @param servicesExistingAtStart the Services that existed when the Pod started; the caller
     *        leaves out those created later, since the kubelet never updates a running container
     */
    public static Map<String, String> forPod(String podNamespace, boolean enableServiceLinks,
                                             List<SimService> servicesExistingAtStart) {
        Objects.requireNonNull(podNamespace, "podNamespace");
        Objects.requireNonNull(servicesExistingAtStart, "servicesExistingAtStart");
        Map<String, SimService> byName = new HashMap<>();
        for (SimService s : servicesExistingAtStart) {
            if (!hasClusterIp(s)) {
                continue;
            }
            if (MASTER_NAMESPACE.equals(s.namespace()) && MASTER_SERVICE.equals(s.name())) {
                byName.putIfAbsent(s.name(), s);
            } else if (podNamespace.equals(s.namespace()) && enableServiceLinks) {
                byName.put(s.name(), s);
            }
        }
        // A stable order, so that if two Services ever produce the same variable the result does not
        // depend on list order (the kubelet's own order is a Go map's, i.e. unspecified).
        List<SimService> chosen = new ArrayList<>(byName.values());
        chosen.sort(Comparator.comparing(SimService::name));
        Map<String, String> env = new TreeMap<>();
        for (SimService s : chosen) {
            env.putAll(forService(s));
        }
        return env;
    }

    /**
     * The variables of one Service: {@code {SVC}_SERVICE_HOST}, {@code {SVC}_SERVICE_PORT} (first
     * port), {@code {SVC}_SERVICE_PORT_{NAME}} per named port, and the Docker-link forms
     * {@code {SVC}_PORT} (first port) and {@code {SVC}_PORT_{port}_{PROTO}} with its
     * {@code _PROTO}, {@code _PORT} and {@code _ADDR} variants per port. Empty for a Service without
     * a cluster IP.
     */
    public static Map<String, String> forService(SimService s) {
        Map<String, String> env = new TreeMap<>();
        if (!hasClusterIp(s)) {
            return env;
        }
        String prefix = envName(s.name());
        String ip = s.clusterIP();
        env.put(prefix + "_SERVICE_HOST", ip);
        List<SimService.Port> ports = s.ports();
        if (ports.isEmpty()) {
            // Validation requires ports on a Service with a cluster IP; nothing more to say without them.
            return env;
        }
        String portVar = prefix + "_SERVICE_PORT";
        env.put(portVar, String.valueOf(ports.get(0).port()));
        for (SimService.Port p : ports) {
            if (p.name() != null && !p.name().isEmpty()) {
                env.put(portVar + "_" + envName(p.name()), String.valueOf(p.port()));
            }
        }
        for (int i = 0; i < ports.size(); i++) {
            SimService.Port p = ports.get(i);
            String protocol = p.protocol() == null || p.protocol().isEmpty() ? "TCP" : p.protocol();
            String lower = protocol.toLowerCase(Locale.ROOT);
            String url = lower + "://" + joinHostPort(ip, p.port());
            if (i == 0) {
                env.put(prefix + "_PORT", url);
            }
            String portPrefix = prefix + "_PORT_" + p.port() + "_" + protocol.toUpperCase(Locale.ROOT);
            env.put(portPrefix, url);
            env.put(portPrefix + "_PROTO", lower);
            env.put(portPrefix + "_PORT", String.valueOf(p.port()));
            env.put(portPrefix + "_ADDR", ip);
        }
        return env;
    }

    /**
     * The kubelet's makeEnvVariableName: upper case with {@code -} turned into {@code _}
     * ({@code kubia-nodeport} → {@code KUBIA_NODEPORT}). Current kubelets do nothing else; Service
     * names are DNS-1035 labels, so they hold no dots and never start with a digit.
     */
    public static String envName(String name) {
        return name.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    // v1helper.IsServiceIPSet: a cluster IP that is neither "None" nor empty.
    private static boolean hasClusterIp(SimService s) {
        String ip = s.clusterIP();
        return ip != null && !ip.isEmpty() && !"None".equals(ip);
    }

    // Go's net.JoinHostPort: brackets around an IPv6 host.
    private static String joinHostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
