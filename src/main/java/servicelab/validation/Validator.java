package servicelab.validation;

import java.util.ArrayList;
import java.util.List;

import servicelab.model.Deployment;
import servicelab.model.FieldError;
import servicelab.model.Ingress;
import servicelab.model.IngressClass;
import servicelab.model.KubeObject;
import servicelab.model.Namespace;
import servicelab.model.Pod;
import servicelab.model.ReplicaSet;
import servicelab.model.ReplicationController;
import servicelab.model.Service;

/**
 * The create-time validation stage of the API server: every field error of one object, with
 * Kubernetes' field paths, error types and messages, in the order the Go code appends them.
 *
 * <p>Give it the object after {@link Defaulter#apply} (and, for a Service, after a successful
 * {@link ServiceAllocator#tryAllocate}): fields the defaulter fills are reported as missing
 * otherwise. Every error carries an explanation key of the validation bundles.
 */
public final class Validator {
    private Validator() {
    }

    /** The outcome of one create: the object as stored (null when the create failed) and its errors. */
    public record CreateResult(KubeObject stored, List<FieldError> errors) {
        public CreateResult {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * The whole create path of the API server for one decoded manifest object: defaulting, then
     * for a Service the allocation (whose errors end the create), then validation; a Service that
     * fails validation gives its allocation back.
     */
    public static CreateResult create(KubeObject decoded, ServiceAllocator allocator) {
        KubeObject defaulted = Defaulter.apply(decoded);
        if (!(defaulted instanceof Service svc)) {
            List<FieldError> errors = validate(defaulted);
            return new CreateResult(errors.isEmpty() ? defaulted : null, errors);
        }
        List<FieldError> allocErrors = allocator.tryAllocate(svc);
        if (!allocErrors.isEmpty()) {
            return new CreateResult(null, allocErrors);
        }
        Service stored = allocator.pending().applyTo(svc);
        List<FieldError> errors = validate(stored);
        if (errors.isEmpty()) {
            allocator.commit();
            return new CreateResult(stored, errors);
        }
        allocator.rollback();
        return new CreateResult(null, errors);
    }

    public static List<FieldError> validate(KubeObject defaulted) {
        if (defaulted instanceof Service s) {
            return ServiceValidation.validate(s);
        }
        if (defaulted instanceof Pod p) {
            return PodValidation.validate(p);
        }
        if (defaulted instanceof ReplicationController rc) {
            return WorkloadValidation.replicationController(rc);
        }
        if (defaulted instanceof ReplicaSet rs) {
            return WorkloadValidation.replicaSet(rs);
        }
        if (defaulted instanceof Deployment d) {
            return WorkloadValidation.deployment(d);
        }
        if (defaulted instanceof servicelab.model.NetworkPolicy np) {
            return NetworkPolicyValidation.validate(np);
        }
        if (defaulted instanceof Ingress ing) {
            return IngressValidation.ingress(ing);
        }
        if (defaulted instanceof servicelab.model.Endpoints ep) {
            return EndpointsValidation.validate(ep);
        }
        if (defaulted instanceof servicelab.model.Gateway || defaulted instanceof servicelab.model.HTTPRoute
                || defaulted instanceof servicelab.model.GRPCRoute
                || defaulted instanceof servicelab.model.GatewayClass || defaulted instanceof servicelab.model.ReferenceGrant) {
            return servicelab.validation.gatewayapi.GatewayApiValidation.validate(defaulted); // the CRDs' schemas and CEL rules
        }
        if (defaulted instanceof servicelab.model.EndpointSlice es) {
            return EndpointSliceValidation.validate(es);
        }
        if (defaulted instanceof servicelab.model.ConfigMap cm) {
            return ConfigMapValidation.validate(cm);
        }
        if (defaulted instanceof IngressClass ic) {
            return IngressValidation.ingressClass(ic);
        }
        if (defaulted instanceof Namespace ns) {
            List<FieldError> out = new ArrayList<>();
            MetaValidation.objectMeta(out, ns.metadata(), MetaValidation.NameRule.DNS1123_LABEL, false);
            return out;
        }
        throw new IllegalArgumentException("no validation for " + defaulted.kind());
    }
}
