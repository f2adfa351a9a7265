package servicelab.model;

import java.util.Map;

/**
 * A v1 ConfigMap. The cluster reads one of them itself: {@code kube-system/kube-proxy}, whose
 * {@code config.conf} is the KubeProxyConfiguration every node's kube-proxy starts from (kubeadm,
 * kind and minikube keep it there), so a scene chooses kube-proxy's mode the way a cluster does.
 * {@code proxy} is what kube-proxy would read from that key (null for every other ConfigMap).
 */
public record ConfigMap(ObjectMeta metadata, Map<String, String> data, Map<String, String> binaryData, Boolean immutable,
                        ProxyConfig proxy) implements KubeObject {
    public static final String KUBE_PROXY_NAMESPACE = "kube-system";
    public static final String KUBE_PROXY_NAME = "kube-proxy";
    public static final String KUBE_PROXY_KEY = "config.conf";

    public ConfigMap {
        data = data == null ? null : Maps.copy(data);
        binaryData = binaryData == null ? null : Maps.copy(binaryData);
    }

    /**
     * The mode a KubeProxyConfiguration names ("" when it names none: iptables on Linux), or why
     * kube-proxy could not read it ({@code problem}, in kube-proxy's own words; mode is then null).
     */
    public record ProxyConfig(String mode, String problem) {
    }

    /** Whether this is the ConfigMap kube-proxy is configured from. */
    public boolean configuresKubeProxy() {
        return KUBE_PROXY_NAME.equals(name()) && KUBE_PROXY_NAMESPACE.equals(namespaceOrDefault());
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "ConfigMap";
    }
}
