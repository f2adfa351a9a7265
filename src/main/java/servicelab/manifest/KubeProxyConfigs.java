package servicelab.manifest;

import java.util.List;

import servicelab.model.ConfigMap;
import servicelab.text.GoStrings;

/**
 * Reads the KubeProxyConfiguration in kube-system/kube-proxy's {@code config.conf} as kube-proxy
 * does at start-up, as far as the model uses it: the mode. The text is parsed with the same safe
 * loader as manifests (no types, alias and size limits).
 */
public final class KubeProxyConfigs {
    /** kube-proxy's config API (cmd/kube-proxy reads this version from --config). */
    public static final String API_VERSION = "kubeproxy.config.k8s.io/v1alpha1";
    /** The modes kube-proxy accepts on Linux, in validateProxyModeLinux's order. */
    public static final List<String> LINUX_MODES = List.of("iptables", "ipvs", "nftables");

    private KubeProxyConfigs() {
    }

    /** What kube-proxy reads from config.conf: a mode ("" for the default) or why it would not start. */
    public static ConfigMap.ProxyConfig read(String configConf) {
        ParsedManifest parsed = ManifestParser.parse(configConf == null ? "" : configConf);
        YamlDocument doc = parsed.documents().stream().filter(d -> !d.ok() || d.root() != null).findFirst().orElse(null);
        if (doc == null || !doc.ok()) {
            return new ConfigMap.ProxyConfig(null, doc == null ? "config.conf is empty" : doc.error().kubectlMessage());
        }
        if (!(doc.root() instanceof YNode.Map m)) {
            return new ConfigMap.ProxyConfig(null, "config.conf is not a KubeProxyConfiguration");
        }
        String apiVersion = scalar(m, "apiVersion");
        String kind = scalar(m, "kind");
        if (!"KubeProxyConfiguration".equals(kind) || !API_VERSION.equals(apiVersion)) {
            return new ConfigMap.ProxyConfig(null, "no kind " + GoStrings.quote(String.valueOf(kind)) + " is registered for version "
                    + GoStrings.quote(String.valueOf(apiVersion)));
        }
        YNode mode = m.get("mode");
        String value = mode == null || mode instanceof YNode.Scalar s && s.isNull() ? ""
                : mode instanceof YNode.Scalar s && s.kind() == YNode.Kind.STR ? s.value() : null;
        if (value == null) {
            return new ConfigMap.ProxyConfig(null, "json: cannot unmarshal " + Fields.jsonType(mode)
                    + " into Go struct field KubeProxyConfiguration.mode of type config.ProxyMode");
        }
        if (!value.isEmpty() && !LINUX_MODES.contains(value)) {
            // validateProxyModeLinux (pkg/proxy/apis/config/validation/validation.go)
            return new ConfigMap.ProxyConfig(null, "KubeProxyConfiguration.ProxyMode: Invalid value: " + GoStrings.quote(value)
                    + ": must be iptables, ipvs, nftables or blank (blank means the best-available proxy [currently iptables])");
        }
        return new ConfigMap.ProxyConfig(value, null);
    }

    private static String scalar(YNode.Map m, String key) {
        return m.get(key) instanceof YNode.Scalar s && !s.isNull() ? s.value() : null;
    }
}
