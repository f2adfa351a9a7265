package servicelab.bridge;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FieldValidateable;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import servicelab.realcluster.ClusterException;
import servicelab.realcluster.ClusterException.Reason;
import servicelab.realcluster.KubeContext;
import servicelab.realcluster.RealCluster;
import servicelab.realcluster.RealObject;
import servicelab.realcluster.RealWatch;

/**
 * One real cluster through fabric8. Documents travel as generic resources (the learner's fields
 * exactly as written, so the server's strict field validation judges them, not the client's
 * types); objects come back as plain maps ({@link RealObject}), so no fabric8 type leaves this
 * package.
 */
final class Fabric8Cluster implements RealCluster {
    private final KubernetesClient client;
    private final KubeContext context;

    Fabric8Cluster(KubernetesClient client, KubeContext context) {
        this.client = client;
        this.context = context;
    }

    @Override
    public KubeContext context() {
        return context;
    }

    @Override
    public String serverVersion() throws ClusterException {
        try {
            return client.getKubernetesVersion().getGitVersion();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public List<ServerAnswer> apply(String namespace, String scene, List<SentDocument> documents, boolean dryRun)
            throws ClusterException {
        try {
            ensureNamespace(namespace, scene);
        } catch (RuntimeException e) {
            throw translate(e);
        }
        List<ServerAnswer> out = new ArrayList<>();
        for (SentDocument d : documents) {
            out.add(applyOne(namespace, d, dryRun));
        }
        return out;
    }

    private ServerAnswer applyOne(String namespace, SentDocument d, boolean dryRun) throws ClusterException {
        GenericKubernetesResource g;
        try {
            g = client.getKubernetesSerialization().unmarshal(d.text(), GenericKubernetesResource.class);
        } catch (RuntimeException e) {
            return new ServerAnswer(d.index(), d.kind(), d.name(), false, 0, "ClientParse",
                    "the client could not read this document: " + e.getMessage(), List.of());
        }
        g.getMetadata().setNamespace(namespace);
        ResourceDefinitionContext rdc = Kinds.context(g.getApiVersion(), g.getKind());
        try {
            Resource<GenericKubernetesResource> r = client.genericKubernetesResources(rdc).inNamespace(namespace).resource(g);
            NonDeletingOperation<GenericKubernetesResource> op = dryRun
                    ? r.dryRun().fieldValidation(FieldValidateable.Validation.STRICT)
                    : r.fieldValidation(FieldValidateable.Validation.STRICT);
            op.fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
            return new ServerAnswer(d.index(), d.kind(), d.name(), true, 200, null, null, List.of());
        } catch (KubernetesClientException e) {
            // no answer, no credentials, or RBAC refusing the verb: the whole apply stops; an admission
            // refusal (PodSecurity's 403 "violates PodSecurity") belongs to its document
            if (e.getCode() == 0 || e.getCode() == 401 || e.getCode() == 403 && isNamespaceWide(e)) {
                throw translate(e);
            }
            return refusal(d, g, e);
        }
    }

    private static boolean isNamespaceWide(KubernetesClientException e) {
        return e.getStatus() != null && e.getStatus().getMessage() != null && e.getStatus().getMessage().contains(" cannot ");
    }

    private static ServerAnswer refusal(SentDocument d, GenericKubernetesResource g, KubernetesClientException e) {
        Status s = e.getStatus();
        String message = s != null && s.getMessage() != null ? s.getMessage() : e.getMessage();
        if (e.getCode() == 404 && (s == null || s.getDetails() == null || s.getDetails().getName() == null)) {
            // kubectl's words when the API group/version is not served (extensions/v1beta1 Ingress)
            message = "no matches for kind \"" + g.getKind() + "\" in version \"" + g.getApiVersion() + "\"";
        }
        List<Map<String, String>> causes = new ArrayList<>();
        if (s != null && s.getDetails() != null && s.getDetails().getCauses() != null) {
            for (StatusCause c : s.getDetails().getCauses()) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("field", c.getField());
                m.put("reason", c.getReason());
                m.put("message", c.getMessage());
                causes.add(m);
            }
        }
        return new ServerAnswer(d.index(), d.kind(), d.name(), false, e.getCode(), s == null ? null : s.getReason(),
                message, causes);
    }

    /** Creates the scene's namespace, labelled as this app's; refuses one that exists without the label. */
    private void ensureNamespace(String namespace, String scene) throws ClusterException {
        Namespace ns = client.namespaces().withName(namespace).get();
        if (ns == null) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                    .addToLabels(MANAGED_BY, FIELD_MANAGER).addToLabels(SCENE_LABEL, Kinds.labelValue(scene))
                    .endMetadata().build()).create();
        } else if (!ours(ns)) {
            throw new ClusterException(Reason.REFUSED, "namespace " + namespace + " exists and was not created by Service Lab ("
                    + MANAGED_BY + "=" + FIELD_MANAGER + " is missing); nothing was sent");
        }
    }

    private static boolean ours(HasMetadata ns) {
        Map<String, String> labels = ns.getMetadata().getLabels();
        return labels != null && FIELD_MANAGER.equals(labels.get(MANAGED_BY));
    }

    @Override
    public void deleteNamespace(String namespace) throws ClusterException {
        try {
            Namespace ns = client.namespaces().withName(namespace).get();
            if (ns == null) {
                return;
            }
            if (!ours(ns)) {
                throw new ClusterException(Reason.REFUSED, "namespace " + namespace + " was not created by Service Lab; it was not deleted");
            }
            client.namespaces().withName(namespace).delete();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public List<RealObject> list(String kind, String namespace) throws ClusterException {
        try {
            List<RealObject> out = new ArrayList<>();
            for (Object o : Kinds.list(client, kind, namespace)) {
                out.add(toReal(client, o));
            }
            return out;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public List<Map<String, Object>> list(ApiType type, String namespace) throws ClusterException {
        ResourceDefinitionContext ctx = new ResourceDefinitionContext.Builder().withGroup(type.group()).withVersion(type.version())
                .withKind(type.kind()).withPlural(type.plural()).withNamespaced(type.namespaced()).build();
        try {
            var resources = client.genericKubernetesResources(ctx);
            List<GenericKubernetesResource> items = !type.namespaced() ? resources.list().getItems()
                    : namespace == null ? resources.inAnyNamespace().list().getItems() : resources.inNamespace(namespace).list().getItems();
            List<Map<String, Object>> out = new ArrayList<>();
            for (GenericKubernetesResource g : items) {
                Map<String, Object> raw = new LinkedHashMap<>(toReal(client, g).raw());
                // a list's items come without their type; kubectl fills it in before printing
                raw.putIfAbsent("apiVersion", type.group().isEmpty() ? type.version() : type.group() + "/" + type.version());
                raw.putIfAbsent("kind", type.kind());
                out.add(raw);
            }
            return out;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public RealWatch watch(String namespace, Consumer<servicelab.realcluster.RealEvent> events) throws ClusterException {
        try {
            return new Fabric8Watch(client, namespace, events);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    @SuppressWarnings("unchecked")
    static RealObject toReal(KubernetesClient client, Object o) {
        return RealObject.of(client.getKubernetesSerialization().convertValue(o, Map.class));
    }

    /** Sorts a client failure into what the learner can act on. */
    static ClusterException translate(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof ConnectException || root instanceof HttpConnectTimeoutException
                    || root instanceof HttpTimeoutException || root instanceof java.nio.channels.UnresolvedAddressException
                    || root instanceof java.net.UnknownHostException) {
                String why = root.getMessage() == null || root.getMessage().isBlank()
                        ? root instanceof ConnectException ? "connection refused" : "no answer in time" : root.getMessage();
                return new ClusterException(Reason.UNREACHABLE, why, e);
            }
        }
        if (e instanceof KubernetesClientException k) {
            if (k.getCode() == 0) {
                return new ClusterException(Reason.UNREACHABLE, k.getMessage(), e);
            }
            Status s = k.getStatus();
            String message = s != null && s.getMessage() != null ? s.getMessage() : k.getMessage();
            String status = s == null ? null : s.getReason();
            return new ClusterException(k.getCode() == 401 || k.getCode() == 403 ? Reason.FORBIDDEN : Reason.REFUSED, message, e,
                    k.getCode(), status);
        }
        return new ClusterException(Reason.REFUSED, e.toString(), e);
    }
}
