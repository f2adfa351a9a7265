package servicelab.model;

/** One entry of a container's ports list. */
public record ContainerPort(String name, Integer containerPort, String protocol, Integer hostPort) {
}
