package servicelab.kubectl;

import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.kubectl.Kubectl.Result;
import servicelab.manifest.ManifestEditor;

/** {@code kubectl scale}: sets a declared workload's replicas in the manifest text. */
final class ScaleCommand {
    private final Kubectl k;

    ScaleCommand(Kubectl k) {
        this.k = k;
    }

    Result run(List<String> args) throws Argv.BadFlag {
        Argv a = Argv.parse(args, Set.of("--replicas", "--current-replicas"), Set.of(), Map.of());
        Long replicas = a.intFlag("--replicas", "--replicas", 64);
        if (replicas == null) {
            return Result.error("error: required flag(s) \"replicas\" not set");
        }
        Kubectl.Named named = Kubectl.Named.of(a.positional);
        if (named.error() != null) {
            return named.error();
        }
        Resources r = named.type();
        String name = named.name();
        if (replicas < 0) {
            return Result.error("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
        }
        if (!Set.of(Resources.DEPLOYMENTS, Resources.REPLICASETS, Resources.REPLICATIONCONTROLLERS).contains(r)) {
            return Result.error("error: no scaler has been implemented for {\"" + r.group + "\" \"" + r.kind + "\"}");
        }
        CheckReport now = k.current();
        DocumentReport d = Kubectl.find(now, r.kind, "default", name);
        if (d == null) {
            return Result.error("error: no objects passed to scale " + r.plural + (r.group.isEmpty() ? "" : "." + r.group)
                    + " \"" + name + "\" not found");
        }
        Result broken = Kubectl.unparsable(now, d, r, name);
        if (broken != null) {
            return broken;
        }
        k.edit(ManifestEditor.of(k.host().text()).set(d.index(), List.of("spec", "replicas"), replicas.intValue()));
        return Result.ok(r.ref(name) + " scaled\n");
    }
}
