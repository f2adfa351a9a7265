package servicelab.kubectl;

import servicelab.model.EndpointSlice;

/** describeEndpointSliceV1 (kubectl describe.go) for an EndpointSlice written by hand. */
final class SliceDescriber {
    private SliceDescriber() {
    }

    static void describe(StringBuilder w, EndpointSlice es) {
        w.append("Name:\t").append(es.name()).append('\n');
        w.append("Namespace:\t").append(es.namespaceOrDefault()).append('\n');
        DescribePrinter.labels(w, "Labels", es.metadata().labelsOrEmpty());
        w.append("Annotations:\t<none>\n");
        w.append("AddressType:\t").append(es.addressType()).append('\n');
        if (es.portsOrEmpty().isEmpty()) {
            w.append("Ports: <unset>\n");
        } else {
            w.append("Ports:\n  Name\tPort\tProtocol\n  ----\t----\t--------\n");
            for (EndpointSlice.Port p : es.portsOrEmpty()) {
                w.append("  ").append(p.name() == null || p.name().isEmpty() ? "<unset>" : p.name()).append('\t')
                        .append(p.port() == null ? "<unset>" : String.valueOf(p.port())).append('\t').append(p.protocol()).append('\n');
            }
        }
        if (es.endpointsOrEmpty().isEmpty()) {
            w.append("Endpoints: <none>\n");
            return;
        }
        w.append("Endpoints:\n");
        for (EndpointSlice.Endpoint e : es.endpointsOrEmpty()) {
            String addrs = String.join(", ", e.addressesOrEmpty());
            w.append("  - Addresses:\t").append(addrs.isEmpty() ? "<none>" : addrs).append('\n');
            w.append("    Conditions:\n");
            w.append("      Ready:\t").append(e.ready() == null ? "<unset>" : String.valueOf(e.ready())).append('\n');
            w.append("    Hostname:\t").append(e.hostname() == null ? "<unset>" : e.hostname()).append('\n');
            w.append("    NodeName:\t").append(e.nodeName() == null ? "<unset>" : e.nodeName()).append('\n');
            w.append("    Zone:\t").append(e.zone() == null ? "<unset>" : e.zone()).append('\n');
        }
    }
}
