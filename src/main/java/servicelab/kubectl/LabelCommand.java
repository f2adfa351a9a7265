package servicelab.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.kubectl.Kubectl.Result;
import servicelab.manifest.ManifestEditor;
import servicelab.sim.PodRuntime;
import servicelab.sim.SimPod;

/**
 * {@code kubectl label}: a declared object's labels change in the manifest text; a controller's
 * pod is relabelled in the simulation (its template keeps its labels).
 */
final class LabelCommand {
    private final Kubectl k;

    LabelCommand(Kubectl k) {
        this.k = k;
    }

    Result run(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("-n", "--namespace"), Set.of("--overwrite", "--list"), Map.of("-n", "--namespace"));
        if (a.positional.isEmpty()) {
            return Result.error("error: one or more resources must be specified as <resource> <name> or <resource>/<name>");
        }
        String typeWord = a.positional.get(0);
        int next = 1;
        String name;
        if (typeWord.contains("/")) {
            name = typeWord.substring(typeWord.indexOf('/') + 1);
            typeWord = typeWord.substring(0, typeWord.indexOf('/'));
        } else {
            name = a.positional.size() > 1 ? a.positional.get(1) : null;
            next = 2;
        }
        Resources r = Resources.of(typeWord);
        if (r == null) {
            return Result.error("error: the server doesn't have a resource type \"" + typeWord + "\"");
        }
        if (name == null || name.contains("=")) {
            return Result.error("error: one or more resources must be specified as <resource> <name> or <resource>/<name>");
        }
        Map<String, String> add = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        Result bad = updates(a.positional.subList(Math.min(next, a.positional.size()), a.positional.size()), add, remove);
        if (bad != null) {
            return bad;
        }
        Map<String, String> have;
        CheckReport now = k.current();
        DocumentReport d = Kubectl.find(now, r.kind, "default", name);
        PodRuntime runtime = null;
        Result broken = d == null ? null : Kubectl.unparsable(now, d, r, name);
        if (broken != null) {
            return broken;
        } else if (d != null) {
            have = d.object() == null || d.object().metadata().labels() == null ? Map.of() : d.object().metadata().labels();
        } else if (r == Resources.PODS && (runtime = k.sim().pod("default", name)) != null) {
            PodRuntime pr = runtime;
            have = k.sim().userPods().stream().filter(p -> p.name().equals(pr.name())).findFirst().map(SimPod::labels).orElse(Map.of());
        } else {
            return Result.error(Kubectl.notFound(r, name));
        }
        if (!a.has("--overwrite")) {
            bad = overwriteConflict(add, have);
            if (bad != null) {
                return bad;
            }
        }
        return change(r, name, d, runtime, add, remove, have);
    }

    /** Reads the updates (key=value to set, key- to remove) into add and remove; an error for none or a malformed one. */
    private static Result updates(List<String> words, Map<String, String> add, List<String> remove) {
        for (String kv : words) {
            if (kv.endsWith("-") && !kv.contains("=")) {
                remove.add(kv.substring(0, kv.length() - 1));
            } else if (kv.contains("=")) {
                add.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            } else {
                return Result.error("error: at least one label update is required");
            }
        }
        if (add.isEmpty() && remove.isEmpty()) {
            return Result.error("error: at least one label update is required");
        }
        return null;
    }

    /** Sets the labels: in the manifest text for a declared object, on the live pod for a controller's one. */
    private Result change(Resources r, String name, DocumentReport d, PodRuntime runtime, Map<String, String> add,
                          List<String> remove, Map<String, String> have) {
        Map<String, String> result = new LinkedHashMap<>(have);
        result.putAll(add);
        remove.forEach(result::remove);
        if (result.equals(have)) {
            return Result.ok(r.ref(name) + " not labeled\n");
        }
        if (d != null) {
            editLabels(d, add, remove, have);
        } else {
            k.sim().setLabels(runtime, result); // a controller's pod: the live object changes, its template does not
        }
        return Result.ok(r.ref(name) + (add.isEmpty() ? " unlabeled\n" : " labeled\n"));
    }

    /** Without --overwrite, kubectl refuses to change a label that has another value. */
    private static Result overwriteConflict(Map<String, String> add, Map<String, String> have) {
        for (var e : add.entrySet()) {
            if (have.containsKey(e.getKey()) && !have.get(e.getKey()).equals(e.getValue())) {
                return Result.error("error: '" + e.getKey() + "' already has a value (" + have.get(e.getKey())
                        + "), and --overwrite is false");
            }
        }
        return null;
    }

    /** Sets and removes the labels of a declared object in the manifest text, as one edit. */
    private void editLabels(DocumentReport d, Map<String, String> add, List<String> remove, Map<String, String> have) {
        String text = k.host().text();
        for (var e : add.entrySet()) {
            text = ManifestEditor.of(text).set(d.index(), List.of("metadata", "labels", e.getKey()), e.getValue()).text();
        }
        for (String key : remove) {
            if (have.containsKey(key)) {
                text = ManifestEditor.of(text).remove(d.index(), List.of("metadata", "labels", key)).text();
            }
        }
        k.edit(ManifestEditor.Edit.between(k.host().text(), text));
    }
}
