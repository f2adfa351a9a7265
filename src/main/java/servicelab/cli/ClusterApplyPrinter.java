package servicelab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.ManifestChecker;
import servicelab.realcluster.ClusterException;
import servicelab.realcluster.RealCluster;
import servicelab.realcluster.SceneApply;
import servicelab.text.Json;
import servicelab.text.Messages;

/**
 * {@code cluster apply}: sends each file's sendable documents to the scene's namespace and prints
 * the server's answer beside the app's check of the same document, marking where they disagree.
 * Exit 0 when the server accepted every document sent, 1 when it refused one.
 */
final class ClusterApplyPrinter {
    private final Messages msg;
    private final PrintStream out;
    private final boolean json;

    ClusterApplyPrinter(Messages msg, PrintStream out, boolean json) {
        this.msg = msg;
        this.out = out;
        this.json = json;
    }

    int print(RealCluster cluster, String scene, String namespace, List<String> files, List<String> texts,
              ManifestChecker checker, boolean dryRun) throws ClusterException {
        List<Object> docs = new ArrayList<>();
        List<Object> kept = new ArrayList<>();
        int refused = 0, agree = 0, disagree = 0;
        if (!json) {
            out.println(msg.get(dryRun ? "cluster.apply.headDry" : "cluster.apply.head", cluster.context().name(), namespace));
        }
        for (int f = 0; f < files.size(); f++) {
            CheckReport report = checker.check(texts.get(f));
            SceneApply.Plan plan = SceneApply.plan(report, namespace);
            List<SceneApply.Row> rows = SceneApply.compare(report, cluster.apply(namespace, scene, plan.send(), dryRun));
            for (SceneApply.Row r : rows) {
                refused += r.server().accepted() ? 0 : 1;
                agree += r.agree() ? 1 : 0;
                disagree += r.agree() ? 0 : 1;
                if (json) {
                    docs.add(rowJson(files.get(f), r));
                } else {
                    printRow(files.get(f), r);
                }
            }
            for (SceneApply.Kept k : plan.kept()) {
                if (json) {
                    kept.add(keptJson(files.get(f), k));
                } else {
                    out.println(files.get(f) + ":" + k.line() + ": " + ident(k.kind(), k.name()) + ": " + keptText(k));
                }
            }
        }
        if (json) {
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("context", cluster.context().name());
            top.put("namespace", namespace);
            top.put("dryRun", dryRun);
            top.put("documents", docs);
            top.put("notSent", kept);
            out.println(Json.write(top));
        } else {
            out.println(msg.get("cluster.apply.summary", agree + disagree, agree, disagree, refused));
        }
        return refused == 0 ? 0 : 1;
    }

    private void printRow(String file, SceneApply.Row r) {
        String head = file + ":" + r.line() + ": " + ident(r.kind(), r.name()) + ": ";
        String server = r.server().accepted() ? msg.get("cluster.apply.serverOk")
                : msg.get("cluster.apply.serverNo", r.server().message());
        String app = r.appErrors().isEmpty() ? msg.get("cluster.apply.appOk") : msg.get("cluster.apply.appNo", r.appErrors().size());
        out.println(head + server + " · " + app + " · " + msg.get(r.agree() ? "cluster.apply.agree" : "cluster.apply.disagree"));
        for (Diagnostic d : r.appErrors()) {
            out.println("    " + msg.get("cluster.apply.appLine") + ": " + d.message());
        }
        for (Map<String, String> c : r.server().causes()) {
            out.println("    " + msg.get("cluster.apply.serverLine") + ": " + (c.get("field") == null ? "" : c.get("field") + ": ")
                    + c.get("message"));
        }
    }

    private static String ident(String kind, String name) {
        return (kind == null ? "?" : kind.toLowerCase(java.util.Locale.ROOT)) + "/" + (name == null ? "?" : name);
    }

    private String keptText(SceneApply.Kept k) {
        return switch (k.why()) {
            case CLUSTER_SCOPED -> msg.get("cluster.kept.scoped", k.kind());
            case OTHER_NAMESPACE -> msg.get("cluster.kept.namespace", k.namespace());
            case NO_KIND -> msg.get("cluster.kept.noKind");
        };
    }

    private static Map<String, Object> rowJson(String file, SceneApply.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("index", r.index());
        m.put("line", r.line());
        m.put("kind", r.kind());
        m.put("name", r.name());
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("valid", r.appErrors().isEmpty());
        app.put("errors", ClusterCommand.errorsJson(r.appErrors()));
        m.put("app", app);
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("accepted", r.server().accepted());
        server.put("code", r.server().code());
        server.put("reason", r.server().reason());
        server.put("message", r.server().message());
        server.put("causes", new ArrayList<Object>(r.server().causes()));
        m.put("server", server);
        m.put("agree", r.agree());
        m.put("verdict", r.verdict().name());
        return m;
    }

    private static Map<String, Object> keptJson(String file, SceneApply.Kept k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("index", k.index());
        m.put("line", k.line());
        m.put("kind", k.kind());
        m.put("name", k.name());
        m.put("why", k.why().name());
        m.put("namespace", k.namespace());
        return m;
    }
}
