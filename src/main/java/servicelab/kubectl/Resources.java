package servicelab.kubectl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resource types the console knows, with kubectl's names, short names and printed kinds. */
enum Resources {
    PODS("pods", "Pod", "pod", "", List.of("pod", "po")),
    SERVICES("services", "Service", "service", "", List.of("service", "svc")),
    ENDPOINTS("endpoints", "Endpoints", "endpoints", "", List.of("endpoint", "ep")),
    ENDPOINTSLICES("endpointslices", "EndpointSlice", "endpointslice", "discovery.k8s.io", List.of("endpointslice")),
    CONFIGMAPS("configmaps", "ConfigMap", "configmap", "", List.of("configmap", "cm")),
    INGRESSES("ingresses", "Ingress", "ingress", "networking.k8s.io", List.of("ingress", "ing")),
    NETWORKPOLICIES("networkpolicies", "NetworkPolicy", "networkpolicy", "networking.k8s.io", List.of("networkpolicy", "netpol")),
    INGRESSCLASSES("ingressclasses", "IngressClass", "ingressclass", "networking.k8s.io", List.of("ingressclass")),
    DEPLOYMENTS("deployments", "Deployment", "deployment", "apps", List.of("deployment", "deploy")),
    REPLICASETS("replicasets", "ReplicaSet", "replicaset", "apps", List.of("replicaset", "rs")),
    REPLICATIONCONTROLLERS("replicationcontrollers", "ReplicationController", "replicationcontroller", "",
            List.of("replicationcontroller", "rc")),
    GATEWAYCLASSES("gatewayclasses", "GatewayClass", "gatewayclass", "gateway.networking.k8s.io", List.of("gatewayclass", "gc")),
    GATEWAYS("gateways", "Gateway", "gateway", "gateway.networking.k8s.io", List.of("gateway", "gtw")),
    HTTPROUTES("httproutes", "HTTPRoute", "httproute", "gateway.networking.k8s.io", List.of("httproute")),
    GRPCROUTES("grpcroutes", "GRPCRoute", "grpcroute", "gateway.networking.k8s.io", List.of("grpcroute")),
    REFERENCEGRANTS("referencegrants", "ReferenceGrant", "referencegrant", "gateway.networking.k8s.io", List.of("referencegrant", "refgrant")),
    NODES("nodes", "Node", "node", "", List.of("node", "no")),
    NAMESPACES("namespaces", "Namespace", "namespace", "", List.of("namespace", "ns"));

    final String plural;
    final String kind;
    final String singular;
    final String group;
    final List<String> names;

    Resources(String plural, String kind, String singular, String group, List<String> names) {
        this.plural = plural;
        this.kind = kind;
        this.singular = singular;
        this.group = group;
        this.names = names;
    }

    private static final Map<String, Resources> BY_NAME = new LinkedHashMap<>();

    static {
        for (Resources r : values()) {
            BY_NAME.put(r.plural, r);
            for (String n : r.names) {
                BY_NAME.put(n, r);
            }
            if (!r.group.isEmpty()) {
                BY_NAME.put(r.plural + "." + r.group, r);
                BY_NAME.put(r.singular + "." + r.group, r);
            }
        }
    }

    /** The type a word names (pods, svc, deploy, deployment.apps …), or null. */
    static Resources of(String word) {
        return BY_NAME.get(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Every word the console completes as a resource type. */
    static List<String> words() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** How kubectl names an object of this type in messages: {@code service/kubia}, {@code deployment.apps/kubia}. */
    String ref(String name) {
        return (group.isEmpty() ? singular : singular + "." + group) + "/" + name;
    }
}
