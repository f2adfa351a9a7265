package servicelab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import servicelab.manifest.ManifestParser;
import servicelab.manifest.ParsedManifest;
import servicelab.manifest.YNode;

/**
 * The app's glossary ({@code lessons/glossary.yaml}, curriculum §5.3): each term in the app's
 * spelling with its English name, the aliases learners search with (spellings from other books),
 * a short definition and where to read more. Read with the same safe parser as manifests.
 */
public final class Glossary {
    public record Term(String term, String en, String field, List<String> aliases, Integer chapter, String url, String definition) {
        public Term {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Term> terms;
    /** The terms longest name first: where names overlap the longer one is the term meant. */
    private final List<Term> longestFirst;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt((Term t) -> t.term().length()).reversed());
        this.longestFirst = List.copyOf(sorted);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    public static Glossary load(Path file) throws IOException {
        String text = servicelab.manifest.ManifestText.decode(servicelab.text.TextFiles.read(file, 1024 * 1024));
        if (text == null) {
            throw new java.io.IOException(file + ": not UTF-8 text");
        }
        return parse(text);
    }

    @SuppressWarnings("unchecked")
    public static Glossary parse(String text) {
        ParsedManifest p = ManifestParser.parse(text);
        List<Term> out = new ArrayList<>();
        if (p.documents().isEmpty() || !p.documents().get(0).ok()) {
            throw new IllegalArgumentException("glossary: not readable YAML");
        }
        Object data = YNode.toData(p.documents().get(0).root());
        if (!(data instanceof Map<?, ?> m) || !(m.get("terms") instanceof List<?> list)) {
            throw new IllegalArgumentException("glossary: a top-level 'terms' list is required");
        }
        for (Object o : list) {
            Map<String, Object> t = (Map<String, Object>) o;
            List<String> aliases = new ArrayList<>();
            if (t.get("aliases") instanceof List<?> a) {
                a.forEach(x -> aliases.add(String.valueOf(x)));
            }
            out.add(new Term(str(t.get("term")), str(t.get("en")), str(t.get("field")), aliases,
                    t.get("chapter") instanceof Number n ? n.intValue() : null, str(t.get("url")), str(t.get("definition"))));
        }
        return new Glossary(out);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * Terms whose name, English name, field or alias contains the query (case-insensitive), the
     * ones that start with it first: an old spelling or "readiness" finds the app's term (GlossaryTest lists them).
     */
    public List<Term> search(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return terms;
        }
        List<Term> hits = new ArrayList<>();
        for (Term t : terms) {
            if (names(t).stream().anyMatch(n -> n.contains(q))) {
                hits.add(t);
            }
        }
        hits.sort(Comparator.comparing((Term t) -> names(t).stream().anyMatch(n -> n.equals(q)) ? 0
                : names(t).stream().anyMatch(n -> n.startsWith(q)) ? 1 : 2));
        return hits;
    }

    private static List<String> names(Term t) {
        List<String> n = new ArrayList<>();
        n.add(t.term().toLowerCase(Locale.ROOT));
        if (t.en() != null) {
            n.add(t.en().toLowerCase(Locale.ROOT));
        }
        if (t.field() != null) {
            n.add(t.field().toLowerCase(Locale.ROOT));
        }
        t.aliases().forEach(a -> n.add(a.toLowerCase(Locale.ROOT)));
        return n;
    }

    /** A found term in a text: where it starts, how long it is, and which term it is. */
    public record Mark(int start, int length, Term term) {
    }

    /**
     * The first place each term appears in a text (the longest name wins where names overlap:
     * "headless Service" before "Service"). Terms in {@code seen} are skipped and the found ones
     * added, so a lesson marks each term once, where the learner first meets it.
     */
    public List<Mark> marks(String text, java.util.Set<String> seen) {
        boolean[] taken = new boolean[text.length()];
        List<Mark> out = new ArrayList<>();
        for (Term t : longestFirst) {
            if (seen.contains(t.term()) || t.term().length() < 2) {
                continue;
            }
            int from = 0;
            while (true) {
                int i = text.indexOf(t.term(), from);
                if (i < 0) {
                    break;
                }
                if (claim(taken, i, t.term().length())) {
                    out.add(new Mark(i, t.term().length(), t));
                    seen.add(t.term());
                    break;
                }
                from = i + 1;
            }
        }
        out.sort(Comparator.comparingInt(Mark::start));
        return out;
    }

    /** Every place a term appears (not overlapping, the longest name first), for "show English terms". */
    public List<Mark> occurrences(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Mark> out = new ArrayList<>();
        for (Term t : longestFirst) {
            if (t.term().length() < 2 || t.en() == null || t.en().equals(t.term())) {
                continue;
            }
            for (int i = text.indexOf(t.term()); i >= 0; i = text.indexOf(t.term(), i + 1)) {
                if (claim(taken, i, t.term().length())) {
                    out.add(new Mark(i, t.term().length(), t));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mark::start));
        return out;
    }

    /** Takes the characters [from, from + length) for a term if no longer term has them. */
    private static boolean claim(boolean[] taken, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (taken[k]) {
                return false;
            }
        }
        java.util.Arrays.fill(taken, from, from + length, true);
        return true;
    }
}
