package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.ManifestChecker;
import servicelab.model.NetworkPolicy;

/**
 * NetworkPolicy as the API server checks it (pkg/apis/networking/validation, v1 defaults) and as
 * the network plugin enforces it (kubernetes.io "Network Policies"): isolation per direction,
 * rules that only allow, both ends, pod-side ports after DNAT, the node's own traffic, DNS.
 */
class NetworkPolicyTest {
    static final String APP = """
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
                    - name: http
                      containerPort: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              selector:
                app: kubia
              ports:
              - port: 80
                targetPort: http
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: client
              labels:
                app: client
            spec:
              containers:
              - name: main
                image: curlimages/curl
            """;

    static final String DENY_INGRESS = """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-ingress
            spec:
              podSelector: {}
              policyTypes:
              - Ingress
            """;

    static String allowFromClient(String port) {
        return """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: allow-client
                spec:
                  podSelector:
                    matchLabels:
                      app: kubia
                  ingress:
                  - from:
                    - podSelector:
                        matchLabels:
                          app: client
                    ports:
                    - port: %s
                """.formatted(port);
    }

    static Simulation cluster(String yaml) {
        CheckReport r = new ManifestChecker().check(yaml);
        assertTrue(r.valid(), () -> r.errors().toString());
        Simulation s = new Simulation(World.defaults(), 42);
        SimulationTest.apply(s, r);
        s.advance(10_000);
        return s;
    }

    static Trace send(Simulation s, String from, String url) {
        return s.router().send(s.router().client(from), url);
    }

    static Hop last(Trace t) {
        return t.hops().get(t.hops().size() - 1);
    }

    @Test
    void aDefaultDenyDropsAndNamesThePolicy() {
        Simulation s = cluster(APP + DENY_INGRESS);
        Trace t = send(s, "pod/client", "http://kubia/");
        assertEquals(Outcome.TIMEOUT, t.outcome());
        assertEquals("networkpolicy", last(t).by());
        assertEquals(List.of("ingress", "default/default-deny-ingress"), last(t).args().subList(0, 2));
        // the kubelet's probes come from the pod's own node: the endpoints stay ready
        assertEquals(3, s.userPods().stream().filter(p -> p.labels().get("app").equals("kubia") && p.ready()).count());
        // the Korean explanation names the policy too
        assertTrue(TraceText.korean().hop(last(t)).contains("default/default-deny-ingress"), TraceText.korean().hop(last(t)));
    }

    @Test
    void anAllowRuleMatchesThePodsPortNotTheServices() {
        assertEquals(Outcome.DELIVERED, send(cluster(APP + DENY_INGRESS + allowFromClient("8080")), "pod/client", "http://kubia/").outcome());
        assertEquals(Outcome.DELIVERED, send(cluster(APP + DENY_INGRESS + allowFromClient("http")), "pod/client", "http://kubia/").outcome(),
                "a named port is the receiving pod's container port");
        Trace wrongPort = send(cluster(APP + DENY_INGRESS + allowFromClient("80")), "pod/client", "http://kubia/");
        assertEquals(Outcome.TIMEOUT, wrongPort.outcome(), "kube-proxy's DNAT made it 8080 before the policy looks");
        assertEquals(List.of("ingress", "default/allow-client, default/default-deny-ingress"), last(wrongPort).args().subList(0, 2));
    }

    static final String DENY_EGRESS = """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-egress
            spec:
              podSelector: {}
              policyTypes:
              - Egress
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: client-egress
            spec:
              podSelector:
                matchLabels:
                  app: client
              egress:
              - to:
                - podSelector:
                    matchLabels:
                      app: kubia
                ports:
                - port: 8080
            """;

    static final String ALLOW_DNS = """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: allow-dns
            spec:
              podSelector: {}
              policyTypes:
              - Egress
              egress:
              - to:
                - namespaceSelector:
                    matchLabels:
                      kubernetes.io/metadata.name: kube-system
                  podSelector:
                    matchLabels:
                      k8s-app: kube-dns
                ports:
                - port: 53
                  protocol: UDP
                - port: 53
                  protocol: TCP
            """;

    /** The DNS trap: default-deny egress stops the lookup (TIMEOUT at the DNS hop, not NXDOMAIN); the cluster IP still works. */
    @Test
    void defaultDenyEgressStopsDnsFirst() {
        Simulation s = cluster(APP + DENY_EGRESS);
        Trace byName = send(s, "pod/client", "http://kubia/");
        assertEquals(Outcome.TIMEOUT, byName.outcome());
        assertEquals(1, byName.hops().size(), "dropped at the lookup");
        assertEquals(List.of("egress", "default/client-egress, default/default-deny-egress", "10.96.0.10:53"), last(byName).args());
        String clusterIp = s.service("default", "kubia").clusterIP();
        assertEquals(Outcome.DELIVERED, send(s, "pod/client", "http://" + clusterIp + "/").outcome(),
                "egress to app=kubia on 8080 is judged after kube-proxy chose the pod");
        assertEquals(Outcome.TIMEOUT, send(s, "pod/client", "http://203.0.113.77/").outcome(), "nor out of the cluster");
        assertEquals(Outcome.DELIVERED, send(cluster(APP + DENY_EGRESS + ALLOW_DNS), "pod/client", "http://kubia/").outcome());
    }

    static String shop(String peers) {
        return """
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: client
                  namespace: shop
                  labels:
                    app: client
                spec:
                  containers:
                  - name: main
                    image: curlimages/curl
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: batch
                  namespace: shop
                  labels:
                    app: batch
                spec:
                  containers:
                  - name: main
                    image: curlimages/curl
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: from-shop-client
                spec:
                  podSelector:
                    matchLabels:
                      app: kubia
                  ingress:
                  - from:
                %s""".formatted(peers);
    }

