package servicelab.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import servicelab.kubectl.Kubectl.Result;
import servicelab.manifest.ManifestEditor;
import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.Deployment;
import servicelab.model.KubeObject;
import servicelab.model.PodTemplateSpec;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;
import servicelab.model.ServicePort;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/**
 * {@code kubectl expose}: a Service for a pod, Service or workload, its selector, ports and labels
 * read from the exposed object unless flags give them, added to the manifest text.
 */
final class ExposeCommand {
    /** What expose reads from the exposed object; each may be missing. */
    private static final class Source {
        Map<String, String> selector;
        final List<ContainerPort> containerPorts = new ArrayList<>();
        List<ServicePort> servicePorts;
        Map<String, String> labels;
    }

    private final Kubectl k;

    ExposeCommand(Kubectl k) {
        this.k = k;
    }

    Result run(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("--port", "--target-port", "--type", "--name", "--selector", "-l", "--protocol",
                        "--dry-run", "-o", "--output", "--labels", "--external-ip", "--session-affinity", "--cluster-ip"),
                Set.of(), Map.of("-o", "--output", "-l", "--labels"));
        Kubectl.Named named = Kubectl.Named.of(a.positional);
        if (named.error() != null) {
            return named.error();
        }
        Resources r = named.type();
        if (!Set.of(Resources.PODS, Resources.SERVICES, Resources.DEPLOYMENTS, Resources.REPLICASETS,
                Resources.REPLICATIONCONTROLLERS).contains(r)) {
            return Result.error("error: cannot expose a " + r.kind);
        }
        Source src = new Source();
        Result bad = switch (r) {
            case PODS -> readPod(a, r, src);
            case SERVICES -> readService(a, r, src);
            default -> readWorkload(a, r, src);
        };
        if (bad != null) {
            return bad;
        }
        if (a.get("--selector") != null) {
            src.selector = selectorFlag(a.get("--selector"));
        }
        String svcName = a.get("--name") != null ? a.get("--name") : nameOf(a);
        List<Object> ports = new ArrayList<>();
        bad = ports(a, src, ports);
        if (bad != null) {
            return bad;
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("ports", ports);
        spec.put("selector", src.selector);
        bad = putType(a, svcName, spec);
        if (bad != null) {
            return bad;
        }
        if (a.get("--session-affinity") != null) {
            spec.put("sessionAffinity", a.get("--session-affinity"));
        }
        if (a.get("--cluster-ip") != null) {
            spec.put("clusterIP", a.get("--cluster-ip"));
        }
        return addService(a, svcName, src.labels, spec);
    }

    // ------------------------------------------------------------------ what the exposed object says

    private Result readPod(Argv a, Resources r, Source src) {
        SimPod sp = k.sim().userPods().stream().filter(x -> x.name().equals(nameOf(a))).findFirst().orElse(null);
        if (sp == null) {
            return Result.error(Kubectl.notFound(r, nameOf(a)));
        }
        src.labels = new TreeMap<>(sp.labels());
        src.selector = src.labels.isEmpty() ? null : src.labels;
        src.containerPorts.addAll(sp.ports());
        if (src.selector == null && a.get("--selector") == null) {
            return Result.error("error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed");
        }
        return null;
    }

    private Result readService(Argv a, Resources r, Source src) {
        SimService s = k.sim().service("default", nameOf(a));
        if (s == null) {
            return Result.error(Kubectl.notFound(r, nameOf(a)));
        }
        src.selector = s.selector() == null || s.selector().isEmpty() ? null : s.selector();
        Service svc = k.objects(Service.class).stream().filter(x -> x.name().equals(s.name())).findFirst().orElse(null);
        src.servicePorts = svc == null ? List.of() : svc.spec().portsOrEmpty();
        src.labels = svc == null || svc.metadata().labels() == null ? null : svc.metadata().labels();
        if (src.selector == null && a.get("--selector") == null) {
            return Result.error("error: couldn't retrieve selectors via --selector flag or introspection: the service has no pod selector set");
        }
        return null;
    }

