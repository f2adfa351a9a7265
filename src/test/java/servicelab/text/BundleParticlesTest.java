package servicelab.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Korean particles in every message of every bundle family: a particle written in one form right
 * after a value is wrong for half the values, and every message formatted with sample values
 * (Korean words, addresses, names, numbers with every kind of last sound) gets the particle the
 * value needs. The expected forms come from this table, not from Josa.
 */
class BundleParticlesTest {
    private static final String P = "(은|는|이|가|을|를|과|와|으로|로|예요|이에요)";
    private static final String AFTER = "(?=[\\s.,!?:;·…)\\]—]|$)";
    /** (a) a one-form particle right after a placeholder. */
    private static final Pattern SINGLE = Pattern.compile("\\{\\d+(?:,[^{}]*)?\\}[`'\"’”」』]*" + P + AFTER);
    /** (b) a particle detached from its word by a space. */
    private static final Pattern DETACHED = Pattern.compile("[A-Za-z0-9`)]\\s(은|는|을|를|과|와|으로|로)(?=[\\s.,!?]|$)");
    private static final Pattern PAIR = Pattern.compile("을\\(를\\)|이\\(가\\)|은\\(는\\)|와\\(과\\)|\\(으\\)로|\\(이\\)에요");

    /** A sample value and its last sound: 0 vowel, 1 consonant, 2 ㄹ. */
    private static final Map<String, Integer> SAMPLES = Map.ofEntries(
            Map.entry("시험용파드", 0), Map.entry("시험용값", 1), Map.entry("시험용레이블", 2),
            Map.entry("10.244.1.2:8082", 0), Map.entry("10.244.1.3:8080", 1), Map.entry("node-1", 2),
            Map.entry("kubia", 0), Map.entry("kubia-x2kqm", 1), Map.entry("kubectl", 2),
            Map.entry("kubia-loadbalancer", 0), Map.entry("None", 1));

    static List<BundlesTest.Family> families() {
        return BundlesTest.families().toList();
    }

    @ParameterizedTest
    @MethodSource("families")
    void noParticleIsWrittenInOneFormAfterAValue(BundlesTest.Family f) throws Exception {
        Properties ko = BundlesTest.bundle(f, "ko");
        List<String> bad = new ArrayList<>();
        for (String key : ko.stringPropertyNames()) {
            String v = ko.getProperty(key);
            Matcher a = SINGLE.matcher(v);
            while (a.find()) {
                if (!v.startsWith("(", a.end())) {
                    bad.add(key + ": …" + a.group() + "…");
                }
            }
            Matcher d = DETACHED.matcher(v);
            while (d.find()) {
                bad.add(key + ": detached …" + d.group() + "…");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyMessageGetsTheParticleItsValueNeeds(BundlesTest.Family f) throws Exception {
        Properties ko = BundlesTest.bundle(f, "ko");
        List<String> bad = new ArrayList<>();
        for (String key : ko.stringPropertyNames()) {
            String pattern = ko.getProperty(key);
            int n = argumentCount(pattern);
            if (n == 0) {
                continue;
            }
            Format[] formats = new MessageFormat(pattern, Locale.KOREAN).getFormatsByArgumentIndex();
            for (int i = 0; i < n; i++) {
                if (i < formats.length && (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat)) {
                    continue; // numbers and choices: the filler below
                }
                for (var s : SAMPLES.entrySet()) {
                    Object[] args = fill(formats, n);
                    args[i] = s.getKey();
                    String out;
                    try {
                        out = Messages.format(pattern, Locale.KOREAN, args);
                    } catch (IllegalArgumentException takesANumber) {
                        continue; // a number inside a choice branch: not a place for words
                    }
                    if (PAIR.matcher(out).find()) {
                        bad.add(key + " with " + s.getKey() + ": a pair is left: " + out);
                    }
                    String wrong = wrongParticle(out, s.getKey(), s.getValue());
                    if (wrong != null) {
                        bad.add(key + " with " + s.getKey() + ": " + wrong + " in " + out);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad.subList(0, Math.min(bad.size(), 40))));
    }

    private static int argumentCount(String pattern) {
        int max = -1;
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max + 1;
    }

    /** Readable fillers that are not samples; numbers and choices get 1. */
    private static Object[] fill(Format[] formats, int n) {
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
            boolean number = i < formats.length && (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat);
            a[i] = number ? (Object) 1 : "채움값";
        }
        return a;
    }

    /** The particle after each occurrence of the sample, if it is the wrong one for the sample's last sound. */
    private static String wrongParticle(String out, String sample, int sound) {
        for (int at = out.indexOf(sample); at >= 0; at = out.indexOf(sample, at + 1)) {
            int i = at + sample.length();
            while (i < out.length() && "`'\"’”」』".indexOf(out.charAt(i)) >= 0) {
                i++;
            }
            String rest = out.substring(i);
            if (!rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0)) && rest.charAt(0) < 0xAC00) {
                continue; // the sample is part of a longer word
            }
            String[][] table = {
                {"으로", "1", "로", "02"}, {"이에요", "12", "예요", "0"}, {"을", "12", "를", "0"},
                {"은", "12", "는", "0"}, {"과", "12", "와", "0"}, {"이", "12", "가", "0"}};
            for (String[] row : table) {
                String a = row[0];
                String b = row[2];
                boolean wantA = row[1].indexOf((char) ('0' + sound)) >= 0;
                if (starts(rest, a) || starts(rest, b)) {
                    String got = starts(rest, a) ? a : b;
                    // 이 and 으로 may begin a word of their own ("이 파드", "으로써"): only a particle when followed by a break
                    if (got.equals(wantA ? b : a)) {
                        return "'" + got + "' after " + sample;
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static boolean starts(String rest, String particle) {
        return rest.startsWith(particle) && (rest.length() == particle.length()
                || " .,!?:;·…)]—(\n".indexOf(rest.charAt(particle.length())) >= 0);
    }
}
