package servicelab.model;

/** One entry of spec.ports of a Service. */
public record ServicePort(String name, String protocol, String appProtocol, Integer port,
                          IntOrString targetPort, Integer nodePort) {
    public ServicePort withTargetPort(IntOrString t) {
        return new ServicePort(name, protocol, appProtocol, port, t, nodePort);
    }

    public ServicePort withProtocol(String p) {
        return new ServicePort(name, p, appProtocol, port, targetPort, nodePort);
    }

    public ServicePort withNodePort(Integer n) {
        return new ServicePort(name, protocol, appProtocol, port, targetPort, n);
    }
}
