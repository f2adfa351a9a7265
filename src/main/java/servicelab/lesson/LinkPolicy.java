package servicelab.lesson;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where lessons may point. Web links open only over https and only to the Kubernetes
 * documentation (kubernetes.io and its subdomains) or the project's own pages, so a lesson file
 * cannot send a learner to file:, javascript: or an arbitrary site. Images come only from the
 * lesson's own folder or the app's assets, never from ../ or an absolute path.
 */
public final class LinkPolicy {
    /** Hosts a lesson may link to (a host also allows its subdomains). */
    public static final List<String> HOSTS = List.of("kubernetes.io", "servicelab.github.io");

    private LinkPolicy() {
    }

    /** Whether a learner may be sent to this URL. */
    public static boolean allowed(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI u = new URI(url.strip());
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null || u.getUserInfo() != null) {
                return false;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return HOSTS.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Why a link is refused, for {@code lessons check}; null when it is allowed. */
    public static String refusal(String url) {
        return allowed(url) ? null : "link not allowed (only https:// to " + String.join(", ", HOSTS) + "): " + url;
    }

    /**
     * The file an image destination names: inside the lesson folder, or under assets/ (then the
     * returned path is relative, "assets/..."), or null when it points anywhere else.
     */
    public static Path image(Path lessonDir, String destination) {
        if (destination == null || destination.isBlank()) {
            return null;
        }
        String d = destination.strip();
        if (d.contains("://") || d.startsWith("//") || d.contains(":") || d.contains("\\")) {
            return null; // remote, data:, file:, drive letters
        }
        try {
            if (d.startsWith("/assets/") || d.startsWith("assets/")) {
                Path p = Path.of(d.startsWith("/") ? d.substring(1) : d).normalize();
                return p.startsWith("assets") && !p.toString().contains("..") ? p : null;
            }
            if (d.startsWith("/")) {
                return null;
            }
            Path base = lessonDir.toAbsolutePath().normalize();
            Path p = base.resolve(d).normalize();
            return p.startsWith(base) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
