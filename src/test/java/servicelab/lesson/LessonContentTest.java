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
     * balancing 로드 밸런싱, and `client` is a bare Pod, so no `exec deploy/client`. Where a document
     * sits in the editor is this app's way of ordering a scene, not a Kubernetes rule, and a container's
     * environment is fixed when it starts, not when its pod object is made.
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
            for (String bad : new String[] {"듣고 있", "듣는", "카나리아", "은퇴", "트레이스", "부하 분산", "exec deploy/client",
                    "문서 순서 = 만든 순서", "파드가 만들어지는 순간"}) {
                if (text.contains(bad)) {
                    found.add(f + ": " + bad);
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /**
     * "`port`보다 N칸" and "대시보다 N칸" describe the seed's broken `targetPort`: N must be what the
     * seed note really has (the first edition said 4 where it is 2), measured here from the note.
     */
    @Test
    void indentationCountsMatchTheSeedNote() throws Exception {
        List<String> seed = Files.readAllLines(Path.of("lessons", "seed-note", "kubernetes-service-notes.ko.md"));
        int dash = -1;
        int target = -1;
        for (int i = 0; i + 1 < seed.size() && target < 0; i++) {
            if (seed.get(i).strip().equals("- port: 80") && seed.get(i + 1).strip().startsWith("targetPort:")) {
                dash = seed.get(i).indexOf('-');
                target = seed.get(i + 1).indexOf('t');
            }
        }
        assertTrue(target > 0, "the seed's broken port entry");
        int overPort = target - (dash + 2);
        int overDash = target - dash;
        Pattern count = Pattern.compile("(`port`|대시)(보다는?|보다) ?([0-9]|두|세|네|여섯) ?칸");
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        try (var walk = Files.walk(Path.of("lessons"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .filter(p -> !p.startsWith(Path.of("lessons", "seed-note"))).toList()) {
                Matcher m = count.matcher(Files.readString(f));
                while (m.find()) {
                    seen++;
                    int n = switch (m.group(3)) {
                        case "두" -> 2;
                        case "세" -> 3;
                        case "네" -> 4;
                        case "여섯" -> 6;
                        default -> Integer.parseInt(m.group(3));
                    };
                    if (n != (m.group(1).equals("대시") ? overDash : overPort)) {
                        wrong.add(f + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(seen >= 3, "the lessons explain the seed's indentation: " + seen);
        assertTrue(wrong.isEmpty(), "the seed has targetPort " + overPort + " past port, " + overDash + " past the dash:\n"
                + String.join("\n", wrong));
    }

    /**
     * Every `kubectl exec client -- ...` a chapter shows runs in that chapter's scene: no lesson sends
     * curl from a busybox client (which has wget and nslookup, not curl).
     */
    @Test
    void everyExecTheChaptersShowRunsInTheirScene() throws Exception {
        Pattern exec = Pattern.compile("kubectl exec (client) -- ([^`|\"\n]+)");
        List<String> wrong = new ArrayList<>();
        int ran = 0;
        for (Lesson l : LessonLibrary.load(Path.of("lessons")).lessons()) {
            Path scene = l.dir().resolve("scene.yaml");
            if (!Files.exists(scene)) {
                continue;
            }
            var host = new servicelab.kubectl.TextHost(new servicelab.kubectl.LiveCluster(servicelab.sim.World.defaults(), 42),
                    Files.readString(scene));
            host.simulation().settle();
            var k = new servicelab.kubectl.Kubectl(host);
            StringBuilder text = new StringBuilder(l.markdown());
            for (String f : new String[] {"class.yaml", "exercises.yaml"}) {
                if (Files.exists(l.dir().resolve(f))) {
                    text.append('\n').append(Files.readString(l.dir().resolve(f)));
                }
            }
            Matcher m = exec.matcher(text);
            while (m.find()) {
                String cmd = m.group(2).strip();
                if (cmd.contains("...") || cmd.contains("<")) {
                    continue; // a pattern, not a command
                }
                ran++;
                String out = k.run("exec client -- " + cmd).output();
                if (out.contains("executable file not found") || out.contains(": not found\n")) {
                    wrong.add(l.id() + ": kubectl exec client -- " + cmd + " -> " + out.strip());
                }
            }
        }
        assertTrue(ran >= 15, "exec commands found: " + ran);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Quotes after the seed note's name that are not its words: a chapter's question, sentences the seed cut. */
    private static final String[] NOT_SEED_QUOTES = {
        "왜 밖에서는 클러스터 IP(cluster IP)에 닿지 않을까",
        "노드는 보통 퍼블릭 인터넷의 일부가 아니다",
    };

    /**
     * A sentence the lessons quote from the seed note (the note's name, then a quote) is the seed's own words:
     * the first edition altered one in the readiness chapter. Bold added for emphasis and line
     * breaks do not count; the quotes below that are not the seed's words are named.
     */
    @Test
    void quotesFromTheSeedNoteAreItsOwnWords() throws Exception {
        String seed = Files.readString(Path.of("lessons", "seed-note", "kubernetes-service-notes.ko.md")).replaceAll("\\s+", " ");
        Pattern quote = Pattern.compile("씨앗 노트[^\"\\n]{0,40}\"([^\"\\n]+)\"");
        List<String> notSeed = List.of(NOT_SEED_QUOTES);
        List<String> altered = new ArrayList<>();
        int checked = 0;
        for (Lesson l : LessonLibrary.load(Path.of("lessons")).lessons()) {
            Matcher m = quote.matcher(l.markdown());
            while (m.find()) {
                String q = m.group(1).replace("**", "").replaceAll("\\s+", " ").strip();
                if (notSeed.contains(q)) {
                    continue;
                }
                checked++;
                if (!seed.contains(q)) {
                    altered.add(l.id() + ": \"" + q + "\"");
                }
            }
        }
        assertTrue(checked >= 15, "seed quotes found: " + checked);
        assertTrue(altered.isEmpty(), String.join("\n", altered));
    }

    /**
     * Chapter 5 says how a running container gets a new Service's variables: any restart of the
     * container (kubectl rollout restart for a Deployment), not only recreating the pod; chapter 10
     * says a headless Service's targetPort is the port in its EndpointSlices and SRV records, never
     * that it has no effect.
     */
    @Test
    void envRefreshAndHeadlessTargetPortAreStatedAsKubernetesDoes() throws Exception {
        String ch5 = Files.readString(Path.of("lessons", "05-discovery", "lesson.md"));
        assertTrue(ch5.contains("kubectl rollout restart"), "chapter 5 names rollout restart");
        for (String only : new String[] {"다시 만들어야만", "다시 만드는 수밖에"}) {
            assertFalse(ch5.contains(only), "chapter 5: only recreating the pod? " + only);
        }
        String ch10 = Files.readString(Path.of("lessons", "10-headless", "lesson.md"));
        for (String line : ch10.split("\n")) {
            if (line.contains("targetPort")) {
                assertFalse(line.contains("효과가 없") || line.contains("의미가 없"), "chapter 10: " + line);
            }
        }
        assertTrue(ch10.contains("SRV"), "chapter 10 says where targetPort shows");
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
