package servicelab.model;

import java.util.List;

/** spec of a Pod or of a Pod template. */
public record PodSpec(List<Container> containers, String hostname, String subdomain, String restartPolicy,
                      Boolean enableServiceLinks, Long activeDeadlineSeconds, String nodeName,
                      Long terminationGracePeriodSeconds) {
    public PodSpec {
        containers = Maps.copy(containers);
    }

    public List<Container> containersOrEmpty() {
        return containers == null ? List.of() : containers;
    }
}
