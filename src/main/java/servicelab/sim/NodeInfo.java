package servicelab.sim;

/**
 * A worker node: its name, node IP, pod CIDR and how many pods its kubelet admits (maxPods,
 * 110 by default, as the kubelet's configuration has it).
 */
public record NodeInfo(String name, String ip, String podCidr, int maxPods) {
    public static final int DEFAULT_MAX_PODS = 110;

    public NodeInfo(String name, String ip, String podCidr) {
        this(name, ip, podCidr, DEFAULT_MAX_PODS);
    }

    public NodeInfo withMaxPods(int n) {
        return new NodeInfo(name, ip, podCidr, n);
    }
}
