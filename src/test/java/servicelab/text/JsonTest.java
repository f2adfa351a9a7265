package servicelab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsWhatItWrites() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("text", "a \"quoted\" \\ line\nwith 한글\tand \u0001");
        m.put("n", 42L);
        m.put("x", 1.5);
        m.put("ok", true);
        m.put("none", null);
        m.put("list", List.of(1L, "two", List.of()));
        assertEquals(m, Json.parse(Json.write(m)));
    }

    @Test
    void refusesWhatIsNotJsonWithoutRecursingFar() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} trailing"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(100_000)));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"unterminated"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("&a [*a]"));
    }

    @Test
    void aLongStringIsReadInOnePass() {
        String big = "x".repeat(4_000_000);
        assertEquals(big, ((Map<?, ?>) Json.parse("{\"t\": \"" + big + "\"}")).get("t"));
    }
}
