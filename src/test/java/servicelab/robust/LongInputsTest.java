package servicelab.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.kubectl.Kubectl;
import servicelab.kubectl.LiveCluster;
import servicelab.kubectl.TextHost;
import servicelab.manifest.ManifestParser;
import servicelab.manifest.YamlWriter;
import servicelab.sim.World;
import servicelab.text.GoStrings;
import servicelab.text.Json;
import servicelab.ui.editor.YamlHighlighter;

/**
 * 100 kB values through every parser and printer a learner's text reaches. None may recurse or
 * backtrack on the input's size: each call returns (with an answer or the project's own error),
 * never a StackOverflowError.
 */
class LongInputsTest {
    static final int SIZE = 100_000;
    static final String LONG = "a".repeat(SIZE);
    static final String LONG_PLAIN = "x.y-z/".repeat(SIZE / 6);
    static final String LONG_COLONS = "a:b".repeat(SIZE / 3);

    static final String INGRESS_V1BETA1 = """
            apiVersion: extensions/v1beta1
            kind: Ingress
            metadata:
              name: kubia
              annotations:
                note: %s
            spec:
              rules:
              - host: kubia.example.com
                http:
                  paths:
                  - path: /
                    backend:
                      serviceName: kubia-nodeport
                      servicePort: 80
            """;

    @Test
    void aV1beta1IngressWithALongAnnotationIsCheckedAndOffersItsUpgrade() {
        for (String value : List.of(LONG, LONG_PLAIN, LONG_COLONS, "'" + "- ".repeat(SIZE / 2) + "'")) {
            CheckReport r = new ManifestChecker().check(INGRESS_V1BETA1.formatted(value));
            assertFalse(r.documents().get(0).valid());
            assertNotNull(r.documents().get(0).errors().get(0).fix(), "the networking.k8s.io/v1 rewrite is offered");
            assertTrue(r.documents().get(0).errors().get(0).fix().replacement().contains("networking.k8s.io/v1"));
        }
    }

    @Test
    void longNamesLabelsAndAnnotationsAreValidatedWithTheApiServersMessages() {
        String svc = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: %s
                  labels:
                    app: %s
                  annotations:
                    note: "%s"
                spec:
                  selector:
                    app: kubia
                  ports:
                  - port: 80
                """;
        String dotted = "a.".repeat(SIZE / 2) + "a";
        CheckReport r = new ManifestChecker().check(svc.formatted(dotted, dotted, LONG));
        List<String> messages = new ArrayList<>();
        r.documents().get(0).errors().forEach(e -> messages.add(e.field() + ": " + e.message()));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("metadata.name") && m.contains("must be no more than 63")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("metadata.labels")), messages.toString());
    }

    @Test
    void theWriterQuotesOrKeepsLongScalarsWithoutRecursing() {
        for (String s : List.of(LONG, LONG_PLAIN, LONG_COLONS, "1:2".repeat(SIZE / 3), "- ".repeat(SIZE / 2), "0".repeat(SIZE))) {
            String yaml = YamlWriter.write(Map.of("k", s), 0);
            // what the writer wrote reads back as the same string
            servicelab.manifest.YNode.Map m = (servicelab.manifest.YNode.Map) ManifestParser.parse(yaml).documents().get(0).root();
            assertEquals(s, ((servicelab.manifest.YNode.Scalar) m.get("k")).value());
        }
        assertTrue(Json.write(Map.of("k", LONG + "\"\n")).length() > SIZE);
        assertTrue(GoStrings.quote(LONG + "\u0001").length() > SIZE);
    }

    @Test
    void theHighlighterColoursLongLines() {
        for (String line : List.of("- ".repeat(SIZE / 2) + "a: b", LONG + ": x", "k: " + LONG, "- " + LONG_COLONS,
                "\"" + LONG, "#" + LONG, "k: '" + LONG + "' # c")) {
            assertNotNull(YamlHighlighter.compute(line + "\n", List.of()));
        }
    }

    @Test
    void consoleCommandsTakeLongValues() {
        LiveCluster cluster = new LiveCluster(World.defaults(), 42);
        Kubectl k = new Kubectl(new TextHost(cluster, servicelab.kubectl.KubectlTest.DEPLOYMENT));
        for (String line : List.of("label deployment kubia note=" + LONG, "label deployment kubia " + LONG + "=x",
                "create service nodeport " + LONG + " --tcp=80:8080", "annotate deployment kubia note=" + LONG,
                "get pods " + LONG, "exec kubia -- curl -s http://kubia/" + LONG, "describe service " + LONG)) {
            Kubectl.Result r = k.run(line);
            assertNotNull(r.output(), line.substring(0, 40));
        }
    }
}
