package servicelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCheckerTest {
    @TempDir
    Path dir;

    private Path lesson(String id, String md) throws Exception {
        Path d = Files.createDirectories(dir.resolve(id));
        Files.writeString(d.resolve("lesson.md"), md);
        return d;
    }

    @Test
    void theRealLessonLibraryHasNoProblems() {
        LessonChecker.Report r = new LessonChecker().check(Path.of("lessons"));
        assertTrue(r.ok(), () -> r.problems() + "\n" + r.lessons().stream().flatMap(l -> l.problems().stream()).toList());
        assertEquals(15, r.lessons().size());
        assertTrue(r.lessons().stream().mapToInt(LessonChecker.Summary::quiz).sum() >= 50
                || r.lessons().stream().allMatch(l -> l.quiz() == 0), "the quiz bank, once written, has 50+ items");
    }

    @Test
    void linksGoOnlyToKubernetesIoOverHttpsAndImagesStayInTheLesson() throws Exception {
        Path d = lesson("01-a", """
                # A

                [docs](https://kubernetes.io/docs/concepts/services-networking/service/)
                [v1.33 docs](https://v1-33.docs.kubernetes.io/docs/)
                [plain](http://kubernetes.io/docs/) [file](file:///etc/passwd) [js](javascript:alert(1))
                [look-alike](https://kubernetes.io.example.com/) [other](https://example.com/)

                ![ok](diagram.png) ![asset](/assets/logo.png) ![up](../02-b/x.png) ![abs](/etc/passwd.png)
                ![remote](https://kubernetes.io/x.png)
                """);
        Files.write(d.resolve("diagram.png"), new byte[] {1});
        Files.writeString(dir.resolve("glossary.yaml"), "terms:\n- term: 서비스\n  url: javascript:alert(1)\n"
                + "- term: 파드\n  url: https://kubernetes.io/docs/concepts/workloads/pods/\n");
        LessonChecker.Report r = new LessonChecker().check(dir);
        List<String> msgs = r.lessons().get(0).problems().stream().map(LessonChecker.Problem::message).toList();
        assertEquals(8, msgs.size(), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.endsWith(": http://kubernetes.io/docs/")));
        assertTrue(msgs.stream().anyMatch(m -> m.endsWith(": file:///etc/passwd")));
        assertTrue(msgs.stream().anyMatch(m -> m.endsWith(": javascript:alert(1)")));
        assertTrue(msgs.stream().anyMatch(m -> m.endsWith(": https://kubernetes.io.example.com/")));
        assertTrue(msgs.stream().anyMatch(m -> m.contains("image outside") && m.endsWith("../02-b/x.png")));
        assertTrue(msgs.stream().anyMatch(m -> m.contains("image outside") && m.endsWith("/etc/passwd.png")));
        assertTrue(msgs.stream().anyMatch(m -> m.contains("image outside") && m.endsWith("https://kubernetes.io/x.png")));
        assertTrue(r.problems().stream().anyMatch(p -> p.where().equals("glossary.yaml") && p.message().contains("javascript:")),
                r.problems().toString());
        assertFalse(r.ok());
    }

    @Test
    void yamlBlocksMustCheckAsMarked() throws Exception {
        lesson("01-a", "# A\n\n```yaml broken\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n```\n\n```yaml\nkind: Service\n```\n");
        LessonChecker.Report r = new LessonChecker().check(dir);
        List<String> msgs = r.lessons().get(0).problems().stream().map(p -> p.where() + " " + p.message()).toList();
        assertEquals(2, msgs.size(), msgs.toString());
        assertTrue(msgs.get(0).startsWith("01-a/lesson.md:3 the block is marked broken but is valid"), msgs.get(0));
        assertTrue(msgs.get(1).startsWith("01-a/lesson.md:10 the YAML is invalid"), msgs.get(1));
        assertFalse(r.ok());
    }

    @Test
    void everyQuizItemHasItsOneRightAnswer() throws Exception {
        Path d = lesson("02-b", "# B\n");
        Files.writeString(d.resolve("quiz.yaml"), """
                items:
                - id: q2-1
                  type: choice
                  question: "두 개가 정답?"
                  choices:
                  - text: "가"
                    correct: true
                  - text: "나"
                    correct: true
                  explanation: "…"
                - id: q2-2
                  type: short
                  question: "서비스의 기본 타입은?"
                  answers: ["ClusterIP"]
                  explanation: "type을 비우면 ClusterIP"
                - id: q2-2
                  type: essay
                  question: "?"
                  explanation: "…"
                """);
        LessonChecker.Report r = new LessonChecker().check(dir);
        List<String> msgs = r.lessons().get(0).problems().stream().map(p -> p.where() + " " + p.message()).toList();
        assertEquals(List.of("02-b/quiz.yaml:2 q2-1: a choice item needs exactly one correct choice, has 2",
                "02-b/quiz.yaml:16 quiz item id missing or repeated: q2-2",
                "02-b/quiz.yaml:16 q2-2: unknown type essay (choice, multi or short)"), msgs);
        assertEquals(3, r.lessons().get(0).quiz());
    }

    static final String APP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: kubia
              template:
                metadata:
                  labels:
                    app: kubia
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - name: http
                      containerPort: 8080
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: client
            spec:
              containers:
              - name: sh
                image: busybox
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: kubia
            spec:
              %s
              ports:
              - port: 80
                targetPort: 8080
              selector:
                app: kubia
            """;

    private static final String CANARY = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia
            spec:
              replicas: 2
              selector:
                matchLabels: {app: kubia}
              template:
                metadata:
                  labels: {app: kubia}
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia
                    ports:
                    - containerPort: 8080
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: kubia-v2
            spec:
              replicas: 1
              selector:
                matchLabels: {app: kubia-v2}
              template:
                metadata:
                  labels: {app: kubia-v2}
                spec:
                  containers:
                  - name: kubia
                    image: luksa/kubia:v2
                    ports:
                    - containerPort: 8080
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: kubia}
            spec:
              selector: {app: kubia}
              ports: [{port: 80, targetPort: 8080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: kubia-v2}
            spec:
              selector: {app: kubia-v2}
              ports: [{port: 80, targetPort: 8080}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: web}
            spec:
              gatewayClassName: servicelab
              listeners: [{name: http, port: 80, protocol: HTTP}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: kubia}
            spec:
              parentRefs: [{name: web}]
              hostnames: [shop.example.com]
              rules:
              - backendRefs:
                - {name: kubia, port: 80, weight: %d}
                - {name: kubia-v2, port: 80, weight: %d}
            """;

    @Test
    void aBurstSendsItsCountAndACanarysShareIsCheckedUnderEverySeed() {
        GoalEvaluator plain = new GoalEvaluator(APP.formatted("type: ClusterIP"));
        // one request reaches one pod; sixty (the default) reach all three
        assertTrue(plain.holds(Map.of("burst", Map.of("from", "pod/client", "to", "http://kubia/", "count", 1), "samePod", true)));
        assertFalse(plain.holds(Map.of("burst", Map.of("from", "pod/client", "to", "http://kubia/"), "samePod", true)));
        // 90/10 through a Gateway, 200 requests per seed: the canary's share lies near a tenth under each of the four seeds
        GoalEvaluator canary = new GoalEvaluator(CANARY.formatted(90, 10));
        Map<String, Object> burst = Map.of("from", "browser", "to", "http://shop.example.com/", "count", 200);
        assertTrue(canary.holds(Map.of("burst", burst, "share", Map.of("podLabel", Map.of("app", "kubia-v2"), "min", 0.03, "max", 0.2))));
        assertFalse(canary.holds(Map.of("burst", burst, "share", Map.of("podLabel", Map.of("app", "kubia-v2"), "min", 0.3, "max", 0.7))));
        GoalEvaluator even = new GoalEvaluator(CANARY.formatted(50, 50));
        assertFalse(even.holds(Map.of("burst", burst, "share", Map.of("podLabel", Map.of("app", "kubia-v2"), "min", 0.03, "max", 0.2))),
                "an even split is no canary");
        assertTrue(even.holds(Map.of("burst", burst, "share", Map.of("podLabel", Map.of("app", "kubia-v2"), "min", 0.35, "max", 0.65))));
    }

    @Test
    void goalsAreCheckedAgainstTheManifestAndTheCluster() {
        GoalEvaluator plain = new GoalEvaluator(APP.formatted("type: ClusterIP"));
        GoalEvaluator sticky = new GoalEvaluator(APP.formatted("sessionAffinity: ClientIP"));
        GoalEvaluator np = new GoalEvaluator(APP.formatted("type: NodePort"));
        GoalEvaluator broken = new GoalEvaluator(APP.formatted("type: Headless"));
        Map<String, Object> spread = Map.of("burst", Map.of("from", "pod/client", "to", "http://kubia/", "count", 60), "distinctPods", 3);
        Map<String, Object> same = Map.of("burst", Map.of("from", "pod/client", "to", "http://kubia/", "count", 30), "samePod", true);
        assertTrue(plain.holds(spread));
        assertFalse(plain.holds(same));
        assertTrue(sticky.holds(same), "ClientIP affinity keeps one client on one pod, under every seed");
        assertTrue(np.holds(Map.of("request", Map.of("from", "laptop", "to", "nodeport/kubia@node-2"), "outcome", "DELIVERED",
                "sourceIP", "192.168.0.12")));
        assertTrue(plain.holds(Map.of("request", Map.of("from", "laptop", "to", "svc/kubia"), "outcome", "TIMEOUT")));
        assertTrue(plain.holds(Map.of("service", "kubia", "type", "ClusterIP", "port", 80, "targetPort", 8080)));
        assertTrue(plain.holds(Map.of("endpoints", "kubia", "ready", 3)));
        assertTrue(plain.holds(Map.of("pods", Map.of("app", "kubia"), "count", 3)));
        assertTrue(plain.holds(Map.of("dns", Map.of("from", "pod/client", "name", "kubia.default"), "rcode", "NOERROR", "answers", 1)));
        assertTrue(plain.holds(Map.of("env", "pod/client", "lacks", "KUBIA_SERVICE_HOST")), "the client pod started before the Service");
        assertTrue(broken.holds(Map.of("valid", false)));
        assertFalse(broken.holds(Map.of("service", "kubia", "exists", true)), "no cluster from an invalid manifest");
        assertTrue(plain.holds(Map.of("object", Map.of("kind", "Service", "name", "kubia"), "field", "spec.type", "equals", "ClusterIP")));
        assertFalse(plain.holds(Map.of("nonsense", 1)));
        GoalEvaluator ing = new GoalEvaluator(APP.formatted("type: ClusterIP") + "---\napiVersion: networking.k8s.io/v1\nkind: Ingress\n"
                + "metadata:\n  name: web\nspec:\n  rules:\n  - host: kubia.example.com\n    http:\n      paths:\n      - path: /\n"
                + "        pathType: Prefix\n        backend:\n          service:\n            name: kubia\n            port:\n"
                + "              number: 80\n");
        assertTrue(ing.holds(Map.of("route", Map.of("host", "kubia.example.com", "path", "/x"), "service", "kubia")));
        assertFalse(ing.holds(Map.of("route", Map.of("host", "kubia.example.com", "path", "/x"), "service", "other")));
        assertTrue(ing.holds(Map.of("route", Map.of("host", "nope.example.com", "path", "/"), "result", "HTTP_404")));
    }

    @Test
    void anExerciseMustFailOnItsStartAndPassOnItsSolution() throws Exception {
        Path d = lesson("07-c", "# C\n");
        String start = APP.formatted("type: ClusterIP").replace("\n", "\n    ");
        String solution = APP.formatted("type: NodePort").replace("\n", "\n    ");
        Files.writeString(d.resolve("exercises.yaml"), """
                exercises:
                - id: ex7-1
                  title: "NodePort"
                  prompt: "노드포트로 바꾸세요"
                  start: |
                    %s
                  goals:
                  - text: "NodePort"
                    check: {service: kubia, type: NodePort}
                  - text: "전달"
                    check: {request: {from: laptop, to: "nodeport/kubia"}, outcome: DELIVERED}
                  hints: ["a", "b", "c"]
                  solution: |
                    %s
                - id: ex7-2
                  title: "already done"
                  prompt: "?"
                  start: |
                    %s
                  goals:
                  - text: "ClusterIP"
                    check: {service: kubia, type: ClusterIP}
                  hints: ["a"]
                  solution: |
                    %s
                """.formatted(start, solution, start, solution));
        LessonChecker.Report r = new LessonChecker().check(dir);
        List<String> msgs = r.lessons().get(0).problems().stream().map(p -> p.exercise() + " " + p.message()).toList();
        assertEquals(2, r.lessons().get(0).exercises());
        assertEquals(List.of("ex7-2 an exercise needs exactly three hints, has 1", "ex7-2 the goals already pass on the start",
                "ex7-2 goal 1 fails on the solution: ClusterIP {service=kubia, type=ClusterIP}",
                "null no exercise of the chapter asks for a prediction"), msgs);
    }

    @Test
    void theSeedNotesCorrectionsPointInsideTheNoteAndAtChapters() throws Exception {
        lesson("01-a", "# A\n\n## 이 장을 마치면\n\n- x <!-- q -->\n");
        Path seed = Files.createDirectories(dir.resolve("seed-note"));
        Files.writeString(seed.resolve("kubernetes-service-notes.ko.md"), "a\nb\nc\n");
        Files.writeString(seed.resolve("corrections.yaml"), """
                corrections:
                - lines: [1, 2]
                  chapter: "01-a"
                  note: "n"
                - lines: [2, 3]
                  chapter: "09-z"
                  note: "n"
                - lines: [7, 9]
                  chapter: "01-a"
                  note: "n"
                - lines: [4]
                  chapter: "01-a"
                """);
        List<String> top = new LessonChecker().check(dir).problems().stream()
                .filter(p -> p.where().startsWith("seed-note")).map(p -> p.where() + " " + p.message()).toList();
        assertEquals(List.of("seed-note/corrections.yaml corrections.yaml:11: a correction needs lines [first, last], chapter and note",
                "seed-note/corrections.yaml lines 2-3 overlaps lines 1-2",
                "seed-note/corrections.yaml lines 2-3 names no chapter: 09-z",
                "seed-note/corrections.yaml lines 7-9 the range is not inside the note's 4 lines"), top);
        SeedNote note = SeedNote.load(dir, new java.util.ArrayList<>());
        assertEquals("01-a", note.at(2).chapter());
        assertEquals(null, note.at(4));
    }

    @Test
    void theFinalTestScoresAndGathersTheChaptersToReview() {
        FinalTest t = FinalTest.load(Path.of("lessons"));
        assertEquals(20, t.items().size());
        String a = t.items().get(0).id();
        String b = t.items().get(1).id();
        FinalTest.Score s = t.score(Map.of(a, true, b, false));
        assertEquals(new FinalTest.Score(1, 2, 20, List.of(t.chapterOf().get(b))), s);
        assertTrue(t.score(Map.of()).review().isEmpty());
    }

    @Test
    void objectivesPredictionsAndTheFinalTestAreChecked() throws Exception {
        Path d = lesson("01-a", """
                # 제1장. A

                ## 이 장을 마치면

                - 서비스를 만들 수 있다. <!-- ex1-1, q1-1 -->
                - 포트를 고를 수 있다. <!-- ex9-9 -->
                - 설명할 수 있다.

                본문.
                """);
        Files.writeString(d.resolve("quiz.yaml"), "items:\n- id: q1-1\n  type: short\n  question: \"?\"\n  answers: [a]\n  explanation: \"e\"\n");
        Files.writeString(d.resolve("exercises.yaml"), """
                exercises:
                - id: ex1-1
                  title: "t"
                  prompt: "p"
                  start: "{}"
                  predict:
                    question: "몇 개?"
                    choices: ["1", "2"]
                    answer: 2
                    reveal: "r"
                  goals:
                  - text: "g"
                    check: {service: kubia, exists: true}
                    hiddenUntilPredicted: true
                  hints: ["a", "b", "c"]
                  solution: |
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: kubia
                    spec:
                      ports:
                      - port: 80
                """);
        lesson("02-b", "# 제2장. B\n\n본문.\n");
        Files.writeString(dir.resolve("final-test.yaml"), "items:\n- id: f-1\n  chapter: \"09-none\"\n  type: short\n"
                + "  question: \"?\"\n  answers: [a]\n  explanation: \"e\"\n");
        LessonChecker.Report r = new LessonChecker().check(dir);
        List<String> top = r.problems().stream().map(p -> p.where() + " " + p.message()).toList();
        assertEquals(List.of("01-a/lesson.md:6 objective names an unknown id: ex9-9",
                "01-a/lesson.md:7 objective names no exercise or quiz item: 설명할 수 있다.",
                "02-b/lesson.md no objectives under ## 이 장을 마치면",
                "final-test.yaml the final test has 1 items, not 20",
                "final-test.yaml:2 f-1: chapter names no lesson: 09-none"), top);
        List<String> lesson = r.lessons().get(0).problems().stream().map(LessonChecker.Problem::message).toList();
        assertTrue(lesson.contains("predict.answer 2 names no choice"), lesson::toString);
        Exercise e = LessonChecker.exercisesOf(LessonLibrary.load(dir).lessons().get(0)).get(0);
        assertEquals(new Exercise.Predict("몇 개?", List.of("1", "2"), 2, "r"), e.predict());
        assertTrue(e.goals().get(0).hiddenUntilPredicted());
    }

    @Test
    void answersAreCheckedAsLearnersTypeThem() {
        Quiz.Item shortItem = new Quiz.Item("q", "short", "?", null, List.of("서비스", "Service"), "e", 1);
        assertTrue(shortItem.isRight(" service "));
        assertTrue(shortItem.isRight("ＳＥＲＶＩＣＥ"));
        assertTrue(shortItem.isRight("서 비 스."));
        assertFalse(shortItem.isRight("파드"));
        assertFalse(shortItem.isRight(""));
        Quiz.Item list = new Quiz.Item("l", "short", "?", null, List.of("exec, httpGet, tcpSocket, grpc"), "e", 1);
        assertTrue(list.isRight("grpc tcpSocket httpGet exec"));
        assertFalse(list.isRight("grpc, tcpSocket, httpGet"));
        Quiz.Item multi = new Quiz.Item("m", "multi", "?", List.of(new Quiz.Choice("a", true), new Quiz.Choice("b", false),
                new Quiz.Choice("c", true)), null, "e", 1);
        assertTrue(multi.isRight(Set.of(0, 2)));
        assertFalse(multi.isRight(Set.of(0)));
        assertFalse(multi.isRight(Set.of()));
    }
}
