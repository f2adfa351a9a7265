package servicelab.realcluster;

/**
 * A change seen by a watch: an object added, modified or deleted, or the watch itself going
 * stale (the connection dropped; the informers retry) or live again (listed and watching).
 */
public record RealEvent(Type type, RealObject object, String detail) {
    public enum Type { ADDED, MODIFIED, DELETED, STALE, LIVE }

    public static RealEvent of(Type type, RealObject object) {
        return new RealEvent(type, object, null);
    }

    public static RealEvent status(Type type, String detail) {
        return new RealEvent(type, null, detail);
    }
}
