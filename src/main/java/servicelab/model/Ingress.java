package servicelab.model;

import java.util.List;

/** A networking.k8s.io/v1 Ingress. */
public record Ingress(ObjectMeta metadata, Spec spec) implements KubeObject {
    @Override
    public String apiVersion() {
        return "networking.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "Ingress";
    }

    public record Spec(String ingressClassName, Backend defaultBackend, List<Tls> tls, List<Rule> rules) {
        public Spec {
            tls = Maps.copy(tls);
            rules = Maps.copy(rules);
        }

        public List<Rule> rulesOrEmpty() {
            return rules == null ? List.of() : rules;
        }
    }

    public record Rule(String host, List<Path> paths, boolean httpSet) {
        public Rule {
            paths = Maps.copy(paths);
        }

        public List<Path> pathsOrEmpty() {
            return paths == null ? List.of() : paths;
        }
    }

    public record Path(String path, String pathType, Backend backend) {
    }

    /** service or resource; validation reports both or neither. */
    public record Backend(ServiceBackend service, ResourceRef resource) {
    }

    public record ServiceBackend(String name, String portName, Integer portNumber) {
    }

    public record ResourceRef(String apiGroup, String kind, String name) {
    }

    public record Tls(List<String> hosts, String secretName) {
        public Tls {
            hosts = Maps.copy(hosts);
        }
    }
}
