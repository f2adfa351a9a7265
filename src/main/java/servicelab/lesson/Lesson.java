package servicelab.lesson;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One chapter as read from {@code lessons/NN-slug/}.
 *
 * @param id       the folder name, e.g. {@code 06-clusterip}
 * @param number   the NN prefix of the folder name
 * @param title    the first level-1 ATX heading of lesson.md as written (inline Markdown such as
 *                 {@code `code`} kept), or the slug when the text has none
 * @param dir      the lesson folder; relative images and the other lesson files live here
 * @param markdown the whole text of lesson.md
 */
public record Lesson(String id, int number, String title, Path dir, String markdown) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(markdown, "markdown");
    }
}
