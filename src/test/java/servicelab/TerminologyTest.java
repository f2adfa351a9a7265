package servicelab;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The glossary (curriculum §5): terms it says not to use appear in no Korean bundle the app shows. */
class TerminologyTest {
    static final String[] FORBIDDEN = {"포드", "라벨", "세션 친화성", "레디네스", "라이브니스", "서비스 검색", "리스타트",
        // the second edition's slips: listen is 수신 대기, canary 카나리, a retired project's end 지원 종료,
        // the trace panel is 요청 경로, load balancing 로드 밸런싱
        "듣고 있", "듣는", "카나리아", "은퇴", "트레이스", "부하 분산"};

    @ParameterizedTest
    @ValueSource(strings = {"/servicelab/messages_ko.properties", "/servicelab/sim/trace_ko.properties",
        "/servicelab/cli/cli_ko.properties", "/servicelab/check/manifest_ko.properties", "/servicelab/check/validation_ko.properties"})
    void koreanBundlesUseTheGlossarysTerms(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TerminologyTest.class.getResourceAsStream(bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : p.stringPropertyNames()) {
            for (String bad : FORBIDDEN) {
                assertFalse(p.getProperty(key).contains(bad), bundle + " " + key + " uses " + bad);
            }
        }
    }
}
