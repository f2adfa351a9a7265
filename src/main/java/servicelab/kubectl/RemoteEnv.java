package servicelab.kubectl;

import static servicelab.kubectl.Raw.get;
import static servicelab.kubectl.Raw.maps;
import static servicelab.kubectl.Raw.num;
import static servicelab.kubectl.Raw.str;
import static servicelab.kubectl.RemoteDescribe.orEmpty;

import java.util.List;
import java.util.Map;

/** A container's environment and a pod's volumes, as kubectl describe prints them (describe.go). */
final class RemoteEnv {
    private RemoteEnv() {
    }

    static void envFrom(StringBuilder w, List<Map<String, Object>> from) {
        if (from.isEmpty()) {
            return; // describeContainerEnvFrom runs only when there is some
        }
        w.append("    Environment Variables from:\n");
        for (Map<String, Object> e : from) {
            String kind = get(e, "configMapRef") != null ? "ConfigMap" : get(e, "secretRef") != null ? "Secret" : "";
            Object ref = get(e, "configMapRef") != null ? get(e, "configMapRef") : get(e, "secretRef");
            boolean optional = Raw.isTrue(ref, "optional");
            String prefix = str(e, "prefix");
            w.append("      ").append(orEmpty(str(ref, "name"))).append('\t')
                    .append(prefix == null ? kind : kind + " with prefix '" + prefix + "'").append("\tOptional: ").append(optional).append('\n');
        }
    }

    /** describeContainerEnvVars; a field reference resolved against the pod (empty in a template, as kubectl leaves it). */
    static void env(StringBuilder w, List<Map<String, Object>> env, Map<String, Object> pod) {
        if (env.isEmpty()) {
            w.append("    Environment:\t<none>\n");
            return;
        }
        w.append("    Environment:\n");
        for (Map<String, Object> e : env) {
            String name = orEmpty(str(e, "name"));
            Object from = get(e, "valueFrom");
            if (from == null) {
                String[] lines = orEmpty(str(e, "value")).split("\n", -1);
                w.append("      ").append(name).append(":\t").append(lines[0]).append('\n');
                for (int i = 1; i < lines.length; i++) {
                    w.append("      \t").append(lines[i]).append('\n');
                }
            } else if (get(from, "fieldRef") != null) {
                String path = orEmpty(str(from, "fieldRef", "fieldPath"));
                w.append("      ").append(name).append(":\t").append(fieldValue(pod, path)).append(" (")
                        .append(orEmpty(str(from, "fieldRef", "apiVersion"))).append(':').append(path).append(")\n");
            } else if (get(from, "resourceFieldRef") != null) {
                w.append("      ").append(name).append(":\t").append(orEmpty(str(from, "resourceFieldRef", "resource")))
                        .append(" (").append(orEmpty(str(from, "resourceFieldRef", "containerName"))).append(")\n");
            } else if (get(from, "secretKeyRef") != null) {
                Object r = get(from, "secretKeyRef");
                w.append("      ").append(name).append(":\t<set to the key '").append(str(r, "key")).append("' in secret '")
                        .append(str(r, "name")).append("'>\tOptional: ").append(Raw.isTrue(r, "optional")).append('\n');
            } else if (get(from, "configMapKeyRef") != null) {
                Object r = get(from, "configMapKeyRef");
                w.append("      ").append(name).append(":\t<set to the key '").append(str(r, "key")).append("' of config map '")
                        .append(str(r, "name")).append("'>\tOptional: ").append(Raw.isTrue(r, "optional")).append('\n');
            }
        }
    }

    /** The downward API fields a pod's describe resolves (EnvValueFromFieldPath); others print empty. */
    private static String fieldValue(Map<String, Object> pod, String path) {
        if (pod == null) {
            return "";
        }
        return orEmpty(switch (path) {
            case "metadata.name" -> Raw.name(pod);
            case "metadata.namespace" -> Raw.namespace(pod);
            case "metadata.uid" -> str(pod, "metadata", "uid");
            case "spec.nodeName" -> str(pod, "spec", "nodeName");
            case "spec.serviceAccountName" -> str(pod, "spec", "serviceAccountName");
            case "status.hostIP" -> str(pod, "status", "hostIP");
            case "status.podIP" -> str(pod, "status", "podIP");
            default -> null;
        });
    }

    /** One volume's source, as describeVolumes prints the common ones. */
    static void volume(StringBuilder w, Map<String, Object> v) {
        if (get(v, "hostPath") != null) {
            w.append("    Type:\tHostPath (bare host directory volume)\n    Path:\t").append(orEmpty(str(v, "hostPath", "path")))
                    .append("\n    HostPathType:\t").append(str(v, "hostPath", "type") == null ? "<none>" : str(v, "hostPath", "type")).append('\n');
        } else if (get(v, "emptyDir") != null) {
            String limit = str(v, "emptyDir", "sizeLimit");
            w.append("    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t")
                    .append(orEmpty(str(v, "emptyDir", "medium"))).append("\n    SizeLimit:\t")
                    .append(limit == null || limit.equals("0") ? "<unset>" : limit).append('\n');
        } else if (get(v, "configMap") != null) {
            w.append("    Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t").append(orEmpty(str(v, "configMap", "name")))
                    .append("\n    Optional:\t").append(Raw.isTrue(v, "configMap", "optional")).append('\n');
        } else if (get(v, "secret") != null) {
            w.append("    Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t").append(orEmpty(str(v, "secret", "secretName")))
                    .append("\n    Optional:\t").append(Raw.isTrue(v, "secret", "optional")).append('\n');
        } else if (get(v, "persistentVolumeClaim") != null) {
            w.append("    Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t")
                    .append(orEmpty(str(v, "persistentVolumeClaim", "claimName"))).append("\n    ReadOnly:\t")
                    .append(Raw.isTrue(v, "persistentVolumeClaim", "readOnly")).append('\n');
        } else if (get(v, "projected") != null) {
            projected(w, v);
        } else {
            w.append("  <unknown>\n");
        }
    }

    /** printProjectedVolumeSource as of kubectl 1.33 (Optional: false where 1.32 printed ConfigMapOptional: <nil>). */
    private static void projected(StringBuilder w, Map<String, Object> v) {
        w.append("    Type:\tProjected (a volume that contains injected data from multiple sources)\n");
        for (Map<String, Object> s : maps(v, "projected", "sources")) {
            if (get(s, "secret") != null) {
                w.append("    SecretName:\t").append(orEmpty(str(s, "secret", "name"))).append("\n    Optional:\t")
                        .append(Raw.isTrue(s, "secret", "optional")).append('\n');
            } else if (get(s, "downwardAPI") != null) {
                w.append("    DownwardAPI:\ttrue\n");
            } else if (get(s, "configMap") != null) {
                w.append("    ConfigMapName:\t").append(orEmpty(str(s, "configMap", "name"))).append("\n    Optional:\t")
                        .append(Raw.isTrue(s, "configMap", "optional")).append('\n');
            } else if (get(s, "serviceAccountToken") != null) {
                w.append("    TokenExpirationSeconds:\t").append(num(s, "serviceAccountToken", "expirationSeconds")).append('\n');
            }
        }
    }
}
