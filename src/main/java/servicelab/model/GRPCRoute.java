package servicelab.model;

import java.util.List;

/**
 * A gateway.networking.k8s.io/v1 GRPCRoute (a CRD): like an HTTPRoute, but its rules match a gRPC
 * service and method (and headers) instead of a path. Parent references, header matches, filters
 * and backends have the HTTPRoute's shapes.
 */
public record GRPCRoute(ObjectMeta metadata, List<HTTPRoute.ParentRef> parentRefs, List<String> hostnames, List<Rule> rules)
        implements KubeObject {
    public GRPCRoute {
        parentRefs = Maps.copy(parentRefs);
        hostnames = Maps.copy(hostnames);
        rules = Maps.copy(rules);
    }

    /** A rule: its matches, filters and backends. */
    public record Rule(String name, List<Match> matches, List<HTTPRoute.Filter> filters, List<HTTPRoute.BackendRef> backendRefs) {
        public Rule {
            matches = Maps.copy(matches);
            filters = Maps.copy(filters);
            backendRefs = Maps.copy(backendRefs);
        }

        public List<Match> matchesOrEmpty() {
            return matches == null ? List.of() : matches;
        }

        public List<HTTPRoute.BackendRef> backendRefsOrEmpty() {
            return backendRefs == null ? List.of() : backendRefs;
        }
    }

    /** One match: a gRPC method (service and/or method name, Exact by default) and headers. */
    public record Match(MethodMatch method, List<HTTPRoute.ValueMatch> headers) {
        public Match {
            headers = Maps.copy(headers);
        }
    }

    /** A gRPC method match: Exact (default) or RegularExpression, on the service and the method. */
    public record MethodMatch(String type, String service, String method) {
    }

    public List<HTTPRoute.ParentRef> parentRefsOrEmpty() {
        return parentRefs == null ? List.of() : parentRefs;
    }

    public List<String> hostnamesOrEmpty() {
        return hostnames == null ? List.of() : hostnames;
    }

    public List<Rule> rulesOrEmpty() {
        return rules == null ? List.of() : rules;
    }

    @Override
    public String apiVersion() {
        return Gateway.GROUP + "/v1";
    }

    @Override
    public String kind() {
        return "GRPCRoute";
    }
}
