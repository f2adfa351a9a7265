package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import servicelab.bench.Scale;

/**
 * A node's line and column come from SnakeYAML's marks where those count as {@link LineIndex}
 * does, and from the index's searches elsewhere: either way every span must say what the index
 * says of its offsets, on real files and on the texts where the two counts part (CR LF, a lone
 * CR, characters outside the BMP, YAML 1.1's NEL, LS and PS line breaks, Hangul, tabs).
 */
class SpanPositionsTest {

    private static Map<String, String> texts() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (Stream<Path> seed = Files.list(Path.of("src/test/resources/seed"));
             Stream<Path> lessons = Files.walk(Path.of("lessons"))) {
            Stream.concat(seed, lessons).filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .forEach(p -> m.put(p.toString(), read(p)));
        }
        String scene = Scale.manifest(30);
        m.put("bench scene", scene);
        m.put("CR LF", scene.replace("\n", "\r\n"));
        m.put("lone CR", scene.replace("\n", "\r"));
        String svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\n  annotations:\n";
        m.put("Hangul and tabs", svc + "    note: \"서비스\tㄱ\"\n    other: 한글 값\nspec:\n  ports:\n  - port: 80\n");
        m.put("outside the BMP", svc + "    note: \"\uD83D\uDE80 rocket\"\n    after: x\nspec:\n  ports:\n  - port: 80\n");
        m.put("NEL, LS, PS", svc + "    a: \"x\u0085y\"\n    b: \"x\u2028y\"\n    c: \"x\u2029y\"\nspec:\n  ports:\n  - port: 80\n");
        m.put("second document", svc + "spec:\n  ports:\n  - port: 80\n---\n" + svc + "    z: \"\u2028\"\nspec: {}\n");
        return m;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everySpanSaysWhatTheLineIndexSaysOfItsOffsets() throws IOException {
        int nodes = 0;
        for (var e : texts().entrySet()) {
            ParsedManifest parsed = ManifestParser.parse(e.getValue());
            for (YamlDocument d : parsed.documents()) {
                if (d.root() != null) {
                    nodes += walk(e.getKey(), parsed.lines(), d.root());
                }
            }
        }
        assertTrue(nodes > 10_000, "nodes compared: " + nodes);
    }

    private static int walk(String name, LineIndex idx, YNode n) {
        Span s = n.span();
        String where = name + " at " + s;
        assertEquals(idx.lineOf(s.start()), s.line(), where);
        assertEquals(idx.columnOf(s.start()), s.column(), where);
        assertEquals(idx.lineOf(s.end()), s.endLine(), where);
        assertEquals(idx.columnOf(s.end()), s.endColumn(), where);
        int count = 1;
        if (n instanceof YNode.Map m) {
            for (YNode.Entry en : m.entries()) {
                count += walk(name, idx, en.key()) + walk(name, idx, en.value());
            }
        } else if (n instanceof YNode.Seq q) {
            for (YNode i : q.items()) {
                count += walk(name, idx, i);
            }
        }
        return count;
    }
}
