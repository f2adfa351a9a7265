package servicelab.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.Deployment;
import servicelab.model.Endpoints;
import servicelab.model.Ingress;
import servicelab.model.IngressClass;
import servicelab.model.IntOrString;
import servicelab.model.KubeObject;
import servicelab.model.Namespace;
import servicelab.model.ObjectMeta;
import servicelab.model.Pod;
import servicelab.model.PodSpec;
import servicelab.model.PodTemplateSpec;
import servicelab.model.Probe;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.model.ServiceSpec;

/**
 * The API server's defaulting (core/v1, apps/v1, networking/v1 SetDefaults_* and declarative
 * defaults), plus the one create-time normalisation validation relies on: a Service's clusterIPs
 * is filled from clusterIP. Nothing validation must still see as missing is filled in (Ingress
 * pathType, apps/v1 selectors).
 */
public final class Defaulter {
    private Defaulter() {
    }

    public static final int DEFAULT_AFFINITY_TIMEOUT = 10800;
    public static final long DEFAULT_TERMINATION_GRACE_PERIOD = 30;

    public static KubeObject apply(KubeObject o) {
        if (o instanceof Service s) {
            return new Service(s.metadata(), service(s.spec()));
        }
        if (o instanceof Pod p) {
            return new Pod(p.metadata(), podSpec(p.spec() == null ? PodValidation.emptySpec() : p.spec(), true));
        }
        if (o instanceof ReplicationController rc) {
            return replicationController(rc);
        }
        if (o instanceof ReplicaSet rs) {
            return new ReplicaSet(rs.metadata(), replicas(rs.replicas()), rs.selector(), rs.minReadySeconds(),
                    structTemplate(rs.template()));
        }
        if (o instanceof Deployment d) {
            return new Deployment(d.metadata(), replicas(d.replicas()), d.selector(), d.minReadySeconds(),
                    structTemplate(d.template()));
        }
        if (o instanceof Namespace ns) {
            return namespace(ns);
        }
        if (o instanceof IngressClass ic && ic.parameters() != null && ic.parameters().scope() == null) {
            // SetDefaults_IngressClass: a parameters reference without a scope is cluster-scoped
            return new IngressClass(ic.metadata(), ic.controller(), ic.parameters().withScope("Cluster"));
        }
        if (o instanceof Endpoints ep) {
            // SetDefaults_Endpoints (pkg/apis/core/v1/defaults.go): a port's protocol is TCP; nothing else
            return new Endpoints(ep.metadata(), ep.subsets() == null ? null : ep.subsets().stream()
                    .map(ss -> new Endpoints.Subset(ss.addresses(), ss.notReadyAddresses(), ss.ports() == null ? null
                            : ss.ports().stream().map(pt -> pt.protocol() == null || pt.protocol().isEmpty()
                                    ? new Endpoints.Port(pt.name(), pt.port(), "TCP", pt.appProtocol()) : pt).toList()))
                    .toList());
        }
        if (o instanceof servicelab.model.EndpointSlice es) {
            // SetDefaults_EndpointPort (pkg/apis/discovery/v1/defaults.go): name "" and protocol TCP; nothing else
            return new servicelab.model.EndpointSlice(es.metadata(), es.addressType(), es.endpoints(), es.ports() == null ? null
                    : es.ports().stream().map(pt -> new servicelab.model.EndpointSlice.Port(pt.name() == null ? "" : pt.name(),
                            pt.protocol() == null ? "TCP" : pt.protocol(), pt.port(), pt.appProtocol())).toList());
        }
        if (o instanceof servicelab.model.Gateway || o instanceof servicelab.model.HTTPRoute || o instanceof servicelab.model.GRPCRoute
                || o instanceof servicelab.model.GatewayClass || o instanceof servicelab.model.ReferenceGrant) {
            return servicelab.validation.gatewayapi.GatewayApiDefaults.apply(o); // the CRDs' schema defaults
        }
        if (o instanceof servicelab.model.ConfigMap) {
            return o; // core/v1 has no defaults for a ConfigMap
        }
        if (o instanceof servicelab.model.NetworkPolicy np) {
            return networkPolicy(np);
        }
        if (o instanceof Ingress || o instanceof IngressClass) {
            return o; // no other networking/v1 defaults for the modelled fields (pathType stays required)
        }
        throw new IllegalArgumentException("no defaulting for " + o.kind());
    }

