#!/usr/bin/env python3
# Builds fixtures.json (next to this file): the Kubernetes-in-Action style "kubia" objects served by fakeapi.py.
import json, copy
CT = "2025-01-15T09:00:00Z"     # creationTimestamp of everything (absolute, shown by describe)
HASH = "7b9d6c8f5d"
tmpl_labels = {"app": "kubia"}
container = {"name": "kubia", "image": "luksa/kubia", "ports": [{"containerPort": 8080, "protocol": "TCP"}],
             "resources": {}, "terminationMessagePath": "/dev/termination-log",
             "terminationMessagePolicy": "File", "imagePullPolicy": "Always"}
podspec = {"containers": [container], "restartPolicy": "Always", "terminationGracePeriodSeconds": 30,
           "dnsPolicy": "ClusterFirst", "securityContext": {}, "schedulerName": "default-scheduler"}
out = []
def meta(name, labels=None, **kw):
    m = {"name": name, "namespace": "default", "creationTimestamp": CT}
    if labels is not None:
        m["labels"] = labels
    m.update(kw)
    return m

dep = {"apiVersion": "apps/v1", "kind": "Deployment",
       "metadata": meta("kubia", {"app": "kubia"}, generation=1, uid="11111111-1111-1111-1111-111111111111",
                        annotations={"deployment.kubernetes.io/revision": "1"}),
       "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "kubia"}},
                "template": {"metadata": {"creationTimestamp": None, "labels": dict(tmpl_labels)}, "spec": podspec},
                "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}},
                "revisionHistoryLimit": 10, "progressDeadlineSeconds": 600},
       "status": {"observedGeneration": 1, "replicas": 3, "updatedReplicas": 3, "readyReplicas": 3, "availableReplicas": 3,
                  "conditions": [
                      {"type": "Available", "status": "True", "lastUpdateTime": CT, "lastTransitionTime": CT,
                       "reason": "MinimumReplicasAvailable", "message": "Deployment has minimum availability."},
                      {"type": "Progressing", "status": "True", "lastUpdateTime": CT, "lastTransitionTime": CT,
                       "reason": "NewReplicaSetAvailable", "message": 'ReplicaSet "kubia-%s" has successfully progressed.' % HASH}]}}
out.append(dep)
rs_labels = {"app": "kubia", "pod-template-hash": HASH}
rs = {"apiVersion": "apps/v1", "kind": "ReplicaSet",
      "metadata": meta("kubia-" + HASH, dict(rs_labels), uid="22222222-2222-2222-2222-222222222222",
                       annotations={"deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4",
                                    "deployment.kubernetes.io/revision": "1"},
                       ownerReferences=[{"apiVersion": "apps/v1", "kind": "Deployment", "name": "kubia",
                                         "uid": dep["metadata"]["uid"], "controller": True, "blockOwnerDeletion": True}]),
      "spec": {"replicas": 3, "selector": {"matchLabels": dict(rs_labels)},
               "template": {"metadata": {"creationTimestamp": None, "labels": dict(rs_labels)}, "spec": podspec}},
      "status": {"replicas": 3, "fullyLabeledReplicas": 3, "readyReplicas": 3, "availableReplicas": 3, "observedGeneration": 1}}
out.append(rs)

pods = [("kubia-%s-4xk2p" % HASH, "10.244.1.5", "worker-1", "172.18.0.3"),
        ("kubia-%s-9wq7m" % HASH, "10.244.2.3", "worker-2", "172.18.0.4"),
        ("kubia-%s-tz8fn" % HASH, "10.244.2.4", "worker-2", "172.18.0.4")]
