package servicelab.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a simulated container does, which probes and requests observe: files that exist (exec
 * probes such as {@code ls /var/ready}), the HTTP status per path, the ports it listens on, and
 * how long it takes to answer. Readiness is switched by changing this, never directly, so the
 * prober's real delay applies.
 */
public final class ContainerBehaviour {
    final Set<String> files = new HashSet<>();
    final Map<String, Integer> httpStatus = new HashMap<>();
    final Set<Integer> listening = new HashSet<>();
    int defaultStatus = 200;
    int responseDelayMillis;

    public Set<String> files() {
        return files;
    }

    public Set<Integer> listening() {
        return listening;
    }

    public Map<String, Integer> httpStatus() {
        return httpStatus;
    }

    public int statusFor(String path) {
        return httpStatus.getOrDefault(path, defaultStatus);
    }

    public void setDefaultStatus(int status) {
        defaultStatus = status;
    }

    public void setResponseDelayMillis(int ms) {
        responseDelayMillis = ms;
    }

    /** The result of running a command in the container: exit code 0 for success. */
    int exec(java.util.List<String> command) {
        if (command == null || command.isEmpty()) {
            return 127;
        }
        String prog = command.get(0);
        if (prog.equals("sh") || prog.equals("/bin/sh") || prog.equals("bash")) {
            // sh -c "test -f /tmp/healthy" and the like: look at the script's words
            if (command.size() >= 3 && command.get(1).equals("-c")) {
                return exec(java.util.List.of(command.get(2).trim().split("\\s+")));
            }
            return 0;
        }
        return switch (prog.replaceFirst("^/bin/|^/usr/bin/", "")) {
            case "true" -> 0;
            case "false" -> 1;
            case "ls", "cat", "stat" -> command.size() > 1 && command.subList(1, command.size()).stream()
                    .filter(a -> !a.startsWith("-")).allMatch(files::contains) ? 0 : prog.endsWith("ls") ? 2 : 1;
            case "test", "[" -> command.size() > 2 && files.contains(command.get(2)) ? 0 : 1;
            default -> 0;
        };
    }

    /**
     * What a failed command printed, which the exec prober puts in its event: the missing file as
     * busybox or GNU coreutils words it (busybox images are the one kind we tell apart), or
     * nothing (test, false).
     */
    String execError(java.util.List<String> command, String image) {
        if (command == null || command.isEmpty()) {
            return "";
        }
        String prog = command.get(0).replaceFirst("^/bin/|^/usr/bin/", "");
        if ((prog.equals("sh") || prog.equals("bash")) && command.size() >= 3 && command.get(1).equals("-c")) {
            return execError(java.util.List.of(command.get(2).trim().split("\\s+")), image);
        }
        String missing = command.subList(1, command.size()).stream().filter(a -> !a.startsWith("-"))
                .filter(a -> !files.contains(a)).findFirst().orElse(null);
        if (missing == null) {
            return "";
        }
        boolean busybox = imageName(image).equals("busybox");
        return switch (prog) {
            case "ls" -> busybox ? "ls: " + missing + ": No such file or directory"
                    : "ls: cannot access '" + missing + "': No such file or directory";
            case "cat" -> busybox ? "cat: can't open '" + missing + "': No such file or directory"
                    : "cat: " + missing + ": No such file or directory";
            case "stat" -> busybox ? "stat: can't stat '" + missing + "': No such file or directory"
                    : "stat: cannot stat '" + missing + "': No such file or directory";
            default -> "";
        };
    }

    /** An image reference's repository name without registry, path, tag or digest: {@code busybox} of {@code docker.io/library/busybox:1.36}. */
    public static String imageName(String image) {
        if (image == null) {
            return "";
        }
        String repo = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = repo.lastIndexOf(':');
        if (colon > repo.lastIndexOf('/')) {
            repo = repo.substring(0, colon);
        }
        return repo.substring(repo.lastIndexOf('/') + 1);
    }
}
