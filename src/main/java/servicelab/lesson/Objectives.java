package servicelab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A chapter's measurable objectives: the list under the objectives heading (lesson.properties,
 * objectives.heading) at the top of lesson.md,
 * each item ending in an HTML comment that names the exercises and quiz items measuring it
 * ({@code <!-- ex4-1, q4-3 -->}). The comment is for the checker; readers see only the sentence.
 */
public final class Objectives {
    /** The heading the objectives sit under: Korean text, so it lives in lesson.properties, not here. */
    public static final String HEADING = java.util.ResourceBundle.getBundle("servicelab.lesson.lesson", java.util.Locale.ROOT,
            java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString("objectives.heading");

    private Objectives() {
    }

    /** One objective: its sentence and the ids that measure it (empty when it names none). */
    public record Objective(String text, List<String> ids, int line) {
        public Objective {
            ids = List.copyOf(ids);
        }
    }

    /** The objectives of a lesson's Markdown, in order; empty when it has no such section. */
    public static List<Objective> of(String markdown) {
        List<Objective> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].strip().equals(HEADING)) {
            i++;
        }
        for (i++; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() && out.isEmpty()) {
                continue;
            }
            if (!l.startsWith("- ")) {
                break;
            }
            List<String> ids = new ArrayList<>();
            String text = l.substring(2);
            int open = text.indexOf("<!--");
            int close = text.indexOf("-->");
            if (open >= 0 && close > open) {
                for (String id : text.substring(open + 4, close).split("[,\\s]+")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
                text = text.substring(0, open).strip();
            }
            out.add(new Objective(text, ids, i + 1));
        }
        return out;
    }
}
