package servicelab.sim;

import java.util.regex.Pattern;

/**
 * Regex matching with a step budget. java.util.regex backtracks, so a pattern like {@code (a+)+b}
 * is exponential in the input length. Every step of the matcher reads the input, so counting reads
 * bounds the work; deep recursion on long input is the same failure (PCRE has a recursion limit too).
 */
final class BoundedRegex {
    /** Character reads one match may spend (a few milliseconds). */
    static final int BUDGET = 1_000_000;

    private BoundedRegex() {
    }

    /** Thrown when a match spends its budget. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    static boolean lookingAt(Pattern regex, String input) {
        try {
            return regex.matcher(new Budgeted(input, BUDGET)).lookingAt();
        } catch (StackOverflowError e) {
            throw new BudgetExceeded();
        }
    }

    /** The whole input matches (a Gateway API RegularExpression match). */
    static boolean matches(Pattern regex, String input) {
        try {
            return regex.matcher(new Budgeted(input, BUDGET)).matches();
        } catch (StackOverflowError e) {
            throw new BudgetExceeded();
        }
    }

    private static final class Budgeted implements CharSequence {
        private final String text;
        private long left;

        Budgeted(String text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