    /** One peer with both selectors is AND (client pods of shop); two peers are OR (every pod of shop, and client pods here). */
    @Test
    void bothSelectorsInOnePeerAreAnd() {
        String and = "    - namespaceSelector:\n        matchLabels:\n          kubernetes.io/metadata.name: shop\n"
                + "      podSelector:\n        matchLabels:\n          app: client\n";
        Simulation s = cluster(APP + shop(and));
        assertEquals(Outcome.DELIVERED, send(s, "pod/shop/client", "http://kubia.default/").outcome());
        assertEquals(Outcome.TIMEOUT, send(s, "pod/shop/batch", "http://kubia.default/").outcome());
        assertEquals(Outcome.TIMEOUT, send(s, "pod/client", "http://kubia/").outcome(), "default's client is not in shop");
        Simulation or = cluster(APP + shop(and.replace("      podSelector:", "    - podSelector:")));
        assertEquals(Outcome.DELIVERED, send(or, "pod/shop/batch", "http://kubia.default/").outcome());
        assertEquals(Outcome.DELIVERED, send(or, "pod/client", "http://kubia/").outcome());
        // only the podSelector: pods of the policy's own namespace
        Simulation own = cluster(APP + shop("    - podSelector:\n        matchLabels:\n          app: client\n"));
        assertEquals(Outcome.TIMEOUT, send(own, "pod/shop/client", "http://kubia.default/").outcome());
        assertEquals(Outcome.DELIVERED, send(own, "pod/client", "http://kubia/").outcome());
    }

    @Test
    void anIpBlockWithAnException() {
        String fromLaptop = """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: from-office
                spec:
                  podSelector: {}
                  ingress:
                  - from:
                    - ipBlock:
                        cidr: 203.0.113.0/24
                        except:
                        - 203.0.113.50/32
                """;
        Simulation s = cluster(APP.replace("  - port: 80\n", "  - port: 80\n    nodePort: 30080\n").replace("spec:\n  selector:\n    app: kubia",
                "spec:\n  type: NodePort\n  externalTrafficPolicy: Local\n  selector:\n    app: kubia") + fromLaptop);
        // Local keeps the client's address: 203.0.113.50 is the block's exception, 203.0.113.51 is in it
        assertEquals(Outcome.TIMEOUT, send(s, "laptop", "http://192.168.0.12:30080/").outcome());
        assertEquals(Outcome.DELIVERED, send(s, "browser", "http://192.168.0.12:30080/").outcome());
    }

    /** A scene that runs flannel alone (its kube-flannel-cfg ConfigMap) stores policies, but nothing enforces them. */
    @Test
    void flannelAloneEnforcesNothing() {
        String flannel = """
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: kube-flannel
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: kube-flannel-cfg
                  namespace: kube-flannel
                data:
                  net-conf.json: '{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}'
                """;
        Simulation s = cluster(APP + DENY_INGRESS + flannel);
        assertEquals("flannel", s.policies.plugin());
        assertEquals(Outcome.DELIVERED, send(s, "pod/client", "http://kubia/").outcome());
        String pod = s.userPods().stream().filter(p -> "kubia".equals(p.labels().get("app"))).findFirst().orElseThrow().key();
        assertEquals(List.of("Unenforced default/default-deny-ingress"), s.snapshot().isolationOf(pod));
        assertEquals(List.of("Ingress default/default-deny-ingress"), cluster(APP + DENY_INGRESS).snapshot().isolationOf(pod));
    }

    @Test
    void theApiServersChecksAndDefaults() {
        CheckReport r = new ManifestChecker().check("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: p
                spec:
                  podSelector: {}
                  policyTypes: [Ingress, Outgoing]
                  ingress:
                  - from:
                    - {}
                    - ipBlock:
                        cidr: 10.0.0.0/16
                        except: [10.1.0.0/24]
                      podSelector: {}
                    ports:
                    - port: http
                      endPort: 90
                    - endPort: 90
                    - port: 8000
                      endPort: 7000
                      protocol: ICMP
                """);
        assertEquals(List.of("spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is non-numeric",
                "spec.ingress[0].ports[1].endPort: Invalid value: 90: may not be specified when `port` is not specified",
                "spec.ingress[0].ports[2].protocol: Unsupported value: \"ICMP\": supported values: \"TCP\", \"UDP\", \"SCTP\"",
                "spec.ingress[0].ports[2].endPort: Invalid value: 7000: must be greater than or equal to `port`",
                "spec.ingress[0].from[0]: Required value: must specify a peer",
                "spec.ingress[0].from[1].ipBlock.except[0]: Invalid value: \"10.1.0.0/24\": must be a strict subset of `cidr`",
                "spec.ingress[0].from[1]: Forbidden: may not specify both ipBlock and another peer",
                "spec.policyTypes[1]: Unsupported value: \"Outgoing\": supported values: \"Ingress\", \"Egress\""),
                r.errors().stream().map(Diagnostic::message).toList());
        CheckReport ok = new ManifestChecker().check(DENY_EGRESS.substring(4) + ALLOW_DNS);
        assertTrue(ok.valid(), () -> ok.errors().toString());
        NetworkPolicy client = (NetworkPolicy) ok.objects().get(1);
        assertEquals(List.of("Ingress", "Egress"), client.policyTypes(), "egress rules add Egress to the default Ingress");
        assertEquals("TCP", client.egress().get(0).ports().get(0).protocol());
        assertTrue(r.errors().stream().allMatch(d -> d.explanation() != null && !d.explanation().isEmpty()));
    }
}
