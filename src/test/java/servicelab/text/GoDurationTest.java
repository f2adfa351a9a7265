package servicelab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** time.ParseDuration (go/src/time/format.go): the values and the error texts. */
class GoDurationTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "-0, 0", "+0, 0", "1ns, 1", "1us, 1000", "1\u00b5s, 1000", "1\u03bcs, 1000", "300ms, 300000000",
        "45s, 45000000000", "1.5h, 5400000000000", "2h45m, 9900000000000", ".5s, 500000000", "-1.5m, -90000000000",
        "1h1m1s1ms, 3661001000000", "2562047h47m16.854775807s, 9223372036854775807"})
    void parses(String in, long nanos) {
        assertEquals(nanos, GoDuration.parseNanos(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2d           | time: unknown unit "d" in duration "2d"
            1y           | time: unknown unit "y" in duration "1y"
            5S           | time: unknown unit "S" in duration "5S"
            5            | time: missing unit in duration "5"
            abc          | time: invalid duration "abc"
            .s           | time: invalid duration ".s"
            9999999999h  | time: invalid duration "9999999999h"
            2562047h48m  | time: invalid duration "2562047h48m"
            -            | time: invalid duration "-"
            """)
    void refusesWithGosMessage(String in, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> GoDuration.parseNanos(in)).getMessage());
    }

    @org.junit.jupiter.api.Test
    void anEmptyDurationIsInvalid() {
        assertEquals("time: invalid duration \"\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parseNanos("")).getMessage());
    }
}
