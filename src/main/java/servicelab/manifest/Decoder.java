package servicelab.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.Deployment;
import servicelab.model.EnvVar;
import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.Ingress;
import servicelab.model.Endpoints;
import servicelab.model.IngressClass;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
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
 * Turns a composed document into a typed {@link KubeObject}, the way the API server decodes a
 * request body: the kind and apiVersion pick the type, strict decoding rejects unknown fields,
 * and wrong JSON types are reported with the Go field they were meant for.
 */
public final class Decoder {
    private static final Pattern MISSING_SPACE = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.\\-]*:\\S.*");

    /** Kinds this cluster serves, by apiVersion. */
    private static final Map<String, List<String>> SERVED = Map.of(
            "v1", List.of("Service", "Pod", "ReplicationController", "Namespace", "Endpoints", "ConfigMap"),
            "apps/v1", List.of("Deployment", "ReplicaSet"),
            "networking.k8s.io/v1", List.of("Ingress", "IngressClass", "NetworkPolicy"),
            "discovery.k8s.io/v1", List.of("EndpointSlice"));

    private Decoder() {
    }

    /** The outcome of decoding one document. {@code object} is null when errors stopped decoding. */
    public record Result(String apiVersion, String kind, String name, String namespace, KubeObject object,
                         List<FieldError> errors, String upgrade) {
        public Result {
            errors = List.copyOf(errors);
        }

        public Result(String apiVersion, String kind, String name, String namespace, KubeObject object,
                      List<FieldError> errors) {
            this(apiVersion, kind, name, namespace, object, errors, null);
        }
    }

    static boolean looksLikeMissingSpace(YNode n) {
        return n instanceof YNode.Scalar s && s.kind() == YNode.Kind.STR && s.style() == YNode.Style.PLAIN
                && MISSING_SPACE.matcher(s.value()).matches();
    }

    // Mirrors the shape of the API server's Go decoding, to compare line by line with Kubernetes' source; hence its length.
    public static Result decode(YNode root) {
        List<FieldError> errors = new ArrayList<>();
        if (!(root instanceof YNode.Map m)) {
            errors.add(FieldError.of("", ErrorType.YAMLSyntax, "error unmarshaling JSON: json: cannot unmarshal "
                    + Fields.jsonType(root) + " into Go value of type struct")
                    .explain("m.decode.notObject", Fields.jsonType(root), looksLikeMissingSpace(root)));
            return new Result(null, null, null, null, null, errors);
        }
        String apiVersion = scalar(m, "apiVersion");
        String kind = scalar(m, "kind");
        String name = null, namespace = null;
        if (m.get("metadata") instanceof YNode.Map md) {
            name = scalar(md, "name");
            namespace = scalar(md, "namespace");
        }
        if (apiVersion == null || apiVersion.isEmpty() || kind == null || kind.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (apiVersion == null || apiVersion.isEmpty()) {
                missing.add("apiVersion not set");
            }
            if (kind == null || kind.isEmpty()) {
                missing.add("kind not set");
            }
            String field = apiVersion == null || apiVersion.isEmpty() ? "apiVersion" : "kind";
            errors.add(FieldError.of(field, ErrorType.Required, "error validating data: " + missing)
                    .explain("m.decode.typeMeta", field, !typeMetaHint(m).isEmpty(), typeMetaHint(m)));
            return new Result(apiVersion, kind, name, namespace, null, errors);
        }
        List<String> kinds = SERVED.containsKey(apiVersion) ? SERVED.get(apiVersion) : GatewayDecoder.SERVED.get(apiVersion);
        if (kinds == null || !kinds.contains(kind)) {
            String msg = "no matches for kind \"" + kind + "\" in version \"" + apiVersion + "\"";
            FieldError e = FieldError.of("apiVersion", ErrorType.UnsupportedAPI, msg);
            String upgrade = null;
            if (kind.equals("Ingress") && (apiVersion.equals("extensions/v1beta1") || apiVersion.equals("networking.k8s.io/v1beta1"))) {
                upgrade = IngressUpgrade.toV1Yaml(m);
                e = e.explain("m.api.ingressV1beta1", apiVersion, upgrade);
            } else if (servedVersionOf(kind) != null) {
                e = e.explain("m.api.wrongVersion", kind, apiVersion, servedVersionOf(kind));
            } else {
                e = e.explain("m.api.unknownKind", kind, apiVersion);
            }
            errors.add(e);
            return new Result(apiVersion, kind, name, namespace, null, errors, upgrade);
        }
        Fields top = new Fields(m, "", kind, "", errors);
        top.accept("apiVersion", "kind", "status");
        ObjectMeta meta = meta(top.obj("metadata", "ObjectMeta"));
        KubeObject obj = switch (kind) {
            case "Service" -> new Service(meta, serviceSpec(top.obj("spec", "ServiceSpec")));
            case "Pod" -> new Pod(meta, podSpec(top.obj("spec", "PodSpec")));
            case "ReplicationController" -> rc(meta, top.obj("spec", "ReplicationControllerSpec"));
            case "ReplicaSet" -> {
                Fields s = top.obj("spec", "ReplicaSetSpec");
                yield s == null ? new ReplicaSet(meta, null, null, null, null)
                        : finished(s, new ReplicaSet(meta, s.int32("replicas"), selector(s.obj("selector", "LabelSelector")),
                        s.int32("minReadySeconds"), template(s.obj("template", "PodTemplateSpec"))));
            }
            case "Deployment" -> {
                Fields s = top.obj("spec", "DeploymentSpec");
                if (s != null) {
                    s.accept("strategy", "revisionHistoryLimit", "progressDeadlineSeconds", "paused");
                }
                yield s == null ? new Deployment(meta, null, null, null, null)
                        : finished(s, new Deployment(meta, s.int32("replicas"), selector(s.obj("selector", "LabelSelector")),
                        s.int32("minReadySeconds"), template(s.obj("template", "PodTemplateSpec"))));
            }
            case "Ingress" -> new Ingress(meta, ingressSpec(top.obj("spec", "IngressSpec")));
            case "Endpoints" -> new Endpoints(meta, top.list("subsets", "EndpointSubset", (f, i) -> subset(f)));
            case "ConfigMap" -> configMap(meta, top, errors);
            case "EndpointSlice" -> new servicelab.model.EndpointSlice(meta, top.str("addressType"),
                    top.list("endpoints", "Endpoint", (f, i) -> sliceEndpoint(f)),
                    top.list("ports", "EndpointPort", (p, i) -> new servicelab.model.EndpointSlice.Port(p.str("name"),
                            p.str("protocol"), p.int32("port"), p.str("appProtocol"))));
            case "IngressClass" -> {
                Fields s = top.obj("spec", "IngressClassSpec");
                String controller = null;
                IngressClass.Parameters params = null;
                if (s != null) {
                    controller = s.str("controller");
                    Fields p = s.obj("parameters", "IngressClassParametersReference");
                    if (p != null) {
                        params = new IngressClass.Parameters(p.str("apiGroup"), p.str("kind"), p.str("name"), p.str("namespace"),
                                p.str("scope"));
                        p.finish();
                    }
                    s.finish();
                }
                yield new IngressClass(meta, controller, params);
            }
            case "Namespace" -> {
                Fields s = top.obj("spec", "NamespaceSpec");
                if (s != null) {
                    s.accept("finalizers");
                    s.finish();
                }
                yield new Namespace(meta);
            }
            case "NetworkPolicy" -> NetworkPolicyDecoder.decode(meta, top);
            default -> GatewayDecoder.decode(kind, apiVersion.substring(apiVersion.indexOf('/') + 1), meta, top);
        };
        top.finish();
        boolean strictFailure = !errors.isEmpty();
        return new Result(apiVersion, kind, name, namespace, strictFailure ? null : obj, errors);
    }

    private static <T> T finished(Fields f, T t) {
        f.finish();
        return t;
    }

    private static String servedVersionOf(String kind) {
        if (GatewayDecoder.SERVED.get("gateway.networking.k8s.io/v1").contains(kind)) {
            return "gateway.networking.k8s.io/v1";
        }
        for (var e : SERVED.entrySet()) {
            if (e.getValue().contains(kind)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A hint for a missing apiVersion/kind: e.g. the key is misspelt ("Kind", "apiversion"). */
    static String typeMetaHint(YNode.Map m) {
        for (YNode.Entry e : m.entries()) {
            String k = e.key().value();
            if (!k.equals("apiVersion") && k.equalsIgnoreCase("apiVersion") || !k.equals("kind") && k.equalsIgnoreCase("kind")) {
                return k;
            }
        }
        return "";
    }

    private static String scalar(YNode.Map m, String key) {
        return m.get(key) instanceof YNode.Scalar s && !s.isNull() ? s.value() : null;
    }

    private static ObjectMeta meta(Fields f) {
        if (f == null) {
            return null;
        }
        f.accept("uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
                "deletionGracePeriodSeconds", "ownerReferences", "finalizers", "managedFields", "selfLink");
        ObjectMeta m = new ObjectMeta(f.str("name"), f.str("generateName"), f.str("namespace"),
                f.strMap("labels"), f.strMap("annotations"));
        f.finish();
        return m;
    }

    /** An EndpointSubset: addresses, notReadyAddresses and ports, strictly decoded. */
    /**
     * A ConfigMap: data as strings, binaryData as base64 (encoding/json's []byte); the kube-proxy
     * ConfigMap's config.conf is read as kube-proxy reads it.
     */
    private static servicelab.model.ConfigMap configMap(ObjectMeta meta, Fields top, List<FieldError> errors) {
        Map<String, String> data = top.strMap("data");
        Map<String, String> binary = top.strMap("binaryData");
        if (binary != null) {
            for (Map.Entry<String, String> e : binary.entrySet()) {
                int bad = Base64s.firstError(e.getValue());
                if (bad >= 0) {
                    errors.add(FieldError.of("binaryData." + e.getKey(), ErrorType.Invalid, "illegal base64 data at input byte " + bad)
                            .explain("m.decode.base64", e.getKey(), bad));
                    break; // encoding/json stops at the first error
                }
            }
        }
        Boolean immutable = top.bool("immutable");
        servicelab.model.ConfigMap cm = new servicelab.model.ConfigMap(meta, data, binary, immutable, null);
        if (cm.configuresKubeProxy() && data != null && data.containsKey(servicelab.model.ConfigMap.KUBE_PROXY_KEY)) {
            cm = new servicelab.model.ConfigMap(meta, data, binary, immutable,
                    KubeProxyConfigs.read(data.get(servicelab.model.ConfigMap.KUBE_PROXY_KEY)));
        }
        return cm;
    }

    /** One endpoint of an EndpointSlice (discovery/v1 Endpoint); targetRef and deprecatedTopology are accepted. */
    private static servicelab.model.EndpointSlice.Endpoint sliceEndpoint(Fields f) {
        f.accept("targetRef", "deprecatedTopology");
        Fields c = f.obj("conditions", "EndpointConditions");
        Boolean ready = null;
        Boolean serving = null;
        Boolean terminating = null;
        if (c != null) {
            ready = c.bool("ready");
            serving = c.bool("serving");
            terminating = c.bool("terminating");
            c.finish();
        }
        Fields h = f.obj("hints", "EndpointHints");
        List<String> zones = null;
        List<String> nodes = null;
        if (h != null) {
            zones = h.list("forZones", "ForZone", (z, i) -> z.str("name"));
            nodes = h.list("forNodes", "ForNode", (z, i) -> z.str("name"));
            h.finish();
        }
        return new servicelab.model.EndpointSlice.Endpoint(f.strList("addresses"), ready, serving, terminating, f.str("hostname"),
                f.str("nodeName"), f.str("zone"), zones, nodes);
    }

    private static Endpoints.Subset subset(Fields f) {
        java.util.function.BiFunction<Fields, Integer, Endpoints.Address> address = (a, i) -> {
            String kind = null;
            String name = null;
            Fields ref = a.obj("targetRef", "ObjectReference");
            if (ref != null) {
                ref.accept("apiVersion", "namespace", "uid", "resourceVersion", "fieldPath");
                kind = ref.str("kind");
                name = ref.str("name");
                ref.finish();
            }
            return new Endpoints.Address(a.str("ip"), a.str("hostname"), a.str("nodeName"), kind, name);
        };
        return new Endpoints.Subset(f.list("addresses", "EndpointAddress", address),
                f.list("notReadyAddresses", "EndpointAddress", address),
                f.list("ports", "EndpointPort", (p, i) -> new Endpoints.Port(p.str("name"), p.int32("port"),
                        p.str("protocol"), p.str("appProtocol"))));
    }

    private static ServiceSpec serviceSpec(Fields f) {
        if (f == null) {
            return null;
        }
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = f.str("type");
        b.clusterIP = f.str("clusterIP");
        b.clusterIPs = f.strList("clusterIPs");
        b.ports = f.list("ports", "ServicePort", (p, i) -> new ServicePort(p.str("name"), p.str("protocol"),
                p.str("appProtocol"), p.int32("port"), p.intOrString("targetPort"), p.int32("nodePort")));
        b.selector = f.strMap("selector");
        b.sessionAffinity = f.str("sessionAffinity");
        b.sessionAffinityConfigSet = f.present("sessionAffinityConfig");
        Fields sac = f.obj("sessionAffinityConfig", "SessionAffinityConfig");
        if (sac != null) {
            Fields cip = sac.obj("clientIP", "ClientIPConfig");
            if (cip != null) {
                b.sessionAffinityTimeoutSeconds = cip.int32("timeoutSeconds");
                cip.finish();
            }
            sac.finish();
        }
        b.externalName = f.str("externalName");
        b.externalIPs = f.strList("externalIPs");
        b.externalTrafficPolicy = f.str("externalTrafficPolicy");
        b.internalTrafficPolicy = f.str("internalTrafficPolicy");
        b.healthCheckNodePort = f.int32("healthCheckNodePort");
        b.publishNotReadyAddresses = f.bool("publishNotReadyAddresses");
        b.loadBalancerIP = f.str("loadBalancerIP");
        b.loadBalancerSourceRanges = f.strList("loadBalancerSourceRanges");
        b.loadBalancerClass = f.str("loadBalancerClass");
        b.allocateLoadBalancerNodePorts = f.bool("allocateLoadBalancerNodePorts");
        b.ipFamilies = f.strList("ipFamilies");
        b.ipFamilyPolicy = f.str("ipFamilyPolicy");
        b.trafficDistribution = f.str("trafficDistribution");
        f.finish();
        return b.build();
    }

    private static PodSpec podSpec(Fields f) {
        if (f == null) {
            return null;
        }
        f.accept("volumes", "nodeSelector", "affinity", "tolerations", "serviceAccountName", "serviceAccount",
                "automountServiceAccountToken", "dnsPolicy", "dnsConfig", "hostNetwork", "hostPID", "hostIPC",
                "initContainers", "imagePullSecrets", "securityContext", "schedulerName", "priorityClassName",
                "priority", "readinessGates", "runtimeClassName", "topologySpreadConstraints", "setHostnameAsFQDN",
                "shareProcessNamespace", "preemptionPolicy", "overhead", "os", "hostAliases", "ephemeralContainers",
                "hostUsers", "schedulingGates", "resourceClaims", "resources");
        PodSpec s = new PodSpec(f.list("containers", "Container", (c, i) -> container(c)),
                f.str("hostname"), f.str("subdomain"), f.str("restartPolicy"), f.bool("enableServiceLinks"),
                f.int64("activeDeadlineSeconds"), f.str("nodeName"), f.int64("terminationGracePeriodSeconds"));
        f.finish();
        return s;
    }

    private static Container container(Fields c) {
        c.accept("imagePullPolicy", "resources", "volumeMounts", "envFrom", "workingDir", "securityContext",
                "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "stdin", "stdinOnce", "tty",
                "volumeDevices", "resizePolicy", "restartPolicy");
        return new Container(c.str("name"), c.str("image"), c.strList("command"), c.strList("args"),
                c.list("ports", "ContainerPort", (p, i) -> {
                    p.accept("hostIP");
                    return new ContainerPort(p.str("name"), p.int32("containerPort"), p.str("protocol"), p.int32("hostPort"));
                }),
                c.list("env", "EnvVar", (e, i) -> {
                    e.accept("valueFrom");
                    return new EnvVar(e.str("name"), e.str("value"));
                }),
                probe(c.obj("readinessProbe", "Probe")), probe(c.obj("livenessProbe", "Probe")),
                probe(c.obj("startupProbe", "Probe")));
    }

    private static Probe probe(Fields p) {
        if (p == null) {
            return null;
        }
        Probe.Exec exec = null;
        Fields e = p.obj("exec", "ExecAction");
        if (e != null) {
            exec = new Probe.Exec(e.strList("command"));
            e.finish();
        }
        Probe.HttpGet http = null;
        Fields h = p.obj("httpGet", "HTTPGetAction");
        if (h != null) {
            http = new Probe.HttpGet(h.str("path"), h.intOrString("port"), h.str("host"), h.str("scheme"),
                    h.list("httpHeaders", "HTTPHeader", (x, i) -> new Probe.Header(x.str("name"), x.str("value"))));
            h.finish();
        }
        Probe.TcpSocket tcp = null;
        Fields t = p.obj("tcpSocket", "TCPSocketAction");
        if (t != null) {
            tcp = new Probe.TcpSocket(t.intOrString("port"), t.str("host"));
            t.finish();
        }
        Probe.Grpc grpc = null;
        Fields g = p.obj("grpc", "GRPCAction");
        if (g != null) {
            grpc = new Probe.Grpc(g.int32("port"), g.str("service"));
            g.finish();
        }
        Probe probe = new Probe(exec, http, tcp, grpc, p.int32("initialDelaySeconds"), p.int32("timeoutSeconds"),
                p.int32("periodSeconds"), p.int32("successThreshold"), p.int32("failureThreshold"),
                p.int64("terminationGracePeriodSeconds"));
        p.finish();
        return probe;
    }

    private static ReplicationController rc(ObjectMeta meta, Fields s) {
        if (s == null) {
            return new ReplicationController(meta, null, null, null, null);
        }
        ReplicationController rc = new ReplicationController(meta, s.int32("replicas"), s.strMap("selector"),
                s.int32("minReadySeconds"), template(s.obj("template", "PodTemplateSpec")));
        s.finish();
        return rc;
    }

    private static PodTemplateSpec template(Fields t) {
        if (t == null) {
            return null;
        }
        PodTemplateSpec p = new PodTemplateSpec(meta(t.obj("metadata", "ObjectMeta")), podSpec(t.obj("spec", "PodSpec")));
        t.finish();
        return p;
    }

    static LabelSelector selector(Fields s) {
        if (s == null) {
            return null;
        }
        LabelSelector sel = new LabelSelector(s.strMap("matchLabels"),
                s.list("matchExpressions", "LabelSelectorRequirement",
                        (r, i) -> new LabelSelector.Requirement(r.str("key"), r.str("operator"), r.strList("values"))));
        s.finish();
        return sel;
    }

    private static Ingress.Spec ingressSpec(Fields f) {
        if (f == null) {
            return null;
        }
        Ingress.Spec s = new Ingress.Spec(f.str("ingressClassName"), backend(f.obj("defaultBackend", "IngressBackend")),
                f.list("tls", "IngressTLS", (t, i) -> new Ingress.Tls(t.strList("hosts"), t.str("secretName"))),
                f.list("rules", "IngressRule", (r, i) -> {
                    Fields http = r.obj("http", "HTTPIngressRuleValue");
                    List<Ingress.Path> paths = null;
                    if (http != null) {
                        paths = http.list("paths", "HTTPIngressPath", (p, j) ->
                                new Ingress.Path(p.str("path"), p.str("pathType"), backend(p.obj("backend", "IngressBackend"))));
                        http.finish();
                    }
                    return new Ingress.Rule(r.str("host"), paths, r.present("http"));
                }));
        f.finish();
        return s;
    }

    private static Ingress.Backend backend(Fields b) {
        if (b == null) {
            return null;
        }
        Ingress.ServiceBackend svc = null;
        Fields s = b.obj("service", "IngressServiceBackend");
        if (s != null) {
            String portName = null;
            Integer portNumber = null;
            Fields port = s.obj("port", "ServiceBackendPort");
            if (port != null) {
                portName = port.str("name");
                portNumber = port.int32("number");
                port.finish();
            }
            svc = new Ingress.ServiceBackend(s.str("name"), portName, portNumber);
            s.finish();
        }
        Ingress.ResourceRef res = null;
        Fields r = b.obj("resource", "TypedLocalObjectReference");
        if (r != null) {
            res = new Ingress.ResourceRef(r.str("apiGroup"), r.str("kind"), r.str("name"));
            r.finish();
        }
        b.finish();
        return new Ingress.Backend(svc, res);
    }
}
