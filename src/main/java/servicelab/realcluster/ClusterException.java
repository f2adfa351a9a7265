package servicelab.realcluster;

/**
 * Why a real cluster did not do what was asked, sorted into what the learner can act on. The
 * message is the server's or the transport's, in one line; callers add their own words around it.
 */
public final class ClusterException extends Exception {
    /** What went wrong, as the command line and the view tell it. */
    public enum Reason {
        /** Nothing answered at the server's address (or it did not answer in time). */
        UNREACHABLE,
        /** The server answered 401 or 403. */
        FORBIDDEN,
        /** The kubeconfig has no such context. */
        UNKNOWN_CONTEXT,
        /** The context's server is not on this machine and nobody confirmed it. */
        NOT_CONFIRMED,
        /** The bridge's jars are not where the app expects them. */
        NO_BRIDGE,
        /** Anything else the server refused (a 4xx or 5xx with its own message). */
        REFUSED
    }

    private final Reason reason;

    public ClusterException(Reason reason, String message) {
        super(oneLine(message));
        this.reason = reason;
    }

    public ClusterException(Reason reason, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return t.length() > 400 ? t.substring(0, 399) + "…" : t;
    }
}
