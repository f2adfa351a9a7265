package servicelab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import servicelab.manifest.ManifestParser;
import servicelab.manifest.ParsedManifest;
import servicelab.manifest.YNode;

/**
 * The study note the course grew from (lessons/seed-note/kubernetes-service-notes.ko.md), shown
 * as it is, and the corrections the course makes to it (corrections.yaml): a line range, the
 * chapter that makes the correction, and a sentence on what is wrong and what is taught instead.
 */
public record SeedNote(List<String> lines, List<Correction> corrections) {
    public SeedNote {
        lines = List.copyOf(lines);
        corrections = List.copyOf(corrections);
    }

    public static final String DIR = "seed-note";
    public static final String NOTE = "kubernetes-service-notes.ko.md";

    /** Lines first..last (1-based, inclusive) are corrected by that chapter. */
    public record Correction(int first, int last, String chapter, String note) {
        public boolean covers(int line) {
            return line >= first && line <= last;
        }
    }

    /** The note and its corrections, or null when the library has no seed note; problems (file:line message) are added. */
    public static SeedNote load(Path lessonsDir, List<String> problems) {
        Path dir = lessonsDir.resolve(DIR);
        Path note = dir.resolve(NOTE);
        if (!Files.isRegularFile(note)) {
            return null;
        }
        try {
            List<String> lines = List.of(Files.readString(note, StandardCharsets.UTF_8).split("\n", -1));
            List<Correction> out = new ArrayList<>();
            Path file = dir.resolve("corrections.yaml");
            if (Files.isRegularFile(file)) {
                ParsedManifest p = ManifestParser.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!p.documents().isEmpty() && p.documents().get(0).ok() && p.documents().get(0).root() instanceof YNode.Map root
                        && root.get("corrections") instanceof YNode.Seq seq) {
                    for (YNode n : seq.items()) {
                        Correction c = correction(n);
                        if (c == null) {
                            problems.add("corrections.yaml:" + n.span().line() + ": a correction needs lines [first, last], chapter and note");
                        } else {
                            out.add(c);
                        }
                    }
                } else {
                    problems.add("corrections.yaml:1: must hold a list under corrections:");
                }
            }
            return new SeedNote(lines, out);
        } catch (IOException e) {
            problems.add(NOTE + ": cannot read: " + e.getMessage());
            return null;
        }
    }

    private static Correction correction(YNode n) {
        if (!(n instanceof YNode.Map m) || !(m.get("lines") instanceof YNode.Seq range) || range.items().size() != 2
                || !(m.get("chapter") instanceof YNode.Scalar ch) || !(m.get("note") instanceof YNode.Scalar note)) {
            return null;
        }
        try {
            int first = Integer.parseInt(((YNode.Scalar) range.items().get(0)).value());
            int last = Integer.parseInt(((YNode.Scalar) range.items().get(1)).value());
            return new Correction(first, last, ch.value(), note.value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The correction covering a line, or null. */
    public Correction at(int line) {
        for (Correction c : corrections) {
            if (c.covers(line)) {
                return c;
            }
        }
        return null;
    }
}
