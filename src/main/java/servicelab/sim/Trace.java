package servicelab.sim;

import java.util.List;

/**
 * What happened to one request: its outcome, the pod that answered (if any), the source address
 * that pod saw, the DNS answer used, and every hop on the way.
 */
public record Trace(Outcome outcome, String pod, String podNamespace, String sourceIPSeenByPod, String node,
                    DnsAnswer dns, int httpStatus, List<Hop> hops) {
    public Trace {
        hops = List.copyOf(hops);
    }
}
