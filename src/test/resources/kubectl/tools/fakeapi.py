#!/usr/bin/env python3
"""Minimal fake Kubernetes API server (loopback only) so that real kubectl can run
client-side formatting code (describe, expose, label, scale, delete, create, apply,
discovery errors) without a cluster.  It serves plain JSON only (no Table
responses, no OpenAPI, no watch streams), so anything the real API server formats
itself (get tables, Status messages) reflects this file, not Kubernetes."""
import json, sys, time, copy, uuid, re, threading, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tables
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs
from datetime import datetime, timezone, timedelta

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 18080
FIXTURES = sys.argv[2] if len(sys.argv) > 2 else None
LOG = open(sys.argv[3], "a") if len(sys.argv) > 3 else sys.stderr

# (groupVersion, plural, singular, kind, namespaced, shortNames, subresources)
RESOURCES = [
    ("v1", "pods", "pod", "Pod", True, ["po"], ["status", "log", "exec"]),
    ("v1", "services", "service", "Service", True, ["svc"], ["status"]),
    ("v1", "endpoints", "endpoints", "Endpoints", True, ["ep"], []),
    ("v1", "events", "event", "Event", True, ["ev"], []),
    ("v1", "replicationcontrollers", "replicationcontroller", "ReplicationController", True, ["rc"], ["scale", "status"]),
    ("v1", "namespaces", "namespace", "Namespace", False, ["ns"], ["status"]),
    ("v1", "nodes", "node", "Node", False, ["no"], ["status"]),
    ("v1", "configmaps", "configmap", "ConfigMap", True, ["cm"], []),
    ("apps/v1", "deployments", "deployment", "Deployment", True, ["deploy"], ["scale", "status"]),
    ("apps/v1", "replicasets", "replicaset", "ReplicaSet", True, ["rs"], ["scale", "status"]),
    ("discovery.k8s.io/v1", "endpointslices", "endpointslice", "EndpointSlice", True, [], []),
    ("networking.k8s.io/v1", "ingresses", "ingress", "Ingress", True, ["ing"], ["status"]),
    ("networking.k8s.io/v1", "ingressclasses", "ingressclass", "IngressClass", False, [], []),
]
VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
RES = {(r[0], r[1]): r for r in RESOURCES}

STORE = {}   # (gv, plural, ns, name) -> obj
LOCK = threading.Lock()
T0 = time.time()

def gv_of(apiVersion):
    return apiVersion

def now_iso(offset_s=0):
    return (datetime.now(timezone.utc) - timedelta(seconds=offset_s)).strftime("%Y-%m-%dT%H:%M:%SZ")

def load_fixtures(path):
    with open(path) as f:
        docs = json.load(f)
    for o in docs:
        add(o)
    for o in docs:
        if o["kind"] == "Event":
            io = o["involvedObject"]
            for (g, pl, n, nm), t in STORE.items():
                if t["kind"] == io["kind"] and nm == io["name"] and n == io.get("namespace", ""):
                    io["uid"] = t["metadata"]["uid"]

def find_res(apiVersion, kind):
    for r in RESOURCES:
        if r[0] == apiVersion and r[3] == kind:
            return r
    return None

def add(o):
    r = find_res(o["apiVersion"], o["kind"])
    md = o.setdefault("metadata", {})
    md.setdefault("uid", str(uuid.uuid5(uuid.NAMESPACE_URL, o["kind"] + "/" + md["name"])))
    md.setdefault("resourceVersion", "1000")
    if r[4]:
        md.setdefault("namespace", "default")
    STORE[(r[0], r[1], md.get("namespace", ""), md["name"])] = o

def resolve_relative_times(o):
    """Strings like "@now-310" are replaced at response time with now-310s."""
    if isinstance(o, dict):
        return {k: resolve_relative_times(v) for k, v in o.items()}
    if isinstance(o, list):
        return [resolve_relative_times(v) for v in o]
    if isinstance(o, str) and o.startswith("@now-"):
        return now_iso(int(o[5:]))
    return o

def status(code, reason, message, details=None):
    s = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
         "message": message, "reason": reason, "code": code}
    if details:
        s["details"] = details
    return code, s

def qualified(gv, plural):
    g = gv.split("/")[0] if "/" in gv else ""
    return plural + ("." + g if g else "")

