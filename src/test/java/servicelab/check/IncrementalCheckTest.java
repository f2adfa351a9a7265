package servicelab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import servicelab.bench.Scale;
import servicelab.manifest.IncrementalParser;
import servicelab.manifest.ManifestParser;

/**
 * The editor's check reuses what it made of unchanged documents ({@link IncrementalChecker}): after
 * any sequence of edits its report must equal a fresh check's, and an edit of one document must
 * parse, decode and validate only that one.
 */
class IncrementalCheckTest {
    private final ManifestChecker fresh = new ManifestChecker();

    private static String pod(String name, String app) {
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  labels:\n    app: " + app
                + "\nspec:\n  containers:\n  - name: web\n    image: nginx\n";
    }

    private static String service(String name, String type) {
        return "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\nspec:\n  type: " + type
                + "\n  selector:\n    app: web\n  ports:\n  - port: 80\n";
    }

    @Test
    void anEditOfOneDocumentParsesDecodesAndValidatesOnlyThatOne() {
        IncrementalChecker inc = new IncrementalChecker(new ManifestChecker());
        String before = pod("a", "web") + "---\n" + pod("b", "web") + "---\n" + pod("c", "web");
        inc.apply(before);
        assertEquals(new IncrementalChecker.Counts(0, 3, 3, 3), inc.counts(), "the first check does everything");

        inc.apply(before);
        assertEquals(new IncrementalChecker.Counts(3, 0, 0, 0), inc.counts(), "the same text again: nothing is redone");

        String after = pod("a", "web") + "---\n" + pod("b", "web\n    tier: front") + "---\n" + pod("c", "web");
        CheckReport r = inc.apply(after);
        assertEquals(new IncrementalChecker.Counts(2, 1, 1, 1), inc.counts(), "only the edited pod");
        assertEquals(fresh.check(after).documents(), r.documents(), "the third pod moved a line down, and its report with it");
    }

    @Test
    void aServiceAllocatedDifferentlyIsValidatedAgainButNotParsed() {
        IncrementalChecker inc = new IncrementalChecker(new ManifestChecker());
        String tail = "---\n" + service("second", "NodePort");
        inc.apply(service("first", "ClusterIP") + tail);
        String edited = service("first", "NodePort") + tail;
        CheckReport r = inc.apply(edited);
        IncrementalChecker.Counts c = inc.counts();
        assertEquals(1, c.reused(), "the second Service's text is unchanged");
        assertEquals(1, c.decoded());
        // the first now takes a nodePort first: the second's allocation, and so its validated form, changes
        assertEquals(2, c.validated());
        assertEquals(fresh.check(edited).documents(), r.documents());
    }

    @Test
    void anyEditSequenceEndsInTheFreshCheck() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> lessons = Files.walk(Path.of("lessons"))) {
            for (Path p : lessons.filter(p -> p.toString().endsWith("scene.yaml")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        texts.add(Scale.manifest(30));
        texts.add(service("a", "NodePort") + "---\n" + service("a", "NodePort") + "---\n" + pod("p", "web"));
        assertTrue(texts.size() > 10);
        Random rnd = new Random(7);
        int edits = 0;
        for (String start : texts) {
            IncrementalChecker inc = new IncrementalChecker(new ManifestChecker());
            IncrementalParser parser = new IncrementalParser();
            String text = start;
            for (int i = 0; i < 25; i++) {
                text = edit(text, rnd);
                edits++;
                assertEquals(fresh.check(text).documents(), inc.apply(text).documents(), "after edit " + i + " of:\n" + text);
                assertEquals(ManifestParser.parse(text).documents(), parser.parse(text).documents());
            }
        }
        assertTrue(edits > 250);
    }

    @Test
    void theFilesNodeBudgetIsSpentAsAFreshParseSpendsIt() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            big.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c").append(i).append("\ndata:\n");
            for (int k = 0; k < 18; k++) {
                big.append("  k").append(k).append(": v\n");
            }
        }
        String text = big.toString();
        IncrementalChecker inc = new IncrementalChecker(new ManifestChecker());
        inc.apply(text);
        // the first documents shrink: documents past the old limit now fit, and are parsed
        String shorter = text.replace("  k17: v\n", "");
        CheckReport r = inc.apply(shorter);
        assertEquals(fresh.check(shorter).documents(), r.documents());
        // and grow again: the kept documents no longer all fit
        CheckReport back = inc.apply(text);
        assertEquals(fresh.check(text).documents(), back.documents());
        assertFalse(back.valid(), "the budget runs out");
    }

    /** A random edit a learner could make: type, delete, move or copy lines and documents. */
    private static String edit(String text, Random rnd) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size();
        int at = rnd.nextInt(n);
        switch (rnd.nextInt(7)) {
            case 0 -> lines.add(at, "");
            case 1 -> lines.remove(at);
            case 2 -> {
                String l = lines.get(at);
                int col = rnd.nextInt(l.length() + 1);
                lines.set(at, l.substring(0, col) + "xz1: \"".charAt(rnd.nextInt(6)) + l.substring(col));
            }
            case 3 -> lines.add(at, lines.get(rnd.nextInt(n)));
            case 4 -> lines.add(at, "---");
            case 5 -> {
                String l = lines.get(at);
                if (!l.isEmpty()) {
                    int col = rnd.nextInt(l.length());
                    lines.set(at, l.substring(0, col) + l.substring(col + 1));
                }
            }
            default -> {
                // move a whole document to the top
                String[] docs = String.join("\n", lines).split("\n---\n");
                if (docs.length > 1) {
                    int d = rnd.nextInt(docs.length);
                    List<String> order = new ArrayList<>(List.of(docs));
                    String moved = order.remove(d);
                    order.add(0, moved);
                    return String.join("\n---\n", order);
                }
            }
        }
        return String.join("\n", lines);
    }
}
