package servicelab.realcluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens the bridge to real clusters. Its jars (the Kubernetes client and Jackson, ~10 MB) are
 * not on the start-up class path: they sit in {@code lib/bridge} beside the app's other jars and
 * are loaded here, the first time a learner opens the real-cluster view or runs the cluster
 * command, so starting the app neither opens nor maps them. When the client is already on the
 * class path (tests, {@code mvn javafx:run}) it is used from there.
 */
public final class Bridges {
    static final String IMPL = "servicelab.bridge.Fabric8Clusters";
    static final String PROBE = "io.fabric8.kubernetes.client.KubernetesClient";
    private static Connector opened;

    private Bridges() {
    }

    /** Connects to a context (see {@code servicelab.bridge.Fabric8Clusters}). */
    public interface Connector {
        RealCluster connect(KubeContext context) throws ClusterException;
    }

    /** The bridge, loaded once per process. */
    public static synchronized Connector open() throws ClusterException {
        if (opened == null) {
            ClassLoader app = Bridges.class.getClassLoader();
            ClassLoader loader = onClassPath(app) ? app : new BridgeLoader(jars(bridgeDir()), app);
            try {
                opened = (Connector) Class.forName(IMPL, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "the real-cluster bridge did not load: " + e, e);
            }
        }
        return opened;
    }

    /** True once {@link #open} has loaded the bridge in this process (the start-up test asks). */
    public static synchronized boolean loaded() {
        return opened != null;
    }

    static boolean onClassPath(ClassLoader app) {
        return app.getResource(PROBE.replace('.', '/') + ".class") != null;
    }

    /**
     * Where the bridge's jars are: {@code servicelab.bridgeLib} if set; else beside the app's
     * code: {@code target/lib/bridge} for {@code target/classes} or {@code target/servicelab-*.jar},
     * {@code bridge/} beside the installed app's {@code servicelab.jar}; else the copy
     * {@link BridgeInstall} downloaded into the user's profile.
     */
    static Path bridgeDir() throws ClusterException {
        String prop = System.getProperty("servicelab.bridgeLib");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        try {
            Path code = Path.of(Bridges.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = code.getParent();
            for (Path p : List.of(parent.resolve("bridge"), parent.resolve("lib").resolve("bridge"))) {
                if (Files.isDirectory(p)) {
                    return p;
                }
            }
        } catch (Exception e) {
            throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "cannot locate the app's code: " + e, e);
        }
        if (Files.isDirectory(BridgeInstall.userDir())) {
            return BridgeInstall.userDir();
        }
        throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "the real-cluster bridge is not installed (it is downloaded "
                + "from Maven Central on first use, " + BridgeInstall.size() / 1_000_000 + " MB)");
    }

    static URL[] jars(Path dir) throws ClusterException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
        } catch (IOException e) {
            throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "cannot read " + dir + ": " + e.getMessage(), e);
        }
        if (urls.isEmpty()) {
            throw new ClusterException(ClusterException.Reason.NO_BRIDGE, "no jars in " + dir);
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * Loads the bridge's jars, and the app's own {@code servicelab.bridge} classes from the app's
     * code (child-first), so that those classes see the client: the app's loader cannot.
     */
    static final class BridgeLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        BridgeLoader(URL[] urls, ClassLoader parent) {
            super("servicelab-bridge", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("servicelab.bridge.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] b = in.readAllBytes();
                        c = defineClass(name, b, 0, b.length, Bridges.class.getProtectionDomain());
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
