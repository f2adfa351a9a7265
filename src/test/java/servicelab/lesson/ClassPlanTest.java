package servicelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class plans: read safely, played headless, and every chapter has one that plays through. */
class ClassPlanTest {
    private static final Path LESSONS = Path.of("lessons");

    private static Lesson chapter(String id) {
        return LessonLibrary.load(LESSONS).find(id).orElseThrow();
    }

    private static List<String> play(Lesson l, String yaml) {
        List<String> problems = new ArrayList<>();
        ClassPlan plan = ClassPlanReader.read(yaml, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        return new ClassPlanCheck(l, LessonChecker.exercisesOf(l), LessonChecker.quizOf(l)).check(plan);
    }

    @Test
    void readsEveryKindOfStep() {
        List<String> problems = new ArrayList<>();
        ClassPlan p = ClassPlanReader.read("""
                minutes: 50
                seed: 7
                steps:
                - explain: "말로 설명"
                  minutes: 5
                  say: "교사 메모"
                - scene: scene.yaml
                  title: "장면"
                - kubectl: "scale deployment kubia --replicas=2"
                - send: {from: pod/client, to: "http://kubia", count: 6}
                  expect: {outcome: DELIVERED, pods: 2}
                - predict: {from: external, to: "http://1.2.3.4"}
                - wait: 10
                  expect: {service: kubia, ready: 1}
                - exercise: ex1-1
                - quiz: [q1-1, q1-2]
                """, problems);
        assertEquals(List.of(), problems);
        assertEquals(7, p.seed());
        assertEquals(8, p.steps().size());
        assertEquals("말로 설명", p.steps().get(0).title(), "an explain step's text is its caption");
        assertEquals("교사 메모", p.steps().get(0).say());
        assertEquals(6, p.steps().get(3).count());
        assertEquals(2, p.steps().get(3).expect().pods());
        assertEquals(1, p.steps().get(4).count(), "a prediction is one request");
        assertEquals(10, p.steps().get(5).seconds());
        assertEquals(List.of("q1-1", "q1-2"), p.steps().get(7).ids());
    }

    @Test
    void badStepsAreNamedWithTheirLine() {
        List<String> problems = new ArrayList<>();
        ClassPlanReader.read("""
                steps:
                - scene: scene.yaml
                  kubectl: "get pods"
                - sned: {from: a, to: b}
                - wait: 0
                - send: {to: "http://kubia"}
                - quiz: []
                - predict: {from: a, to: b}
                  expect: {outcome: LOST}
                """, problems);
        assertTrue(problems.contains("2: a step needs exactly one action (explain, scene, kubectl, send, predict, wait, exercise, quiz), found [scene, kubectl]"),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("4: unknown key sned")), problems::toString);
        assertTrue(problems.contains("5: wait takes whole seconds, 1 to 600"), problems::toString);
        assertTrue(problems.contains("6: send needs from: and to:"), problems::toString);
        assertTrue(problems.contains("7: quiz needs one or more item ids"), problems::toString);
        assertTrue(problems.contains("9: unknown outcome LOST"), problems::toString);
        List<String> none = new ArrayList<>();
        ClassPlanReader.read("steps: 3\n", none);
        assertEquals(List.of("1: class.yaml must hold a list under steps:"), none);
    }

