package servicelab.sim;

/** A worker node: its name, node IP and pod CIDR (a /24 here). */
public record NodeInfo(String name, String ip, String podCidr) {
}