    /**
     * SetDefaults_NetworkPolicyPort (protocol TCP) and SetDefaults_NetworkPolicy (pkg/apis/networking/v1/defaults.go):
     * without policyTypes, Ingress, and Egress too when there are egress rules.
     */
    private static servicelab.model.NetworkPolicy networkPolicy(servicelab.model.NetworkPolicy np) {
        java.util.function.UnaryOperator<List<servicelab.model.NetworkPolicy.Rule>> tcp = rules -> rules == null ? null : rules.stream()
                .map(r -> new servicelab.model.NetworkPolicy.Rule(r.ports() == null ? null : r.ports().stream()
                        .map(p -> p.protocol() == null ? new servicelab.model.NetworkPolicy.Port("TCP", p.port(), p.endPort()) : p).toList(),
                        r.peers())).toList();
        List<String> types = np.policyTypes();
        if (types == null || types.isEmpty()) {
            types = np.egressOrEmpty().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
        }
        return new servicelab.model.NetworkPolicy(np.metadata(), np.podSelector(), tcp.apply(np.ingress()), tcp.apply(np.egress()), types);
    }

    private static int replicas(Integer r) {
        return r == null ? 1 : r;
    }

    static ServiceSpec service(ServiceSpec in) {
        ServiceSpec.Builder b = (in == null ? ServiceSpec.builder().build() : in).toBuilder();
        if (empty(b.sessionAffinity)) {
            b.sessionAffinity = "None";
        }
        if (b.sessionAffinity.equals("None")) {
            b.sessionAffinityConfigSet = false;
            b.sessionAffinityTimeoutSeconds = null;
        }
        if (b.sessionAffinity.equals("ClientIP") && b.sessionAffinityTimeoutSeconds == null) {
            b.sessionAffinityConfigSet = true;
            b.sessionAffinityTimeoutSeconds = DEFAULT_AFFINITY_TIMEOUT;
        }
        if (empty(b.type)) {
            b.type = "ClusterIP";
        }
        if (b.ports != null) {
            List<ServicePort> ports = new ArrayList<>();
            for (ServicePort sp : b.ports) {
                ServicePort p = empty(sp.protocol()) ? sp.withProtocol("TCP") : sp;
                if (p.targetPort() == null || p.targetPort().isZero()) {
                    p = p.withTargetPort(IntOrString.of(p.port() == null ? 0 : p.port()));
                }
                ports.add(p);
            }
            b.ports = ports;
        }
        ServiceSpec partial = b.build();
        if (ServiceValidation.externallyAccessible(partial, b.type) && empty(b.externalTrafficPolicy)) {
            b.externalTrafficPolicy = "Cluster";
        }
        if (b.internalTrafficPolicy == null && List.of("NodePort", "LoadBalancer", "ClusterIP").contains(b.type)) {
            b.internalTrafficPolicy = "Cluster";
        }
        if (b.type.equals("LoadBalancer") && b.allocateLoadBalancerNodePorts == null) {
            b.allocateLoadBalancerNodePorts = true;
        }
        // Strategy PrepareForCreate: an old-style manifest names only clusterIP.
        if (!empty(b.clusterIP) && (b.clusterIPs == null || b.clusterIPs.isEmpty())) {
            b.clusterIPs = List.of(b.clusterIP);
        }
        return b.build();
    }