def discovery(path):
    if path == "/api":
        return {"kind": "APIVersions", "versions": ["v1"],
                "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:%d" % PORT}]}
    if path == "/apis":
        # same relative order as a real kube-apiserver: apps, networking.k8s.io, discovery.k8s.io
        groups = {"apps": "v1", "networking.k8s.io": "v1", "discovery.k8s.io": "v1"}
        return {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
            {"name": g, "versions": [{"groupVersion": g + "/" + v, "version": v}],
             "preferredVersion": {"groupVersion": g + "/" + v, "version": v}} for g, v in groups.items()]}
    m = re.fullmatch(r"/api/(v1)|/apis/([^/]+/[^/]+)", path)
    if m:
        gv = m.group(1) or m.group(2)
        lst = []
        for r in sorted(RESOURCES, key=lambda r: r[1]):   # real discovery lists resources alphabetically
            if r[0] != gv:
                continue
            e = {"name": r[1], "singularName": r[2], "namespaced": r[4], "kind": r[3], "verbs": VERBS}
            if r[5]:
                e["shortNames"] = r[5]
            if r[3] in ("Pod", "Service", "Deployment", "ReplicaSet", "ReplicationController"):
                e["categories"] = ["all"]
            lst.append(e)
            for sub in r[6]:
                se = {"name": r[1] + "/" + sub, "singularName": "", "namespaced": r[4], "kind": r[3], "verbs": ["get", "patch", "update"]}
                if sub == "scale":
                    se.update({"group": "autoscaling", "version": "v1", "kind": "Scale"})
                if sub in ("log", "exec"):
                    se.update({"kind": "Pod" if sub == "log" else "PodExecOptions", "verbs": ["get"] if sub == "log" else ["create", "get"]})
                lst.append(se)
        if not lst:
            return None
        return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": lst}
    return None

def parse_path(path):
    # /api/v1/[namespaces/NS/]PLURAL[/NAME[/SUB]]  or /apis/G/V/...
    parts = [p for p in path.split("/") if p]
    if not parts:
        return None
    if parts[0] == "api":
        gv, rest = parts[1], parts[2:]
    elif parts[0] == "apis":
        gv, rest = parts[1] + "/" + parts[2], parts[3:]
    else:
        return None
    ns = ""
    if len(rest) >= 3 and rest[0] == "namespaces":
        ns, rest = rest[1], rest[2:]
    elif len(rest) >= 2 and rest[0] == "namespaces" and len(rest) == 2 and (gv, "namespaces") in RES:
        return gv, "namespaces", "", rest[1], None
    if not rest:
        return None
    plural = rest[0]
    name = rest[1] if len(rest) > 1 else None
    sub = rest[2] if len(rest) > 2 else None
    return gv, plural, ns, name, sub

def match_selector(labels, sel):
    if not sel:
        return True
    for term in sel.split(","):
        term = term.strip()
        if "!=" in term:
            k, v = term.split("!=", 1)
            if labels.get(k) == v:
                return False
        elif "==" in term or "=" in term:
            k, v = re.split("==|=", term, 1)
            if labels.get(k) != v:
                return False
        elif term.startswith("!"):
            if term[1:] in labels:
                return False
        elif term:
            if term not in labels:
                return False
    return True

def get_field(o, dotted):
    for p in dotted.split("."):
        if not isinstance(o, dict):
            return None
        o = o.get(p)
    return o

def match_fields(o, sel):
    if not sel:
        return True
    for term in sel.split(","):
        if not term:
            continue
        if "!=" in term:
            k, v = term.split("!=", 1)
            if str(get_field(o, k) or "") == v:
                return False
        else:
            k, v = re.split("==|=", term, 1)
            if str(get_field(o, k) or "") != v:
                return False
    return True

