package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import servicelab.TestFiles;

/**
 * After any edit, re-parsing gives exactly the intended change of the data, and every line
 * outside the edit's reported range is byte-identical (comments, quoting, layout kept).
 */
class ManifestEditorPropertiesTest {
    private static final List<String> BASES = List.of(
            "/seed/seed-1-fixed.yaml", "/seed/seed-2-fixed.yaml", "/seed/seed-3-fixed.yaml", "/seed/seed-4-fixed.yaml",
            "/seed/seed-5.yaml", "/seed/seed-6-fixed.yaml", "/seed/seed-7.yaml", "/seed/seed-7-fixed.yaml",
            "/seed/seed-8-fixed.yaml");
    private static final String[] WORDS = {"kubia", "web", "80", "8080", "true", "null", "a b", "x: y", "# not a comment",
        "파드", "app.kubernetes.io/name", "", "'quoted'", "\"dq\"", "-dash", "1.5", "yes", "~", "tcp://x", "*.example.com"};

    @Property(tries = 1000)
    void editsChangeOnlyTheirLines(@ForAll long seed) {
        Random r = new Random(seed);
        String text = base(r);
        List<Object> before = data(text);
        Op op = randomOp(r, text, before);
        if (op == null) {
            return;
        }
        ManifestEditor.Edit edit = op.apply(ManifestEditor.of(text));
        List<Object> expected = op.expected(deepCopy(before));
        ParsedManifest after = ManifestParser.parse(edit.text());
        assertTrue(after.documents().stream().allMatch(YamlDocument::ok),
                () -> op + " broke the YAML:\n" + edit.text());
        assertEquals(expected, data(edit.text()), () -> op + " gave:\n" + edit.text() + "\nfrom:\n" + text);
        assertUntouched(text, edit, op);
    }

    static String base(Random r) {
        if (r.nextInt(4) == 0) {
            return generated(r);
        }
        String t = TestFiles.read(BASES.get(r.nextInt(BASES.size())));
        if (r.nextBoolean()) {
            t = t + "---\n" + TestFiles.read(BASES.get(r.nextInt(BASES.size())));
        }
        return t;
    }

    /** A small generated manifest with comments, quoting styles and both list styles. */
    private static String generated(Random r) {
        String ind = r.nextBoolean() ? "  " : "    ";
        boolean compact = r.nextBoolean();
        String li = compact ? ind : ind + ind;
        StringBuilder sb = new StringBuilder();
        sb.append("# generated\napiVersion: v1\nkind: Service\nmetadata:\n").append(ind).append("name: 'svc-")
                .append(r.nextInt(100)).append("'\n").append(ind).append("labels:\n").append(ind).append(ind)
                .append("app: \"web\"  # the app\nspec:\n").append(ind).append("ports:\n");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(li).append("- name: p").append(i).append('\n').append(li).append("  port: ").append(80 + i).append('\n');
            if (r.nextBoolean()) {
                sb.append(li).append("  targetPort: http\n");
            }
        }
        if (r.nextBoolean()) {
            sb.append(ind).append("selector: {app: web, tier: front}\n");
        } else {
            sb.append(ind).append("selector:\n").append(ind).append(ind).append("app: web\n");
        }
        sb.append(ind).append("externalIPs: [1.2.3.4]\n");
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static List<Object> data(String text) {
        List<Object> out = new ArrayList<>();
        for (YamlDocument d : ManifestParser.parse(text).documents()) {
            out.add(YNode.toData(d.root()));
        }
        return out;
    }

    static void assertUntouched(String oldText, ManifestEditor.Edit e, Object op) {
        String[] a = oldText.split("\n", -1);
        String[] b = e.text().split("\n", -1);
        for (int i = 1; i < e.firstLine(); i++) {
            int line = i;
            assertEquals(a[i - 1], b[i - 1], () -> op + ": line " + line + " before the edit changed");
        }
        int tailOld = a.length - e.oldLastLine();
        int tailNew = b.length - e.newLastLine();
        assertEquals(tailOld, tailNew, () -> op + ": lines after the edit were not kept\n" + e);
        for (int k = 1; k <= tailOld; k++) {
            assertEquals(a[a.length - k], b[b.length - k], op + ": line after the edit changed");
        }
    }

    // ------------------------------------------------------------------ operations

    private interface Op {
        ManifestEditor.Edit apply(ManifestEditor e);

        List<Object> expected(List<Object> data);
    }

