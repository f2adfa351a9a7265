package servicelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a fenced code block offers the learner: its language, the broken-example mark, runnable kubectl lines. */
final class CodeBlocks {
    private CodeBlocks() {
    }

    /**
     * The info string of a fence: its first word is the language ({@code yaml}), and a word
     * {@code broken} marks an example that is wrong on purpose ({@code yaml broken}).
     */
    record Info(String language, boolean broken) {
        static Info parse(String info) {
            String s = info == null ? "" : info.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                return new Info("", false);
            }
            String[] words = s.split("[\\s,{}]+");
            boolean broken = false;
            for (String w : words) {
                broken |= w.equals("broken");
            }
            String language = words[0].equals("broken") ? "" : words[0];
            return new Info(language, broken);
        }

        boolean yaml() {
            return language.equals("yaml") || language.equals("yml");
        }
    }

    /**
     * The kubectl commands in a shell block, one per command line, without a leading {@code $ }
     * prompt. A line ending in a backslash continues on the next line, as in a shell; output
     * lines and other programs are left out.
     */
    static List<String> commands(String literal) {
        List<String> out = new ArrayList<>();
        List<String> lines = literal.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("$")) {
                line = line.substring(1).strip();
            }
            if (!(line.equals("kubectl") || line.startsWith("kubectl ") || line.startsWith("kubectl\t"))) {
                continue;
            }
            StringBuilder cmd = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.size()) {
                cmd.append(line.substring(0, line.length() - 1).stripTrailing()).append(' ');
                line = lines.get(++i).strip();
            }
            if (line.endsWith("\\")) {
                line = line.substring(0, line.length() - 1).stripTrailing();
            }
            cmd.append(line);
            out.add(cmd.toString());
        }
        return out;
    }
}
