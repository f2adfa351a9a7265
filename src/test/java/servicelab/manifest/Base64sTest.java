package servicelab.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where Go's base64.StdEncoding reports a corrupt input: the cases of encoding/base64's
 * TestDecodeCorrupt (offset -1: decodes). encoding/json decodes a ConfigMap's binaryData with it.
 */
class Base64sTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''|-1", "AAA=\\n|-1", "AAAA\\n|-1", "!!!!|0", "====|0", "x===|1", "=AAA|0", "A=AA|1", "AA=A|2", "AA==A|4",
        "AAA=AAAA|4", "AAAAA|4", "AAAAAA|4", "A=|1", "A==|1", "AA=|3", "AA==|-1", "AAA=|-1", "AAAA|-1", "AAAAAA=|7",
        "YWJjZA=====|8", "A!\\n|1", "A=\\n|1", "\\n|-1"})
    void goReportsTheSameOffset(String input, int offset) {
        assertEquals(offset, Base64s.firstError(input.replace("\\n", "\n")));
    }
}
