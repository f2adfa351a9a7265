package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    private MainController c;

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
        System.setProperty("servicelab.lessons", dir.toString());
        c = App.open(stage, new App.Options(null, null, 1280, 800, Locale.KOREAN, "03-creating-services"));
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
    void aLessonsYamlLoadsIntoTheEditorAndTheDiagram(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#lessonChooser").tryQuery().isPresent());
        assertTrue(robot.lookup("제3장. 서비스 만들기").tryQuery().isPresent() || robot.lookup(".lesson-h1").tryQuery().isPresent());
        robot.clickOn("편집기로 불러오기");
        WaitForAsyncUtils.waitForFxEvents();
        // the preloaded example was not edited, so nothing asks to save
        assertTrue(c.editor().getText().startsWith("apiVersion: v1\nkind: Service"), c.editor().getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.isChecking() && c.report() != null && c.report().valid());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> c.workspace().simulation().service("default", "kubia") != null);
        assertEquals("ClusterIP", c.workspace().simulation().service("default", "kubia").type());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#svc-kubia").tryQuery().isPresent(),
                () -> "services drawn: " + robot.lookup(".diagram-service").queryAll().size() + ", diagram " + c.diagram().getWidth()
                        + "x" + c.diagram().getHeight() + ", stale " + c.workspace().stale());
    }
}
