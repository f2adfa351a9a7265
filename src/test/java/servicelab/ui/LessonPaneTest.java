package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson folder shown beside the diagram; its YAML loads into the editor and drives the cluster. */
@ExtendWith(ApplicationExtension.class)
class LessonPaneTest {
    private MainWindow c;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("lessons");
        Path one = Files.createDirectories(dir.resolve("03-creating-services"));
        Files.writeString(one.resolve("lesson.md"), """
                # 제3장. 서비스 만들기

                서비스(Service)는 **레이블 셀렉터**로 파드를 고른다.

                ```yaml
                apiVersion: v1
                kind: Service
                metadata:
                  name: kubia
                spec:
                  ports:
                  - port: 80
                    targetPort: 8080
                  selector:
                    app: kubia
                ```
                """);
        Files.writeString(one.resolve("quiz.yaml"), """
                items:
                - id: q3-1
                  type: choice
                  question: "`type`을 적지 않은 서비스의 타입은?"
                  choices:
                  - text: "NodePort"
                  - text: "ClusterIP"
                    correct: true
                  explanation: "type의 기본값은 ClusterIP다."
                - id: q3-2
                  type: short
                  question: "클러스터 안에서만 쓰이는 서비스의 가상 IP를 무엇이라 부르나?"
                  answers: ["클러스터 IP", "cluster IP"]
                  explanation: "ClusterIP 서비스는 클러스터 IP 하나를 받는다."
                """);
        String svc = "apiVersion: v1\n    kind: Service\n    metadata:\n      name: kubia\n    spec:\n      type: %s\n      ports:\n      - port: 80\n      selector:\n        app: kubia\n";
        Files.writeString(one.resolve("exercises.yaml"), """
                exercises:
                - id: ex3-1
                  title: "NodePort로 바꾸기"
                  prompt: "서비스 `kubia`를 NodePort 타입으로 바꾸세요."
                  start: |
                    %s
                  goals:
                  - text: "서비스 kubia의 타입이 NodePort다"
                    check: {service: kubia, type: NodePort}
                  hints: ["type 필드를 보세요", "spec.type", "type: NodePort"]
                  feedback:
                  - when: {service: kubia, type: LoadBalancer}
                    say: "LoadBalancer도 노드포트를 열지만 이번에는 NodePort면 충분해요."
                  solution: |
                    %s
                """.formatted(svc.formatted("ClusterIP"), svc.formatted("NodePort")));
        System.setProperty("servicelab.lessons", dir.toString());
        c = App.open(stage, AppOptions.of(null, 1280, 800, Locale.KOREAN).withLesson("03-creating-services"));
        stage.show();
    }

    private static final String BEFORE = System.getProperty("servicelab.lessons");

    @AfterAll
    static void restore() {
        if (BEFORE == null) {
            System.clearProperty("servicelab.lessons");
        } else {
            System.setProperty("servicelab.lessons", BEFORE);
        }
    }

    @Test
    void scrollAreasDrawTheirContentWithoutAViewportBitmap(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#quiz-q3-1").tryQuery().isPresent()));
        // the lesson's own scroll area and its YAML block's: the stock skin would cache both as images
        java.util.List<javafx.scene.control.ScrollPane> panes = Screen.fx(() -> robot.lookup(".scroll-pane")
                .queryAllAs(javafx.scene.control.ScrollPane.class).stream().toList());
        assertTrue(panes.size() >= 2, "the lesson and its code block scroll: " + panes.size());
        for (javafx.scene.control.ScrollPane p : panes) {
            assertTrue(p.getSkin() instanceof PlainScrollPaneSkin, String.valueOf(p.getSkin()));
            javafx.scene.Node viewport = ((javafx.scene.control.SkinBase<?>) p.getSkin()).getChildren().get(0);
            assertTrue(viewport.getStyleClass().contains("viewport"));
            assertFalse(viewport.isCache(), "viewport of " + p.getId() + " is drawn from a cached image");
        }
    }

    @Test
    void anExerciseChecksItsGoalsAsTheLearnerEdits(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#start-ex3-1").tryQuery().isPresent()));
        robot.clickOn("#start-ex3-1");
        WaitForAsyncUtils.waitForFxEvents();
        Screen screen = new Screen(robot);
        assertTrue(screen.yaml().contains("type: ClusterIP"), screen.yaml());
        screen.awaitChecked();
        assertTrue(screen.valid());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertTrue(robot.lookup(".goal.met").tryQuery().isEmpty());
        // goals read as text with code in it (no raw backticks), ticked like a to-do list, and no
        // feedback before the learner's first try
        for (javafx.scene.Node g : robot.lookup(".goal").queryAll()) {
            assertTrue(g.lookupAll(".text").stream().noneMatch(t -> ((javafx.scene.text.Text) t).getText().contains("`")));
            assertEquals("fth-square", ((org.kordamp.ikonli.javafx.FontIcon) ((javafx.scene.layout.HBox) g).getChildren().get(0)).getIconLiteral());
        }
        assertFalse(robot.lookup("#exerciseFeedback").query().isVisible(), "feedback waits for a first try");
        assertTrue(robot.lookup("#exerciseCheck").query().isDisabled(), "check is locked until traffic was sent");
        robot.clickOn("#hintButton");
        assertTrue(robot.lookup("type 필드를 보세요").tryQuery().isPresent());
        screen.paste(screen.yaml().replace("type: ClusterIP", "type: LoadBalancer"));
        // lookups inside waits read the scene on the FX thread (a lookup from here races with redraws)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#exerciseFeedback")
                .queryAs(javafx.scene.control.Label.class).getText().startsWith("LoadBalancer도")));
        screen.paste(screen.yaml().replace("type: LoadBalancer", "type: NodePort"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup(".goal.met").tryQuery().isPresent()));
        robot.clickOn("#sendButton");
        robot.clickOn("#exerciseCheck");
        assertEquals("목표를 모두 이뤘어요! 잘했어요.", robot.lookup("#exerciseResult").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void theQuizGivesFeedbackAndCollectsWrongAnswers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> robot.lookup("#quiz-q3-1").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#lessonScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("NodePort");
        robot.clickOn("#check-q3-1");
        assertEquals("아쉬워요. 정답은 ClusterIP예요.", robot.lookup("#quiz-q3-1 .quiz-verdict").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(c.lessons().quiz().wrongAnswers().containsKey("q3-1"));
        robot.clickOn("ClusterIP");
        robot.clickOn("#check-q3-1");
        assertEquals("정답이에요!", robot.lookup("#quiz-q3-1 .quiz-verdict").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(c.lessons().quiz().wrongAnswers().isEmpty());
        robot.clickOn("#answer-q3-2").write("Cluster IP");
        robot.clickOn("#check-q3-2");
        assertEquals("정답이에요!", robot.lookup("#quiz-q3-2 .quiz-verdict").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void aLessonsYamlLoadsIntoTheEditorAndTheDiagram(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#lessonChooser").tryQuery().isPresent());
        assertTrue(robot.lookup("제3장. 서비스 만들기").tryQuery().isPresent() || robot.lookup(".lesson-h1").tryQuery().isPresent());
        robot.clickOn("편집기로 불러오기");
        WaitForAsyncUtils.waitForFxEvents();
        // the preloaded example was not edited, so nothing asks to save
        Screen screen = new Screen(robot);
        assertTrue(screen.yaml().startsWith("apiVersion: v1\nkind: Service"), screen.yaml());
        screen.awaitChecked();
        assertTrue(screen.valid());
        assertEquals("ClusterIP", screen.serviceType("kubia"));
    }
}
