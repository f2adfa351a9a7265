package servicelab.sim;

import java.util.HashSet;
import java.util.Set;

/** Pod IPs of one node: the next free address, never reusing one just freed. */
final class Ipam {
    private final int base;
    private final Set<Integer> used = new HashSet<>();
    private int cursor = 2; // .1 is the node's bridge

    Ipam(String cidr) {
        this.base = Ipv4.parse(cidr.substring(0, cidr.indexOf('/')));
    }

    int allocate() {
        for (int i = 0; i < 253; i++) {
            int off = cursor;
            cursor = cursor >= 254 ? 2 : cursor + 1;
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
