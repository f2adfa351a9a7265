package servicelab.kubectl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The console's read-only kubectl over a real cluster: {@code get} and {@code describe} with the
 * same flags, tables, formats and errors as over the simulated one, from the objects a real API
 * server lists. Each command lists what it prints once (one request per type, and the
 * namespace's events for describe); nothing here writes to the cluster.
 */
public final class RemoteKubectl {
    /** A resource type as the API addresses it. */
    public record Type(String group, String version, String kind, String plural, boolean namespaced) {
        public String apiVersion() {
            return group.isEmpty() ? version : group + "/" + version;
        }
    }

    /** The cluster's objects of a type, as the API returns them (JSON maps). */
    public interface Source {
        /** In {@code namespace}, or in every namespace when it is null (ignored for a cluster-scoped type). */
        List<Map<String, Object>> list(Type type, String namespace) throws Failure;
    }

    /** A request the cluster did not answer; the message is what kubectl prints for it. */
    public static final class Failure extends Exception {
        public Failure(String kubectlMessage) {
            super(kubectlMessage);
        }
    }

    /** Why the console does not send a line to the real cluster (the view words it). */
    public enum Refusal { NONE, NOT_READ_ONLY, UNKNOWN_TYPE }

    public static final Type EVENTS = new Type("", "v1", "Event", "events", true);

    private final Source source;
    private final String namespace;
    private final LongSupplier clock;

    /** {@code namespace} is the one a command without -n reads, as a context's namespace is for kubectl. */
    public RemoteKubectl(Source source, String namespace, LongSupplier clockMillis) {
        this.source = source;
        this.namespace = namespace;
        this.clock = clockMillis;
    }

    /** The API coordinates of one of the console's types. */
    static Type type(Resources r) {
        return switch (r) {
            case PODS, SERVICES, ENDPOINTS, CONFIGMAPS, REPLICATIONCONTROLLERS -> new Type("", "v1", r.kind, r.plural, true);
            case NODES, NAMESPACES -> new Type("", "v1", r.kind, r.plural, false);
            case ENDPOINTSLICES -> new Type(r.group, "v1", r.kind, r.plural, true);
            case INGRESSES, NETWORKPOLICIES, DEPLOYMENTS, REPLICASETS -> new Type(r.group, "v1", r.kind, r.plural, true);
            case INGRESSCLASSES, GATEWAYCLASSES -> new Type(r.group, "v1", r.kind, r.plural, false);
            case GATEWAYS, HTTPROUTES, GRPCROUTES -> new Type(r.group, "v1", r.kind, r.plural, true);
            case REFERENCEGRANTS -> new Type(r.group, "v1beta1", r.kind, r.plural, true);
        };
    }

    /** Whether a console line may go to the real cluster: get or describe, of a type this console prints. */
    public static Refusal refusal(String line) {
        return refusal(words(line));
    }

    private static Refusal refusal(List<String> words) {
        if (words.isEmpty()) {
            return Refusal.NONE;
        }
        if (!List.of("get", "describe").contains(words.get(0))) {
            return Refusal.NOT_READ_ONLY;
        }
        List<String> positional = words.subList(1, words.size()).stream().takeWhile(w -> !w.startsWith("-")).toList();
        if (positional.isEmpty()) {
            return Refusal.NONE;
        }
        // TYPE[,TYPE] NAME... or TYPE/NAME...: the types are the first word's, or every word's before its slash
        List<String> typeWords = positional.get(0).contains("/") ? positional.stream().map(w -> w.split("/")[0]).toList()
                : List.of(positional.get(0).split(","));
        for (String t : typeWords) {
            if (!t.isEmpty() && Resources.of(t) == null) {
                return Refusal.UNKNOWN_TYPE;
            }
        }
        return Refusal.NONE;
    }

    private static List<String> words(String line) {
        List<String> words = Argv.split(line.strip());
        if (!words.isEmpty() && (words.get(0).equals("kubectl") || words.get(0).equals("k"))) {
            words = words.subList(1, words.size());
        }
        return words;
    }

    /** Runs one read-only line against the cluster (blocks on the network: call it off the UI thread). */
    public Kubectl.Result run(String line) {
        return run(words(line));
    }

    /** Runs one read-only command given as words ({@code get}, {@code pods}, {@code -o}, {@code wide}). */
    public Kubectl.Result run(List<String> words) {
        if (words.isEmpty()) {
            return Kubectl.Result.ok("");
        }
        String verb = words.get(0);
        if (!List.of("get", "describe").contains(verb)) {
            return Kubectl.Result.error("error: only get and describe are sent to a real cluster from this console");
        }
        if (refusal(words) == Refusal.UNKNOWN_TYPE) {
            // the server may well serve it (secrets, CRDs): only this console has no printer for it
            return Kubectl.Result.error("error: this console reads only " + String.join(", ",
                    java.util.Arrays.stream(Resources.values()).map(r -> r.plural).toList()) + " from a real cluster");
        }
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        long now = clock.getAsLong();
        try {
            Argv a = verb.equals("get") ? Kubectl.getArgs(args) : Kubectl.describeArgs(args);
            if (a.positional.isEmpty()) {
                return verb.equals("get") ? Kubectl.NO_TYPE_TO_GET : Kubectl.NO_TYPE_TO_DESCRIBE;
            }
            boolean all = a.has("--all-namespaces");
            if (a.get("--namespace") == null) {
                a.flags.put("--namespace", List.of(namespace));
            }
            Listing listing = new Listing(all && verb.equals("get") ? null : a.get("--namespace"));
            RemoteRows rows = new RemoteRows(now);
            java.util.function.Function<Resources, List<Item>> items = r -> listing.objects(r).stream()
                    .map(o -> rows.item(r, o)).sorted(Comparator.comparing((Item i) -> i.namespace() == null ? "" : i.namespace())
                            .thenComparing(Item::name)).toList();
            if (verb.equals("get")) {
                return new GetPrinter(items, false).get(a);
            }
            RemoteDescribe describe = new RemoteDescribe(listing, now);
            return DescribePrinter.describe(a, items, describe::describe, false);
        } catch (Argv.BadFlag e) {
            return Kubectl.Result.error("error: " + e.getMessage() + "\nSee 'kubectl " + verb + " --help' for usage.");
        } catch (Unanswered e) {
            return Kubectl.Result.error(e.getMessage());
        }
    }

    /** A failed request inside a printer (which takes no checked exceptions). */
    private static final class Unanswered extends RuntimeException {
        Unanswered(Failure f) {
            super(f.getMessage(), f, false, false);
        }
    }

    /** The lists one command reads, each asked for once. */
    private final class Listing implements RemoteDescribe.Lookup {
        private final String ns;
        private final Map<Type, List<Map<String, Object>>> cache = new HashMap<>();

        Listing(String ns) {
            this.ns = ns;
        }

        @Override
        public List<Map<String, Object>> objects(Resources r) {
            return list(type(r));
        }

        @Override
        public List<Map<String, Object>> events() {
            return list(EVENTS);
        }

        private List<Map<String, Object>> list(Type t) {
            return cache.computeIfAbsent(t, k -> {
                try {
                    return source.list(k, k.namespaced() ? ns : null);
                } catch (Failure f) {
                    throw new Unanswered(f);
                }
            });
        }
    }
}
