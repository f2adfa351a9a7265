package servicelab.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles after values only known at run time: message patterns write both forms
 * ({@code {0}을(를)}, {@code {0}이(가)}, {@code {0}은(는)}, {@code {0}와(과)}, {@code {0}(으)로}) and
 * this picks the right one from the word before it. Digits and Latin letters are read as Koreans
 * read them aloud (8 팔, 3 삼; m 엠, l 엘); anything unreadable keeps both forms.
 */
public final class Josa {
    private static final Pattern PAIR = Pattern.compile("(을\\(를\\)|이\\(가\\)|은\\(는\\)|와\\(과\\)|\\(으\\)로)");

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
                i--;
            }
            int coda = i >= 0 ? coda(s.charAt(i)) : -1;
            String pair = m.group(1);
            String pick;
            if (coda < 0) {
                pick = pair;
            } else if (pair.equals("(으)로")) {
                pick = coda == 1 ? "으로" : "로";
            } else {
                boolean hasCoda = coda > 0;
                pick = switch (pair.charAt(0)) {
                    case '을' -> hasCoda ? "을" : "를";
                    case '이' -> hasCoda ? "이" : "가";
                    case '은' -> hasCoda ? "은" : "는";
                    default -> hasCoda ? "과" : "와";
                };
            }
            out.append(s, last, m.start()).append(pick);
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }
}
