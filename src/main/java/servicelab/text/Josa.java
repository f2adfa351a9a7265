package servicelab.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles after values only known at run time: message patterns in the bundles write
 * both forms of a particle (object, subject, topic, "and", "to/with") and this picks the one the
 * word before it needs. Digits and Latin letters count as Koreans read them aloud (digit 8 and
 * the letter l end in the consonant rieul, 3 and m in mieum); anything unreadable keeps both forms.
 * The particles are written as escapes: they are grammar, not messages (those live in bundles).
 */
public final class Josa {
    private static final Pattern PAIR = Pattern.compile("(\uC744\\(\uB97C\\)|\uC774\\(\uAC00\\)|\uC740\\(\uB294\\)|\uC640\\(\uACFC\\)|\\(\uC73C\\)\uB85C|\\(\uC774\\)\uC5D0\uC694)");

    private Josa() {
    }

    /** 0: no final consonant, 1: a final consonant, 2: final ㄹ, -1: unknown. */
    static int coda(char c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int jong = (c - 0xAC00) % 28;
            return jong == 0 ? 0 : jong == 8 ? 2 : 1;
        }
        if (c >= '0' && c <= '9') {
            return switch (c) {
                case '1', '7', '8' -> 2;
                case '0', '3', '6' -> 1;
                default -> 0;
            };
        }
        char l = Character.toLowerCase(c);
        if (l >= 'a' && l <= 'z') {
            return switch (l) {
                case 'l', 'r' -> 2;
                case 'm', 'n' -> 1;
                default -> 0;
            };
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        char l = Character.toLowerCase(c);
        return l >= 'a' && l <= 'z';
    }

    /**
     * A Latin word's last sound as Koreans read it: a silent final e leaves the consonant before
     * it ("None" is read "non", "name" "neim"), r after a vowel is not pronounced ("loadbalancer"
     * ends in a vowel as read). JosaTest lists the readings.
     */
    static int latinCoda(String s, int i) {
        char l = Character.toLowerCase(s.charAt(i));
        char before = i > 0 ? Character.toLowerCase(s.charAt(i - 1)) : ' ';
        if (l == 'e' && (before == 'm' || before == 'n')) {
            return 1;
        }
        if (l == 'r') {
            return 0;
        }
        return coda(s.charAt(i));
    }

    public static String fix(String s) {
        if (s == null || s.indexOf('(') < 0) {
            return s;
        }
        Matcher m = PAIR.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int i = m.start() - 1;
            // look through closing quotes, code marks and brackets to the word itself
            while (i >= 0 && "`'\")]}」』".indexOf(s.charAt(i)) >= 0) {
                if (s.charAt(i) == ')') {
                    int open = s.lastIndexOf('(', i);
                    // a word's aside, as in WORD(true/false): the particle belongs to the word before it
                    if (open > 0 && Character.isLetterOrDigit(s.charAt(open - 1))) {
                        i = open - 1;
                        break;
                    }
                }
                i--;
            }
            int coda = i >= 0 ? coda(s.charAt(i)) : -1;
            if (coda >= 0 && i > 0 && isLatin(s.charAt(i))) {
                coda = latinCoda(s, i);
            }
            String pair = m.group(1);
            String pick;
            if (coda < 0) {
                pick = pair;
            } else if (pair.equals("(\uC774)\uC5D0\uC694")) {
                pick = coda > 0 ? "\uC774\uC5D0\uC694" : "\uC608\uC694";
            } else if (pair.equals("(\uC73C)\uB85C")) {
                pick = coda == 1 ? "\uC73C\uB85C" : "\uB85C";
            } else {
                boolean hasCoda = coda > 0;
                pick = switch (pair.charAt(0)) {
                    case '\uC744' -> hasCoda ? "\uC744" : "\uB97C";
                    case '\uC774' -> hasCoda ? "\uC774" : "\uAC00";
                    case '\uC740' -> hasCoda ? "\uC740" : "\uB294";
                    default -> hasCoda ? "\uACFC" : "\uC640";
                };
            }
            out.append(s, last, m.start()).append(pick);
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }
}
