package servicelab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import servicelab.workspace.settings.Settings;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void everythingComesBackAfterARestart() throws Exception {
        Path f = dir.resolve("sub/settings.json");
        Settings s = Settings.load(f);
        assertNull(s.window());
        assertNull(s.language());
        s.setWindow(new Settings.Window(10, 20, 1200, 700, true));
        s.setDividers("main", List.of(0.25, 0.7));
        s.setDark(true);
        s.setZoom(1.25);
        s.setLanguage("en");
        s.setLargerText(true);
        s.opened(dir.resolve("a.yaml"));
        s.save();
        Settings t = Settings.load(f);
        assertEquals(new Settings.Window(10, 20, 1200, 700, true), t.window());
        assertEquals(List.of(0.25, 0.7), t.dividers("main"));
        assertTrue(t.dark());
        assertEquals(1.25, t.zoom());
        assertEquals("en", t.language());
        assertTrue(t.largerText());
        assertEquals(List.of(dir.resolve("a.yaml").toString()), t.recent());
        try (var files = Files.list(f.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void recentFilesKeepTheLastTenNewestFirstWithoutRepeats() {
        Settings s = Settings.load(dir.resolve("settings.json"));
        for (int i = 0; i < 14; i++) {
            s.opened(dir.resolve("f" + i + ".yaml"));
        }
        s.opened(dir.resolve("f10.yaml"));
        List<String> r = s.recent();
        assertEquals(10, r.size());
        assertEquals(dir.resolve("f10.yaml").toString(), r.get(0));
        assertEquals(dir.resolve("f13.yaml").toString(), r.get(1));
        assertEquals(r.size(), r.stream().distinct().count());
        assertFalse(r.contains(dir.resolve("f3.yaml").toString()));
    }

    @Test
    void aDamagedOrHostileFileGivesDefaults() throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "{\"window\": {\"x\": 0, \"y\": 0, \"width\": 0, \"height\": -5}, \"zoom\": 1e308, "
                + "\"language\": \"fr\", \"dividers\": {\"main\": [0.3, 7]}, \"recent\": [1, \"\", \"/x.yaml\"]}");
        Settings s = Settings.load(f);
        assertNull(s.window(), "a zero-sized window is not restored");
        assertEquals(1, s.zoom());
        assertNull(s.language());
        assertNull(s.dividers("main"));
        assertEquals(List.of("/x.yaml"), s.recent());
        Files.writeString(f, "{not json");
        assertNull(Settings.load(f).window());
        Files.writeString(f, "[" + "1,".repeat(40_000) + "1]"); // over the size limit
        assertNull(Settings.load(f).window());
    }
}
