package servicelab.validation;

import java.util.ArrayList;
import java.util.List;

import servicelab.model.EndpointSlice;
import servicelab.model.KubeObject;
import servicelab.model.Service;

/**
 * What the API server sends back as warnings with an accepted write (kubectl prints each as
 * "Warning: ..." on stderr), as the given release does:
 * <ul>
 * <li>v1 Endpoints, on every verb from v1.33 (apiserver deprecation.WarningMessage with
 * k8s.io/api's APILifecycleDeprecated 1.33 and its EndpointSlice replacement);</li>
 * <li>a Service's {@code trafficDistribution: PreferClose} from v1.35 (pkg/api/service/warnings.go,
 * KEP-3015's rename to PreferSameZone);</li>
 * <li>a Service's {@code spec.externalIPs} from v1.36 (KEP-5707; the text as a v1.36 server's
 * client logs it);</li>
 * <li>an EndpointSlice of addressType FQDN (endpointslice strategy warnOnDeprecatedAddressType).</li>
 * </ul>
 */
public final class ApiWarnings {
    public static final String ENDPOINTS_DEPRECATED = "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";

    private ApiWarnings() {
    }

    /** The warnings of a read (get, describe) of this kind. */
    public static List<String> onRead(String kind, int minor) {
        return "Endpoints".equals(kind) && minor >= 33 ? List.of(ENDPOINTS_DEPRECATED) : List.of();
    }

    /** The warnings of creating or updating this object. */
    public static List<String> onWrite(KubeObject o, int minor) {
        List<String> out = new ArrayList<>(onRead(o.kind(), minor));
        if (o instanceof Service s && s.spec() != null) {
            if (minor >= 35 && "PreferClose".equals(s.spec().trafficDistribution())) {
                out.add("spec.trafficDistribution: \"PreferClose\" is deprecated; use \"PreferSameZone\"");
            }
            if (minor >= 36 && s.spec().externalIPs() != null && !s.spec().externalIPs().isEmpty()) {
                out.add("spec.externalIPs is deprecated");
            }
        }
        if (o instanceof EndpointSlice es && "FQDN".equals(es.addressType())) {
            out.add("spec.addressType: FQDN endpoints are deprecated");
        }
        return out;
    }

    /** At the release the model follows. */
    public static List<String> onWrite(KubeObject o) {
        return onWrite(o, servicelab.model.Release.KUBERNETES_MINOR);
    }
}
