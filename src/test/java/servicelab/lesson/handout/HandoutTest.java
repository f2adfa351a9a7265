package servicelab.lesson.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import servicelab.lesson.Lesson;
import servicelab.lesson.LessonChecker;
import servicelab.lesson.LessonLibrary;
import servicelab.lesson.Quiz;

/** A chapter's handout: the lesson, its scenes drawn, exercises and quiz without answers (with them for the teacher), Korean embedded. */
class HandoutTest {
    private static Lesson chapter(String id) {
        return LessonLibrary.load(Path.of("lessons")).find(id).orElseThrow();
    }

    private static byte[] pdf(Lesson l, boolean answers) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Handout.write(l, answers, Locale.KOREAN, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theStudentsCopyHasTheLessonScenesExercisesAndQuizButNoAnswers() throws Exception {
        Lesson l = chapter("07-nodeport");
        byte[] bytes = pdf(l, false);
        String text = text(bytes);
        assertTrue(text.contains("NodePort"), "the lesson's title");
        assertTrue(text.contains("모든 노드"), "Korean comes out as Korean text (embedded fonts with a Unicode map)");
        // the scene: nodes and pods drawn with their names
        assertTrue(text.contains("이 장의 장면"));
        assertTrue(text.contains("node-1") && text.contains("node-3"));
        assertTrue(text.contains("√ 준비됨"), "pods say whether they are ready, in words");
        for (var e : LessonChecker.exercisesOf(l)) {
            assertTrue(text.contains(e.title().replace("`", "")) || text.replace("\n", " ").contains(e.title().replace("`", "")), e.title());
            for (String hint : e.hints()) {
                assertFalse(text.replace("\n", "").replace(" ", "").contains(hint.replace("`", "").replace(" ", "")),
                        "no hints on the student's copy: " + hint);
            }
        }
        Quiz quiz = LessonChecker.quizOf(l);
        assertTrue(text.contains("퀴즈"));
        for (Quiz.Item item : quiz.items()) {
            if (item.explanation() != null) {
                assertFalse(text.replace("\n", "").replace(" ", "").contains(item.explanation().replace("`", "").replace(" ", "")),
                        "no explanations on the student's copy: " + item.explanation());
            }
        }
        assertFalse(text.contains("■"), "no right answers marked");
        assertFalse(text.contains("참고 답안"));
        try (PDDocument d = Loader.loadPDF(bytes)) {
            assertTrue(d.getNumberOfPages() >= 4, "pages: " + d.getNumberOfPages());
            int embedded = 0;
            for (PDPage p : d.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                    embedded += f.getName().contains("Nanum") ? 1 : 0;
                }
            }
            assertTrue(embedded > 0, "the Nanum fonts carry the Korean");
            assertTrue(text.contains(d.getNumberOfPages() + " / " + d.getNumberOfPages()), "page numbers at the foot");
        }
    }

    @Test
    void theTeachersCopyMarksTheAnswersAndExplains() throws Exception {
        Lesson l = chapter("07-nodeport");
        String text = text(pdf(l, true));
        assertTrue(text.contains("교사용"));
        assertTrue(text.contains("■"), "right answers marked");
        assertTrue(text.contains("해설"));
        assertTrue(text.contains("참고 답안"));
        Quiz.Item first = LessonChecker.quizOf(l).items().get(0);
        assertTrue(text.replace("\n", "").replace(" ", "").contains(first.explanation().replace("`", "").replace(" ", "")));
    }

    @Test
    void everyChapterPrints() throws Exception {
        for (Lesson l : LessonLibrary.load(Path.of("lessons")).lessons()) {
            byte[] bytes = pdf(l, false);
            try (PDDocument d = Loader.loadPDF(bytes)) {
                assertTrue(d.getNumberOfPages() >= 2, l.id());
                assertEquals(l.title().replace("`", ""), d.getDocumentInformation().getTitle());
            }
        }
    }
}
