package servicelab.kubectl;

import static servicelab.kubectl.ObjectRows.labelString;
import static servicelab.kubectl.ObjectRows.selects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kubectl get}'s output: its tables (and {@code -o wide|name|yaml|json}), as kubectl prints them. */
final class GetPrinter {
    /** The objects of a type: the simulated cluster's, or those a real API server listed. */
    private final java.util.function.Function<Resources, List<Item>> rows;

    /** Whether get of Endpoints prints the deprecation warning here (a real API server sends its own, or none). */
    private final boolean warnEndpoints;

    GetPrinter(java.util.function.Function<Resources, List<Item>> rows, boolean warnEndpoints) {
        this.rows = rows;
        this.warnEndpoints = warnEndpoints;
    }

    /** A type's column headings, and those -o wide adds. */
    private record Table(List<String> head, List<String> wideHead) {
    }

    private static Table columns(Resources r) {
        return switch (r) {
            case PODS -> new Table(List.of("NAME", "READY", "STATUS", "RESTARTS", "AGE"),
                    List.of("IP", "NODE", "NOMINATED NODE", "READINESS GATES"));
            case SERVICES -> new Table(List.of("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"), List.of("SELECTOR"));
            case ENDPOINTS -> new Table(List.of("NAME", "ENDPOINTS", "AGE"), List.of());
            case ENDPOINTSLICES -> new Table(List.of("NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"), List.of());
            case INGRESSES -> new Table(List.of("NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"), List.of());
            case CONFIGMAPS -> new Table(List.of("NAME", "DATA", "AGE"), List.of());
            case NETWORKPOLICIES -> new Table(List.of("NAME", "POD-SELECTOR", "AGE"), List.of());
            // the CRDs' additionalPrinterColumns (Gateway API v1.6.1)
            case GATEWAYCLASSES -> new Table(List.of("NAME", "CONTROLLER", "ACCEPTED", "AGE"), List.of("DESCRIPTION"));
            case GATEWAYS -> new Table(List.of("NAME", "CLASS", "ADDRESS", "PROGRAMMED", "AGE"), List.of());
            case HTTPROUTES, GRPCROUTES -> new Table(List.of("NAME", "HOSTNAMES", "AGE"), List.of());
            case REFERENCEGRANTS -> new Table(List.of("NAME", "AGE"), List.of());
            case INGRESSCLASSES -> new Table(List.of("NAME", "CONTROLLER", "PARAMETERS", "AGE"), List.of());
            case DEPLOYMENTS -> new Table(List.of("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"),
                    List.of("CONTAINERS", "IMAGES", "SELECTOR"));
            case REPLICASETS, REPLICATIONCONTROLLERS -> new Table(List.of("NAME", "DESIRED", "CURRENT", "READY", "AGE"),
                    List.of("CONTAINERS", "IMAGES", "SELECTOR"));
            case NODES -> new Table(List.of("NAME", "STATUS", "ROLES", "AGE", "VERSION"),
                    List.of("INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"));
            case NAMESPACES -> new Table(List.of("NAME", "STATUS", "AGE"), List.of());
        };
    }

    // ------------------------------------------------------------------ get

