package servicelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.ui.Fonts;

/** The lesson text as a learner meets it: read it, press its buttons, click its links. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    /** The texts the view asks for, as the Korean bundle will hold them. */
    static final class Texts extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"lesson.code.loadYaml", "편집기로 불러오기"},
                {"lesson.code.loadYaml.tooltip", "이 YAML을 매니페스트 편집기로 불러옵니다"},
                {"lesson.code.run", "콘솔에서 실행"},
                {"lesson.code.run.tooltip", "콘솔에서 실행합니다: {0}"},
                {"lesson.code.broken", "일부러 틀린 예제"},
                {"lesson.code.broken.tooltip", "오류 메시지를 읽는 연습을 위해 일부러 틀리게 쓴 예제입니다."},
                {"lesson.image.missing", "이미지를 찾을 수 없습니다"},
                {"lesson.callout.note", "참고"},
                {"lesson.callout.tip", "팁"},
                {"lesson.callout.important", "중요"},
                {"lesson.callout.warning", "주의"},
                {"lesson.callout.caution", "경고"},
            };
        }
    }

    private MarkdownView view;
    private Stage stage;
    private final List<String> loaded = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
        view = new MarkdownView(new Texts());
        view.setOnLoadYaml(loaded::add);
        view.setOnRunCommand(commands::add);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 900, 700);
        scene.getStylesheets().add(MarkdownView.class.getResource("/servicelab/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, String... lines) {
        robot.interact(() -> view.showMarkdown(String.join("\n", lines) + "\n", dir));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    private static boolean inside(Node node, String styleClass) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void headingsParagraphsListsAndTablesAreDrawn(FxRobot robot) {
        show(robot,
                "# 서비스 만들기",
                "",
                "서비스는 `targetPort`로 **파드**에 보낸다.",
                "",
                "## 포트 세 가지",
                "",
                "- 첫째",
                "  - 안쪽",
                "- 둘째",
                "",
                "1. 하나",
                "2. 둘",
                "",
                "| 필드 | 뜻 |",
                "|---|:-:|",
                "| `port` | 서비스 포트 |",
                "| `targetPort` | 대상 포트 |",
                "",
                "제목 아래 줄",
                "---");

        assertEquals("서비스 만들기", text(robot.lookup(".lesson-h1").queryAs(TextFlow.class)));
        assertEquals(List.of("포트 세 가지", "제목 아래 줄"), robot.lookup(".lesson-h2").queryAllAs(TextFlow.class)
                .stream().map(MarkdownViewTest::text).toList(), "a setext heading is not a one-column table");
        TextFlow paragraph = robot.lookup(".lesson-paragraph").queryAs(TextFlow.class);
        assertEquals("서비스는 targetPort로 파드에 보낸다.", text(paragraph));

        Text code = robot.from(paragraph).lookup(".lesson-code").queryAs(Text.class);
        assertEquals("targetPort", code.getText());
        assertEquals("NanumGothicCoding", code.getFont().getFamily());
        Text strong = robot.from(paragraph).lookup(".lesson-strong").queryAs(Text.class);
        assertEquals("파드", strong.getText());

        List<Node> bulletLists = new ArrayList<>(robot.lookup(".lesson-ul").queryAll());
        assertEquals(2, bulletLists.size());
        assertTrue(bulletLists.stream().anyMatch(l -> inside(l, "lesson-ul")), "the inner list sits inside the outer one");
        assertEquals(List.of("1.", "2."), robot.lookup(".lesson-ol .lesson-list-marker").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());

        GridPane table = robot.lookup(".lesson-table").queryAs(GridPane.class);
        List<String> head = robot.from(table).lookup(".lesson-table-head .lesson-table-text").queryAllAs(TextFlow.class)
                .stream().map(MarkdownViewTest::text).toList();
        assertEquals(List.of("필드", "뜻"), head);
        assertEquals(6, robot.from(table).lookup(".lesson-table-cell").queryAll().size());
        assertTrue(robot.from(table).lookup(".lesson-code").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().equals("targetPort")));
    }

    @Test
    void loadingYamlPassesTheBlockExactlyWithoutTheFence(FxRobot robot) {
        String yaml = "apiVersion: v1\n"
                + "kind: Service\n"
                + "metadata:\n"
                + "  name: kubia   # 이름\n"
                + "spec:\n"
                + "  ports:\n"
                + "  - port: 80\n"
                + "    targetPort: 8080\n";
        show(robot, "아래 매니페스트를 불러와 보자.", "", "```yaml", yaml + "```");

        assertEquals(yaml.stripTrailing(), robot.lookup(".lesson-code-text").queryAs(Label.class).getText());
        robot.clickOn("편집기로 불러오기");

        assertEquals(List.of(yaml), loaded);
        assertTrue(commands.isEmpty());
    }

    @Test
    void runningACommandPassesItWithoutThePrompt(FxRobot robot) {
        show(robot,
                "```shell",
                "$ kubectl get svc kubia",
                "NAME    TYPE        CLUSTER-IP       PORT(S)",
                "kubia   ClusterIP   10.111.249.153   80/TCP",
                "```");

        robot.clickOn("콘솔에서 실행");

        assertEquals(List.of("kubectl get svc kubia"), commands);
        assertTrue(loaded.isEmpty());
    }

    @Test
    void eachCommandLineOfABlockHasItsOwnRunButton(FxRobot robot) {
        show(robot,
                "```bash",
                "$ kubectl get endpoints kubia",
                "$ kubectl create service nodeport kubia --tcp=80:8080 \\",
                "    --node-port=30123",
                "```");

        List<Button> run = new ArrayList<>(robot.lookup(".lesson-run-command").queryAllAs(Button.class));
        assertEquals(2, run.size());
        robot.clickOn(run.get(1));
        robot.clickOn(run.get(0));

        assertEquals(List.of("kubectl create service nodeport kubia --tcp=80:8080 --node-port=30123",
                "kubectl get endpoints kubia"), commands);
    }

    @Test
    void anIntentionallyBrokenExampleCarriesABadgeAndStillLoads(FxRobot robot) {
        String broken = "apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 80\n      targetPort: 8080\n";
        show(robot, "```yaml broken", broken + "```", "", "```yaml", "kind: Service", "```");

        List<Label> badges = new ArrayList<>(robot.lookup(".lesson-broken-badge").queryAllAs(Label.class));
        assertEquals(1, badges.size(), "only the block marked broken gets the badge");
        Label badge = badges.get(0);
        assertEquals("일부러 틀린 예제", badge.getText());
        assertTrue(badge.isVisible() && badge.getScene() != null);
        assertTrue(inside(badge, "lesson-code-broken"));
        assertEquals(1, robot.lookup(".lesson-code-broken").queryAll().size());

        Button load = robot.from(badge.getParent()).lookup(".lesson-load-yaml").queryAs(Button.class);
        robot.clickOn(load);
        assertEquals(List.of(broken), loaded);
    }

    @Test
    void linksShowTheirAddressButDoNotNavigate(FxRobot robot) {
        String url = "https://kubernetes.io/ko/docs/concepts/services-networking/service/";
        show(robot, "자세한 내용은 [쿠버네티스 문서](" + url + ")를 보라.");
        List<Node> before = List.copyOf(view.getChildren());

        Text link = robot.lookup(".lesson-link").queryAs(Text.class);
        assertEquals("쿠버네티스 문서", link.getText());
        assertEquals(url, link.getAccessibleHelp());
        assertTrue(link.isUnderline());

        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before.size(), view.getChildren().size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), view.getChildren().get(i), "the lesson stays as it was");
        }
        assertEquals(1, robot.listWindows().stream().filter(w -> w instanceof Stage).count(), "no browser window");
        assertTrue(stage.isShowing());
        assertTrue(loaded.isEmpty() && commands.isEmpty());
    }

    @Test
    void imagesComeFromTheLessonFolderAndMissingOnesSaySo(FxRobot robot) throws IOException {
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("pod.png").toFile());
        show(robot,
                "![파드 그림](pod.png)",
                "",
                "![없는 그림](nope.png)",
                "",
                "![원격 그림](https://example.com/remote.png)");

        ImageView image = robot.lookup(".lesson-figure .image-view").queryAs(ImageView.class);
        assertEquals(40, image.getImage().getWidth());
        List<Label> missing = new ArrayList<>(robot.lookup(".lesson-image-missing").queryAllAs(Label.class));
        assertEquals(2, missing.size(), "a missing file and a remote address, which is never fetched");
        assertEquals("이미지를 찾을 수 없습니다", missing.get(0).getText());
    }

    @Test
    void aNoteQuoteBecomesATitledCallout(FxRobot robot) {
        show(robot, "> [!NOTE]", "> `sessionAffinity`는 쿠키를 보지 않는다.", "", "> 그냥 인용문");

        assertEquals("참고", robot.lookup(".lesson-callout-note .lesson-callout-title").queryAs(Label.class).getText());
        TextFlow body = robot.lookup(".lesson-callout-note .lesson-paragraph").queryAs(TextFlow.class);
        assertEquals("sessionAffinity는 쿠키를 보지 않는다.", text(body));
        assertEquals(2, robot.lookup(".lesson-callout").queryAll().size());
    }

    @Test
    void commandLinesAreFoundInShellText() {
        assertEquals(List.of("kubectl get pods -o wide", "kubectl expose rc kubia --type=LoadBalancer --name kubia-http"),
                CodeBlocks.commands("$ kubectl get pods -o wide\n"
                        + "NAME READY\n"
                        + "# kubectl in a comment is not a command\n"
                        + "  kubectl expose rc kubia \\\n"
                        + "      --type=LoadBalancer --name kubia-http\n"
                        + "$ curl http://10.0.0.1\n"));
        assertEquals(new CodeBlocks.Info("yaml", true), CodeBlocks.Info.parse("yaml broken"));
        assertFalse(CodeBlocks.Info.parse("yaml").broken());
    }
}
