package servicelab.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import servicelab.model.Container;
import servicelab.model.ContainerPort;
import servicelab.model.Deployment;
import servicelab.model.IntOrString;
import servicelab.model.Ingress;
import servicelab.model.KubeObject;
import servicelab.model.LabelSelector;
import servicelab.model.Labels;
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
 * Mistakes the API server accepts but that leave a learner's Services without traffic, found
 * across the valid, defaulted objects of one file: selectors that match nothing, targetPorts no
 * selected container declares, Ingress backends pointing at missing Services or ports, fields
 * that have no effect on ExternalName and headless Services, overlapping workload selectors and
 * probe ports named nowhere.
 *
 * <p>Pods are the bare Pods of the file plus the pod templates of its ReplicationControllers,
 * ReplicaSets and Deployments, matched in the Service's namespace.
 */
public final class LearnerWarnings {
    private LearnerWarnings() {
    }

    /** A pod, or the template of the pods a workload will create. */
    private record PodSource(int index, String kind, String name, String namespace, Map<String, String> labels,
                             PodSpec spec, boolean noReplicas, String specPath) {
    }

    /**
     * Fields of one object as written (before defaulting) that the API server's defaulting silently
     * drops: a sessionAffinityConfig without sessionAffinity ClientIP (SetDefaults_Service).
     */
    public static List<Warning> droppedByDefaulting(int index, KubeObject raw) {
        if (raw instanceof Service s && s.spec() != null && s.spec().sessionAffinityConfigSet()) {
            String sa = s.spec().sessionAffinity();
            if (sa == null || sa.isEmpty() || sa.equals("None")) {
                return List.of(new Warning(index, "spec.sessionAffinityConfig", "w.sessionAffinityConfig.dropped", List.of()));
            }
        }
        return List.of();
    }