    /**
     * SetDefaults_ReplicationController: selector and the RC's own labels come from the
     * template labels when empty; replicas is 1.
     */
    private static ReplicationController replicationController(ReplicationController rc) {
        PodTemplateSpec template = rc.template() == null ? null
                : new PodTemplateSpec(rc.template().metadata(), podSpec(templateSpec(rc.template()), false));
        Map<String, String> templateLabels = template == null || template.metadata() == null ? null
                : template.metadata().labels();
        Map<String, String> selector = rc.selector();
        ObjectMeta meta = rc.metadata();
        if (templateLabels != null) {
            if (selector == null || selector.isEmpty()) {
                selector = templateLabels;
            }
            if (meta == null || meta.labels() == null || meta.labels().isEmpty()) {
                meta = (meta == null ? new ObjectMeta(null, null, null, null, null) : meta).withLabels(templateLabels);
            }
        }
        return new ReplicationController(meta, replicas(rc.replicas()), selector, rc.minReadySeconds(), template);
    }

    /** apps/v1 templates are struct fields, so an absent template is defaulted like an empty one. */
    private static PodTemplateSpec structTemplate(PodTemplateSpec t) {
        PodTemplateSpec template = t == null ? new PodTemplateSpec(null, null) : t;
        return new PodTemplateSpec(template.metadata(), podSpec(templateSpec(template), false));
    }

    private static PodSpec templateSpec(PodTemplateSpec t) {
        return t.spec() == null ? PodValidation.emptySpec() : t.spec();
    }

    /** SetDefaults_PodSpec (+ SetDefaults_Pod's enableServiceLinks, which templates do not get). */
    static PodSpec podSpec(PodSpec s, boolean isPod) {
        List<Container> containers = null;
        if (s.containers() != null) {
            containers = new ArrayList<>();
            for (Container c : s.containers()) {
                containers.add(container(c));
            }
        }
        Boolean serviceLinks = isPod && s.enableServiceLinks() == null ? Boolean.TRUE : s.enableServiceLinks();
        return new PodSpec(containers, s.hostname(), s.subdomain(), empty(s.restartPolicy()) ? "Always" : s.restartPolicy(),
                serviceLinks, s.activeDeadlineSeconds(), s.nodeName(),
                s.terminationGracePeriodSeconds() == null ? DEFAULT_TERMINATION_GRACE_PERIOD : s.terminationGracePeriodSeconds());
    }

    private static Container container(Container c) {
        List<ContainerPort> ports = null;
        if (c.ports() != null) {
            ports = new ArrayList<>();
            for (ContainerPort p : c.ports()) {
                ports.add(empty(p.protocol()) ? new ContainerPort(p.name(), p.containerPort(), "TCP", p.hostPort()) : p);
            }
        }
        return new Container(c.name(), c.image(), c.command(), c.args(), ports, c.env(),
                probe(c.readinessProbe()), probe(c.livenessProbe()), probe(c.startupProbe()));
    }

    /** SetDefaults_Probe replaces zero timing values; SetDefaults_HTTPGetAction fills path and scheme. */
    static Probe probe(Probe p) {
        if (p == null) {
            return null;
        }
        Probe.HttpGet http = p.httpGet();
        if (http != null) {
            http = new Probe.HttpGet(empty(http.path()) ? "/" : http.path(), http.port(), http.host(),
                    empty(http.scheme()) ? "HTTP" : http.scheme(), http.httpHeaders());
        }
        return new Probe(p.exec(), http, p.tcpSocket(), p.grpc(), p.initialDelaySeconds(),
                orDefault(p.timeoutSeconds(), 1), orDefault(p.periodSeconds(), 10),
                orDefault(p.successThreshold(), 1), orDefault(p.failureThreshold(), 3),
                p.terminationGracePeriodSeconds());
    }

    /** SetDefaults_Namespace labels every named namespace with kubernetes.io/metadata.name. */
    private static Namespace namespace(Namespace ns) {
        ObjectMeta meta = ns.metadata();
        if (meta == null || empty(meta.name())) {
            return ns;
        }
        Map<String, String> labels = new LinkedHashMap<>(meta.labelsOrEmpty());
        labels.put("kubernetes.io/metadata.name", meta.name());
        return new Namespace(meta.withLabels(labels));
    }

    private static Integer orDefault(Integer v, int dflt) {
        return v == null || v == 0 ? dflt : v;
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }
}
