package servicelab.validation.gatewayapi;

import java.util.List;

import servicelab.model.FieldError;
import servicelab.model.GRPCRoute;

/**
 * A GRPCRoute checked as the v1.6.1 standard-channel CRD checks it
 * (config/crd/standard/gateway.networking.k8s.io_grpcroutes.yaml): parent references and
 * hostnames as an HTTPRoute's, at most 16 rules and fewer than 128 matches in all, each method
 * match naming a service or a method with valid characters, and backends with a port.
 */
final class GrpcRouteValidation {
    private GrpcRouteValidation() {
    }

    static void validate(List<FieldError> out, GRPCRoute r) {
        GatewayApiValidation.parentsAndHostnames(out, r.parentRefsOrEmpty(), r.hostnamesOrEmpty());
        List<GRPCRoute.Rule> rules = r.rulesOrEmpty();
        if (rules.size() > 16) {
            out.add(FieldError.tooMany("spec.rules", rules.size(), 16));
            return;
        }
        if (rules.stream().mapToInt(x -> x.matchesOrEmpty().size()).sum() >= 128) {
            out.add(GatewayApiValidation.cel("spec.rules", "array", "While 16 rules and 64 matches per rule are allowed, the total number "
                    + "of matches across all rules in a route must be less than 128"));
        }
        for (int i = 0; i < rules.size(); i++) {
            String rp = "spec.rules[" + i + "]";
            for (int j = 0; j < rules.get(i).matchesOrEmpty().size(); j++) {
                method(out, rules.get(i).matchesOrEmpty().get(j).method(), rp + ".matches[" + j + "].method");
            }
            for (int k = 0; k < rules.get(i).backendRefsOrEmpty().size(); k++) {
                GatewayApiValidation.backendRef(out, rules.get(i).backendRefsOrEmpty().get(k), rp + ".backendRefs[" + k + "]");
            }
            RouteFilterValidation.filters(out, rules.get(i).filters() == null ? List.of() : rules.get(i).filters(), rp, RouteFilterValidation.GRPC_TYPES);
        }
    }

    /** The method match's type (an enum) and the three CEL rules declared on GRPCMethodMatch. */
    private static void method(List<FieldError> out, GRPCRoute.MethodMatch m, String path) {
        if (m == null) {
            return;
        }
        GatewayApiValidation.oneOf(out, path + ".type", m.type(), List.of("Exact", "RegularExpression"), "v.gw.grpcMatchType");
        if (m.service() == null && m.method() == null) {
            out.add(GatewayApiValidation.cel(path, "object", "One or both of 'service' or 'method' must be specified"));
        }
        boolean exact = m.type() == null || "Exact".equals(m.type());
        if (exact && m.service() != null && !isService(m.service())) {
            out.add(GatewayApiValidation.cel(path, "object",
                    "service must only contain valid characters (matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)"));
        }
        if (exact && m.method() != null && !isIdentifier(m.method())) {
            out.add(GatewayApiValidation.cel(path, "object", "method must only contain valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)"));
        }
    }

    /** ^(?i)\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$ by hand: dot-separated identifiers, one optional leading dot. */
    static boolean isService(String s) {
        String rest = s.startsWith(".") ? s.substring(1) : s;
        for (String part : rest.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /** ^[A-Za-z_][A-Za-z_0-9]*$ by hand. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
