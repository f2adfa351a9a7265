package servicelab.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The versions the app states (About, {@code --version}): its own, and the one Kubernetes release
 * whose behaviour the model follows. A rule that changed across releases is written against
 * {@link #KUBERNETES_MINOR}, with a test on each side.
 */
public final class Release {
    /** The Kubernetes release the model follows (kubectl's nodes report it as their kubelet version). */
    public static final String KUBERNETES = "v1.34";
    public static final int KUBERNETES_MINOR = 34;

    private Release() {
    }

    /** The app's version from the build (Maven fills it in), or "dev" when run from unfiltered sources. */
    public static String app() {
        try (InputStream in = Release.class.getResourceAsStream("/servicelab/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
