package servicelab.kubectl;

import java.util.List;

import servicelab.model.NetworkPolicy;

/**
 * `kubectl get networkpolicy` rows and `kubectl describe networkpolicy`, as kubectl's
 * describeNetworkPolicy prints them (pkg/describe/describe.go): the pod selector, then per
 * direction the rules it allows ("To Port", one "From:"/"To:" block per peer, "----------"
 * between rules), or that it does not affect that direction, and the policy types.
 */
final class PolicyDescriber {
    private PolicyDescriber() {
    }

    static void rows(servicelab.sim.Simulation sim, List<Item> out, ObjectData data, ObjectRows rows) {
        for (NetworkPolicy np : sim.policies.all()) {
            out.add(new Item(np.namespaceOrDefault(), np.name(), np.metadata().labelsOrEmpty(), 0,
                    List.of(np.name(), ObjectRows.selectorString(np.podSelector()), rows.age(0)), List.of(), () -> data.documentData("NetworkPolicy", np)));
        }
    }

    static void describe(StringBuilder w, NetworkPolicy np) {
        w.append("Name:\t").append(np.name()).append('\n');
        w.append("Namespace:\t").append(np.namespaceOrDefault()).append('\n');
        DescribePrinter.labels(w, "Labels", np.metadata().labelsOrEmpty());
        DescribePrinter.annotations(w, np.metadata().annotationsOrEmpty());
        w.append("Spec:\n");
        w.append("  PodSelector:     ").append(np.podSelector() == null || np.podSelector().isEmpty()
                ? "<none> (Allowing the specific traffic to all pods in this namespace)" : ObjectRows.selectorString(np.podSelector())).append('\n');
        List<String> types = servicelab.sim.NetworkPolicies.types(np);
        if (types.contains("Ingress")) {
            w.append("  Allowing ingress traffic:\n");
            rules(w, np.ingressOrEmpty(), "From", "source", "ingress");
        } else {
            w.append("  Not affecting ingress traffic\n");
        }
        if (types.contains("Egress")) {
            w.append("  Allowing egress traffic:\n");
            rules(w, np.egressOrEmpty(), "To", "destination", "egress");
        } else {
            w.append("  Not affecting egress traffic\n");
        }
        w.append("  Policy Types: ").append(String.join(", ", types)).append('\n');
    }

    private static void rules(StringBuilder w, List<NetworkPolicy.Rule> rules, String peerWord, String what, String direction) {
        String in = "    ";
        if (rules.isEmpty()) {
            w.append(in).append("<none> (Selected pods are isolated for ").append(direction).append(" connectivity)\n");
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            NetworkPolicy.Rule r = rules.get(i);
            if (r.portsOrEmpty().isEmpty()) {
                w.append(in).append("To Port: <any> (traffic allowed to all ports)\n");
            }
            for (NetworkPolicy.Port p : r.portsOrEmpty()) {
                String port = p.port() == null ? "<nil>" : p.port().toString() + (p.endPort() == null ? "" : "-" + p.endPort());
                w.append(in).append("To Port: ").append(port).append('/').append(p.protocol() == null ? "TCP" : p.protocol()).append('\n');
            }
            if (r.peersOrEmpty().isEmpty()) {
                w.append(in).append(peerWord).append(": <any> (traffic not restricted by ").append(what).append(")\n");
            }
            for (NetworkPolicy.Peer p : r.peersOrEmpty()) {
                w.append(in).append(peerWord).append(":\n");
                if (p.namespaceSelector() != null) {
                    w.append(in).append("  NamespaceSelector: ").append(ObjectRows.selectorString(p.namespaceSelector())).append('\n');
                }
                if (p.podSelector() != null) {
                    w.append(in).append("  PodSelector: ").append(ObjectRows.selectorString(p.podSelector())).append('\n');
                }
                if (p.ipBlock() != null) {
                    w.append(in).append("  IPBlock:\n");
                    w.append(in).append("    CIDR: ").append(p.ipBlock().cidr()).append('\n');
                    w.append(in).append("    Except: ").append(String.join(", ", p.ipBlock().exceptOrEmpty())).append('\n');
                }
            }
            if (i != rules.size() - 1) {
                w.append(in).append("----------\n");
            }
        }
    }
}
