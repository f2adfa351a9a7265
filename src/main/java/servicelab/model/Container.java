package servicelab.model;

import java.util.List;

/** A container of a Pod (or Pod template). */
public record Container(String name, String image, List<String> command, List<String> args,
                        List<ContainerPort> ports, List<EnvVar> env,
                        Probe readinessProbe, Probe livenessProbe, Probe startupProbe) {
    public Container {
        command = Maps.copy(command);
        args = Maps.copy(args);
        ports = Maps.copy(ports);
        env = Maps.copy(env);
    }

    public List<ContainerPort> portsOrEmpty() {
        return ports == null ? List.of() : ports;
    }
}
