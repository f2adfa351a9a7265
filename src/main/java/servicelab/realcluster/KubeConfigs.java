package servicelab.realcluster;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The kubeconfig as kubectl reads it (client-go's clientcmd loading rules): the files of
 * {@code KUBECONFIG} (separated by the path separator, missing ones skipped) or else
 * {@code ~/.kube/config}; merged so that the first file to name a context, cluster or user wins,
 * and the first file that sets {@code current-context} decides it. Only names, servers and
 * namespaces are kept; credentials are not read into this class at all.
 */
public final class KubeConfigs {
    /** Kubeconfigs with embedded certificates are a few KB; this bounds a hostile or mistaken file. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final List<KubeContext> contexts;
    private final String current;
    private final List<Path> files;

    private KubeConfigs(List<KubeContext> contexts, String current, List<Path> files) {
        this.contexts = List.copyOf(contexts);
        this.current = current;
        this.files = List.copyOf(files);
    }

    /** The files kubectl would read, given the KUBECONFIG value (may be null) and the home folder. */
    public static List<Path> files(String kubeconfigEnv, Path home) {
        List<Path> out = new ArrayList<>();
        if (kubeconfigEnv != null && !kubeconfigEnv.isBlank()) {
            for (String part : kubeconfigEnv.split(java.io.File.pathSeparator)) {
                if (!part.isBlank() && !out.contains(Path.of(part))) {
                    out.add(Path.of(part));
                }
            }
            return out;
        }
        out.add(home.resolve(".kube").resolve("config"));
        return out;
    }

    /** This user's kubeconfig, as kubectl run from this process would read it. */
    public static KubeConfigs load() throws ClusterException {
        return load(files(System.getenv("KUBECONFIG"), Path.of(System.getProperty("user.home"))), Loopback.SYSTEM);
    }

    public static KubeConfigs load(List<Path> files, Function<String, InetAddress[]> resolver) throws ClusterException {
        Map<String, Map<String, Object>> contexts = new LinkedHashMap<>();
        Map<String, String> servers = new LinkedHashMap<>();
        String current = null;
        for (Path f : files) {
            Map<String, Object> doc = read(f);
            if (doc == null) {
                continue;
            }
            if (current == null && doc.get("current-context") instanceof String c && !c.isEmpty()) {
                current = c;
            }
            for (Map<String, Object> named : namedList(doc.get("contexts"))) {
                if (named.get("name") instanceof String n && named.get("context") instanceof Map<?, ?> ctx) {
                    contexts.putIfAbsent(n, cast(ctx));
                }
            }
            for (Map<String, Object> named : namedList(doc.get("clusters"))) {
                if (named.get("name") instanceof String n && named.get("cluster") instanceof Map<?, ?> c
                        && c.get("server") instanceof String s) {
                    servers.putIfAbsent(n, s);
                }
            }
        }
        List<KubeContext> out = new ArrayList<>();
        for (var e : contexts.entrySet()) {
            String cluster = e.getValue().get("cluster") instanceof String c ? c : "";
            String ns = e.getValue().get("namespace") instanceof String n ? n : null;
            String server = servers.getOrDefault(cluster, "");
            out.add(new KubeContext(e.getKey(), cluster, server, ns, e.getKey().equals(current),
                    Loopback.isLoopback(server, resolver)));
        }
        return new KubeConfigs(out, current, files);
    }

    public List<KubeContext> contexts() {
        return contexts;
    }

    /** The current context's name, or null when no file sets one. */
    public String currentName() {
        return current;
    }

    public List<Path> files() {
        return files;
    }

    /** The named context (the current one when name is null). */
    public KubeContext find(String name) throws ClusterException {
        String want = name == null ? current : name;
        if (want == null) {
            throw new ClusterException(ClusterException.Reason.UNKNOWN_CONTEXT, "current-context is not set");
        }
        for (KubeContext c : contexts) {
            if (c.name().equals(want)) {
                return c;
            }
        }
        throw new ClusterException(ClusterException.Reason.UNKNOWN_CONTEXT, "context \"" + want + "\" does not exist");
    }

    private static Map<String, Object> read(Path f) throws ClusterException {
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            if (Files.size(f) > MAX_BYTES) {
                throw new ClusterException(ClusterException.Reason.REFUSED, f + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
            }
            LoaderOptions opts = new LoaderOptions();
            opts.setMaxAliasesForCollections(50);
            opts.setAllowDuplicateKeys(false);
            opts.setCodePointLimit(MAX_BYTES);
            Object doc = new Yaml(new SafeConstructor(opts)).load(Files.readString(f));
            return doc instanceof Map<?, ?> m ? cast(m) : null;
        } catch (IOException | YAMLException e) {
            throw new ClusterException(ClusterException.Reason.REFUSED, "error loading config file \"" + f + "\": "
                    + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> namedList(Object o) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object item : l) {
                if (item instanceof Map<?, ?> m) {
                    out.add(cast(m));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
