package servicelab.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import servicelab.model.FieldError;
import servicelab.model.IntOrString;
import servicelab.model.KubeObject;
import servicelab.model.ObjectMeta;
import servicelab.model.Service;

/** The explanation bundles: complete, consistent, valid MessageFormat, and in the glossary's Korean. */
class BundleTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([vw]\\.[A-Za-z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle(String locale) throws IOException {
        String name = "/servicelab/check/validation_" + locale + ".properties";
        try (InputStream in = BundleTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
    }

    /** Every explanation or warning key written in the package's source. */
    private static Set<String> keysInSource() throws IOException {
        Path dir = Paths.get("src/main/java/servicelab/validation");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir).filter(Files::isRegularFile)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertFalse(keys.isEmpty(), "no keys found under " + dir.toAbsolutePath());
        return keys;
    }

    @Test
    void everyKeyInTheCodeIsInBothBundles() throws IOException {
        Properties ko = bundle("ko");
        Properties en = bundle("en");
        for (String key : keysInSource()) {
            assertTrue(ko.containsKey(key), "missing in validation_ko: " + key);
            assertTrue(en.containsKey(key), "missing in validation_en: " + key);
        }
    }

    @Test
    void bundlesHaveNoObsoleteKeysAndTheSameKeys() throws IOException {
        Set<String> used = keysInSource();
        Set<String> ko = new TreeSet<>(bundle("ko").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("en").stringPropertyNames());
        assertEquals(ko, en);
        assertEquals(used, ko);
    }

    @Test
    void keysOfErrorsFromBadObjectsAreInTheBundles() throws IOException {
        Properties ko = bundle("ko");
        List<KubeObject> bad = List.of(
                Fixtures.service("-Bad_Name", b -> {
                    b.type = "Headless";
                    b.ports = List.of(Fixtures.port("P", "HTTP", 0, IntOrString.of("-x-"), 80));
                    b.sessionAffinity = "Sticky";
                    b.externalIPs = List.of("127.0.0.1", "nope");
                    b.externalTrafficPolicy = "Local";
                }),
                new Service(new ObjectMeta(null, null, "Bad_NS", Fixtures.labels("a b", "c/d"), null), null),
                Fixtures.pod("p", null, Fixtures.container(null, null, Fixtures.cport("HTTP", 0))),
                Fixtures.deployment("d", -1, null, null),
                new servicelab.model.Ingress(ObjectMeta.named("i"), null),
                new servicelab.model.IngressClass(ObjectMeta.named("c"), "nginx"));
        int checked = 0;
        for (KubeObject o : bad) {
            for (FieldError e : Validator.validate(Defaulter.apply(o))) {
                assertTrue(ko.containsKey(e.key()), "no text for " + e.key() + " (" + e.message() + ")");
                checked++;
            }
        }
        assertTrue(checked > 20, "only " + checked + " errors checked");
    }

    @Test
    void everyValueIsAValidMessageFormat() throws IOException {
        for (String locale : List.of("ko", "en")) {
            Properties p = bundle(locale);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertFalse(value.replace("''", "").contains("'"),
                        locale + " " + key + ": a single apostrophe starts a MessageFormat quote; write ''");
                String formatted = new MessageFormat(value).format(new Object[] {"A0", "A1", "A2", "A3"});
                assertFalse(formatted.contains("{"), locale + " " + key + ": unformatted placeholder in " + formatted);
            }
        }
    }

    @Test
    void bothLanguagesUseTheSameArguments() throws IOException {
        Properties ko = bundle("ko");
        Properties en = bundle("en");
        List<String> differing = new ArrayList<>();
        for (String key : ko.stringPropertyNames()) {
            if (!placeholders(ko.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                differing.add(key);
            }
        }
        assertEquals(List.of(), differing);
    }

    private static Set<String> placeholders(String value) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value == null ? "" : value);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void koreanUsesTheGlossaryTerms() throws IOException {
        Properties ko = bundle("ko");
        for (String key : ko.stringPropertyNames()) {
            String value = ko.getProperty(key);
            for (String forbidden : List.of("포드", "라벨", "세션 친화성", "레디네스", "라이브니스")) {
                assertFalse(value.contains(forbidden), key + " uses " + forbidden);
            }
        }
        assertTrue(ko.getProperty("w.selector.noMatch").contains("파드"));
        assertTrue(ko.getProperty("v.labels.key").contains("레이블"));
    }
}