    private Result readWorkload(Argv a, Resources r, Source src) {
        KubeObject o = workload(r, nameOf(a));
        if (o == null) {
            return Result.error(Kubectl.notFound(r, nameOf(a)));
        }
        PodTemplateSpec t = template(o);
        if (o instanceof ReplicationController rc) {
            src.selector = rc.selector() == null || rc.selector().isEmpty() ? t.labelsOrEmpty() : rc.selector();
        } else {
            var ls = o instanceof Deployment d ? d.selector() : ((ReplicaSet) o).selector();
            if (ls != null && ls.matchExpressions() != null && !ls.matchExpressions().isEmpty()) {
                return Result.error("error: couldn't convert expressions - \"" + ls.matchExpressions().get(0).key()
                        + "\" to map-based selector format");
            }
            src.selector = ls == null ? null : ls.matchLabels();
        }
        src.labels = o.metadata().labels() == null ? null : o.metadata().labels();
        for (Container c : t.spec().containersOrEmpty()) {
            if (c.ports() != null) {
                src.containerPorts.addAll(c.ports());
            }
        }
        return null;
    }

    private KubeObject workload(Resources r, String name) {
        Class<? extends KubeObject> type = switch (r) {
            case DEPLOYMENTS -> Deployment.class;
            case REPLICASETS -> ReplicaSet.class;
            case REPLICATIONCONTROLLERS -> ReplicationController.class;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        return k.objects(type).stream().filter(o -> o.name().equals(name) && "default".equals(o.namespaceOrDefault()))
                .findFirst().orElse(null);
    }

    private static PodTemplateSpec template(KubeObject o) {
        if (o instanceof Deployment d) {
            return d.template();
        }
        if (o instanceof ReplicaSet rs) {
            return rs.template();
        }
        return ((ReplicationController) o).template();
    }

    // ------------------------------------------------------------------ the Service

    /** Adds the Service's ports: --port's, else the exposed Service's, else the containers'; an error if none. */
    private static Result ports(Argv a, Source src, List<Object> ports) {
        String protocol = a.get("--protocol") != null ? a.get("--protocol") : "TCP";
        if (a.get("--port") != null) {
            return flagPorts(a, protocol, ports);
        } else if (src.servicePorts != null && !src.servicePorts.isEmpty()) {
            servicePorts(a, src.servicePorts, ports);
        } else if (!src.containerPorts.isEmpty()) {
            containerPorts(a, src.containerPorts, ports);
        } else {
            return Result.error("error: couldn't find port via --port flag or introspection");
        }
        return null;
    }

    private static Result flagPorts(Argv a, String protocol, List<Object> ports) {
        String[] list = a.get("--port").split(",");
        for (int i = 0; i < list.length; i++) {
            Integer port = Kubectl.parsePort(list[i]);
            if (port == null) {
                return Result.error("error: strconv.Atoi: parsing \"" + list[i] + "\": invalid syntax");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            if (list.length > 1) {
                p.put("name", "port-" + (i + 1));
            }
            p.put("port", port);
            p.put("protocol", protocol);
            p.put("targetPort", a.get("--target-port") != null ? portValue(a.get("--target-port")) : port);
            ports.add(p);
        }
        return null;
    }

    private static void servicePorts(Argv a, List<ServicePort> servicePorts, List<Object> ports) {
        for (ServicePort sp : servicePorts) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (sp.name() != null && servicePorts.size() > 1) {
                p.put("name", sp.name());
            }
            p.put("port", sp.port());
            p.put("protocol", sp.protocol() == null ? "TCP" : sp.protocol());
            p.put("targetPort", a.get("--target-port") != null ? portValue(a.get("--target-port"))
                    : sp.targetPort() == null ? sp.port() : sp.targetPort().intValue() != null
                    ? (Object) sp.targetPort().intValue() : sp.targetPort().strValue());
            ports.add(p);
        }
    }

    private static void containerPorts(Argv a, List<ContainerPort> containerPorts, List<Object> ports) {
        for (int i = 0; i < containerPorts.size(); i++) {
            ContainerPort cp = containerPorts.get(i);
            Map<String, Object> p = new LinkedHashMap<>();
            if (containerPorts.size() > 1) {
                p.put("name", "port-" + (i + 1));
            }
            p.put("port", cp.containerPort());
            p.put("protocol", cp.protocol() == null ? "TCP" : cp.protocol());
            p.put("targetPort", a.get("--target-port") != null ? portValue(a.get("--target-port")) : cp.containerPort());
            ports.add(p);
        }
    }

    /** Puts --type, in its canonical spelling, into spec; the API server's error for an unknown type, else null. */
    private static Result putType(Argv a, String svcName, Map<String, Object> spec) {
        if (a.get("--type") != null) {
            String t = a.get("--type");
            String canon = switch (t.toLowerCase(java.util.Locale.ROOT)) {
                case "clusterip" -> "ClusterIP";
                case "nodeport" -> "NodePort";
                case "loadbalancer" -> "LoadBalancer";
                case "externalname" -> "ExternalName";
                default -> null;
            };
            if (canon == null) {
                return Result.error("The Service \"" + svcName + "\" is invalid: spec.type: Unsupported value: \"" + t
                        + "\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"");
            }
            spec.put("type", canon);
        }
        return null;
    }

    /** Prints (dry run) or adds the Service; its labels are the exposed object's, without pod-template-hash. */
    private Result addService(Argv a, String svcName, Map<String, String> labels, Map<String, Object> spec) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Service");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("creationTimestamp", null);
        if (labels != null && !labels.isEmpty()) {
            Map<String, String> l = new TreeMap<>(labels);
            l.remove("pod-template-hash");
            meta.put("labels", l);
        }
        meta.put("name", svcName);
        obj.put("metadata", meta);
        obj.put("spec", spec);
        obj.put("status", Map.of("loadBalancer", Map.of()));
        String dryRun = Argv.UNCHANGED.equals(a.get("--dry-run")) ? "client" : a.get("--dry-run");
        if (dryRun != null && !dryRun.equals("none")) {
            return a.get("--output") == null ? Result.ok("service/" + svcName + " exposed (" + (dryRun.equals("server") ? "server " : "") + "dry run)\n")
                    : Kubectl.printObject(obj, a.get("--output"), Resources.SERVICES, svcName);
        }
        if (Kubectl.find(k.current(), "Service", "default", svcName) != null) {
            return Result.error("Error from server (AlreadyExists): services \"" + svcName + "\" already exists");
        }
        List<String> invalid = Kubectl.serverErrors(obj);
        if (!invalid.isEmpty()) {
            return Result.error(Kubectl.invalidStatus("Service", svcName, invalid));
        }
        k.edit(ManifestEditor.of(k.host().text()).addDocument(Kubectl.clean(obj)));
        return a.get("--output") == null ? Result.ok("service/" + svcName + " exposed\n")
                : Kubectl.printObject(obj, a.get("--output"), Resources.SERVICES, svcName);
    }

    /** --selector's k=v,k2=v2 (a key alone selects the empty value). */
    private static Map<String, String> selectorFlag(String flag) {
        Map<String, String> selector = new LinkedHashMap<>();
        for (String kv : flag.split(",")) {
            String[] p = kv.split("=", 2);
            selector.put(p[0], p.length > 1 ? p[1] : "");
        }
        return selector;
    }

    private static String nameOf(Argv a) {
        String first = a.positional.get(0);
        return first.contains("/") ? first.substring(first.indexOf('/') + 1) : a.positional.get(1);
    }

    private static Object portValue(String s) {
        Integer n = Kubectl.parsePort(s);
        return n != null ? (Object) n : s;
    }
}