def merge(dst, patch):
    if not isinstance(patch, dict) or not isinstance(dst, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(dst)
    for k, v in patch.items():
        if k.startswith("$"):
            continue
        if v is None:
            out.pop(k, None)
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out

class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, fmt, *a):
        pass

    def send(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        raw = self._raw
        if not raw:
            return None
        if raw[:4] == b"k8s\x00":
            return decode_proto_stub(raw[4:])
        return json.loads(raw)

    def handle_any(self, method):
        n = int(self.headers.get("Content-Length") or 0)
        self._raw = self.rfile.read(n) if n else b""
        u = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(u.query).items()}
        path = u.path.rstrip("/") or "/"
        print("%s %s %s accept=%s ctype=%s" % (method, self.path, "", self.headers.get("Accept"), self.headers.get("Content-Type")), file=LOG, flush=True)
        if method == "GET":
            if path == "/version":
                return self.send(200, {"major": "1", "minor": "32", "gitVersion": "v1.32.5", "gitCommit": "fake",
                                       "gitTreeState": "clean", "buildDate": "2025-05-15T00:00:00Z",
                                       "goVersion": "go1.23.8", "compiler": "gc", "platform": "linux/amd64"})
            if path == "/openapi/v3":
                gvs = sorted(set(r[0] for r in RESOURCES))
                return self.send(200, {"paths": {("api/" if "/" not in gv else "apis/") + gv:
                                                 {"serverRelativeURL": "/openapi/v3/" + ("api/" if "/" not in gv else "apis/") + gv + "?hash=FAKE"}
                                                 for gv in gvs}})
            if path.startswith("/openapi/v3/"):
                gv = path[len("/openapi/v3/"):].split("/", 1)[1]
                paths = {}
                for r in RESOURCES:
                    if r[0] != gv:
                        continue
                    g, v = (gv.split("/") if "/" in gv else ("", gv))
                    base = ("/api/" if not g else "/apis/") + gv + ("/namespaces/{namespace}/" if r[4] else "/") + r[1] + "/{name}"
                    paths[base] = {"patch": {"x-kubernetes-group-version-kind": {"group": g, "version": v, "kind": r[3]},
                                             "parameters": [{"name": "fieldValidation", "in": "query", "schema": {"type": "string"}},
                                                            {"name": "dryRun", "in": "query", "schema": {"type": "string"}}],
                                             "responses": {}}}
                return self.send(200, {"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": "v1.32.5"}, "paths": paths,
                                       "components": {"schemas": {}}})
            d = discovery(path)
            if d is not None:
                return self.send(200, d)
        p = parse_path(path)
        if p is None:
            return self.send(*status(404, "NotFound", "the server could not find the requested resource",
                                     {"causes": [{"reason": "UnexpectedServerResponse", "message": "404 page not found"}]}))
        gv, plural, ns, name, sub = p
        r = RES.get((gv, plural))
        if r is None:
            return self.send(*status(404, "NotFound", "the server could not find the requested resource"))
        with LOCK:
            if method == "GET" and name is None:
                if q.get("watch") in ("true", "1"):
                    # no watch support: return an empty stream that ends
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                items = [resolve_relative_times(o) for (g, pl, n, nm), o in sorted(STORE.items())
                         if g == gv and pl == plural and (not ns or n == ns)
                         and match_selector(o["metadata"].get("labels", {}), q.get("labelSelector"))
                         and match_fields(o, q.get("fieldSelector"))]
                lk = r[3] + "List"
                if "as=Table" in (self.headers.get("Accept") or ""):
                    return self.send(200, tables.to_table(r[3], items, q.get("includeObject", "Metadata")))
                return self.send(200, {"kind": lk, "apiVersion": gv, "metadata": {"resourceVersion": "1000"}, "items": items})
            key = (gv, plural, ns if r[4] else "", name)
            if method == "GET":
                o = STORE.get(key)
                if o is None:
                    return self.send(*status(404, "NotFound", '%s "%s" not found' % (qualified(gv, plural), name),
                                             {"name": name, "group": gv.split("/")[0] if "/" in gv else "", "kind": plural}))
                if sub == "scale":
                    return self.send(200, scale_of(o))
                if "as=Table" in (self.headers.get("Accept") or ""):
                    return self.send(200, tables.to_table(r[3], [resolve_relative_times(o)], q.get("includeObject", "Metadata")))
                return self.send(200, resolve_relative_times(o))
            if method == "POST":
                o = self.body()
                if q.get("dryRun") == "All":
                    pass
                nm = o["metadata"].get("name") or (o["metadata"].get("generateName", "x-") + "abcde")
                key = (gv, plural, ns if r[4] else "", nm)
                if key in STORE:
                    return self.send(*status(409, "AlreadyExists", '%s "%s" already exists' % (qualified(gv, plural), nm),
                                             {"name": nm, "group": gv.split("/")[0] if "/" in gv else "", "kind": plural}))
                o["metadata"]["name"] = nm
                o["metadata"]["creationTimestamp"] = now_iso()
                if r[4]:
                    o["metadata"]["namespace"] = ns
                if o.get("kind") == "Service":
                    spec = o.setdefault("spec", {})
                    spec.setdefault("type", "ClusterIP")
                    if spec.get("type") != "ExternalName":
                        spec.setdefault("clusterIP", "10.96.200.1")
                for_dry = q.get("dryRun") == "All"
                if not for_dry:
                    add(o)
                return self.send(201, o)
            if method in ("PUT", "PATCH"):
                o = STORE.get(key)
                if o is None:
                    return self.send(*status(404, "NotFound", '%s "%s" not found' % (qualified(gv, plural), name),
                                             {"name": name, "group": gv.split("/")[0] if "/" in gv else "", "kind": plural}))
                b = self.body()
                if sub == "scale" and "scale" not in r[6]:
                    return self.send(*status(404, "NotFound", "the server could not find the requested resource"))
                if sub == "scale":
                    reps = b.get("spec", {}).get("replicas")
                    o.setdefault("spec", {})["replicas"] = reps
                    return self.send(200, scale_of(o))
                new = b if method == "PUT" else merge(o, b)
                if q.get("dryRun") != "All":
                    STORE[key] = new
                return self.send(200, new)
            if method == "DELETE":
                o = STORE.pop(key, None)
                if o is None:
                    return self.send(*status(404, "NotFound", '%s "%s" not found' % (qualified(gv, plural), name),
                                             {"name": name, "group": gv.split("/")[0] if "/" in gv else "", "kind": plural}))
                return self.send(200, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success",
                                       "details": {"name": name, "kind": plural, "uid": o["metadata"]["uid"]}})
        return self.send(*status(405, "MethodNotAllowed", "method not allowed"))

    def do_GET(self): self.handle_any("GET")
    def do_POST(self): self.handle_any("POST")
    def do_PUT(self): self.handle_any("PUT")
    def do_PATCH(self): self.handle_any("PATCH")
    def do_DELETE(self): self.handle_any("DELETE")

