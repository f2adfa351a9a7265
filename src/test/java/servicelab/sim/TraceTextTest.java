package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every hop and event the simulator names has a text in both languages, in the glossary's terms. */
class TraceTextTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TraceTextTest.class.getResourceAsStream("/servicelab/sim/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyUsedInTheSimulatorHasTexts() throws IOException {
        Properties ko = bundle("trace_ko");
        Properties en = bundle("trace_en");
        assertEquals(new TreeSet<>(ko.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"((?:hop|ev)\\.[a-zA-Z0-9.]+)\"");
        try (var files = Files.list(Path.of("src/main/java/servicelab/sim"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.remove("hop.proxy.lbShortcut"); // a marker argument, never shown
        used.remove("ev.outcome."); // the prefix of the outcomes' names, one per Outcome:
        for (Outcome o : Outcome.values()) {
            used.add("ev.outcome." + o.name());
        }
        assertTrue(used.size() > 40, used.toString());
        for (String k : used) {
            assertTrue(ko.containsKey(k), "no Korean text for " + k);
        }
    }

    @Test
    void koreanTextsUseTheGlossaryTerms() throws IOException {
        Properties ko = bundle("trace_ko");
        for (String k : ko.stringPropertyNames()) {
            String v = ko.getProperty(k);
            for (String bad : new String[] {"포드", "라벨", "세션 친화성", "레디네스", "라이브니스", "리디렉"}) {
                assertFalse(v.contains(bad), k + " uses " + bad);
            }
        }
    }
}
