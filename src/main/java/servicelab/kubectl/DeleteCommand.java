package servicelab.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.kubectl.Kubectl.Result;
import servicelab.manifest.ManifestEditor;
import servicelab.sim.PodRuntime;

/**
 * {@code kubectl delete}: a declared object leaves the manifest text; a controller's pod is
 * deleted in the simulation, where its controller replaces it.
 */
final class DeleteCommand {
    private final Kubectl k;

    DeleteCommand(Kubectl k) {
        this.k = k;
    }

    Result run(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("-l", "--selector", "-n", "--namespace", "--grace-period"),
                Set.of("--all", "--now", "--force", "--wait"), Map.of("-l", "--selector", "-n", "--namespace"));
        a.intFlag("--grace-period", "--grace-period", 64); // an int flag: pflag refuses "abc" before anything runs
        if (a.positional.isEmpty()) {
            return Result.error(Kubectl.NO_RESOURCES);
        }
        List<String[]> targets = new ArrayList<>();
        Resources r = null;
        for (String p : a.positional) {
            if (p.contains("/") && r != null) {
                return Result.error("error: there is no need to specify a resource type as a separate argument when passing "
                        + "arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of "
                        + "'kubectl get resource resource/<resource_name>'");
            }
            if (p.contains("/")) {
                Resources rr = Resources.of(p.substring(0, p.indexOf('/')));
                if (rr == null) {
                    return Result.error("error: the server doesn't have a resource type \"" + p.substring(0, p.indexOf('/')) + "\"");
                }
                targets.add(new String[] {rr.name(), p.substring(p.indexOf('/') + 1)});
            } else if (r == null && targets.isEmpty()) {
                r = Resources.of(p);
                if (r == null) {
                    return Result.error("error: the server doesn't have a resource type \"" + p + "\"");
                }
            } else if (r == null) {
                return Result.error("error: arguments in resource/name form must have a single resource and name");
            } else {
                targets.add(new String[] {r.name(), p});
            }
        }
        if (targets.isEmpty() && r != null) {
            if (a.has("--all") || a.get("--selector") != null) {
                for (String n : k.rows.names(r, a.get("--selector"))) {
                    targets.add(new String[] {r.name(), n});
                }
                if (targets.isEmpty()) {
                    return Result.ok("No resources found\n");
                }
            } else {
                return Result.error(Kubectl.NO_NAME);
            }
        }
        StringBuilder out = new StringBuilder();
        int code = 0;
        String ns = a.get("--namespace") == null ? "default" : a.get("--namespace");
        for (String[] t : targets) {
            Resources rt = Resources.valueOf(t[0]);
            String name = t[1];
            String err = deleteOne(rt, rt == Resources.GATEWAYCLASSES ? "default" : ns, name);
            if (err != null) {
                out.append(err).append('\n');
                code = 1;
            } else { // kubectl names the kind with its group: deployment.apps "kubia" deleted
                out.append(rt.singular).append(rt.group.isEmpty() ? "" : "." + rt.group).append(" \"").append(name).append("\" deleted\n");
            }
        }
        return new Result(out.toString(), code);
    }

    private String deleteOne(Resources r, String ns, String name) {
        CheckReport now = k.current();
        DocumentReport d = Kubectl.find(now, r.kind, ns, name);
        if (d != null) {
            k.edit(ManifestEditor.of(k.host().text()).removeDocument(d.index()));
            return null;
        }
        if (r == Resources.PODS) {
            PodRuntime p = k.sim().pod(ns, name);
            if (p != null) {
                k.sim().deletePod(p); // a controller's pod: the controller will replace it
                return null;
            }
        }
        return Kubectl.notFound(r, name);
    }
}
