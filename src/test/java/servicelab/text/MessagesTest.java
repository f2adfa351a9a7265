package servicelab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

/** Messages made again come from the cache of recent ones; only values that cannot change are kept. */
class MessagesTest {
    private static Messages messages() {
        return new Messages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"pod", "{0}\uC744(\uB97C) {1}\uAC1C \uBCF4\uB0C4"}, {"plain", "\uC900\uBE44\uB428"},
                        {"list", "{0}"}, {"port", "{0}"}};
            }

            @Override
            public Locale getLocale() {
                return Locale.KOREAN;
            }
        });
    }

    @Test
    void aMessageMadeAgainReadsTheSame() {
        Messages m = messages();
        for (int i = 0; i < 9000; i++) { // 3,000 calls three times, past the cache's 2,048: kept ones and made again
            String name = "kubia-" + (i % 3000) % 700;
            int n = (i % 3000) % 7;
            // as a fresh format makes it (the particle after the name depends on its last character)
            assertEquals(Messages.format("{0}\uC744(\uB97C) {1}\uAC1C \uBCF4\uB0C4", Locale.KOREAN, name, n), m.get("pod", name, n));
        }
        assertEquals("\uC900\uBE44\uB428", m.get("plain"));
        assertEquals("\uC900\uBE44\uB428", m.get("plain"));
        assertEquals("30123", m.get("port", 30123)); // no grouping, cached or not
        assertEquals("30123", m.get("port", 30123));
        assertThrows(MissingResourceException.class, () -> m.get("missing", "x"));
        assertThrows(MissingResourceException.class, () -> m.get("missing", "x"));
    }

    @Test
    void aValueThatCanChangeIsFormattedEachTime() {
        Messages m = messages();
        List<String> names = new ArrayList<>(List.of("a"));
        assertEquals("[a]", m.get("list", names));
        names.add("b");
        assertEquals("[a, b]", m.get("list", names));
        assertEquals("null", m.get("list", (Object) null));
    }
}
