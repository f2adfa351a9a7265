package servicelab.model;

/** Kubernetes' IntOrString: a port number or a port name. */
public record IntOrString(Integer intValue, String strValue) {
    public static IntOrString of(int v) {
        return new IntOrString(v, null);
    }

    public static IntOrString of(String s) {
        return new IntOrString(null, s);
    }

    public boolean isInt() {
        return intValue != null;
    }

    /** Zero value as Go sees it: int 0 or empty string. */
    public boolean isZero() {
        return isInt() ? intValue == 0 : strValue == null || strValue.isEmpty();
    }

    @Override
    public String toString() {
        return isInt() ? String.valueOf(intValue) : strValue;
    }
}
