package servicelab.realcluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.DocumentReport;
import servicelab.manifest.YNode;
import servicelab.manifest.YamlDocument;

/**
 * What "apply to a real cluster" sends and how its answers line up with the app's own check.
 * The namespace guard lives here, before anything reaches the network: only namespaced kinds the
 * course uses are sent, each into the scene's own namespace; a document naming another namespace,
 * or a cluster-scoped kind (Namespace, IngressClass, GatewayClass, Node, ...), is not sent at all.
 */
public final class SceneApply {
    /** The namespaced kinds the lessons write; anything else stays home. */
    public static final Set<String> SENDABLE = Set.of("Pod", "Service", "Endpoints", "EndpointSlice", "Deployment",
            "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "ConfigMap", "Secret", "Ingress",
            "NetworkPolicy", "Gateway", "HTTPRoute", "GRPCRoute", "ReferenceGrant", "ServiceAccount");

    private SceneApply() {
    }

    /** Why a document was not sent. */
    public enum Held { CLUSTER_SCOPED, OTHER_NAMESPACE, NO_KIND }

    /** A document the guard kept back, with the namespace it named (for OTHER_NAMESPACE). */
    public record Kept(int index, int line, String kind, String name, Held why, String namespace) {
    }

    /** The documents to send and the ones kept back. */
    public record Plan(String namespace, List<RealCluster.SentDocument> send, List<Kept> kept) {
    }

    /** The scene's namespace: servicelab- and the scene's name as a DNS label (63 characters at most). */
    public static String namespaceFor(String scene) {
        String s = scene == null ? "" : scene.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            s = "scene";
        }
        String ns = "servicelab-" + s;
        return ns.length() > 63 ? ns.substring(0, 63).replaceAll("-+$", "") : ns;
    }

    public static Plan plan(CheckReport report, String namespace) {
        List<RealCluster.SentDocument> send = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        String text = report.parsed().text();
        for (DocumentReport d : report.documents()) {
            YamlDocument doc = report.parsed().documents().get(d.index());
            if (doc.root() == null && d.kind() == null) {
                continue; // an empty document (comments only): kubectl skips it too
            }
            if (d.kind() == null) {
                kept.add(new Kept(d.index(), d.line(), null, d.name(), Held.NO_KIND, null));
                continue;
            }
            if (!SENDABLE.contains(d.kind())) {
                kept.add(new Kept(d.index(), d.line(), d.kind(), d.name(), Held.CLUSTER_SCOPED, null));
                continue;
            }
            String written = writtenNamespace(doc.root());
            if (written != null && !written.isEmpty() && !written.equals(namespace)) {
                kept.add(new Kept(d.index(), d.line(), d.kind(), d.name(), Held.OTHER_NAMESPACE, written));
                continue;
            }
            String own = ownText(text.substring(doc.span().start(), Math.min(text.length(), doc.span().end())));
            send.add(new RealCluster.SentDocument(d.index(), d.line(), d.kind(), d.name(), own));
        }
        return new Plan(namespace, send, kept);
    }

    /** The document's own text, without the separator lines around it (--- before, ... after). */
    static String ownText(String span) {
        String t = span.replaceFirst("\\A---[^\\n]*\\n", "");
        return t.replaceFirst("\\n\\.\\.\\.[ \\t]*(#[^\\n]*)?\\n?\\z", "\n");
    }

    private static String writtenNamespace(YNode root) {
        if (root instanceof YNode.Map m && m.get("metadata") instanceof YNode.Map meta
                && meta.get("namespace") instanceof YNode.Scalar s && !s.isNull()) {
            return s.value();
        }
        return null;
    }

    /** How the app's check and the server's dry run judged one document. */
    public enum Verdict { BOTH_ACCEPT, BOTH_REFUSE, ONLY_APP_REFUSES, ONLY_SERVER_REFUSES }

    /** One line of the comparison: the document, the app's errors, the server's answer. */
    public record Row(int index, int line, String kind, String name, List<Diagnostic> appErrors,
                      RealCluster.ServerAnswer server, Verdict verdict) {
        public boolean agree() {
            return verdict == Verdict.BOTH_ACCEPT || verdict == Verdict.BOTH_REFUSE;
        }
    }

    /** Pairs each answered document with the app's check of it. */
    public static List<Row> compare(CheckReport report, List<RealCluster.ServerAnswer> answers) {
        List<Row> rows = new ArrayList<>();
        for (RealCluster.ServerAnswer a : answers) {
            DocumentReport d = report.documents().get(a.index());
            boolean app = d.errors().isEmpty();
            Verdict v = app && a.accepted() ? Verdict.BOTH_ACCEPT
                    : !app && !a.accepted() ? Verdict.BOTH_REFUSE
                    : app ? Verdict.ONLY_SERVER_REFUSES : Verdict.ONLY_APP_REFUSES;
            rows.add(new Row(a.index(), d.line(), d.kind(), d.name(), d.errors(), a, v));
        }
        return rows;
    }
}