    public static List<Warning> check(List<KubeObject> objects) {
        List<PodSource> sources = podSources(objects);
        LabelIndex<PodSource> pods = new LabelIndex<>();
        sources.forEach(src -> pods.add(src.namespace(), src.labels(), src));
        int[] overlaps = overlaps(objects);
        List<KubeObject> adopters = objects.stream()
                .filter(o -> o instanceof ReplicationController || o instanceof ReplicaSet).toList();
        List<Warning> out = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            KubeObject o = objects.get(i);
            if (o instanceof Service s) {
                service(out, i, s, pods);
            } else if (o instanceof Ingress ing) {
                ingress(out, i, ing, objects);
            } else if (o instanceof Pod p) {
                adoption(out, i, p, adopters);
            } else if (o instanceof servicelab.model.EndpointSlice es) {
                if (es.serviceName() == null) {
                    out.add(new Warning(i, "metadata.labels", "w.endpointSlice.noServiceName", List.of()));
                } else if ("FQDN".equals(es.addressType())) {
                    // the API server's warning on create: "spec.addressType: FQDN endpoints are deprecated"
                    out.add(new Warning(i, "addressType", "w.endpointSlice.fqdn", List.of()));
                }
            } else if (o instanceof servicelab.model.ConfigMap cm && cm.proxy() != null) {
                String field = "data[" + servicelab.model.ConfigMap.KUBE_PROXY_KEY + "]";
                if (cm.proxy().problem() != null) {
                    out.add(new Warning(i, field, "w.kubeProxy.config", List.of(cm.proxy().problem())));
                } else if ("ipvs".equals(cm.proxy().mode())) {
                    out.add(new Warning(i, field, "w.kubeProxy.ipvs", List.of()));
                }
            }
            if (overlaps[i] >= 0) {
                KubeObject other = objects.get(overlaps[i]);
                out.add(new Warning(i, "spec.selector", "w.workload.selectorOverlap",
                        List.of(other.kind() + "/" + GoValues.nz(other.name()))));
            }
        }
        for (PodSource src : sources) {
            probePorts(out, src);
        }
        out.sort((a, b) -> Integer.compare(a.objectIndex(), b.objectIndex()));
        return out;
    }

    private static List<PodSource> podSources(List<KubeObject> objects) {
        List<PodSource> sources = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            KubeObject o = objects.get(i);
            if (o instanceof Pod p) {
                Map<String, String> labels = p.metadata() == null ? Map.of() : p.metadata().labelsOrEmpty();
                sources.add(new PodSource(i, "Pod", p.name(), p.namespaceOrDefault(), labels, p.spec(), false, "spec"));
            } else if (isWorkload(o)) {
                PodTemplateSpec t = template(o);
                if (t != null) {
                    sources.add(new PodSource(i, o.kind(), o.name(), o.namespaceOrDefault(), t.labelsOrEmpty(), t.spec(),
                            replicas(o) == 0, "spec.template.spec"));
                }
            }
        }
        return sources;
    }

    private static void service(List<Warning> out, int i, Service s, LabelIndex<PodSource> pods) {
        ServiceSpec spec = s.spec() == null ? ServiceSpec.builder().build() : s.spec();
        Map<String, String> selector = spec.selectorOrEmpty();
        boolean headless = "None".equals(spec.clusterIP()) || ServiceValidation.isHeadless(spec);
        if ("ExternalName".equals(spec.type())) {
            if (!spec.portsOrEmpty().isEmpty()) {
                out.add(new Warning(i, "spec.ports", "w.externalName.ports", List.of()));
            }
            if (!selector.isEmpty()) {
                out.add(new Warning(i, "spec.selector", "w.externalName.selector", List.of(Labels.format(selector))));
            }
            if ("ClientIP".equals(spec.sessionAffinity())) {
                out.add(new Warning(i, "spec.sessionAffinity", "w.sessionAffinity.externalName", List.of()));
            }
            return;
        }
        if (headless) {
            if ("ClientIP".equals(spec.sessionAffinity())) {
                out.add(new Warning(i, "spec.sessionAffinity", "w.sessionAffinity.headless", List.of()));
            }
            List<ServicePort> ports = spec.portsOrEmpty();
            for (int p = 0; p < ports.size(); p++) {
                int port = GoValues.nz(ports.get(p).port());
                IntOrString tp = targetPort(ports.get(p));
                if (!(tp.isInt() && tp.intValue() == port)) {
                    out.add(new Warning(i, "spec.ports[" + p + "].targetPort", "w.headless.targetPort",
                            List.of(String.valueOf(port), tp.toString())));
                }
            }
        }
        if (selector.isEmpty()) {
            out.add(new Warning(i, "spec.selector", "w.selector.missing", List.of()));
            return;
        }
        List<PodSource> matched = pods.candidates(s.namespaceOrDefault(), LabelIndex.required(selector)).stream()
                .filter(src -> Labels.matches(selector, src.labels()))
                .toList();
        String text = Labels.format(selector);
        if (matched.isEmpty()) {
            out.add(new Warning(i, "spec.selector", "w.selector.noMatch", List.of(text)));
            return;
        }
        if (matched.stream().allMatch(PodSource::noReplicas)) {
            PodSource first = matched.get(0);
            out.add(new Warning(i, "spec.selector", "w.selector.onlyZeroReplicas", List.of(text, first.kind() + "/" + first.name())));
            return;
        }
        targetPorts(out, i, spec, matched);
    }

    /** A port only works if some selected container declares it (names must also match the protocol). */
    private static void targetPorts(List<Warning> out, int i, ServiceSpec spec, List<PodSource> matched) {
        List<ServicePort> ports = spec.portsOrEmpty();
        for (int p = 0; p < ports.size(); p++) {
            ServicePort sp = ports.get(p);
            String protocol = sp.protocol() == null ? "TCP" : sp.protocol();
            IntOrString tp = targetPort(sp);
            boolean found = matched.stream().flatMap(src -> containerPorts(src.spec()).stream())
                    .anyMatch(cp -> protocolOf(cp).equals(protocol)
                            && (tp.isInt() ? tp.intValue().equals(cp.containerPort()) : tp.strValue().equals(cp.name())));
            if (!found) {
                String key = tp.isInt() ? "w.targetPort.numberNotDeclared" : "w.targetPort.nameNotFound";
                out.add(new Warning(i, "spec.ports[" + p + "].targetPort", key, List.of(tp.toString(), protocol)));
            }
        }
    }

    private static void ingress(List<Warning> out, int i, Ingress ing, List<KubeObject> objects) {
        Ingress.Spec spec = ing.spec();
        if (spec == null) {
            return;
        }
        if (spec.defaultBackend() != null) {
            backend(out, i, ing, spec.defaultBackend(), "spec.defaultBackend", objects);
        }
        List<Ingress.Rule> rules = spec.rulesOrEmpty();
        for (int r = 0; r < rules.size(); r++) {
            List<Ingress.Path> paths = rules.get(r).pathsOrEmpty();
            for (int p = 0; p < paths.size(); p++) {
                if (paths.get(p).backend() != null) {
                    backend(out, i, ing, paths.get(p).backend(), "spec.rules[" + r + "].http.paths[" + p + "].backend", objects);
                }
            }
        }
    }

    private static void backend(List<Warning> out, int i, Ingress ing, Ingress.Backend b, String path,
                                List<KubeObject> objects) {
        Ingress.ServiceBackend sb = b.service();
        if (sb == null || sb.name() == null) {
            return;
        }
        Service target = objects.stream()
                .filter(o -> o instanceof Service && sb.name().equals(o.name())
                        && o.namespaceOrDefault().equals(ing.namespaceOrDefault()))
                .map(o -> (Service) o).findFirst().orElse(null);
        if (target == null) {
            out.add(new Warning(i, path + ".service.name", "w.ingress.serviceNotFound", List.of(sb.name())));
            return;
        }
        List<ServicePort> ports = target.spec() == null ? List.of() : target.spec().portsOrEmpty();
        if (GoValues.nz(sb.portNumber()) != 0) {
            if (ports.stream().noneMatch(sp -> sb.portNumber().equals(sp.port()))) {
                out.add(new Warning(i, path + ".service.port.number", "w.ingress.portNotFound",
                        List.of(sb.name(), String.valueOf(sb.portNumber()))));
            }
        } else if (sb.portName() != null && !sb.portName().isEmpty()) {
            if (ports.stream().noneMatch(sp -> sb.portName().equals(sp.name()))) {
                out.add(new Warning(i, path + ".service.port.name", "w.ingress.portNotFound", List.of(sb.name(), sb.portName())));
            }
        }
    }

    /**
     * Two workloads whose selectors reach each other's pods fight over them: for each object, the
     * first workload before it in the file that it overlaps with (-1 for none).
     */
    private static int[] overlaps(List<KubeObject> objects) {
        int[] first = new int[objects.size()];
        java.util.Arrays.fill(first, -1);
        LabelIndex<Integer> templates = new LabelIndex<>();
        for (int i = 0; i < objects.size(); i++) {
            if (isWorkload(objects.get(i))) {
                templates.add(objects.get(i).namespaceOrDefault(), templateLabels(objects.get(i)), i);
            }
        }
        for (int a = 0; a < objects.size(); a++) {
            KubeObject o = objects.get(a);
            if (!isWorkload(o)) {
                continue;
            }
            for (int b : templates.candidates(o.namespaceOrDefault(), requiredPair(o))) {
                if (b != a && selects(o, templateLabels(objects.get(b)))) {
                    // either one selecting the other's pods makes the pair; the later one is warned
                    int later = Math.max(a, b), earlier = Math.min(a, b);
                    first[later] = first[later] < 0 ? earlier : Math.min(first[later], earlier);
                }
            }
        }
        return first;
    }

    private static Map.Entry<String, String> requiredPair(KubeObject workload) {
        if (workload instanceof ReplicationController rc) {
            return LabelIndex.required(rc.selector());
        }
        LabelSelector sel = workload instanceof ReplicaSet rs ? rs.selector() : ((Deployment) workload).selector();
        return sel == null ? null : LabelIndex.required(sel);
    }

    /**
     * A bare Pod that a ReplicationController or ReplicaSet selects is adopted and counted as one
     * of its replicas. (A Deployment's ReplicaSets add pod-template-hash, so they do not adopt it.)
     */
    private static void adoption(List<Warning> out, int i, Pod pod, List<KubeObject> adopters) {
        Map<String, String> labels = pod.metadata() == null ? Map.of() : pod.metadata().labelsOrEmpty();
        for (KubeObject o : adopters) {
            if (o.namespaceOrDefault().equals(pod.namespaceOrDefault()) && selects(o, labels)) {
                out.add(new Warning(i, "metadata.labels", "w.pod.adoptedByWorkload",
                        List.of(o.kind() + "/" + GoValues.nz(o.name()))));
                return;
            }
        }
    }

    /** The kubelet looks a probe's named port up in the same container's ports. */
    private static void probePorts(List<Warning> out, PodSource src) {
        if (src.spec() == null) {
            return;
        }
        List<Container> containers = src.spec().containersOrEmpty();
        for (int c = 0; c < containers.size(); c++) {
            Container ctr = containers.get(c);
            String base = src.specPath() + ".containers[" + c + "]";
            probePort(out, src.index(), ctr, ctr.readinessProbe(), base + ".readinessProbe");
            probePort(out, src.index(), ctr, ctr.livenessProbe(), base + ".livenessProbe");
            probePort(out, src.index(), ctr, ctr.startupProbe(), base + ".startupProbe");
        }
    }

    private static void probePort(List<Warning> out, int index, Container ctr, Probe probe, String path) {
        if (probe == null) {
            return;
        }
        IntOrString port = null;
        String field = null;
        if (probe.httpGet() != null) {
            port = probe.httpGet().port();
            field = path + ".httpGet.port";
        } else if (probe.tcpSocket() != null) {
            port = probe.tcpSocket().port();
            field = path + ".tcpSocket.port";
        }
        if (port == null || port.isInt() || port.strValue() == null) {
            return;
        }
        String name = port.strValue();
        if (ctr.portsOrEmpty().stream().noneMatch(cp -> name.equals(cp.name()))) {
            out.add(new Warning(index, field, "w.probe.portNameNotFound", List.of(name, GoValues.nz(ctr.name()))));
        }
    }

    /** The targetPort as defaulting leaves it: the port number when unset. */
    private static IntOrString targetPort(ServicePort sp) {
        IntOrString tp = sp.targetPort();
        return tp == null || tp.isZero() ? IntOrString.of(GoValues.nz(sp.port())) : tp;
    }

    private static boolean isWorkload(KubeObject o) {
        return o instanceof ReplicationController || o instanceof ReplicaSet || o instanceof Deployment;
    }

    private static PodTemplateSpec template(KubeObject o) {
        if (o instanceof ReplicationController rc) {
            return rc.template();
        }
        if (o instanceof ReplicaSet rs) {
            return rs.template();
        }
        return ((Deployment) o).template();
    }

    private static Map<String, String> templateLabels(KubeObject workload) {
        PodTemplateSpec t = template(workload);
        return t == null ? Map.of() : t.labelsOrEmpty();
    }

    private static int replicas(KubeObject o) {
        Integer r = o instanceof ReplicationController rc ? rc.replicas()
                : o instanceof ReplicaSet rs ? rs.replicas() : ((Deployment) o).replicas();
        return r == null ? 1 : r;
    }

    /** Whether a workload's (non-empty) selector selects pods with these labels. */
    private static boolean selects(KubeObject workload, Map<String, String> labels) {
        if (workload instanceof ReplicationController rc) {
            return rc.selector() != null && !rc.selector().isEmpty() && Labels.matches(rc.selector(), labels);
        }
        LabelSelector sel = workload instanceof ReplicaSet rs ? rs.selector() : ((Deployment) workload).selector();
        return sel != null && !sel.isEmpty() && sel.matches(labels);
    }

    private static List<ContainerPort> containerPorts(PodSpec spec) {
        if (spec == null) {
            return List.of();
        }
        return spec.containersOrEmpty().stream().flatMap(c -> c.portsOrEmpty().stream()).toList();
    }

    private static String protocolOf(ContainerPort cp) {
        return cp.protocol() == null || cp.protocol().isEmpty() ? "TCP" : cp.protocol();
    }
}
