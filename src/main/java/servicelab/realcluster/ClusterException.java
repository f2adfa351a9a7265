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
    private final int code;
    private final String status;

    public ClusterException(Reason reason, String message) {
        this(reason, message, null, 0, null);
    }

    public ClusterException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, 0, null);
    }

    /** With the server's answer: its HTTP code and its Status reason (Forbidden, NotFound, ...). */
    public ClusterException(Reason reason, String message, Throwable cause, int code, String status) {
        super(oneLine(message), cause);
        this.reason = reason;
        this.code = code;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status code the server answered with; 0 when no answer came. */
    public int code() {
        return code;
    }

    /** The reason word of the server's Status (what kubectl prints in "Error from server (...)"), or null. */
    public String status() {
        return status;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return t.length() > 400 ? t.substring(0, 399) + "…" : t;
    }
}