def pb_fields(buf):
    i, out = 0, []
    while i < len(buf):
        key, i = varint(buf, i)
        f, wt = key >> 3, key & 7
        if wt == 0:
            v, i = varint(buf, i)
        elif wt == 2:
            ln, i = varint(buf, i)
            v = buf[i:i + ln]; i += ln
        elif wt == 1:
            v = buf[i:i + 8]; i += 8
        elif wt == 5:
            v = buf[i:i + 4]; i += 4
        else:
            break
        out.append((f, v))
    return out

def varint(buf, i):
    shift = res = 0
    while True:
        b = buf[i]; i += 1
        res |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            return res, i

def decode_proto_stub(buf):
    # runtime.Unknown{TypeMeta(1){apiVersion(1),kind(2)}, raw(2)}; raw = object{metadata(1){name(1), labels(11)}}
    top = dict(pb_fields(buf))
    tm = dict(pb_fields(top.get(1, b"")))
    obj = dict(pb_fields(top.get(2, b"")))
    meta = pb_fields(obj.get(1, b""))
    name = next((v.decode() for f, v in meta if f == 1), "")
    labels = {}
    for f, v in meta:
        if f == 11:
            kv = dict(pb_fields(v))
            labels[kv.get(1, b"").decode()] = kv.get(2, b"").decode()
    md = {"name": name}
    if labels:
        md["labels"] = labels
    return {"apiVersion": tm.get(1, b"v1").decode(), "kind": tm.get(2, b"").decode(), "metadata": md, "spec": {}}

def scale_of(o):
    return {"kind": "Scale", "apiVersion": "autoscaling/v1",
            "metadata": {"name": o["metadata"]["name"], "namespace": o["metadata"].get("namespace"),
                         "uid": o["metadata"]["uid"], "resourceVersion": "1001"},
            "spec": {"replicas": o.get("spec", {}).get("replicas", 1)},
            "status": {"replicas": o.get("status", {}).get("replicas", 0), "selector": "app=kubia"}}

if __name__ == "__main__":
    if FIXTURES:
        load_fixtures(FIXTURES)
    srv = ThreadingHTTPServer(("127.0.0.1", PORT), H)
    print("listening on 127.0.0.1:%d" % PORT, file=sys.stderr, flush=True)
    srv.serve_forever()