    static Object randomScalar(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(70000);
            case 1 -> r.nextBoolean();
            default -> WORDS[r.nextInt(WORDS.length)];
        };
    }

    static Object randomValue(Random r) {
        int k = r.nextInt(6);
        if (k == 0) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k" + r.nextInt(5), randomScalar(r));
            if (r.nextBoolean()) {
                m.put("n", List.of(randomScalar(r), randomScalar(r)));
            }
            return m;
        }
        if (k == 1) {
            return new ArrayList<>(List.of(randomScalar(r)));
        }
        return randomScalar(r);
    }

    /** Every path in the data: maps' keys and lists' items. */
    static void paths(Object d, List<Object> prefix, List<List<Object>> out) {
        if (d instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) {
                List<Object> p = new ArrayList<>(prefix);
                p.add(e.getKey());
                out.add(p);
                paths(e.getValue(), p, out);
            }
        } else if (d instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> p = new ArrayList<>(prefix);
                p.add(i);
                out.add(p);
                paths(l.get(i), p, out);
            }
        }
    }

    private static Op randomOp(Random r, String text, List<Object> data) {
        int doc = r.nextInt(data.size());
        List<List<Object>> all = new ArrayList<>();
        paths(data.get(doc), new ArrayList<>(), all);
        int kind = r.nextInt(7);
        switch (kind) {
            case 0, 1 -> {
                List<Object> p = all.get(r.nextInt(all.size()));
                Object v = kind == 0 ? randomScalar(r) : randomValue(r);
                return new SetOp(doc, p, v);
            }
            case 2 -> {
                List<List<Object>> maps = new ArrayList<>();
                maps.add(new ArrayList<>());
                for (List<Object> p : all) {
                    if (get(data.get(doc), p) instanceof Map) {
                        maps.add(p);
                    }
                }
                List<Object> p = new ArrayList<>(maps.get(r.nextInt(maps.size())));
                p.add("new" + r.nextInt(3));
                if (r.nextBoolean()) {
                    p.add("deeper");
                }
                if (get(data.get(doc), p) != null || p.size() > 1 && get(data.get(doc), p.subList(0, p.size() - 1)) != null
                        && !(get(data.get(doc), p.subList(0, p.size() - 1)) instanceof Map)) {
                    return null;
                }
                return new SetOp(doc, p, randomValue(r));
            }
            case 3 -> {
                List<Object> p = all.get(r.nextInt(all.size()));
                return new RemoveOp(doc, p);
            }
            case 4 -> {
                List<List<Object>> lists = new ArrayList<>();
                for (List<Object> p : all) {
                    if (get(data.get(doc), p) instanceof List) {
                        lists.add(p);
                    }
                }
                if (lists.isEmpty()) {
                    return null;
                }
                return new AddItemOp(doc, lists.get(r.nextInt(lists.size())), randomValue(r));
            }
            case 5 -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("apiVersion", "v1");
                d.put("kind", "Namespace");
                d.put("metadata", new LinkedHashMap<>(Map.of("name", "ns" + r.nextInt(9))));
                return new AddDocOp(d);
            }
            default -> {
                return data.size() > 1 ? new RemoveDocOp(doc) : null;
            }
        }
    }

    static Object get(Object d, List<Object> p) {
        Object cur = d;
        for (Object seg : p) {
            if (cur instanceof Map<?, ?> m) {
                cur = m.get(seg);
            } else if (cur instanceof List<?> l && seg instanceof Integer i && i < l.size()) {
                cur = l.get(i);
            } else {
                return null;
            }
        }
        return cur;
    }

    /** The YAML round trip of a value: what a parser would give back (ints as Long, etc.). */
    static Object normal(Object v) {
        if (v instanceof Integer i) {
            return (long) i;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, normal(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normal(x)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static List<Object> deepCopy(List<Object> data) {
        return (List<Object>) normal(data);
    }

    @SuppressWarnings("unchecked")
    private static void put(Object root, List<Object> p, Object v, boolean remove) {
        Object cur = root;
        for (int i = 0; i < p.size() - 1; i++) {
            Object seg = p.get(i);
            Object next = cur instanceof Map<?, ?> m ? m.get(seg) : ((List<Object>) cur).get((Integer) seg);
            if (next == null) {
                next = new LinkedHashMap<>();
                ((Map<Object, Object>) cur).put(seg, next);
            }
            cur = next;
        }
        Object last = p.get(p.size() - 1);
        if (cur instanceof Map<?, ?> m) {
            if (remove) {
                ((Map<Object, Object>) m).remove(last);
            } else {
                ((Map<Object, Object>) m).put(last, normal(v));
            }
        } else {
            List<Object> l = (List<Object>) cur;
            if (remove) {
                l.remove((int) (Integer) last);
            } else {
                l.set((Integer) last, normal(v));
            }
        }
    }

    private record SetOp(int doc, List<Object> path, Object value) implements Op {
        public ManifestEditor.Edit apply(ManifestEditor e) {
            return e.set(doc, path, value);
        }

        public List<Object> expected(List<Object> data) {
            if (data.get(doc) == null) {
                data.set(doc, new LinkedHashMap<>());
            }
            put(data.get(doc), path, value, false);
            return data;
        }
    }

    private record RemoveOp(int doc, List<Object> path) implements Op {
        public ManifestEditor.Edit apply(ManifestEditor e) {
            return e.remove(doc, path);
        }

        public List<Object> expected(List<Object> data) {
            put(data.get(doc), path, null, true);
            return data;
        }
    }

    private record AddItemOp(int doc, List<Object> path, Object value) implements Op {
        public ManifestEditor.Edit apply(ManifestEditor e) {
            return e.addItem(doc, path, value);
        }

        @SuppressWarnings("unchecked")
        public List<Object> expected(List<Object> data) {
            ((List<Object>) get(data.get(doc), path)).add(normal(value));
            return data;
        }
    }

    private record AddDocOp(Object value) implements Op {
        public ManifestEditor.Edit apply(ManifestEditor e) {
            return e.addDocument(value);
        }

        public List<Object> expected(List<Object> data) {
            data.add(normal(value));
            return data;
        }
    }

    private record RemoveDocOp(int doc) implements Op {
        public ManifestEditor.Edit apply(ManifestEditor e) {
            return e.removeDocument(doc);
        }

        public List<Object> expected(List<Object> data) {
            data.remove(doc);
            return data;
        }
    }
}