    @Test
    void playingAPlanFindsWhatWouldStopTheClass() {
        Lesson l = chapter("13-readiness-probes");
        List<String> problems = play(l, """
                minutes: 10
                steps:
                - kubectl: "get pods"
                - scene: nothing.yaml
                - scene: scene.yaml
                  minutes: 5
                - predict: {from: pod/nobody, to: "http://kubia"}
                - send: {from: pod/client, to: "http://kubia"}
                  expect: {outcome: DELIVERED}
                - kubectl: "exec {pod:app=ghost} -- touch /var/ready"
                - kubectl: "delete service nothing"
                - exercise: ex99
                - quiz: [q13-1, q99]
                  minutes: 4
                """);
        assertTrue(problems.contains("3: no scene is loaded before this step"), problems::toString);
        assertTrue(problems.contains("4: no scene nothing.yaml (scene.yaml or an exercise id of this chapter)"), problems::toString);
        assertTrue(problems.contains("7: no client pod/nobody in the scene"), problems::toString);
        assertTrue(problems.contains("8: expected DELIVERED, a request ended REFUSED"), problems::toString);
        assertTrue(problems.contains("10: no running pod matches exec {pod:app=ghost} -- touch /var/ready"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("11: kubectl delete service nothing failed: ")), problems::toString);
        assertTrue(problems.contains("12: no exercise ex99 in this chapter"), problems::toString);
        assertTrue(problems.contains("13: no quiz item q99 in this chapter"), problems::toString);
        assertTrue(problems.contains("1: the steps take 9 minutes, the plan says 10"), problems::toString);
    }

    @Test
    void anExpectationNamesAServiceOfAnotherNamespaceAsNsSlashName() {
        // chapter 12's cross-namespace exercise: cart lives in shop with one pod
        Lesson l = chapter("12-gateway-api");
        List<String> problems = play(l, """
                steps:
                - scene: ex12-4
                  expect: {service: shop/cart, ready: 1}
                - wait: 1
                  expect: {service: shop/cart, ready: 2}
                """);
        assertFalse(problems.stream().anyMatch(p -> p.startsWith("2:")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("4: expected 2 ready endpoints of shop/cart")), problems::toString);
    }

    @Test
    void chapter13sPlanTogglesReadinessAndWaitsForTheRealProbe() {
        Lesson l = chapter("13-readiness-probes");
        ClassPlan plan = LessonChecker.planOf(l);
        assertNotNull(plan);
        assertTrue(plan.steps().stream().anyMatch(s -> s.kind() == ClassPlan.Kind.KUBECTL && s.arg().contains("touch /var/ready")));
        assertTrue(plan.steps().stream().anyMatch(s -> s.kind() == ClassPlan.Kind.KUBECTL && s.arg().contains("rm /var/ready")));
        assertEquals(List.of(), new ClassPlanCheck(l, LessonChecker.exercisesOf(l), LessonChecker.quizOf(l)).check(plan));
        // the same plan with the probe's delay left out fails: right after touch, no endpoint is ready yet
        List<String> hurried = play(l, """
                steps:
                - scene: scene.yaml
                - kubectl: "exec {pod:app=kubia} -- touch /var/ready"
                  expect: {service: kubia, ready: 1}
                - wait: 10
                  expect: {service: kubia, ready: 1}
                - kubectl: "exec {pod:app=kubia} -- rm /var/ready"
                - wait: 10
                  expect: {service: kubia, ready: 0}
                """);
        assertTrue(hurried.stream().anyMatch(p -> p.startsWith("3: expected 1 ready endpoints of kubia") && p.endsWith("found 0")), hurried::toString);
        assertTrue(hurried.stream().anyMatch(p -> p.startsWith("8: expected 0 ready endpoints of kubia")),
                "one failed probe does not take a pod out (failureThreshold 3): " + hurried);
    }

    @Test
    void everyChapterHasAClassPlanThatPlaysThrough() {
        LessonChecker.Report r = new LessonChecker().check(LESSONS);
        assertEquals(15, r.lessons().size());
        for (LessonChecker.Summary s : r.lessons()) {
            assertTrue(s.classPlan(), s.id() + " has no class plan that plays through: " + s.problems());
        }
    }

    @Test
    void aChapterWithoutAPlanHasNone(@TempDir Path dir) throws Exception {
        Path ch = Files.createDirectories(dir.resolve("01-x"));
        Files.writeString(ch.resolve("lesson.md"), "# 제목\n");
        Lesson l = LessonLibrary.load(dir).lessons().get(0);
        assertNull(LessonChecker.planOf(l));
        assertTrue(!new LessonChecker().check(dir).lessons().get(0).classPlan());
    }
}
