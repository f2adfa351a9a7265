"""Server-side Table generation for fakeapi.py: a Python port of the cell logic in
kubernetes/pkg/printers/internalversion/printers.go (printPod, printService,
printEndpoints, printEndpointSlice, printIngress, printDeployment, printReplicaSet,
printReplicationController) and apimachinery/pkg/util/duration.HumanDuration.
The real API server always generates the wide (priority 1) cells; kubectl hides them
unless -o wide.  AGE cells use a fixed virtual clock VNOW so recordings are stable."""
from datetime import datetime, timezone

VNOW = datetime(2025, 1, 15, 12, 0, 0, tzinfo=timezone.utc)

def parse_ts(s):
    if not s:
        return None
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)

def human_duration(seconds_float):
    d = seconds_float
    seconds = int(d)
    if seconds < -1:
        return "<invalid>"
    if seconds < 0:
        return "0s"
    if seconds < 60 * 2:
        return "%ds" % seconds
    minutes = int(d // 60)
    if minutes < 10:
        s = int(d) % 60
        return "%dm" % minutes if s == 0 else "%dm%ds" % (minutes, s)
    if minutes < 60 * 3:
        return "%dm" % minutes
    hours = int(d // 3600)
    if hours < 8:
        m = int(d // 60) % 60
        return "%dh" % hours if m == 0 else "%dh%dm" % (hours, m)
    if hours < 48:
        return "%dh" % hours
    if hours < 24 * 8:
        h = hours % 24
        return "%dd" % (hours // 24) if h == 0 else "%dd%dh" % (hours // 24, h)
    if hours < 24 * 365 * 2:
        return "%dd" % (hours // 24)
    if hours < 24 * 365 * 8:
        dy = (hours // 24) % 365
        return "%dy" % (hours // 24 // 365) if dy == 0 else "%dy%dd" % (hours // 24 // 365, dy)
    return "%dy" % (hours // 24 // 365)

def since(ts):
    t = parse_ts(ts)
    if t is None:
        return "<unknown>"
    return human_duration((VNOW - t).total_seconds())

def format_labels(m):
    if not m:
        return "<none>"
    return ",".join("%s=%s" % (k, m[k]) for k in sorted(m))

def selector_string(sel):
    # metav1.LabelSelectorAsSelector(sel).String() for matchLabels-only selectors
    if not sel:
        return ""
    ml = sel.get("matchLabels") or {}
    parts = ["%s=%s" % (k, ml[k]) for k in sorted(ml)]
    for e in sel.get("matchExpressions") or []:
        op = e["operator"]
        if op == "In":
            parts.append("%s in (%s)" % (e["key"], ",".join(sorted(e.get("values", [])))))
        elif op == "NotIn":
            parts.append("%s notin (%s)" % (e["key"], ",".join(sorted(e.get("values", [])))))
        elif op == "Exists":
            parts.append(e["key"])
        elif op == "DoesNotExist":
            parts.append("!" + e["key"])
    return ",".join(sorted(parts))

def format_label_selector(sel):
    s = selector_string(sel)
    return s if s else "<none>"

def layout_containers(containers):
    return ",".join(c["name"] for c in containers), ",".join(c.get("image", "") for c in containers)

def col(name, typ="string", priority=0, fmt=None):
    c = {"name": name, "type": typ, "format": fmt or "", "description": "", "priority": priority}
    return c

NAME = col("Name", fmt="name")
AGE = col("Age")

# ---- pods
POD_COLS = [NAME, col("Ready"), col("Status"), col("Restarts"), AGE,
            col("IP", priority=1), col("Node", priority=1), col("Nominated Node", priority=1), col("Readiness Gates", priority=1)]

def print_pod(p):
    spec, st = p.get("spec", {}), p.get("status", {})
    total = len(spec.get("containers", []))
    ready = 0
    restarts = 0
    last_restart = None
    reason = st.get("reason") or st.get("phase", "")
    has_running = False
    for c in reversed(st.get("containerStatuses", [])):
        restarts += c.get("restartCount", 0)
        term = (c.get("lastState") or {}).get("terminated")
        if term and term.get("finishedAt"):
            t = parse_ts(term["finishedAt"])
            if last_restart is None or t > last_restart:
                last_restart = t
        state = c.get("state") or {}
        if state.get("waiting") and state["waiting"].get("reason"):
            reason = state["waiting"]["reason"]
        elif state.get("terminated") and state["terminated"].get("reason"):
            reason = state["terminated"]["reason"]
        elif state.get("terminated"):
            t = state["terminated"]
            reason = "Signal:%d" % t["signal"] if t.get("signal") else "ExitCode:%d" % t.get("exitCode", 0)
        elif c.get("ready") and state.get("running") is not None:
            has_running = True
            ready += 1
    if reason == "Completed" and has_running:
        reason = "Running" if any(c["type"] == "Ready" and c["status"] == "True" for c in st.get("conditions", [])) else "NotReady"
    if p["metadata"].get("deletionTimestamp") and st.get("phase") not in ("Succeeded", "Failed"):
        reason = "Terminating"
    rs = str(restarts)
    if restarts != 0 and last_restart is not None:
        rs = "%d (%s ago)" % (restarts, human_duration((VNOW - last_restart).total_seconds()))
    ips = st.get("podIPs") or []
    ip = ips[0]["ip"] if ips else ""
    gates = spec.get("readinessGates") or []
    rg = "<none>"
    if gates:
        conds = {c["type"]: c["status"] for c in st.get("conditions", [])}
        rg = "%d/%d" % (sum(1 for g in gates if conds.get(g["conditionType"]) == "True"), len(gates))
    return [p["metadata"]["name"], "%d/%d" % (ready, total), reason, rs, since(p["metadata"].get("creationTimestamp")),
            ip or "<none>", spec.get("nodeName") or "<none>", st.get("nominatedNodeName") or "<none>", rg]

# ---- services
SVC_COLS = [NAME, col("Type"), col("Cluster-IP"), col("External-IP"), col("Port(s)"), AGE, col("Selector", priority=1)]

def lb_status(status, wide):
    res = sorted(set((i.get("ip") or i.get("hostname")) for i in (status or {}).get("ingress", []) if i.get("ip") or i.get("hostname")))
    r = ",".join(res)
    if not wide and len(r) > 16:
        r = r[:13] + "..."
    return r

def external_ip(s, wide=True):
    t = s["spec"].get("type", "ClusterIP")
    eips = s["spec"].get("externalIPs") or []
    if t in ("ClusterIP", "NodePort"):
        return ",".join(eips) if eips else "<none>"
    if t == "LoadBalancer":
        lb = lb_status(s.get("status", {}).get("loadBalancer"), wide)
        if eips:
            return ",".join((lb.split(",") if lb else []) + eips)
        return lb if lb else "<pending>"
    if t == "ExternalName":
        return s["spec"].get("externalName", "")
    return "<unknown>"

def port_string(ports):
    out = []
    for p in ports or []:
        if p.get("nodePort"):
            out.append("%d:%d/%s" % (p["port"], p["nodePort"], p.get("protocol", "TCP")))
        else:
            out.append("%d/%s" % (p["port"], p.get("protocol", "TCP")))
    return ",".join(out)

def print_service(s):
    cips = s["spec"].get("clusterIPs") or []
    return [s["metadata"]["name"], s["spec"].get("type", "ClusterIP"), cips[0] if cips else "<none>",
            external_ip(s, wide=True), port_string(s["spec"].get("ports")) or "<none>",
            since(s["metadata"].get("creationTimestamp")), format_labels(s["spec"].get("selector"))]

# ---- endpoints
EP_COLS = [NAME, col("Endpoints"), AGE]

def format_endpoints(ep):
    subsets = ep.get("subsets") or []
    if not subsets:
        return "<none>"
    lst, mx, more, count = [], 3, False, 0
    for ss in subsets:
        addrs = ss.get("addresses") or []
        ports = ss.get("ports") or []
        if not ports:
            count += len(addrs)
            for a in addrs:
                if len(lst) == mx:
                    more = True
                    break
                lst.append(a["ip"])
            continue
        for port in ports:
            count += len(addrs)
            for a in addrs:
                if len(lst) == mx:
                    more = True
                    break
                lst.append("%s:%d" % (a["ip"], port["port"]) if ":" not in a["ip"] else "[%s]:%d" % (a["ip"], port["port"]))
    ret = ",".join(lst)
    if more:
        return "%s + %d more..." % (ret, count - mx)
    return ret

def print_endpoints(ep):
    return [ep["metadata"]["name"], format_endpoints(ep), since(ep["metadata"].get("creationTimestamp"))]

# ---- endpointslices
EPS_COLS = [NAME, col("AddressType"), col("Ports"), col("Endpoints"), AGE]

def list_with_more(lst, more, count, mx):
    ret = ",".join(lst)
    if more:
        return "%s + %d more..." % (ret, count - mx)
    return ret or "<unset>"

def print_endpointslice(e):
    lst, more, count = [], False, 0
    for p in e.get("ports") or []:
        if len(lst) < 3:
            lst.append(str(p["port"]) if p.get("port") is not None else (p.get("name") or "*") if p.get("name") is not None else "*")
        elif len(lst) == 3:
            more = True
        count += 1
    ports = list_with_more(lst, more, count, 3)
    lst, more, count = [], False, 0
    for ep in e.get("endpoints") or []:
        for a in ep.get("addresses", []):
            if len(lst) < 3:
                lst.append(a)
            elif len(lst) == 3:
                more = True
            count += 1
    eps = list_with_more(lst, more, count, 3)
    return [e["metadata"]["name"], e.get("addressType", ""), ports, eps, since(e["metadata"].get("creationTimestamp"))]

# ---- ingress
ING_COLS = [NAME, col("Class"), col("Hosts"), col("Address"), col("Ports"), AGE]

def print_ingress(i):
    spec = i.get("spec", {})
    rules = spec.get("rules") or []
    hosts, more = [], False
    for r in rules:
        if len(hosts) == 3:
            more = True
        if not more and r.get("host"):
            hosts.append(r["host"])
    h = "*" if not hosts else ",".join(hosts) + (" + %d more..." % (len(rules) - 3) if more else "")
    return [i["metadata"]["name"], spec.get("ingressClassName") or "<none>", h,
            lb_status(i.get("status", {}).get("loadBalancer"), True), "80, 443" if spec.get("tls") else "80",
            since(i["metadata"].get("creationTimestamp"))]

# ---- deployments / replicasets / rc
DEP_COLS = [NAME, col("Ready"), col("Up-to-date"), col("Available"), AGE,
            col("Containers", priority=1), col("Images", priority=1), col("Selector", priority=1)]

def print_deployment(d):
    st = d.get("status", {})
    names, images = layout_containers(d["spec"]["template"]["spec"]["containers"])
    return [d["metadata"]["name"], "%d/%d" % (st.get("readyReplicas", 0), d["spec"].get("replicas", 1)),
            st.get("updatedReplicas", 0), st.get("availableReplicas", 0), since(d["metadata"].get("creationTimestamp")),
            names, images, selector_string(d["spec"].get("selector"))]

RS_COLS = [NAME, col("Desired", "integer"), col("Current", "integer"), col("Ready", "integer"), AGE,
           col("Containers", priority=1), col("Images", priority=1), col("Selector", priority=1)]

def print_replicaset(r):
    st = r.get("status", {})
    names, images = layout_containers(r["spec"]["template"]["spec"]["containers"])
    return [r["metadata"]["name"], r["spec"].get("replicas", 1), st.get("replicas", 0), st.get("readyReplicas", 0),
            since(r["metadata"].get("creationTimestamp")), names, images, format_label_selector(r["spec"].get("selector"))]

def print_rc(r):
    st = r.get("status", {})
    names, images = layout_containers(((r["spec"].get("template") or {}).get("spec") or {}).get("containers", []))
    return [r["metadata"]["name"], r["spec"].get("replicas", 1), st.get("replicas", 0), st.get("readyReplicas", 0),
            since(r["metadata"].get("creationTimestamp")), names, images, format_labels(r["spec"].get("selector"))]

PRINTERS = {
    "Pod": (POD_COLS, print_pod),
    "Service": (SVC_COLS, print_service),
    "Endpoints": (EP_COLS, print_endpoints),
    "EndpointSlice": (EPS_COLS, print_endpointslice),
    "Ingress": (ING_COLS, print_ingress),
    "Deployment": (DEP_COLS, print_deployment),
    "ReplicaSet": (RS_COLS, print_replicaset),
    "ReplicationController": (RS_COLS, print_rc),
}

def to_table(kind, objs, include_object="Metadata"):
    if kind not in PRINTERS:
        cols, fn = [NAME, AGE], lambda o: [o["metadata"]["name"], since(o["metadata"].get("creationTimestamp"))]
    else:
        cols, fn = PRINTERS[kind]
    rows = []
    for o in objs:
        if include_object == "Object":
            obj = o
        elif include_object == "None":
            obj = None
        else:
            obj = {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": o["metadata"]}
        row = {"cells": fn(o)}
        if obj is not None:
            row["object"] = obj
        rows.append(row)
    return {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": {"resourceVersion": "1000"},
            "columnDefinitions": cols, "rows": rows}