    Kubectl.Result get(Argv a) {
        List<Resources> types = new ArrayList<>();
        List<String[]> named = new ArrayList<>(); // type, name
        String first = a.positional.get(0);
        Kubectl.Result bad = targets(a, types, named);
        if (bad != null) {
            return bad;
        }
        boolean all = a.has("--all-namespaces");
        String ns = a.get("--namespace") == null ? "default" : a.get("--namespace");
        String output = a.get("--output");
        boolean template = output != null && (output.startsWith("jsonpath=") || output.startsWith("custom-columns="));
        if (output != null && !template && !List.of("wide", "yaml", "json", "name").contains(output)) {
            return Kubectl.Result.error("error: unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml");
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        List<Object> dataItems = new ArrayList<>();
        boolean prefix = types.size() > 1 || first.contains("/");
        boolean any = false;
        for (Resources r : types) {
            List<Item> items = pick(r, a, all, ns, named, err);
            if (items.isEmpty()) {
                continue;
            }
            any = true;
            if ("name".equals(output)) {
                items.forEach(i -> out.append(r.ref(i.name())).append('\n'));
                continue;
            }
            if ("yaml".equals(output) || "json".equals(output) || template) {
                items.forEach(i -> dataItems.add(i.data().get()));
                continue;
            }
            String t = tableText(r, items, a, all, prefix, "wide".equals(output));
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(TabWriter.table(t));
        }
        if (!dataItems.isEmpty()) {
            Kubectl.Result printed = printData(output, dataItems, dataItems.size() == 1 && named.size() == 1);
            if (printed.exitCode() != 0) {
                return printed;
            }
            out.append(printed.output());
        }
        if (warnEndpoints && types.contains(Resources.ENDPOINTS) && (any || err.length() > 0)) {
            err.insert(0, "Warning: " + servicelab.validation.ApiWarnings.ENDPOINTS_DEPRECATED + "\n");
        }
        if (!any && err.length() == 0) {
            return Kubectl.Result.ok(all ? "No resources found\n" : "No resources found in " + ns + " namespace.\n");
        }
        boolean failed = err.toString().contains("Error from server");
        return new Kubectl.Result(err.toString().startsWith("Warning") && !failed ? err + out.toString() : out + err.toString(),
                failed ? 1 : 0);
    }

    /** yaml, json, jsonpath or custom-columns of the objects: one object when one was named, else kubectl's List. */
    private static Kubectl.Result printData(String output, List<Object> dataItems, boolean one) {
        Object data = one ? dataItems.get(0) : list(dataItems);
        if (output.startsWith("custom-columns=")) {
            return CustomColumns.print(output.substring("custom-columns=".length()), dataItems);
        }
        if (output.startsWith("jsonpath=")) {
            return Kubectl.jsonPath(output.substring("jsonpath=".length()), data);
        }
        return Kubectl.Result.ok("yaml".equals(output) ? KubeYaml.yaml(data) : KubeYaml.json(data));
    }

    /** Reads the types and names asked for (type/name words, or types and then names); the error for a bad request, else null. */
    private static Kubectl.Result targets(Argv a, List<Resources> types, List<String[]> named) {
        String first = a.positional.get(0);
        if (first.contains("/")) {
            for (String p : a.positional) {
                if (!p.contains("/")) {
                    return Kubectl.Result.error("error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
                }
                Resources r = Resources.of(p.substring(0, p.indexOf('/')));
                if (r == null) {
                    return unknownType(p.substring(0, p.indexOf('/')));
                }
                if (!types.contains(r)) {
                    types.add(r);
                }
                named.add(new String[] {r.name(), p.substring(p.indexOf('/') + 1)});
            }
        } else {
            for (String t : first.split(",")) {
                Resources r = Resources.of(t);
                if (r == null) {
                    return unknownType(t);
                }
                types.add(r);
            }
            for (String n : a.positional.subList(1, a.positional.size())) {
                for (Resources r : types) { // "get svc,ep kubia": the name in each type (kubectl 1.32, recorded)
                    named.add(new String[] {r.name(), n});
                }
            }
        }
        return null;
    }

    /** The objects of a type to print: those in the namespace and selected, or the named ones (a line in err for each one missing). */
    private List<Item> pick(Resources r, Argv a, boolean all, String ns, List<String[]> named, StringBuilder err) {
        List<Item> items = rows.apply(r).stream()
                .filter(i -> all || i.namespace() == null || i.namespace().equals(ns))
                .filter(i -> a.get("--selector") == null || selects(a.get("--selector"), i.labels()))
                .toList();
        List<String> want = named.stream().filter(n -> n[0].equals(r.name())).map(n -> n[1]).toList();
        if (!want.isEmpty()) {
            List<Item> picked = new ArrayList<>();
            for (String w : want) {
                Item it = items.stream().filter(i -> i.name().equals(w)).findFirst().orElse(null);
                if (it == null) {
                    err.append(Kubectl.notFound(r, w)).append('\n');
                } else {
                    picked.add(it);
                }
            }
            items = picked;
        }
        return items;
    }

    /** A type's table, its cells tab-separated (TabWriter lines them up). */
    private static String tableText(Resources r, List<Item> items, Argv a, boolean all, boolean prefix, boolean wide) {
        StringBuilder t = new StringBuilder();
        Table tb = columns(r);
        List<String> head = new ArrayList<>();
        if (all && r != Resources.NODES && r != Resources.NAMESPACES && r != Resources.INGRESSCLASSES) {
            head.add("NAMESPACE");
        }
        head.addAll(tb.head());
        if (wide) {
            head.addAll(tb.wideHead());
        }
        if (a.has("--show-labels")) {
            head.add("LABELS");
        }
        t.append(String.join("\t", head)).append('\n');
        for (Item i : items) {
            List<String> row = new ArrayList<>();
            if (head.get(0).equals("NAMESPACE")) {
                row.add(i.namespace());
            }
            List<String> cells = new ArrayList<>(i.cells());
            if (prefix) {
                cells.set(0, r.ref(cells.get(0)));
            }
            row.addAll(cells);
            if (wide) {
                row.addAll(i.wide());
            }
            if (a.has("--show-labels")) {
                row.add(labelString(i.labels()));
            }
            t.append(String.join("\t", row)).append('\n');
        }
        return t.toString();
    }

    private static Map<String, Object> list(List<Object> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", "v1");
        m.put("items", items);
        m.put("kind", "List");
        m.put("metadata", Map.of("resourceVersion", ""));
        return m;
    }

    static Kubectl.Result unknownType(String t) {
        return Kubectl.Result.error("error: the server doesn't have a resource type \"" + t + "\"");
    }
}
