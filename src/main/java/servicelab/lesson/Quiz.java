package servicelab.lesson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A chapter's quiz: items a learner answers, each with one right answer and a one-line explanation. */
public record Quiz(List<Item> items) {
    public Quiz {
        items = List.copyOf(items);
    }

    /** One choice of a choice or multi item. */
    public record Choice(String text, boolean correct) {
    }

    /**
     * A quiz item. {@code type} is {@code choice} (one correct), {@code multi} (the set of correct
     * choices is the answer) or {@code short} (typed; any listed answer counts). {@code line} is
     * where the item starts in quiz.yaml, for problem reports.
     */
    public record Item(String id, String type, String question, List<Choice> choices, List<String> answers,
                       String explanation, int line) {
        public Item {
            choices = choices == null ? List.of() : List.copyOf(choices);
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        /**
         * The same item with its choices in this learner's order: a permutation drawn from the
         * learner's seed and the item's id, so it is the same on every start and differs between
         * learners (a class cannot learn "the answer is the second one"). Two-choice items (O/X) keep their order.
         */
        public Item shuffled(long learnerSeed) {
            if (choices.size() < 3) {
                return this;
            }
            List<Choice> order = new ArrayList<>(choices);
            java.util.Collections.shuffle(order, new java.util.Random(learnerSeed * 31 + id.hashCode()));
            return new Item(id, type, question, order, answers, explanation, line);
        }

        /** The indices of the correct choices. */
        public Set<Integer> correctChoices() {
            Set<Integer> out = new TreeSet<>();
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).correct()) {
                    out.add(i);
                }
            }
            return out;
        }

        /** Whether the chosen indices are exactly the right ones. */
        public boolean isRight(Set<Integer> chosen) {
            return !chosen.isEmpty() && correctChoices().equals(new TreeSet<>(chosen));
        }

        /** Whether a typed answer matches one of the accepted ones (case, spaces, width ignored). */
        public boolean isRight(String typed) {
            String t = normalise(typed);
            for (String a : answers) {
                if (!t.isEmpty() && normalise(a).equals(t)) {
                    return true;
                }
                // a list answer ("exec, httpGet, tcpSocket, grpc") counts in any order
                if (a.contains(",") && !t.isEmpty() && tokens(a).equals(tokens(typed))) {
                    return true;
                }
            }
            return false;
        }

        /** What is wrong with the item itself (for lessons check); empty when it is sound. */
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            if (question == null || question.isBlank()) {
                p.add("no question");
            }
            switch (type == null ? "" : type) {
                case "choice" -> {
                    if (choices.size() < 2) {
                        p.add("a choice item needs at least two choices");
                    }
                    if (correctChoices().size() != 1) {
                        p.add("a choice item needs exactly one correct choice, has " + correctChoices().size());
                    }
                }
                case "multi" -> {
                    if (choices.size() < 2) {
                        p.add("a multi item needs at least two choices");
                    }
                    if (correctChoices().isEmpty()) {
                        p.add("a multi item needs at least one correct choice");
                    }
                }
                case "short" -> {
                    if (answers.stream().allMatch(a -> normalise(a).isEmpty())) {
                        p.add("a short item needs at least one accepted answer");
                    }
                }
                default -> p.add("unknown type " + type + " (choice, multi or short)");
            }
            if (explanation == null || explanation.isBlank()) {
                p.add("no explanation");
            }
            return p;
        }
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new TreeSet<>();
        for (String p : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    /** NFKC (full-width → half-width), lower case, no white space, no trailing period. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
