package servicelab.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import servicelab.sim.SimPod;
import servicelab.sim.World;

/** The console's commands over a small cluster: what they print, and what they change. */
public class KubectlTest {
    public static final String DEPLOYMENT = """
            # the app the lessons expose
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - containerPort: 8080
                    readinessProbe:
                      exec:
                        command: ["ls", "/var/ready"]
                      periodSeconds: 1
            """;

    LiveCluster ws;
    TextHost host;
    Kubectl k;

    @BeforeEach
    void setUp() {
        ws = new LiveCluster(World.defaults(), 42);
        host = new TextHost(ws, DEPLOYMENT);
        k = new Kubectl(host);
    }

    private Kubectl.Result ok(String line) {
        Kubectl.Result r = k.run(line);
        assertEquals(0, r.exitCode(), line + " → " + r.output());
        return r;
    }

    private String err(String line) {
        Kubectl.Result r = k.run(line);
        assertEquals(1, r.exitCode(), line + " → " + r.output());
        return r.output();
    }

    private List<SimPod> pods() {
        return ws.simulation().userPods();
    }

    @Test
    void getPrintsJsonPathAndCustomColumnsAsKubectlDoes() {
        // shapes seen from kubectl v1.32.5 against tools/fakeapi.py: jsonpath joins results with a space
        // and adds no newline; custom-columns joins values with ",", prints maps as Go's %v, "<none>" when absent
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), DEPLOYMENT));
        assertEquals(0, k.run("expose deployment kubia --port=80 --target-port=8080").exitCode());
        assertEquals("kubernetes kubia", k.run("get svc -o jsonpath={.items[*].metadata.name}").output());
        assertEquals("80", k.run("get svc kubia -o jsonpath={.spec.ports[0].port}").output());
        assertEquals("NAME         TYPE        PORTS   SEL\n"
                + "kubernetes   ClusterIP   443     <none>\n"
                + "kubia        ClusterIP   80      map[app:kubia]\n",
                k.run("get svc -o custom-columns=NAME:.metadata.name,TYPE:.spec.type,PORTS:.spec.ports[*].port,SEL:.spec.selector").output());
        Kubectl.Result bad = k.run("get svc -o custom-columns=NAME");
        assertEquals("error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n", bad.output());
        assertEquals(1, bad.exitCode());
    }

    @Test
    void aNameAfterSeveralTypesIsLookedUpInEachOfThem() {
        // kubectl v1.32.5 (recorded-fakeapi/get-svc-ep-kubia): one table per type, each with the named object
        ok("expose deployment kubia --port=80 --target-port=8080");
        String out = ok("get svc,ep kubia").output();
        assertTrue(out.contains("service/kubia   ClusterIP") && out.contains("\n\nNAME              ENDPOINTS"), out);
        assertTrue(err("get svc,ep nosuch").contains("Error from server (NotFound): services \"nosuch\" not found\n"
                + "Error from server (NotFound): endpoints \"nosuch\" not found"));
    }

    @Test
    void anIngressClassShowsItsParametersAndRefusesUnknownOnes() {
        // printIngressClass (pkg/printers/internalversion/printers.go): PARAMETERS is Kind[.apiGroup]/name
        String ic = """
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata:
                  name: external-lb
                spec:
                  controller: example.com/ingress-controller
                  parameters:
                    apiGroup: k8s.example.com
                    kind: IngressParameters
                    name: external-lb
                """;
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), ic));
        assertTrue(k.host().report().valid(), () -> k.host().report().errors().toString());
        String out = k.run("get ingressclass external-lb").output();
        assertTrue(out.contains("external-lb   example.com/ingress-controller   IngressParameters.k8s.example.com/external-lb"), out);
        Kubectl bad = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42),
                ic.replace("    name: external-lb\n", "    name: external-lb\n    bogus: 1\n")));
        assertTrue(bad.host().report().errors().stream().anyMatch(e -> e.message().contains("unknown field \"spec.parameters.bogus\"")),
                () -> bad.host().report().errors().toString());
    }

    @Test
    void aSelectorlessServicesHandWrittenEndpointsAreListedAndDescribed() {
        // printEndpoints / formatEndpoints (pkg/printers/internalversion/printers.go): ready ip:port;
        // describe reads the mirrored EndpointSlices, so it shows the address too
        String text = servicelab.sim.SelectorlessServiceTestData.SCENE;
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), text));
        assertTrue(k.host().report().valid(), () -> k.host().report().errors().toString());
        String get = k.run("get endpoints external-db").output();
        assertTrue(get.startsWith("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n"), get);
        assertTrue(get.contains("external-db   10.240.0.5:5432"), get);
        String describe = k.run("describe svc external-db").output();
        assertTrue(describe.contains("Endpoints:                10.240.0.5:5432\n"), describe);
        assertTrue(describe.contains("Selector:                 <none>\n"), describe);
    }

    @Test
    void handWrittenAndMirroredSlicesAreListed() {
        // printEndpointSlice (formatDiscoveryPorts, formatDiscoveryEndpoints); the mirroring
        // controller's slice carries the Service's name and a generated suffix
        String text = servicelab.sim.SelectorlessServiceTestData.SCENE;
        Kubectl mirrored = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), text));
        String get = mirrored.run("get endpointslices -l kubernetes.io/service-name=external-db").output();
        assertTrue(get.matches("(?s)NAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nexternal-db-[a-z0-9]{5} +IPv4 +5432 +10\\.240\\.0\\.5 +\\S+\n"), get);
        String sliced = servicelab.sim.SelectorlessServiceTest.DB_SERVICE + "---\n"
                + servicelab.sim.SelectorlessServiceTest.slice("db-1", "external-db", "IPv4",
                "- addresses: [\"10.240.0.5\"]\n- addresses: [\"10.240.0.6\"]\n- addresses: [\"10.240.0.7\"]\n- addresses: [\"10.240.0.8\"]\n");
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), sliced));
        assertTrue(k.host().report().valid(), () -> k.host().report().errors().toString());
        String rows = k.run("get endpointslices db-1").output();
        assertTrue(rows.contains("db-1   IPv4          5432    10.240.0.5,10.240.0.6,10.240.0.7 + 1 more...   "), rows);
        assertTrue(k.run("describe svc external-db").output().contains("Endpoints:                10.240.0.5:5432,10.240.0.6:5432,10.240.0.7:5432 + 1 more...\n"));
        assertTrue(k.run("get endpoints").output().contains("No resources found") || !k.run("get endpoints").output().contains("external-db"),
                "no Endpoints object: nobody wrote one");
        // describeEndpointSliceV1: ports as a table, each endpoint with its conditions and places
        String described = k.run("describe endpointslice db-1").output();
        assertTrue(described.startsWith("""
                Name:         db-1
                Namespace:    default
                Labels:       kubernetes.io/service-name=external-db
                Annotations:  <none>
                AddressType:  IPv4
                Ports:
                  Name     Port  Protocol
                  ----     ----  --------
                  <unset>  5432  TCP
                Endpoints:
                  - Addresses:  10.240.0.5
                    Conditions:
                      Ready:    <unset>
                    Hostname:   <unset>
                    NodeName:   <unset>
                    Zone:       <unset>
                """), described);
    }

    @Test
    void applyPrintsTheApiServersWarningsOncePerCommand() {
        // kubectl's warning writer prints each server warning once, before the object's line
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), ""));
        String out = k.run("apply -f -").output();
        assertTrue(out.startsWith("error: no objects passed to apply") || out.contains("no objects"), out);
        Kubectl withEndpoints = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42),
                servicelab.sim.SelectorlessServiceTestData.SCENE));
        String applied = withEndpoints.run("apply -f -").output();
        assertEquals(1, applied.split("Warning: v1 Endpoints is deprecated in v1.33\\+", -1).length - 1, applied);
        assertTrue(applied.indexOf("Warning: v1 Endpoints") < applied.indexOf("endpoints/external-db"), applied);
    }

    @Test
    void gatewayApiKindsAreListedWithTheirCrdsPrinterColumns() {
        // additionalPrinterColumns of the v1.6.1 CRDs; short names gc, gtw, refgrant
        String text = servicelab.sim.GatewayRoutingTest.BASE.replace("  name: servicelab\n", "  name: other\n").replace(
                "gatewayClassName: servicelab", "gatewayClassName: servicelab") + "---\n" + servicelab.sim.GatewayRoutingTest.route("store",
                "  - backendRefs:\n    - name: infra-backend-v1\n      port: 8080\n").replace("spec:\n  parentRefs:", "spec:\n  hostnames: [\"store.example.com\"]\n  parentRefs:");
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), text));
        assertTrue(k.host().report().valid(), () -> k.host().report().errors().toString());
        String gc = k.run("get gc").output();
        assertTrue(gc.startsWith("NAME         CONTROLLER                          ACCEPTED   AGE\n"), gc);
        assertTrue(gc.contains("\nother        gateway.servicelab.dev/controller   True       "), gc);
        assertTrue(gc.contains("\nservicelab   gateway.servicelab.dev/controller   True       "), gc);
        String gtw = k.run("get gtw -n gateway-conformance-infra").output();
        assertTrue(gtw.startsWith("NAME             CLASS        ADDRESS         PROGRAMMED   AGE\nsame-namespace   servicelab   198.51.100.10   True         "), gtw);
        String routes = k.run("get httproutes -A").output();
        assertTrue(routes.contains("gateway-conformance-infra   store   [\"store.example.com\"]   "), routes);
    }

    @Test
    void gatewayApiObjectsAreDescribedWithTheStatusTheControllerWroteBack() {
        // kubectl's generic describer (describe.go, genericDescriber): fields as smart labels, sorted;
        // status as the controller wrote it (HTTPRouteInvalidCrossNamespaceBackendRef's conditions)
        String text = servicelab.sim.GatewayRoutingTest.BASE + "---\n" + servicelab.sim.GatewayRoutingTest.route("cross",
                "  - backendRefs:\n    - name: web-backend\n      namespace: other\n      port: 8080\n");
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), text));
        assertTrue(k.host().report().valid(), () -> k.host().report().errors().toString());
        String d = k.run("describe httproute cross -n gateway-conformance-infra").output();
        assertTrue(d.startsWith("""
                Name:         cross
                Namespace:    gateway-conformance-infra
                Labels:       <none>
                Annotations:  <none>
                API Version:  gateway.networking.k8s.io/v1
                Kind:         HTTPRoute
                Metadata:
                  Generation:  1
                Spec:
                  Parent Refs:
                    Name:  same-namespace
                  Rules:
                    Backend Refs:
                      Name:       web-backend
                      Namespace:  other
                      Port:       8080
                Status:
                  Parents:
                    Conditions:
                      Message:              Route accepted
                      Observed Generation:  1
                      Reason:               Accepted
                      Status:               True
                      Type:                 Accepted
                      Message:              No ReferenceGrant in other allows HTTPRoutes of gateway-conformance-infra to refer to Service web-backend
                      Observed Generation:  1
                      Reason:               RefNotPermitted
                      Status:               False
                      Type:                 ResolvedRefs
                    Controller Name:        gateway.servicelab.dev/controller
                """), d);
        assertTrue(d.endsWith("Events:  <none>\n") || d.endsWith("Events:           <none>\n"), d);
        String yaml = k.run("get gateway same-namespace -n gateway-conformance-infra -o yaml").output();
        assertTrue(yaml.contains("status:\n  addresses:\n  - type: IPAddress\n    value: 198.51.100.10\n"), yaml);
        assertTrue(yaml.contains("\n  - attachedRoutes: 1\n    conditions:\n"), yaml);
        String gw = k.run("describe gtw same-namespace -n gateway-conformance-infra").output();
        assertTrue(gw.contains("\n  Gateway Class Name:  servicelab\n"), gw);
        assertTrue(gw.contains("\n    Supported Kinds:\n      Group:  gateway.networking.k8s.io\n      Kind:   HTTPRoute\n"), gw);
        assertEquals("Gateway Class Name", UnstructuredDescriber.smartLabel("gatewayClassName"));
        assertEquals("API Version", UnstructuredDescriber.smartLabel("apiVersion"));
        assertEquals("URL Rewrite", UnstructuredDescriber.smartLabel("URLRewrite"));
        assertEquals("kubernetes.io/metadata.name", UnstructuredDescriber.smartLabel("kubernetes.io/metadata.name"));
        // delete names the kind with its group, in the namespace asked for
        assertEquals("httproute.gateway.networking.k8s.io \"cross\" deleted\n",
                k.run("delete httproute cross -n gateway-conformance-infra").output());
        assertFalse(k.host().text().contains("name: cross"));
        assertEquals(1, k.run("delete httproute cross").exitCode(), "gone, and never in default");
        // GRPCRoutes are listed (no short name in the CRD) and described; no status: this controller does not route gRPC
        Kubectl g = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), servicelab.sim.GatewayRoutingTest.BASE
                + "---\napiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata:\n  name: greeter\n  namespace: gateway-conformance-infra\n"
                + "spec:\n  parentRefs:\n  - name: same-namespace\n  hostnames: [grpc.example.com]\n  rules:\n  - backendRefs:\n"
                + "    - name: infra-backend-v1\n      port: 8080\n"));
        assertTrue(g.host().report().valid(), () -> g.host().report().errors().toString());
        String grpc = g.run("get grpcroutes -n gateway-conformance-infra").output();
        assertEquals("NAME      HOSTNAMES              AGE", grpc.lines().findFirst().orElse(""));
        assertTrue(grpc.contains("greeter   [\"grpc.example.com\"]   "), grpc);
        assertTrue(g.run("describe grpcroute greeter -n gateway-conformance-infra").output().contains("Kind:         GRPCRoute\n"));
    }

    @Test
    void configMapsAreListedAndDescribedAsKubectlPrintsThem() {
        // printConfigMap (DATA counts data and binaryData keys) and ConfigMapDescriber (describe.go):
        // each data key over a rule, each binaryData key with its size in bytes
        String text = servicelab.sim.KubeProxyConfigMapTest.kubeProxy("nftables") + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  annotations:
                    team: web
                data:
                  greeting: hello
                binaryData:
                  logo: AAECAw==
                """;
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), text));
        assertTrue(k.host().report().valid(), () -> k.host().report().errors().toString());
        String get = k.run("get cm -A").output();
        assertTrue(get.startsWith("NAMESPACE     NAME         DATA   AGE\n"), get);
        assertTrue(get.contains("\ndefault       settings     2      "), get);
        assertTrue(get.contains("\nkube-system   kube-proxy   1      "), get);
        assertEquals("""
                Name:         settings
                Namespace:    default
                Labels:       <none>
                Annotations:  team: web

                Data
                ====
                greeting:
                ----
                hello

                BinaryData
                ====
                logo: 4 bytes

                Events:  <none>
                """, k.run("describe configmap settings").output());
    }

    @Test
    void createIngressAddsAnIngressTheClusterServes() {
        // create_ingress.go's rule format; the object lands in the manifest, checked like any other
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), DEPLOYMENT));
        assertEquals(0, k.run("expose deployment kubia --port=80 --target-port=8080").exitCode());
        Kubectl.Result r = k.run("create ingress kubia --class=nginx --rule=kubia.example.com/*=kubia:80");
        assertEquals("ingress.networking.k8s.io/kubia created\n", r.output());
        assertTrue(k.host().text().contains("kind: Ingress"), k.host().text());
        assertTrue(k.host().report().valid(), () -> k.host().report().errors().toString());
        assertTrue(k.run("get ingress").output().contains("kubia.example.com"), k.run("get ingress").output());
        Kubectl.Result again = k.run("create ingress kubia --rule=kubia.example.com/*=kubia:80");
        assertEquals("error: failed to create ingress: ingresses.networking.k8s.io \"kubia\" already exists\n", again.output());
        Kubectl.Result bad = k.run("create ingress other --rule=/=kubia:80 --class=Bad_Class");
        assertEquals(1, bad.exitCode(), bad.output());
        assertTrue(bad.output().startsWith("error: failed to create ingress: Ingress.networking.k8s.io \"other\" is invalid: "), bad.output());
    }

    @Test
    void aBareDryRunIsClientWithKlogsWarningAndNeverTakesTheNextWord() {
        // kubectl's --dry-run has NoOptDefVal "unchanged" (cmd/util/helpers.go GetDryRunStrategy):
        // bare, it is a client dry run with klog's deprecation warning; "--dry-run client" makes client a NAME
        Kubectl k = new Kubectl(new TextHost(new LiveCluster(servicelab.sim.World.defaults(), 42), ""));
        Kubectl.Result r = k.run("create deployment d --dry-run --image=nginx -o name");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().matches("W\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} +\\d+ helpers\\.go:702\\] --dry-run is deprecated "
                + "and can be replaced with --dry-run=client\\.\\ndeployment\\.apps/d\\n"), r.output());
        Kubectl.Result spaced = k.run("create deployment d --dry-run client --image=nginx -o name");
        assertEquals("error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n",
                spaced.output());
        assertEquals(1, spaced.exitCode());
        assertEquals("", k.host().text(), "a dry run adds nothing to the manifest");
    }

    @Test
    void exposeAddsAServiceDocumentAndKeepsTheRestOfTheText() {
        assertEquals("service/kubia exposed\n", ok("kubectl expose deployment kubia --type=NodePort --port=80 --target-port=8080").output());
        assertTrue(host.text().startsWith(DEPLOYMENT), "the Deployment's lines, comment included, are untouched");
        String svc = host.text().substring(DEPLOYMENT.length());
        assertEquals("""
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: kubia
                spec:
                  ports:
                  - port: 80
                    protocol: TCP
                    targetPort: 8080
                  selector:
                    app: kubia
                  type: NodePort
                """, svc);
        assertEquals("NodePort", ws.simulation().service("default", "kubia").type());
        String table = ok("get svc kubia").output();
        assertTrue(table.startsWith("NAME    TYPE       CLUSTER-IP"), table);
        assertTrue(table.matches("(?s).*kubia   NodePort   10\\.96\\.\\d+\\.\\d+ +<none>        80:3\\d{4}/TCP   \\d+s\n"), table);
        assertTrue(err("expose deployment kubia --port=80").startsWith("Error from server (AlreadyExists): services \"kubia\" already exists"));
    }

    @Test
    void exposeTakesThePortFromTheContainersOrSaysItCannot() {
        ok("expose deployment kubia --name=kubia-auto");
        assertTrue(host.text().contains("  - port: 8080\n    protocol: TCP\n    targetPort: 8080\n"), host.text());
        host.edit(servicelab.manifest.ManifestEditor.Edit.between(host.text(), DEPLOYMENT.replace("        ports:\n        - containerPort: 8080\n", "")));
        assertEquals("error: couldn't find port via --port flag or introspection\n",
                err("expose deployment kubia"));
        assertEquals("Error from server (NotFound): deployments.apps \"kubi\" not found\n", err("expose deployment kubi --port=80"));
        assertEquals("error: the server doesn't have a resource type \"deployments2\"\n", err("expose deployments2 kubia"));
        assertEquals("error: resource(s) were provided, but no name was specified\n", err("expose deployment"));
    }

    @Test
    void getListsPodsWithKubectlsColumnsAndFiltersByLabel() {
        String out = ok("get pods -o wide").output();
        String[] lines = out.split("\n");
        assertEquals(4, lines.length, out);
        assertTrue(lines[0].matches("NAME +READY   STATUS    RESTARTS   AGE   IP +NODE +NOMINATED NODE   READINESS GATES"), lines[0]);
        for (SimPod p : pods()) {
            assertTrue(out.contains(p.name()) && out.contains(p.ip()), p.name());
        }
        assertEquals("No resources found in default namespace.\n", ok("get pods -l app=web").output());
        assertEquals(3, ok("get pods -l app=kubia -o name").output().lines().filter(l -> l.startsWith("pod/kubia-")).count());
        assertEquals("error: the server doesn't have a resource type \"foos\"\n", err("get foos"));
        assertTrue(err("get").startsWith("You must specify the type of resource to get."));
        assertEquals("Error from server (NotFound): services \"nope\" not found\n", err("get svc nope"));
    }

    @Test
    void endpointsFollowReadinessAndCarryTheDeprecationWarning() {
        ok("expose deployment kubia --port=80 --target-port=8080");
        ws.simulation().advance(10_000);
        String before = ok("get endpoints kubia").output();
        assertTrue(before.startsWith("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n"), before);
        assertTrue(before.contains("<none>"), "no pod has /var/ready yet: " + before);
        String pod = pods().get(0).name();
        ok("exec " + pod + " -- touch /var/ready");
        ws.simulation().advance(3_000); // the probe runs every second and needs one success
        String after = ok("get endpoints kubia").output();
        assertTrue(after.contains(pods().get(0).ip() + ":8080"), after);
        assertTrue(ok("get pods " + pod).output().contains("1/1     Running"));
        ok("exec " + pod + " -- rm /var/ready");
        ws.simulation().advance(5_000);
        assertTrue(ok("get endpoints kubia").output().contains("<none>"));
    }

    @Test
    void describeServiceLinesUpLikeKubectl() {
        ok("create service nodeport kubia --tcp=80:8080 --node-port=30123");
        String d = ok("describe svc kubia").output();
        assertTrue(d.startsWith("""
                Name:                     kubia
                Namespace:                default
                Labels:                   app=kubia
                Annotations:              <none>
                Selector:                 app=kubia
                Type:                     NodePort
                IP Family Policy:         SingleStack
                IP Families:              IPv4
                """), d);
        assertTrue(d.contains("Port:                     80-8080  80/TCP\nTargetPort:               8080/TCP\n"
                + "NodePort:                 80-8080  30123/TCP\nEndpoints:                "), d);
        assertTrue(d.endsWith("Session Affinity:         None\nExternal Traffic Policy:  Cluster\n"
                + "Internal Traffic Policy:  Cluster\nEvents:                   <none>\n"), d);
    }

    @Test
    void describeNamespaceSaysItHasNoQuotaAndNoLimitRangeAndListsNoEvents() {
        assertEquals("""
                Name:         default
                Labels:       kubernetes.io/metadata.name=default
                Annotations:  <none>
                Status:       Active

                No resource quota.

                No LimitRange resource.
                """, ok("describe ns default").output());
        assertTrue(ok("describe namespaces").output().contains("\n\nName:         kube-system\n"), "every namespace, one after another");
    }

    @Test
    void execCurlGoesThroughTheServiceAndNslookupAsksClusterDns() {
        ok("expose deployment kubia --port=80 --target-port=8080");
        ws.simulation().userPods().forEach(p -> ws.simulation().pod("default", p.name()).behaviour(null).files().add("/var/ready"));
        ws.simulation().advance(5_000);
        String pod = pods().get(0).name();
        String body = ok("exec " + pod + " -- curl -s http://kubia").output();
        assertTrue(body.matches("You've hit kubia-[a-z0-9]+-[a-z0-9]{5}\n"), body);
        String ip = ws.simulation().service("default", "kubia").clusterIP();
        assertEquals("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubia.default.svc.cluster.local\nAddress: " + ip + "\n\n",
                ok("exec " + pod + " -- nslookup kubia").output());
        Kubectl.Result nx = k.run("exec " + pod + " -- nslookup nope");
        assertEquals(1, nx.exitCode());
        assertTrue(nx.output().contains("** server can't find nope: NXDOMAIN\n"), nx.output());
        Kubectl.Result refused = k.run("exec " + pod + " -- curl -s http://kubia:8080");
        assertEquals("command terminated with exit code 28\n", refused.output()); // a port the Service doesn't define: dropped
        String env = ok("exec " + pod + " -- env").output();
        assertTrue(env.contains("KUBERNETES_SERVICE_HOST=10.96.0.1\n"), env);
        assertTrue(env.contains("HOSTNAME=" + pod + "\n"));
        assertTrue(err("exec " + pod + " -- foo").contains("exec: \"foo\": executable file not found in $PATH"));
        assertEquals("error: you must specify at least one command for the container\n", err("exec " + pod));
    }

    @Test
    void scaleLabelAndDeleteEditTheTextOrTheRuntime() {
        assertEquals("deployment.apps/kubia scaled\n", ok("scale deployment kubia --replicas=5").output());
        assertTrue(host.text().contains("  replicas: 5\n"));
        assertTrue(host.text().startsWith("# the app the lessons expose\n"), "the comment stays");
        assertEquals(5, pods().size());
        String victim = pods().get(0).name();
        assertEquals("pod \"" + victim + "\" deleted\n", ok("delete pod " + victim).output());
        ws.simulation().advance(2_000);
        assertEquals(5, pods().size(), "the ReplicaSet replaces it");
        assertFalse(pods().stream().anyMatch(p -> p.name().equals(victim)));
        String other = pods().get(1).name();
        assertEquals("error: 'app' already has a value (kubia), and --overwrite is false\n", err("label pod " + other + " app=foo"));
        assertEquals("pod/" + other + " labeled\n", ok("label pod " + other + " app=foo --overwrite").output());
        ws.simulation().advance(2_000);
        assertEquals(6, pods().size(), "the relabelled pod left the ReplicaSet, which made another");
        assertEquals("Error from server (NotFound): pods \"ghost\" not found\n", err("delete pod ghost"));
        assertEquals("error: required flag(s) \"replicas\" not set\n", err("scale deployment kubia"));
        assertEquals("deployment.apps \"kubia\" deleted\n", ok("delete deploy kubia").output());
        assertFalse(host.text().contains("kind: Deployment"));
    }

    @Test
    void applyMergesAFileIntoTheManifest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("svc.yaml");
        java.nio.file.Files.writeString(f, """
                apiVersion: v1
                kind: Service
                metadata:
                  name: kubia
                spec:
                  selector:
                    app: kubia
                  ports:
                  - port: 80
                    targetPort: 8080
                """);
        assertEquals("service/kubia created\n", ok("apply -f " + f).output());
        assertEquals("service/kubia unchanged\n", ok("apply -f " + f).output());
        java.nio.file.Files.writeString(f, java.nio.file.Files.readString(f).replace("port: 80", "port: 8000"));
        assertEquals("service/kubia configured\n", ok("apply -f " + f).output());
        assertEquals(8000, ws.simulation().service("default", "kubia").ports().get(0).port());
        assertTrue(host.text().startsWith(DEPLOYMENT));
        assertEquals("error: the path \"" + dir.resolve("nope.yaml") + "\" does not exist\n", err("apply -f " + dir.resolve("nope.yaml")));
    }

    @Test
    void completionOffersCommandsTypesAndNames() {
        assertEquals(List.of("describe", "delete"), Kubectl.completions("de", k).stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(Kubectl.completions("get ", k).contains("pods"));
        List<String> names = Kubectl.completions("get pods kubia", k);
        assertEquals(3, names.size());
        assertEquals(List.of("nodeport"), Kubectl.completions("create service no", k));
    }

    @Test
    void flagsAreParsedAsKubectlDoes() {
        assertTrue(err("get pods --bogus").startsWith("error: unknown flag: --bogus\nSee 'kubectl get --help' for usage."));
        assertEquals(ok("get pods -o wide").output(), ok("get pods -owide").output());
        assertEquals(ok("get pods -o name").output(), ok("get po --output=name").output());
    }
}
