package servicelab.sim;

import java.util.List;

/**
 * One step of a request: the packet's source and destination before and after this component
 * (so DNAT and SNAT show), which component decided ({@code by}: "dns", "edge", "kube-proxy",
 * "load-balancer", "ingress-nginx", "pod", "node"), where it ran ({@code at}: a node name or
 * empty), and why: a message key with its arguments (Korean text in the sim bundle).
 */
public record Hop(String by, String at, String srcBefore, String dstBefore, String srcAfter, String dstAfter,
                  String key, List<Object> args) {
    public Hop {
        args = List.copyOf(args);
    }
}
