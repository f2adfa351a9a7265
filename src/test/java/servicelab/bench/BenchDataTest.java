package servicelab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;

/** The benchmark's input is what the issue asks for, and valid, so the whole pipeline is measured. */
class BenchDataTest {
    @Test
    void fiftyValidDocumentsOfAboutFifteenHundredLines() {
        String text = BenchData.fiftyDocuments();
        long lines = text.lines().count();
        assertTrue(lines >= 1400 && lines <= 1700, "lines: " + lines);
        CheckReport r = new ManifestChecker().check(text);
        assertEquals(50, r.documents().size());
        assertTrue(r.valid(), () -> r.errors().toString());
    }
}
