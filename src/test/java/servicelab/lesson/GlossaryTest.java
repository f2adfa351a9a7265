package servicelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GlossaryTest {
    static Glossary glossary() throws Exception {
        return Glossary.load(Path.of("lessons/glossary.yaml"));
    }

    @Test
    void everyTermHasItsEnglishNameAndADefinitionInTheAppsWords() throws Exception {
        Glossary g = glossary();
        assertTrue(g.terms().size() >= 70, "the whole §5.3 table");
        Set<String> names = new HashSet<>();
        for (Glossary.Term t : g.terms()) {
            assertTrue(names.add(t.term()), "one entry per term: " + t.term());
            assertNotNull(t.en(), t.term());
            assertTrue(t.definition() != null && t.definition().length() > 10, t.term());
            for (String banned : List.of("포드", "라벨", "세션 친화성", "레디네스", "선택자")) {
                assertFalse(t.definition().contains(banned), t.term() + " uses " + banned);
            }
            assertTrue(t.url() == null || t.url().startsWith("https://kubernetes.io/"), t.url());
        }
    }

    @Test
    void searchAcceptsAliasesAndEnglish() throws Exception {
        Glossary g = glossary();
        assertEquals("파드", g.search("포드").get(0).term());
        assertEquals("레이블", g.search("라벨").get(0).term());
        assertEquals("셀렉터", g.search("selector").get(0).term());
        assertTrue(g.search("readiness").stream().anyMatch(t -> t.term().equals("준비성 프로브")));
    }

    @Test
    void eachTermIsMarkedOnceTheLongestNameFirst() throws Exception {
        Glossary g = glossary();
        Set<String> seen = new HashSet<>();
        String text = "헤드리스 서비스는 서비스의 한 형태이고, 파드를 직접 가리킨다. 파드는 또 나온다.";
        List<Glossary.Mark> marks = g.marks(text, seen);
        assertTrue(marks.stream().anyMatch(m -> m.term().term().equals("헤드리스 서비스") && m.start() == 0));
        assertEquals(1, marks.stream().filter(m -> m.term().term().equals("파드")).count());
        assertTrue(marks.stream().anyMatch(m -> m.term().term().equals("서비스") && m.start() == text.indexOf("서비스의")));
        assertTrue(g.marks("파드", seen).isEmpty(), "already met in this lesson");
    }
}
