package servicelab.sim;

import java.util.HashSet;
import java.util.Set;

/**
 * Pod IPs of one node's range, as the host-local IPAM plugin hands them out: from .2 (.1 is the
 * node's bridge) to the last address before the broadcast, the next free one, never reusing one
 * just freed. A full range gives no address: the pod waits in ContainerCreating.
 */
final class Ipam {
    private final int base;
    private final int last;
    private final Set<Integer> used = new HashSet<>();
    private int cursor = 2;

    Ipam(String cidr) {
        this.base = Ipv4.parse(cidr.substring(0, cidr.indexOf('/')));
        int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
        this.last = (int) Math.min((1L << (32 - prefix)) - 2, 65_534);
    }

    /** How many addresses the range gives pods. */
    int size() {
        return Math.max(0, last - 1);
    }

    int allocate() {
        for (int i = 0; i < size(); i++) {
            int off = cursor;
            cursor = cursor >= last ? 2 : cursor + 1;
            if (used.add(off)) {
                return base + off;
            }
        }
        return 0;
    }

    void release(int ip) {
        used.remove(ip - base);
    }
}
