package servicelab.workspace.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import servicelab.check.ManifestChecker;

class SceneFileTest {
    static final String YAML = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia\nspec:\n  ports:\n  - port: 80\n";

    @Test
    void aSceneKeepsSeedAndCardPositionsAndStaysAManifest() {
        String text = SceneFile.write(new SceneFile.Scene(YAML, 7, Map.of("svc:default/kubia", new double[] {120, 40})));
        assertTrue(text.startsWith("# servicelab-scene: {\"seed\": 7"), text);
        assertTrue(new ManifestChecker().check(text).valid(), "the header is a comment: kubectl apply takes the file as it is");
        SceneFile.Scene s = SceneFile.read(text);
        assertEquals(YAML, s.manifest());
        assertEquals(7, s.seed());
        assertArrayEquals(new double[] {120, 40}, s.positions().get("svc:default/kubia"));
    }

    @Test
    void aPlainManifestOrABrokenHeaderOpensWithDefaults() {
        assertEquals(new SceneFile.Scene(YAML, 42, Map.of()).manifest(), SceneFile.read(YAML).manifest());
        SceneFile.Scene broken = SceneFile.read("# servicelab-scene: {seed: [\n" + YAML);
        assertEquals(YAML, broken.manifest());
        assertEquals(42, broken.seed());
        assertEquals(42, SceneFile.read("# servicelab-scene: !!java.io.File [\"/\"]\n" + YAML).seed(), "no arbitrary types");
    }

    @org.junit.jupiter.api.Test
    void aSceneWithAHugePictureStateStillOpensItsManifest() {
        StringBuilder sb = new StringBuilder(SceneFile.MARK + "{\"seed\": 7, \"positions\": {");
        for (int i = 0; i < 140_000; i++) {
            sb.append(i == 0 ? "" : ", ").append("\"Service/default/s").append(i).append("\": [1, 2]");
        }
        sb.append("}}\napiVersion: v1\n");
        SceneFile.Scene s = SceneFile.read(sb.toString());
        org.junit.jupiter.api.Assertions.assertEquals("apiVersion: v1\n", s.manifest());
        org.junit.jupiter.api.Assertions.assertTrue(s.positions().size() <= SceneFile.MAX_POSITIONS);
        StringBuilder small = new StringBuilder(SceneFile.MARK + "{\"seed\": 7, \"positions\": {");
        for (int i = 0; i < 5000; i++) {
            small.append(i == 0 ? "" : ", ").append("\"s").append(i).append("\": [1, 2]");
        }
        small.append("}}\nx: 1\n");
        SceneFile.Scene t = SceneFile.read(small.toString());
        org.junit.jupiter.api.Assertions.assertEquals(7, t.seed());
        org.junit.jupiter.api.Assertions.assertEquals(SceneFile.MAX_POSITIONS, t.positions().size());
    }

    @org.junit.jupiter.api.Test
    void aSceneKeepsASmallerNodeCapacity() {
        SceneFile.Scene s = new SceneFile.Scene("x: 1\n", 9, java.util.Map.of(), 4);
        org.junit.jupiter.api.Assertions.assertEquals(4, SceneFile.read(SceneFile.write(s)).maxPods());
        org.junit.jupiter.api.Assertions.assertEquals(0, SceneFile.read(SceneFile.write(new SceneFile.Scene("x: 1\n", 9,
                java.util.Map.of()))).maxPods(), "the default is not written");
    }
}
