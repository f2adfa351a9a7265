package servicelab.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.manifest.YNode;
import servicelab.model.Container;
import servicelab.model.KubeObject;
import servicelab.sim.Endpoint;
import servicelab.sim.NodeInfo;
import servicelab.sim.PodRuntime;
import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/**
 * The data {@code get -o yaml|json} prints for an object: a declared object's document as written
 * (with its namespace), and for what the cluster makes (pods, Services, Endpoints, EndpointSlices)
 * the fields kubectl shows.
 */
final class ObjectData {
    private final Kubectl k;
    private final ObjectRows rows;

    ObjectData(Kubectl k, ObjectRows rows) {
        this.k = k;
        this.rows = rows;
    }

    Object documentData(String kind, KubeObject o) {
        CheckReport r = k.host().shown();
        if (r == null) {
            return Map.of();
        }
        DocumentReport d = Kubectl.find(r, kind, o.namespaceOrDefault(), o.name());
        if (d == null) {
            return Map.of();
        }
        YNode root = r.parsed().documents().get(d.index()).root();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) YNode.toData(root));
        Map<String, Object> meta = new LinkedHashMap<>();
        if (data.get("metadata") instanceof Map<?, ?> m) {
            m.forEach((key, v) -> meta.put(String.valueOf(key), v));
        }
        meta.putIfAbsent("namespace", o.namespaceOrDefault());
        data.put("metadata", meta);
        return data;
    }

    Object serviceData(SimService s) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Service");
        Map<String, Object> meta = new LinkedHashMap<>();
        Map<String, String> labels = rows.serviceLabels(s);
        if (!labels.isEmpty()) {
            meta.put("labels", labels);
        }
        meta.put("name", s.name());
        meta.put("namespace", s.namespace());
        obj.put("metadata", meta);
        Map<String, Object> spec = new LinkedHashMap<>();
        if (!s.isExternalName()) {
            spec.put("clusterIP", s.clusterIP() == null ? "None" : s.clusterIP());
            spec.put("clusterIPs", List.of(s.clusterIP() == null ? "None" : s.clusterIP()));
            if (s.internalTrafficPolicy() != null) {
                spec.put("internalTrafficPolicy", s.internalTrafficPolicy());
            }
            spec.put("ipFamilies", List.of("IPv4"));
            spec.put("ipFamilyPolicy", "SingleStack");
        } else {
            spec.put("externalName", s.externalName());
        }
        if (s.externalTrafficPolicy() != null && ("NodePort".equals(s.type()) || "LoadBalancer".equals(s.type()))) {
            spec.put("externalTrafficPolicy", s.externalTrafficPolicy());
        }
        if (!s.ports().isEmpty()) {
            List<Object> ports = new ArrayList<>();
            for (SimService.Port p : s.ports()) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (p.name() != null && !p.name().isEmpty()) {
                    m.put("name", p.name());
                }
                if (p.nodePort() != null) {
                    m.put("nodePort", p.nodePort());
                }
                m.put("port", p.port());
                m.put("protocol", p.protocol() == null ? "TCP" : p.protocol());
                m.put("targetPort", p.targetPort() == null ? p.port() : p.targetPort().intValue() != null
                        ? (Object) p.targetPort().intValue() : p.targetPort().strValue());
                ports.add(m);
            }
            spec.put("ports", ports);
        }
        if (s.selector() != null && !s.selector().isEmpty()) {
            spec.put("selector", s.selector());
        }
        spec.put("sessionAffinity", s.sessionAffinity() == null ? "None" : s.sessionAffinity());
        if ("ClientIP".equals(s.sessionAffinity())) {
            spec.put("sessionAffinityConfig", Map.of("clientIP", Map.of("timeoutSeconds", s.affinityTimeoutSeconds())));
        }
        java.util.Optional.ofNullable(s.trafficDistribution()).ifPresent(v -> spec.put("trafficDistribution", v));
        spec.put("type", s.type());
        obj.put("spec", spec);
        obj.put("status", Map.of("loadBalancer", s.loadBalancerIP() == null ? Map.of()
                : Map.of("ingress", List.of(Map.of("ip", s.loadBalancerIP(), "ipMode", "VIP")))));
        return obj;
    }

    Object podData(SimPod p, PodRuntime pr) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Pod");
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!p.labels().isEmpty()) {
            meta.put("labels", p.labels());
        }
        meta.put("name", p.name());
        meta.put("namespace", p.namespace());
        meta.put("uid", p.uid());
        obj.put("metadata", meta);
        Map<String, Object> spec = new LinkedHashMap<>();
        List<Object> containers = new ArrayList<>();
        if (pr != null && pr.spec() != null) {
            for (Container c : pr.spec().containersOrEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("image", c.image());
                m.put("name", c.name());
                if (c.ports() != null && !c.ports().isEmpty()) {
                    List<Object> ports = new ArrayList<>();
                    for (var cp : c.ports()) {
                        Map<String, Object> pm = new LinkedHashMap<>();
                        pm.put("containerPort", cp.containerPort());
                        if (cp.name() != null) {
                            pm.put("name", cp.name());
                        }
                        pm.put("protocol", cp.protocol() == null ? "TCP" : cp.protocol());
                        ports.add(pm);
                    }
                    m.put("ports", ports);
                }
                containers.add(m);
            }
        }
        spec.put("containers", containers);
        if (p.node() != null) {
            spec.put("nodeName", p.node());
        }
        obj.put("spec", spec);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("phase", p.ip() == null ? "Pending" : "Running");
        if (p.ip() != null) {
            NodeInfo n = k.world().node(p.node());
            if (n != null) {
                status.put("hostIP", n.ip());
            }
            status.put("podIP", p.ip());
            status.put("podIPs", List.of(Map.of("ip", p.ip())));
        }
        status.put("conditions", List.of(Map.of("type", "Ready", "status", p.ready() ? "True" : "False")));
        obj.put("status", status);
        return obj;
    }

    Object endpointsData(SimService s) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", "v1");
        obj.put("kind", "Endpoints");
        obj.put("metadata", Map.of("name", s.name(), "namespace", s.namespace()));
        List<Endpoint> eps = k.sim().controllerEndpoints(s.namespace(), s.name());
        Function<Endpoint, Object> addr = e -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("ip", e.ip());
            if (e.node() != null) {
                a.put("nodeName", e.node());
            }
            if (e.pod() != null) { // a hand-written address names no pod
                a.put("targetRef", Map.of("kind", "Pod", "name", e.pod(), "namespace", s.namespace()));
            }
            return a;
        };
        Map<String, Object> subset = new LinkedHashMap<>();
        List<Object> ready = eps.stream().filter(Endpoint::ready).map(addr).toList();
        List<Object> notReady = eps.stream().filter(e -> !e.ready()).map(addr).toList();
        if (!ready.isEmpty()) {
            subset.put("addresses", ready);
        }
        if (!notReady.isEmpty()) {
            subset.put("notReadyAddresses", notReady);
        }
        if (!eps.isEmpty()) {
            List<Object> ports = new ArrayList<>();
            for (SimService.Port p : s.ports()) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (p.name() != null && !p.name().isEmpty()) {
                    m.put("name", p.name());
                }
                Integer t = eps.get(0).ports().get(p.name() == null ? "" : p.name());
                m.put("port", t == null ? p.port() : t);
                m.put("protocol", p.protocol() == null ? "TCP" : p.protocol());
                ports.add(m);
            }
            subset.put("ports", ports);
            obj.put("subsets", List.of(subset));
        }
        return obj;
    }

    Object sliceData(SimService s, String name, List<Endpoint> eps) {
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("addressType", "IPv4");
        obj.put("apiVersion", "discovery.k8s.io/v1");
        List<Object> endpoints = new ArrayList<>();
        for (Endpoint e : eps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("addresses", List.of(e.ip()));
            m.put("conditions", Map.of("ready", e.ready(), "serving", e.serving(), "terminating", e.terminating()));
            if (e.node() != null) {
                m.put("nodeName", e.node());
            }
            if (e.pod() != null) {
                m.put("targetRef", Map.of("kind", "Pod", "name", e.pod(), "namespace", s.namespace()));
            }
            endpoints.add(m);
        }
        obj.put("endpoints", endpoints);
        obj.put("kind", "EndpointSlice");
        obj.put("metadata", Map.of("labels", Map.of("kubernetes.io/service-name", s.name(),
                "endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io"), "name", name, "namespace", s.namespace()));
        List<Object> ports = new ArrayList<>();
        for (SimService.Port p : s.ports()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name() == null ? "" : p.name());
            Integer t = eps.isEmpty() ? null : eps.get(0).ports().get(p.name() == null ? "" : p.name());
            m.put("port", t == null ? p.port() : t);
            m.put("protocol", p.protocol() == null ? "TCP" : p.protocol());
            ports.add(m);
        }
        obj.put("ports", ports);
        return obj;
    }
}
