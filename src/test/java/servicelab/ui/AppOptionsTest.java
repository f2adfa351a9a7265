package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import servicelab.text.Messages;

/** gui's options are checked before any window: a mistake is one line (exit 2 in main), --help lists every option. */
class AppOptionsTest {
    private static final Messages KO = Messages.load("servicelab.messages", Locale.KOREAN);
    @TempDir
    Path dir;

    private static AppOptions.Usage fails(String... args) {
        return assertThrows(AppOptions.Usage.class, () -> AppOptions.parse(List.of(args), KO));
    }

    @Test
    void helpListsEveryOption() {
        AppOptions.Usage u = fails("--help");
        assertTrue(u.help());
        for (String o : List.of("--open", "--lesson", "--exercise", "--size", "--lang", "--dark", "--presenter",
                "--kubectl", "--send", "--snapshot", "--layout-report", "--bench", "--help")) {
            assertTrue(u.getMessage().contains(o), o);
        }
    }

    @Test
    void mistakesAreOneKoreanLine() throws Exception {
        for (String[] args : new String[][] {{"--bogus"}, {"--open", dir.resolve("missing.yaml").toString()},
                {"--open", dir.toString()}, {"--size", "big"}, {"--size", "10x10"}, {"--size", "99999x768"},
                {"--lang", "fr"}, {"--open"}, {"--snapshot", dir.resolve("no/such/dir/x.png").toString()},
                {"stray"}}) {
            AppOptions.Usage u = fails(args);
            assertFalse(u.help());
            assertEquals(1, u.getMessage().lines().count(), u.getMessage());
            assertTrue(u.getMessage().startsWith("servicelab gui: "), u.getMessage());
            assertTrue(u.getMessage().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), u.getMessage());
        }
    }

    @Test
    void goodOptionsAreTakenAsGiven() throws Exception {
        Path f = Files.writeString(dir.resolve("a.yaml"), "");
        AppOptions o = AppOptions.parse(List.of("--open", f.toString(), "--size", "1024x768", "--lang", "en",
                "--presenter", "--kubectl", "get svc", "--layout-report", dir.resolve("r.json").toString()), KO);
        assertEquals(f, o.open());
        assertEquals(1024, o.width());
        assertEquals(768, o.height());
        assertEquals(Locale.ENGLISH, o.locale());
        assertTrue(o.presenter());
        assertEquals(List.of("get svc"), o.kubectl());
        assertTrue(o.once());
        assertNull(AppOptions.parse(List.of(), KO).locale(), "no --lang: the learner's setting decides");
    }

    @Test
    void aReportWithoutASizeGetsALaptopsSize() throws Exception {
        AppOptions o = AppOptions.parse(List.of("--snapshot", dir.resolve("s.png").toString()), KO);
        assertEquals(1366, o.width());
        assertEquals(768, o.height());
    }
}
