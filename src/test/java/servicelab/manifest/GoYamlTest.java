package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;

/**
 * YAML as the API server reads it: go-yaml v2 (go.yaml.in/yaml/v2 v2.4.2) under sigs.k8s.io/yaml
 * v1.6.0, the versions Kubernetes 1.34 pins. Each row cites resolve.go ("R:") or decode.go ("D:")
 * line numbers at that tag, and says what SnakeYAML's YAML 1.1 resolver (which the app used before)
 * made of it. The JSON column is what YAMLToJSON hands to the typed decoder.
 */
class GoYamlTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            # plain scalar | kind  | JSON                    | go-yaml v2 source; SnakeYAML 1.1 gave
            1:20           | STR   | "1:20"                  | R:124-126 base 60 unsupported, R:196; SnakeYAML: int 80
            190:20:30      | STR   | "190:20:30"             | R:124-126, R:196; SnakeYAML: int 685230
            -1:20          | STR   | "-1:20"                 | R:196; SnakeYAML: int -80
            1:20.5         | STR   | "1:20.5"                | R:196; SnakeYAML: float 80.5
            0o17           | INT   | 15                      | R:150-155 ParseInt base 0; SnakeYAML: string
            0O17           | INT   | 15                      | R:150-155; SnakeYAML: string
            017            | INT   | 15                      | R:150-155 leading 0 is octal; SnakeYAML: int 15
            0x1F           | INT   | 31                      | R:150-155; SnakeYAML: int 31
            0X1F           | INT   | 31                      | R:150-155; SnakeYAML: string
            0b101          | INT   | 5                       | R:150-155; SnakeYAML: int 5
            0B101          | INT   | 5                       | R:150-155; SnakeYAML: string
            08             | FLOAT | 8                       | R:150-167 bad octal, then the float pattern; SnakeYAML: string
            0_8            | FLOAT | 8                       | R:150 underscores removed first, R:163-167; SnakeYAML: string
            1_000          | INT   | 1000                    | R:150-151; SnakeYAML: int 1000
            +12            | INT   | 12                      | R:151; SnakeYAML: int 12
            -0             | INT   | 0                       | R:151; SnakeYAML: int 0
            1e3            | FLOAT | 1000                    | R:84, R:163-167, json floatEncoder; SnakeYAML: float 1000.0
            1e3_0          | FLOAT | 1e+30                   | R:150, R:163-167; SnakeYAML: string
            80.0           | FLOAT | 80                      | R:163-167, JSON has no fraction; SnakeYAML: float 80.0
            1.             | FLOAT | 1                       | R:84; SnakeYAML: float 1.0
            .5             | FLOAT | 0.5                     | R:132-137; SnakeYAML: float 0.5
            .5_0           | FLOAT | 0.5                     | R:132-137 ParseFloat allows _ between digits; SnakeYAML: float 0.5
            0.1e-3         | FLOAT | 0.0001                  | R:163-167; SnakeYAML: float
            1e400          | STR   | "1e400"                 | R:163-167 ParseFloat range error, R:196; SnakeYAML: float Infinity
            NaN            | STR   | "NaN"                   | R:27-29 table only, R:196; SnakeYAML: string
            +.nan          | STR   | "+.nan"                 | not in R:44; SnakeYAML: string
            yes            | BOOL  | true                    | R:37; SnakeYAML: true
            YES            | BOOL  | true                    | R:37; SnakeYAML: true
            y              | BOOL  | true                    | R:37; SnakeYAML: string
            Y              | BOOL  | true                    | R:37; SnakeYAML: string
            n              | BOOL  | false                   | R:40; SnakeYAML: string
            N              | BOOL  | false                   | R:40; SnakeYAML: string
            no             | BOOL  | false                   | R:40; SnakeYAML: false
            on             | BOOL  | true                    | R:39; SnakeYAML: true
            Off            | BOOL  | false                   | R:42; SnakeYAML: false
            True           | BOOL  | true                    | R:38; SnakeYAML: true
            tRUE           | STR   | "tRUE"                  | not in R:37-43, R:196; SnakeYAML: string
            ~              | NULL  | null                    | R:43; SnakeYAML: null
            Null           | NULL  | null                    | R:43; SnakeYAML: null
            nULL           | STR   | "nULL"                  | R:196; SnakeYAML: string
            2001-12-14     | STR   | "2001-12-14"            | R:139-148 timestamp, kept as text D:474-480; SnakeYAML: Date
            2001-1-2       | STR   | "2001-1-2"              | R:230, D:474-480; SnakeYAML: string
            2001-12-14 21:59:43.10 -5 | STR | "2001-12-14 21:59:43.10 -5" | R:226-233 not a Go timestamp, R:196; SnakeYAML: Date
            9223372036854775807  | INT | 9223372036854775807  | R:151-155; SnakeYAML: long
            9223372036854775808  | INT | 9223372036854775808  | R:159-162 uint64; SnakeYAML: BigInteger
            18446744073709551616 | FLOAT | 18446744073709552000 | R:163-167 above uint64 becomes float64; SnakeYAML: exact BigInteger
            =              | STR   | "="                     | no class R:21-30, R:196; SnakeYAML: string
            <<             | STR   | "<<"                    | '<' has no class, R:114-118, R:196; SnakeYAML: merge tag
            <<foo          | STR   | "<<foo"                 | R:196; SnakeYAML: string
            """)
    void aPlainScalarIsWhatTheApiServerReads(String yaml, String kind, String json, String source) {
        YamlDocument d = ManifestParser.parse("v: " + yaml + "\n").documents().get(0);
        assertNull(d.error(), () -> source + ": " + d.error());
        YNode.Scalar s = (YNode.Scalar) ((YNode.Map) d.root()).get("v");
        assertEquals(YNode.Kind.valueOf(kind), s.kind(), source);
        assertEquals(json, json(s), source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            .inf  | json: unsupported value: +Inf | R:45, encoding/json floatEncoder; SnakeYAML: Infinity
            -.Inf | json: unsupported value: -Inf | R:47; SnakeYAML: -Infinity
            .nan  | json: unsupported value: NaN  | R:44; SnakeYAML: NaN
            """)
    void infinitiesAndNaNCannotBecomeJson(String yaml, String message, String source) {
        SyntaxError e = ManifestParser.parse("v: " + yaml + "\n").documents().get(0).error();
        assertNotNull(e, source);
        assertEquals(message, e.problem(), source);
        assertEquals("m.syntax.jsonValue", e.key());
    }

    @ParameterizedTest(name = "{0}: → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            yes      | true      | sigs.k8s.io/yaml yaml.go convertToJSONableObject: bool keys; R:37
            y        | true      | R:37; SnakeYAML kept "y"
            off      | false     | R:42
            0x10     | 16        | int keys as decimal, R:150-155
            1.0      | 1         | float keys FormatFloat(f, 'g', -1, 32)
            3.14159265358979 | 3.1415927 | 32-bit precision
            123456789012345678901 | 1.2345679e+20 | float key
            .inf     | .inf      | float key ±Inf
            1:20     | 1:20      | R:124-126, a string
            """)
    void plainKeysAreNamedAsTheJsonKeys(String key, String jsonKey, String source) {
        YamlDocument d = ManifestParser.parse("m:\n  " + key + ": x\n").documents().get(0);
        assertNull(d.error(), source);
        YNode.Map m = (YNode.Map) ((YNode.Map) d.root()).get("m");
        assertEquals(jsonKey, m.entries().get(0).key().value(), source);
    }

    @Test
    void nullAndUint64KeysAreRefusedAsSigsYamlDoes() {
        assertEquals("m.syntax.mapKey", ManifestParser.parse("m:\n  ~: a\n").documents().get(0).error().key());
        assertEquals("m.syntax.mapKey",
                ManifestParser.parse("m:\n  12345678901234567890: a\n").documents().get(0).error().key());
    }

    @Test
    void mergeKeysApplyInDocumentOrderAndTheLastWriteWins() {
        // decode.go D:661-665, D:786-811: merging writes into the same map where << stands
        String text = "base: &b {a: 1, b: 2}\nm:\n  a: 9\n  <<: *b\n  c: 3\n  b: 7\n";
        YNode.Map m = (YNode.Map) ((YNode.Map) ManifestParser.parse(text).documents().get(0).root()).get("m");
        assertEquals("1", value(m, "a"), "a merged value overwrites an explicit key written before <<");
        assertEquals("7", value(m, "b"), "an explicit key after << overrides");
        assertEquals("3", value(m, "c"));
    }

    @Test
    void aSequenceOfMergedMapsLetsTheFirstWin() {
        // D:795-807: applied backwards, so the earlier map wins
        String text = "x: &x {a: 1}\ny: &y {a: 2, b: 2}\nm:\n  <<: [*x, *y]\n";
        YNode.Map m = (YNode.Map) ((YNode.Map) ManifestParser.parse(text).documents().get(0).root()).get("m");
        assertEquals("1", value(m, "a"));
        assertEquals("2", value(m, "b"));
        assertEquals(0, ManifestParser.parse(text).documents().get(0).warnings().size(), "merges are not repeats");
    }

    @Test
    void mergingAScalarIsGoYamlsError() {
        SyntaxError e = ManifestParser.parse("m:\n  <<: 5\n").documents().get(0).error();
        assertEquals("map merge requires map or sequence of maps as the value", e.problem());
    }

    @Test
    void aQuotedMergeKeyIsAnOrdinaryKey() {
        YNode.Map m = (YNode.Map) ManifestParser.parse("\"<<\": 1\n").documents().get(0).root();
        assertEquals("1", value(m, "<<"));
    }

    @Test
    void keysCollideAfterResolution() {
        // yes and true are the same bool key to go-yaml: the second write wins and strict decoding reports it
        YamlDocument d = ManifestParser.parse("m:\n  yes: a\n  true: b\n").documents().get(0);
        YNode.Map m = (YNode.Map) ((YNode.Map) d.root()).get("m");
        assertEquals("b", value(m, "true"));
        assertEquals(1, d.warnings().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            !!int 1:20     | cannot decode !!str `1:20` as a !!int
            !!float 1:20   | cannot decode !!str `1:20` as a !!float
            !!int 1.5      | cannot decode !!float `1.5` as a !!int
            """)
    void anExplicitTagThatDoesNotFitIsRefused(String yaml, String message) {
        SyntaxError e = ManifestParser.parse("v: " + yaml + "\n").documents().get(0).error();
        assertEquals(message, e.problem());
    }

    @Test
    void explicitTagsThatFitAreTyped() {
        YNode.Map m = (YNode.Map) ManifestParser.parse("a: !!int \"80\"\nb: !!float 80\nc: !!str 80\n")
                .documents().get(0).root();
        assertEquals(YNode.Kind.INT, ((YNode.Scalar) m.get("a")).kind());
        assertEquals(YNode.Kind.FLOAT, ((YNode.Scalar) m.get("b")).kind());
        assertEquals(YNode.Kind.STR, ((YNode.Scalar) m.get("c")).kind());
    }

    @Test
    void aServicePortReadsAsTheApiServerDoes() {
        String head = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  selector:\n    app: kubia\n  ports:\n  - port: ";
        ManifestChecker checker = new ManifestChecker();
        for (String ok : List.of("80", "80.0", "8e1", "0x50", "0o120", "0120", "8_0")) {
            CheckReport r = checker.check(head + ok + "\n");
            assertTrue(r.documents().get(0).valid(), ok + ": " + r.documents().get(0).errors());
            assertEquals(80, ((servicelab.model.Service) r.documents().get(0).object()).spec().ports().get(0).port(), ok);
        }
        CheckReport sexagesimal = checker.check(head + "1:20\n");
        assertTrue(sexagesimal.documents().get(0).errors().get(0).message()
                .contains("cannot unmarshal string into Go struct field"), sexagesimal.documents().get(0).errors().toString());
        CheckReport fraction = checker.check(head + "80.5\n");
        assertTrue(fraction.documents().get(0).errors().get(0).message().contains("cannot unmarshal number 80.5"));
    }

    @Test
    void numbersKeepTheirGoTypes() {
        assertEquals(15L, GoYaml.resolve("0o17").value());
        assertEquals(new BigInteger("9223372036854775808"), GoYaml.resolve("9223372036854775808").value());
        assertEquals(1.8446744073709552E19, GoYaml.resolve("18446744073709551616").value());
        assertEquals("1e+21", GoYaml.jsonFloat(1e21));
        assertEquals("1e-7", GoYaml.jsonFloat(1e-7));
        assertEquals("100000000000000000000", GoYaml.jsonFloat(1e20));
    }

    private static String value(YNode.Map m, String key) {
        return ((YNode.Scalar) m.get(key)).value();
    }

    /** The JSON text sigs.k8s.io/yaml writes for the scalar. */
    static String json(YNode.Scalar s) {
        return switch (s.kind()) {
            case STR -> "\"" + s.value() + "\"";
            case NULL -> "null";
            case BOOL -> String.valueOf(YNode.toData(s));
            case INT -> String.valueOf(GoYaml.intValue(s.value()));
            case FLOAT -> GoYaml.jsonFloat((Double) GoYaml.floatValue(s.value()));
        };
    }
}
