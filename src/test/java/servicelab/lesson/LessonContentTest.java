package servicelab.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;

/**
 * The lessons in lessons/: every YAML example checks as the text says (valid, or invalid when
 * marked as intentionally broken), and the Korean uses the glossary's terms.
 */
class LessonContentTest {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(yaml|yml)([^\\n]*)\\n(.*?)^```");

    @Test
    void everyYamlExampleIsValidUnlessMarkedBroken() {
        LessonLibrary lib = LessonLibrary.load(Path.of("lessons"));
        assertTrue(lib.problems().isEmpty(), lib.problems().toString());
        ManifestChecker checker = new ManifestChecker();
        List<String> wrong = new ArrayList<>();
        int blocks = 0;
        for (Lesson l : lib.lessons()) {
            Matcher m = FENCE.matcher(l.markdown());
            while (m.find()) {
                blocks++;
                boolean broken = m.group(2).contains("broken");
                CheckReport r = checker.check(m.group(3));
                if (broken == r.valid()) {
                    int line = l.markdown().substring(0, m.start()).split("\n", -1).length;
                    wrong.add(l.id() + ":" + line + (broken ? " is marked broken but valid" : " is invalid: " + r.errors()));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(blocks > 0 || lib.lessons().isEmpty());
    }

    /**
     * The slips the second edition fixed, in every text a learner or teacher reads (lesson, exercises,
     * quiz, class plan, final test; the seed note itself is quoted as it is): listen is 수신 대기, canary
     * 카나리, ingress-nginx's end 지원 종료, the trace panel 요청 경로 as the UI names it, load
     * balancing 로드 밸런싱, and `client` is a bare Pod, so no `exec deploy/client`.
     */
    @Test
    void noSecondEditionSlipComesBack() throws Exception {
        List<Path> files;
        try (var walk = Files.walk(Path.of("lessons"))) {
            files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .filter(p -> !p.startsWith(Path.of("lessons", "seed-note"))).filter(p -> !p.endsWith("glossary.yaml")).toList();
        }
        List<String> found = new java.util.ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f);
            for (String bad : new String[] {"듣고 있", "듣는", "카나리아", "은퇴", "트레이스", "부하 분산", "exec deploy/client"}) {
                if (text.contains(bad)) {
                    found.add(f + ": " + bad);
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void lessonsUseTheGlossarysTerms() {
        for (Lesson l : LessonLibrary.load(Path.of("lessons")).lessons()) {
            // quoting the seed ("포드간에 …") is how a lesson corrects it; everything else must use the glossary
            String prose = l.markdown().replaceAll("(?ms)^```.*?^```", "").replaceAll("\"[^\"\n]*\"", "");
            for (String bad : new String[] {"포드", "라벨", "세션 친화성", "레디네스 프로브", "라이브니스 프로브", "서비스 검색"}) {
                assertFalse(prose.contains(bad), l.id() + " uses " + bad);
            }
        }
    }

    /** One message, one style: no feedback, hint, prompt or reveal mixes 합니다체 ("…합니다.") with 해요체 ("…해요."). */
    @Test
    void noExerciseMessageMixesStyles() throws Exception {
        Pattern formal = Pattern.compile("(습니다|입니다|합니다|됩니다)[.!?]");
        Pattern polite = Pattern.compile("요[.!?]");
        List<String> mixed = new ArrayList<>();
        for (Lesson l : LessonLibrary.load(Path.of("lessons")).lessons()) {
            for (Exercise e : LessonChecker.exercisesOf(l)) {
                List<String> texts = new ArrayList<>(e.hints());
                texts.add(e.prompt());
                e.feedback().forEach(f -> texts.add(f.say()));
                if (e.predict() != null) {
                    texts.add(e.predict().reveal());
                }
                for (String t : texts) {
                    if (t != null && formal.matcher(t).find() && polite.matcher(t).find()) {
                        mixed.add(e.id() + ": " + t);
                    }
                }
            }
        }
        assertTrue(mixed.isEmpty(), String.join("\n", mixed));
    }
}
