package servicelab.realcluster;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether a kubeconfig server is on this machine: a loopback literal (127.0.0.0/8, ::1),
 * {@code localhost}, or a name every address of which is a loopback one (Docker Desktop's
 * {@code kubernetes.docker.internal} resolves to 127.0.0.1). kind and minikube's docker driver
 * write 127.0.0.1. A name that does not resolve within two seconds counts as not local.
 */
public final class Loopback {
    private Loopback() {
    }

    /** Resolves a host name to its addresses; the default asks the system resolver. */
    public static final Function<String, InetAddress[]> SYSTEM = host -> {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return InetAddress.getAllByName(host);
                } catch (java.net.UnknownHostException e) {
                    return new InetAddress[0];
                }
            }).get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            return new InetAddress[0];
        }
    };

    public static boolean isLoopback(String server) {
        return isLoopback(server, SYSTEM);
    }

    public static boolean isLoopback(String server, Function<String, InetAddress[]> resolver) {
        String host = host(server);
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return host.startsWith("127.");
        }
        if (host.contains(":")) {
            return host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
        }
        InetAddress[] all = resolver.apply(host);
        if (all.length == 0) {
            return false;
        }
        for (InetAddress a : all) {
            if (!a.isLoopbackAddress()) {
                return false;
            }
        }
        return true;
    }

    /** The host of a server URL ({@code https://127.0.0.1:6443}, {@code https://[::1]:6443}); null when it has none. */
    static String host(String server) {
        if (server == null) {
            return null;
        }
        try {
            String h = URI.create(server.strip()).getHost();
            if (h != null && h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            return h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
