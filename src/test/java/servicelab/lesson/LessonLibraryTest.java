package servicelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the lessons folder: order, titles, and bad folders reported instead of thrown. */
class LessonLibraryTest {

    @TempDir
    Path dir;

    private Path lesson(String folder, String markdown) throws IOException {
        Path d = Files.createDirectories(dir.resolve(folder));
        Files.writeString(d.resolve("lesson.md"), markdown, StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void lessonsAreOrderedByTheirNumber() throws IOException {
        lesson("10-headless", "# 헤드리스 서비스\n");
        lesson("02-labels", "# 레이블·셀렉터·엔드포인트\n");
        lesson("06-clusterip", "# ClusterIP와 세션 어피니티\n");
        Files.createDirectories(dir.resolve("images")); // not NN-slug: not a lesson, not a problem
        Files.writeString(dir.resolve("README.md"), "# 레슨 폴더\n");

        LessonLibrary library = LessonLibrary.load(dir);

        assertEquals(List.of("02-labels", "06-clusterip", "10-headless"),
                library.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of(2, 6, 10), library.lessons().stream().map(Lesson::number).toList());
        assertEquals(List.of(), library.problems());
        assertEquals(dir.resolve("06-clusterip"), library.find("06-clusterip").orElseThrow().dir());
        assertTrue(library.find("07-nodeport").isEmpty());
    }

    @Test
    void titleIsTheFirstLevelOneHeadingOutsideCodeBlocks() throws IOException {
        String md = String.join("\n",
                "```bash",
                "# 주석이지 제목이 아니다",
                "$ kubectl get svc",
                "```",
                "",
                "## 부제목은 제목이 아니다",
                "",
                "# 제6장. ClusterIP와 세션 어피니티 #",
                "",
                "# 두 번째 제목",
                "");
        lesson("06-clusterip", md);

        Lesson lesson = LessonLibrary.load(dir).lessons().get(0);

        assertEquals("제6장. ClusterIP와 세션 어피니티", lesson.title());
        assertEquals(md, lesson.markdown());
    }

    @Test
    void withoutAHeadingTheTitleIsTheSlug() throws IOException {
        lesson("07-nodeport", "본문만 있다.\n\n## 소제목\n");

        assertEquals("nodeport", LessonLibrary.load(dir).lessons().get(0).title());
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() throws IOException {
        lesson("03-create", "\uFEFF# 서비스 만들기\n");

        Lesson lesson = LessonLibrary.load(dir).lessons().get(0);

        assertEquals("서비스 만들기", lesson.title());
        assertFalse(lesson.markdown().startsWith("\uFEFF"));
    }

    @Test
    void aFolderWithoutLessonMdIsSkippedWithAProblem() throws IOException {
        lesson("01-pod-ip", "# 파드 IP는 왜 믿을 수 없을까\n");
        Files.createDirectories(dir.resolve("05-discovery"));

        LessonLibrary library = LessonLibrary.load(dir);

        assertEquals(List.of("01-pod-ip"), library.lessons().stream().map(Lesson::id).toList());
        assertEquals(1, library.problems().size());
        String problem = library.problems().get(0);
        assertTrue(problem.contains("05-discovery") && problem.contains("lesson.md"), problem);
    }

    @Test
    void aLessonThatIsNotUtf8IsAProblem() throws IOException {
        lesson("01-pod-ip", "# 파드 IP는 왜 믿을 수 없을까\n");
        Path d = Files.createDirectories(dir.resolve("04-ports"));
        // "# 서비스" as EUC-KR, the usual way a Korean file ends up in the wrong encoding
        Files.write(d.resolve("lesson.md"), new byte[] {'#', ' ', (byte) 0xBC, (byte) 0xAD, (byte) 0xBA, (byte) 0xF1,
                (byte) 0xBD, (byte) 0xBA, '\n'});

        LessonLibrary library = LessonLibrary.load(dir);

        assertEquals(List.of("01-pod-ip"), library.lessons().stream().map(Lesson::id).toList());
        assertEquals(1, library.problems().size());
        String problem = library.problems().get(0);
        assertTrue(problem.startsWith("04-ports/lesson.md") && problem.contains("UTF-8"), problem);
    }

    @Test
    void aMissingLessonsFolderIsAProblemNotAnException() {
        LessonLibrary library = LessonLibrary.load(dir.resolve("nowhere"));

        assertTrue(library.lessons().isEmpty());
        assertEquals(1, library.problems().size());
    }

    @Test
    void headingRules() {
        assertEquals("제목", LessonLibrary.firstHeading("   # 제목"));
        assertEquals("C#", LessonLibrary.firstHeading("# C#"), "a closing # needs a space before it");
        assertNull(LessonLibrary.firstHeading("#제목\n    # 들여쓴 코드\n~~~\n# 코드\n~~~\n"));
        assertEquals("뒤", LessonLibrary.firstHeading("````md\n```\n# 안\n````\n# 뒤\n"));
    }
}
