package servicelab.model;

import java.util.List;

/**
 * A gateway.networking.k8s.io/v1 HTTPRoute (a CRD): the Gateways (and listeners) it attaches to,
 * the hostnames it answers, and its rules: matches, filters and weighted backends.
 */
public record HTTPRoute(ObjectMeta metadata, List<ParentRef> parentRefs, List<String> hostnames, List<Rule> rules)
        implements KubeObject {
    public HTTPRoute {
        parentRefs = Maps.copy(parentRefs);
        hostnames = Maps.copy(hostnames);
        rules = Maps.copy(rules);
    }

    /** A parent: a Gateway by default, in the route's namespace unless named; a listener by sectionName or port. */
    public record ParentRef(String group, String kind, String namespace, String name, String sectionName, Integer port) {
    }

    /** A rule: its matches (one PathPrefix "/" by default), filters and backends. */
    public record Rule(String name, List<Match> matches, List<Filter> filters, List<BackendRef> backendRefs) {
        public Rule {
            matches = Maps.copy(matches);
            filters = Maps.copy(filters);
            backendRefs = Maps.copy(backendRefs);
        }

        public List<Match> matchesOrEmpty() {
            return matches == null ? List.of() : matches;
        }

        public List<Filter> filtersOrEmpty() {
            return filters == null ? List.of() : filters;
        }

        public List<BackendRef> backendRefsOrEmpty() {
            return backendRefs == null ? List.of() : backendRefs;
        }
    }

    /** One match: all of its conditions must hold. */
    public record Match(PathMatch path, List<ValueMatch> headers, List<ValueMatch> queryParams, String method) {
        public Match {
            headers = Maps.copy(headers);
            queryParams = Maps.copy(queryParams);
        }

        public List<ValueMatch> headersOrEmpty() {
            return headers == null ? List.of() : headers;
        }

        public List<ValueMatch> queryParamsOrEmpty() {
            return queryParams == null ? List.of() : queryParams;
        }
    }

    /** A path match: Exact, PathPrefix (default) or RegularExpression, and its value ("/" by default). */
    public record PathMatch(String type, String value) {
    }

    /** A header or query parameter match: Exact (default) or RegularExpression. */
    public record ValueMatch(String type, String name, String value) {
    }

    /**
     * A filter; only the field its type names should be set. {@code unmodelled} names the fields
     * present that this model does not carry (cors, extensionRef, externalAuth): the CRD's rules
     * on which field goes with which type still need to see them.
     */
    public record Filter(String type, HeaderModifier requestHeaderModifier, HeaderModifier responseHeaderModifier,
                         Redirect requestRedirect, Rewrite urlRewrite, BackendRef requestMirror, List<String> unmodelled) {
        public Filter {
            unmodelled = unmodelled == null ? List.of() : List.copyOf(unmodelled);
        }

        public Filter(String type, HeaderModifier requestHeaderModifier, HeaderModifier responseHeaderModifier,
                      Redirect requestRedirect, Rewrite urlRewrite, BackendRef requestMirror) {
            this(type, requestHeaderModifier, responseHeaderModifier, requestRedirect, urlRewrite, requestMirror, List.of());
        }
    }

    /** Headers to set, add and remove. */
    public record HeaderModifier(List<Header> set, List<Header> add, List<String> remove) {
        public HeaderModifier {
            set = Maps.copy(set);
            add = Maps.copy(add);
            remove = Maps.copy(remove);
        }
    }

    /** A header name and value. */
    public record Header(String name, String value) {
    }

    /** RequestRedirect: what to change in the Location the client is sent to. */
    public record Redirect(String scheme, String hostname, PathModifier path, Integer port, Integer statusCode) {
    }

    /** URLRewrite: the hostname and path the backend sees. */
    public record Rewrite(String hostname, PathModifier path) {
    }

    /** ReplaceFullPath or ReplacePrefixMatch, with its value. */
    public record PathModifier(String type, String replaceFullPath, String replacePrefixMatch) {
    }

    /** A backend: a Service by default, in the route's namespace unless named; weight 1 by default. */
    public record BackendRef(String group, String kind, String name, String namespace, Integer port, Integer weight) {
    }

    public List<ParentRef> parentRefsOrEmpty() {
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
        return "HTTPRoute";
    }
}