def pod(name, ip, node, hostip, labels, owner=None, ready=True):
    spec = copy.deepcopy(podspec)
    spec["nodeName"] = node
    spec["serviceAccountName"] = "default"
    spec["serviceAccount"] = "default"
    spec["enableServiceLinks"] = True
    spec["preemptionPolicy"] = "PreemptLowerPriority"
    spec["priority"] = 0
    spec["tolerations"] = [
        {"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
        {"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300}]
    spec["volumes"] = [{"name": "kube-api-access-x7k2d", "projected": {"defaultMode": 420, "sources": [
        {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
        {"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}},
        {"downwardAPI": {"items": [{"path": "namespace", "fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}}]}}]}}]
    spec["containers"][0]["volumeMounts"] = [{"name": "kube-api-access-x7k2d", "readOnly": True,
                                              "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"}]
    md = meta(name, labels)
    if owner:
        md["generateName"] = owner["name"] + "-"
        md["ownerReferences"] = [dict(owner, controller=True, blockOwnerDeletion=True)]
    r = "True" if ready else "False"
    conds = [{"type": "PodReadyToStartContainers", "status": "True", "lastProbeTime": None, "lastTransitionTime": "2025-01-15T09:00:05Z"},
             {"type": "Initialized", "status": "True", "lastProbeTime": None, "lastTransitionTime": CT},
             {"type": "Ready", "status": r, "lastProbeTime": None, "lastTransitionTime": "2025-01-15T09:00:05Z"},
             {"type": "ContainersReady", "status": r, "lastProbeTime": None, "lastTransitionTime": "2025-01-15T09:00:05Z"},
             {"type": "PodScheduled", "status": "True", "lastProbeTime": None, "lastTransitionTime": CT}]
    return {"apiVersion": "v1", "kind": "Pod", "metadata": md, "spec": spec,
            "status": {"phase": "Running", "conditions": conds, "hostIP": hostip, "hostIPs": [{"ip": hostip}],
                       "podIP": ip, "podIPs": [{"ip": ip}], "startTime": CT, "qosClass": "BestEffort",
                       "containerStatuses": [{"name": "kubia", "state": {"running": {"startedAt": "2025-01-15T09:00:04Z"}},
                                              "lastState": {}, "ready": ready, "restartCount": 0, "image": "docker.io/luksa/kubia:latest",
                                              "imageID": "docker.io/luksa/kubia@sha256:3f28e304dc0f63dc30f273a4202096f0fa0d08510bd2ee7e1032ce600616de24",
                                              "containerID": "containerd://8d3f0c4d2b1e9a7f6c5b4a3928171605f4e3d2c1b0a99887766554433221100f",
                                              "started": True}]}}
owner = {"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": rs["metadata"]["name"], "uid": rs["metadata"]["uid"]}
for n, ip, node, hip in pods:
    out.append(pod(n, ip, node, hip, dict(rs_labels), owner))
out.append(pod("kubia-manual", "10.244.1.9", "worker-1", "172.18.0.3", {"app": "web"}))
np = pod("no-ports", "10.244.1.10", "worker-1", "172.18.0.3", {"app": "noports"})
del np["spec"]["containers"][0]["ports"]
out.append(np)
out.append(pod("no-labels", "10.244.1.11", "worker-1", "172.18.0.3", None))
rp = pod("kubia-readiness", "10.244.2.7", "worker-2", "172.18.0.4", {"app": "kubia-r"}, ready=False)
rp["spec"]["containers"][0]["readinessProbe"] = {"httpGet": {"path": "/ready", "port": 8080, "scheme": "HTTP"},
    "initialDelaySeconds": 0, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3}
rp["spec"]["containers"][0]["livenessProbe"] = {"tcpSocket": {"port": 8080},
    "initialDelaySeconds": 15, "timeoutSeconds": 1, "periodSeconds": 20, "successThreshold": 1, "failureThreshold": 3}
for c in rp["status"]["conditions"]:
    if c["type"] in ("Ready", "ContainersReady"):
        c["reason"] = "ContainersNotReady"
        c["message"] = "containers with unready status: [kubia]"
out.append(rp)
pp = pod("kubia-pending", None, None, None, {"app": "kubia-r"})
del pp["spec"]["nodeName"]
pp["status"] = {"phase": "Pending", "qosClass": "Burstable", "conditions": [
    {"type": "PodScheduled", "status": "False", "lastProbeTime": None, "lastTransitionTime": CT, "reason": "Unschedulable",
     "message": "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."}]}
pp["spec"]["containers"][0]["resources"] = {"requests": {"cpu": "8"}}
out.append(pp)
rc = {"apiVersion": "v1", "kind": "ReplicationController", "metadata": meta("kubia-rc", {"app": "kubia-rc"}, generation=1),
      "spec": {"replicas": 3, "selector": {"app": "kubia-rc"},
               "template": {"metadata": {"creationTimestamp": None, "labels": {"app": "kubia-rc"}}, "spec": podspec}},
      "status": {"replicas": 3, "fullyLabeledReplicas": 3, "readyReplicas": 3, "availableReplicas": 3, "observedGeneration": 1}}
out.append(rc)
rc["metadata"]["creationTimestamp"] = "2025-01-13T12:00:00Z"
rcowner = {"apiVersion": "v1", "kind": "ReplicationController", "name": "kubia-rc", "uid": "33333333-3333-3333-3333-333333333333"}
rc["metadata"]["uid"] = rcowner["uid"]
for n, ip in (("kubia-rc-53thy", "10.244.1.12"), ("kubia-rc-k0xz6", "10.244.2.12"), ("kubia-rc-q3vkg", "10.244.1.13")):
    out.append(pod(n, ip, "worker-1", "172.18.0.3", {"app": "kubia-rc"}, rcowner))

def svc(name, spec, labels=None, status=None, annotations=None):
    s = {"type": "ClusterIP", "sessionAffinity": "None", "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack",
         "internalTrafficPolicy": "Cluster"}
    s.update(spec)
    if s.get("clusterIP") and s["clusterIP"] != "None":
        s["clusterIPs"] = [s["clusterIP"]]
    elif s.get("clusterIP") == "None":
        s["clusterIPs"] = ["None"]
    m = meta(name, labels)
    if annotations:
        m["annotations"] = annotations
    return {"apiVersion": "v1", "kind": "Service", "metadata": m, "spec": s,
            "status": status or {"loadBalancer": {}}}
P = lambda port, tp, name=None, np=None: dict([("name", name)] if name else [], protocol="TCP", port=port, targetPort=tp,
                                                **({"nodePort": np} if np else {}))
out.append(svc("kubia", {"clusterIP": "10.96.120.15", "selector": {"app": "kubia"}, "ports": [P(80, 8080)]}))
out.append(svc("kubia-nodeport", {"type": "NodePort", "clusterIP": "10.96.45.200", "selector": {"app": "kubia"},
                                  "ports": [P(80, 8080, np=30123)], "externalTrafficPolicy": "Cluster"}))
out.append(svc("kubia-loadbalancer", {"type": "LoadBalancer", "clusterIP": "10.96.77.31", "selector": {"app": "kubia"},
                                      "ports": [P(80, 8080, np=32143)], "externalTrafficPolicy": "Cluster",
                                      "allocateLoadBalancerNodePorts": True},
               status={"loadBalancer": {"ingress": [{"ip": "203.0.113.10", "ipMode": "VIP"}]}}))
out.append(svc("kubia-lb-pending", {"type": "LoadBalancer", "clusterIP": "10.96.77.32", "selector": {"app": "kubia"},
                                    "ports": [P(80, 8080, np=31555)], "externalTrafficPolicy": "Cluster",
                                    "allocateLoadBalancerNodePorts": True}))
out.append(svc("kubia-headless", {"clusterIP": "None", "selector": {"app": "kubia"}, "ports": [P(80, 8080)]}))
out.append(svc("kubia-two-ports", {"clusterIP": "10.96.33.7", "selector": {"app": "kubia"},
                                   "ports": [P(80, "http", name="http"), P(443, "https", name="https")]}))
out.append(svc("kubia-session", {"clusterIP": "10.96.10.10", "selector": {"app": "kubia"}, "ports": [P(80, 8080)],
                                 "sessionAffinity": "ClientIP",
                                 "sessionAffinityConfig": {"clientIP": {"timeoutSeconds": 10800}}}))
out.append(svc("kubia-lb-static", {"type": "LoadBalancer", "clusterIP": "10.96.88.88", "selector": {"app": "kubia"},
                                   "ports": [dict(P(80, 8080, name="http", np=31080), appProtocol="http")],
                                   "loadBalancerIP": "203.0.113.50", "externalIPs": ["192.0.2.100"],
                                   "loadBalancerSourceRanges": ["198.51.100.0/24"], "externalTrafficPolicy": "Local",
                                   "healthCheckNodePort": 32000, "allocateLoadBalancerNodePorts": True},
               status={"loadBalancer": {"ingress": [{"ip": "203.0.113.50"}]}}))
out.append(svc("kubia-lb-hostname", {"type": "LoadBalancer", "clusterIP": "10.96.88.89", "selector": {"app": "kubia"},
                                     "ports": [P(80, 8080, np=30480)], "externalTrafficPolicy": "Cluster",
                                     "allocateLoadBalancerNodePorts": True},
               status={"loadBalancer": {"ingress": [{"hostname": "a1b2c3d4e5f6-1234567890.elb.example.com"}]}}))
ext = svc("external-service", {"type": "ExternalName", "externalName": "api.example.com"})
for k in ("ipFamilies", "ipFamilyPolicy", "internalTrafficPolicy"):
    ext["spec"].pop(k)
out.append(ext)
out.append(svc("kubia-readiness", {"clusterIP": "10.96.60.60", "selector": {"app": "kubia-r"}, "ports": [P(80, 8080)]}))
out.append(svc("kubia-no-selector", {"clusterIP": "10.96.50.50", "ports": [P(80, 80)]}))
out.append(svc("kubia-wrong-selector", {"clusterIP": "10.96.50.51", "selector": {"app": "Kubia"}, "ports": [P(80, 8080)]}))

# Endpoints (what the endpoints controller would write)
def addr(ip, node, podname):
    return {"ip": ip, "nodeName": node, "targetRef": {"kind": "Pod", "namespace": "default", "name": podname,
                                                      "uid": "00000000-0000-0000-0000-" + podname[-5:].encode().hex()[:12].ljust(12, "0")}}
addrs = [addr(ip, node, n) for n, ip, node, hip in pods]
def ep(name, subsets, labels=None):
    return {"apiVersion": "v1", "kind": "Endpoints", "metadata": meta(name, labels if labels is not None else {}), "subsets": subsets}
for name in ("kubia", "kubia-nodeport", "kubia-loadbalancer", "kubia-lb-pending", "kubia-session"):
    out.append(ep(name, [{"addresses": addrs, "ports": [{"port": 8080, "protocol": "TCP"}]}]))
out[-1]["metadata"]["annotations"] = {"endpoints.kubernetes.io/last-change-trigger-time": CT}
out.append(ep("kubia-headless", [{"addresses": addrs, "ports": [{"port": 8080, "protocol": "TCP"}]}],
              {"service.kubernetes.io/headless": ""}))
out.append(ep("kubia-two-ports", [{"addresses": addrs, "ports": [{"name": "http", "port": 8080, "protocol": "TCP"},
                                                                  {"name": "https", "port": 8443, "protocol": "TCP"}]}]))
out.append(ep("kubia-no-selector", [{"addresses": [{"ip": "192.0.2.10"}, {"ip": "192.0.2.11"}], "ports": [{"port": 80, "protocol": "TCP"}]}]))
out.append(ep("kubia-wrong-selector", None))
del out[-1]["subsets"]

out.append(ep("kubia-readiness", [{"notReadyAddresses": [addr("10.244.2.7", "worker-2", "kubia-readiness")],
                                    "ports": [{"port": 8080, "protocol": "TCP"}]}]))
out.append(ep("kubia-mixed", [{"addresses": addrs[:2], "notReadyAddresses": [addr("10.244.2.7", "worker-2", "kubia-readiness")],
                               "ports": [{"port": 8080, "protocol": "TCP"}]}]))

# EndpointSlices
def eps(svcname, suffix, ports, endpoints=None):
    return {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
            "metadata": meta(svcname + "-" + suffix, {"kubernetes.io/service-name": svcname,
                                                       "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io"},
                             generateName=svcname + "-",
                             ownerReferences=[{"apiVersion": "v1", "kind": "Service", "name": svcname, "controller": True,
                                               "blockOwnerDeletion": True, "uid": "svc-uid-" + svcname}]),
            "addressType": "IPv4",
            "endpoints": endpoints if endpoints is not None else [
                {"addresses": [ip], "conditions": {"ready": True, "serving": True, "terminating": False},
                 "nodeName": node, "targetRef": {"kind": "Pod", "namespace": "default", "name": n}}
                for n, ip, node, hip in pods],
            "ports": ports}
out.append(eps("kubia", "x5d7k", [{"name": "", "port": 8080, "protocol": "TCP"}]))
out.append(eps("kubia-nodeport", "m2c9v", [{"name": "", "port": 8080, "protocol": "TCP"}]))
out.append(eps("kubia-loadbalancer", "p8h4s", [{"name": "", "port": 8080, "protocol": "TCP"}]))
out.append(eps("kubia-lb-pending", "q1w2e", [{"name": "", "port": 8080, "protocol": "TCP"}]))
out.append(eps("kubia-session", "r5t6y", [{"name": "", "port": 8080, "protocol": "TCP"}]))
out.append(eps("kubia-headless", "j3n6b", [{"name": "", "port": 8080, "protocol": "TCP"}]))
out.append(eps("kubia-two-ports", "w9z1a", [{"name": "http", "port": 8080, "protocol": "TCP"},
                                            {"name": "https", "port": 8443, "protocol": "TCP"}]))
out.append(eps("kubia-readiness", "z7x8c", [{"name": "", "port": 8080, "protocol": "TCP"}], endpoints=[
    {"addresses": ["10.244.2.7"], "conditions": {"ready": False, "serving": False, "terminating": False},
     "nodeName": "worker-2", "targetRef": {"kind": "Pod", "namespace": "default", "name": "kubia-readiness"}}]))
out.append(svc("kubia-mixed", {"clusterIP": "10.96.60.61", "selector": {"app": "kubia"}, "ports": [P(80, 8080)]}))
out.append(eps("kubia-mixed", "m1x2d", [{"name": "", "port": 8080, "protocol": "TCP"}], endpoints=[
    {"addresses": [ip], "conditions": {"ready": True, "serving": True, "terminating": False},
     "nodeName": node, "targetRef": {"kind": "Pod", "namespace": "default", "name": n}} for n, ip, node, hip in pods[:2]] + [
    {"addresses": ["10.244.2.7"], "conditions": {"ready": False, "serving": False, "terminating": False},
     "nodeName": "worker-2", "targetRef": {"kind": "Pod", "namespace": "default", "name": "kubia-readiness"}}]))
out.append(eps("kubia-lb-static", "s7t8u", [{"name": "http", "port": 8080, "protocol": "TCP", "appProtocol": "http"}]))
out.append(eps("kubia-lb-hostname", "h4n5m", [{"name": "", "port": 8080, "protocol": "TCP"}]))
out.append(eps("kubia-wrong-selector", "e0e0e", None, endpoints=[]))
del out[-1]["ports"]

# Ingress
out.append({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": meta("kubia", None),
            "spec": {"ingressClassName": "nginx", "rules": [{"host": "kubia.example.com", "http": {"paths": [
                {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "kubia", "port": {"number": 80}}}}]}}]},
            "status": {"loadBalancer": {"ingress": [{"ip": "203.0.113.20"}]}}})
out.append({"apiVersion": "networking.k8s.io/v1", "kind": "IngressClass", "metadata": {"name": "nginx", "creationTimestamp": CT},
            "spec": {"controller": "k8s.io/ingress-nginx"}})
out.append({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "default", "creationTimestamp": CT},
            "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}})
out.append({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "demo", "creationTimestamp": CT},
            "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}})

# Events: "@now-N" is turned into now-N seconds when served, so describe's ages are stable.
import itertools
SEQ = itertools.count(1)
def ev(kind, name, reason, msg, src, age, etype="Normal", count=1, first=None, apiv="v1"):
    return {"apiVersion": "v1", "kind": "Event",
            "metadata": meta("%s.%x" % (name, 0x181a2b3c4d0 + next(SEQ) * 0x1f3), None),
            "involvedObject": {"kind": kind, "namespace": "default", "name": name, "apiVersion": apiv},
            "reason": reason, "message": msg, "source": {"component": src.split("/")[0]} | ({"host": src.split("/")[1]} if "/" in src else {}),
            "firstTimestamp": "@now-%d" % (first or age), "lastTimestamp": "@now-%d" % age, "count": count, "type": etype,
            "eventTime": None, "reportingComponent": src.split("/")[0], "reportingInstance": ""}
p0 = pods[0][0]
out += [ev("Pod", p0, "Scheduled", "Successfully assigned default/%s to worker-1" % p0, "default-scheduler", 310),
        ev("Pod", p0, "Pulling", 'Pulling image "luksa/kubia"', "kubelet/worker-1", 309),
        ev("Pod", p0, "Pulled", 'Successfully pulled image "luksa/kubia" in 2.417s (2.417s including waiting). Image size: 246230411 bytes.', "kubelet/worker-1", 306),
        ev("Pod", p0, "Created", "Created container: kubia", "kubelet/worker-1", 306),
        ev("Pod", p0, "Started", "Started container kubia", "kubelet/worker-1", 306),
        ev("Service", "kubia-loadbalancer", "EnsuringLoadBalancer", "Ensuring load balancer", "service-controller", 7200, count=2, first=10800),
        ev("Service", "kubia-loadbalancer", "EnsuredLoadBalancer", "Ensured load balancer", "service-controller", 7190),
        ev("Deployment", "kubia", "ScalingReplicaSet", "Scaled up replica set kubia-%s from 0 to 3" % HASH, "deployment-controller", 45, apiv="apps/v1"),
        ev("Pod", "kubia-pending", "FailedScheduling", rp and pp["status"]["conditions"][0]["message"], "default-scheduler", 95, etype="Warning", count=3, first=600),
        ev("Pod", "kubia-readiness", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 500", "kubelet/worker-2", 5, etype="Warning", count=31, first=300),
        ev("ReplicationController", "kubia-rc", "SuccessfulCreate", "Created pod: kubia-rc-53thy", "replication-controller", 3600),
        ev("ReplicationController", "kubia-rc", "SuccessfulCreate", "Created pod: kubia-rc-k0xz6", "replication-controller", 3600),
        ev("ReplicationController", "kubia-rc", "SuccessfulCreate", "Created pod: kubia-rc-q3vkg", "replication-controller", 3600),
        ev("Pod", "kubia-manual", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 500", "kubelet/worker-1", 20, etype="Warning", count=14, first=200)]
# involvedObject.uid must match for describe's event search
AGES = {("Pod", "kubia-manual"): "2025-01-15T11:58:30Z", ("Pod", "no-ports"): "2025-01-15T10:30:00Z",
        ("Pod", "no-labels"): "2025-01-15T04:00:00Z", ("Pod", "kubia-readiness"): "2025-01-15T11:57:45Z",
        ("Pod", "kubia-pending"): "2025-01-15T11:59:57Z",
        ("Service", "kubia-nodeport"): "2025-01-15T11:30:00Z", ("Service", "kubia-loadbalancer"): "2025-01-14T10:00:00Z",
        ("Service", "kubia-lb-pending"): "2025-01-15T11:59:00Z", ("Ingress", "kubia"): "2025-01-10T09:00:00Z"}
for o in out:
    k = (o["kind"], o["metadata"]["name"])
    if k in AGES:
        o["metadata"]["creationTimestamp"] = AGES[k]
        if o["kind"] == "Pod" and o["status"].get("startTime"):
            o["status"]["startTime"] = AGES[k]
    if o["kind"] == "Pod" and o["metadata"]["name"].startswith("kubia-7b9d6c8f5d-"):
        o["metadata"]["creationTimestamp"] = "2025-01-15T11:55:00Z"
        o["status"]["startTime"] = "2025-01-15T11:55:00Z"
        o["status"]["containerStatuses"][0]["state"]["running"]["startedAt"] = "2025-01-15T11:55:04Z"
    if o["kind"] == "Pod" and o["metadata"]["name"].startswith("kubia-rc-"):
        o["metadata"]["creationTimestamp"] = "2025-01-13T12:00:00Z"
    if o["kind"] == "Pod" and o["metadata"]["name"] == "kubia-readiness":
        cs = o["status"]["containerStatuses"][0]
        cs["restartCount"] = 2
        cs["state"]["running"]["startedAt"] = "2025-01-15T11:58:01Z"
        cs["lastState"] = {"terminated": {"exitCode": 137, "reason": "Error", "startedAt": "2025-01-15T11:57:50Z",
                                          "finishedAt": "2025-01-15T11:58:00Z",
                                          "containerID": "containerd://0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"}}
    if o["kind"] in ("Endpoints", "EndpointSlice"):
        svcname = o["metadata"]["labels"].get("kubernetes.io/service-name", o["metadata"]["name"]) if o["metadata"].get("labels") else o["metadata"]["name"]
        if ("Service", svcname) in AGES:
            o["metadata"]["creationTimestamp"] = AGES[("Service", svcname)]
import os
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures.json"), "w"), indent=1)
print(len(out), "objects")
