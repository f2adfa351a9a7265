package servicelab.lesson.handout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import servicelab.kubectl.LiveCluster;
import servicelab.kubectl.TextHost;
import servicelab.lesson.Exercise;
import servicelab.lesson.Lesson;
import servicelab.lesson.LessonChecker;
import servicelab.lesson.PipeTables;
import servicelab.lesson.Quiz;
import servicelab.model.Release;
import servicelab.sim.World;
import servicelab.text.Messages;

/**
 * A chapter as a printable handout (PDF, A4): the lesson, a diagram of each scene (the chapter's
 * and every exercise's start), the exercises without hints or solutions, and the quiz without
 * answers — with answers, solutions and explanations when it is the teacher's copy.
 */
public final class Handout {
    private static final Parser PARSER = Parser.builder().customBlockParserFactory(new PipeTables.Factory()).build();
    private static final String LETTERS = "ABCDEFGH";

    private final Lesson lesson;
    private final boolean answers;
    private final Messages msg;
    private Typesetter t;

    private Handout(Lesson lesson, boolean answers, Locale locale) {
        this.lesson = lesson;
        this.answers = answers;
        this.msg = Messages.load("servicelab.messages", locale);
    }

    /** Writes the handout as PDF bytes to {@code out}. */
    public static void write(Lesson lesson, boolean answers, Locale locale, OutputStream out) throws IOException {
        try (PDDocument doc = build(lesson, answers, locale)) {
            doc.save(out);
        }
    }

    /**
     * Writes the handout to {@code out} through a temporary file beside it, so a half-written PDF
     * never replaces a good one; the file is readable by others (a handout is for sharing).
     */
    public static void save(Lesson lesson, boolean answers, Locale locale, Path out) throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".handout-", ".pdf");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                write(lesson, answers, locale, o);
            }
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions stand
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The handout as a PDF document (the caller closes it): for saving or for printing. */
    public static PDDocument build(Lesson lesson, boolean answers, Locale locale) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            new Handout(lesson, answers, locale).typeset(doc);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private void typeset(PDDocument doc) throws IOException {
        String title = lesson.title().replace("`", "");
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("Service Lab " + Release.app());
        doc.getDocumentInformation().setSubject(msg.get(answers ? "handout.teacherCopy" : "handout.studentCopy"));
        try (Typesetter ts = new Typesetter(doc)) {
            t = ts;
            t.paragraph(List.of(new Typesetter.Run(msg.get("handout.header", Release.KUBERNETES)
                    + (answers ? " · " + msg.get("handout.teacherCopy") : ""), t.regular, 8.5f, Typesetter.MUTED)), 0, 2);
            List<Exercise> exercises = LessonChecker.exercisesOf(lesson);
            blocks(PARSER.parse(lesson.markdown()), 0);
            scenes(exercises);
            exercises(exercises);
            quiz(LessonChecker.quizOf(lesson));
            t.footers(title);
        }
    }

    // ------------------------------------------------------------------ the lesson text

    private void blocks(org.commonmark.node.Node parent, float indent) throws IOException {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, indent);
        }
    }

    private void block(org.commonmark.node.Node n, float indent) throws IOException {
        if (n instanceof Heading h) {
            float size = h.getLevel() == 1 ? 20 : h.getLevel() == 2 ? 14.5f : 12;
            t.ensure(size * 4);
            t.space(h.getLevel() == 1 ? 6 : 10);
            List<Typesetter.Run> runs = new ArrayList<>();
            for (Typesetter.Run r : inlines(h)) {
                runs.add(new Typesetter.Run(r.text(), t.bold, size, r.font() == t.mono ? Typesetter.ACCENT : Typesetter.TEXT));
            }
            t.paragraph(runs, indent, 4);
        } else if (n instanceof Paragraph p) {
            if (p.getFirstChild() instanceof Image img && p.getFirstChild().getNext() == null) {
                image(img);
            } else {
                t.paragraph(inlines(p), indent, 6);
            }
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int number = n instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
            for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    listItem(li, indent, n instanceof OrderedList ? number++ + "." : "•");
                }
            }
            t.space(4);
        } else if (n instanceof FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo();
            t.codeBlock(code.getLiteral(), info.contains("broken") ? msg.get("handout.brokenYaml") : null);
        } else if (n instanceof IndentedCodeBlock code) {
            t.codeBlock(code.getLiteral(), null);
        } else if (n instanceof BlockQuote q) {
            float before = t.y;
            blocks(q, indent + 14);
            t.cs.setStrokingColor(Typesetter.RULE);
            t.cs.setLineWidth(2.5f);
            if (before > t.y) {
                t.cs.moveTo(Typesetter.MARGIN + indent + 4, Math.min(before, before));
                t.cs.lineTo(Typesetter.MARGIN + indent + 4, t.y + 6);
                t.cs.stroke();
            }
        } else if (n instanceof ThematicBreak) {
            t.rule();
        } else if (n instanceof PipeTables.Table table) {
            List<List<List<Typesetter.Run>>> rows = new ArrayList<>();
            boolean header = false;
            for (org.commonmark.node.Node row = table.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof PipeTables.Row r) {
                    header |= r.header() && rows.isEmpty();
                    List<List<Typesetter.Run>> cells = new ArrayList<>();
                    for (org.commonmark.node.Node cell = r.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(small(inlines(cell)));
                    }
                    rows.add(cells);
                }
            }
            t.table(rows, header);
        }
        // HTML blocks and link definitions print nothing
    }

    private void listItem(ListItem li, float indent, String marker) throws IOException {
        boolean first = true;
        for (org.commonmark.node.Node c = li.getFirstChild(); c != null; c = c.getNext()) {
            if (first && c instanceof Paragraph p) {
                float top = t.y;
                t.ensure(16);
                top = Math.min(top, t.y);
                t.text(Typesetter.MARGIN + indent + 4, top - 2.5f, t.body(marker));
                t.paragraph(inlines(p), indent + 20, 2);
            } else {
                block(c, indent + 20);
            }
            first = false;
        }
    }

    private List<Typesetter.Run> small(List<Typesetter.Run> runs) {
        List<Typesetter.Run> out = new ArrayList<>();
        for (Typesetter.Run r : runs) {
            out.add(new Typesetter.Run(r.text(), r.font(), r.size() - 1.5f, r.color()));
        }
        return out;
    }

    private List<Typesetter.Run> inlines(org.commonmark.node.Node parent) {
        List<Typesetter.Run> runs = new ArrayList<>();
        inlines(parent, runs, false);
        return runs;
    }

    private void inlines(org.commonmark.node.Node parent, List<Typesetter.Run> runs, boolean strong) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text x) {
                runs.add(strong ? t.strong(x.getLiteral()) : t.body(x.getLiteral()));
            } else if (n instanceof Code c) {
                runs.add(t.code(c.getLiteral()));
            } else if (n instanceof SoftLineBreak) {
                runs.add(t.body(" "));
            } else if (n instanceof HardLineBreak) {
                runs.add(t.body("\n"));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, runs, true);
            } else {
                inlines(n, runs, strong); // emphasis, links (their text), images inside text (their alt text)
            }
        }
    }

    private void image(Image img) throws IOException {
        Path p = lesson.dir().resolve(img.getDestination()).normalize();
        if (!p.startsWith(lesson.dir().normalize()) || !Files.isRegularFile(p)) {
            return;
        }
        PDImageXObject x = PDImageXObject.createFromFileByContent(p.toFile(), t.doc);
        float scale = Math.min(1, Typesetter.WIDTH / x.getWidth());
        float w = x.getWidth() * scale;
        float h = x.getHeight() * scale;
        t.ensure(h + 8);
        t.cs.drawImage(x, Typesetter.MARGIN, t.y - h, w, h);
        t.space(h + 8);
    }

    // ------------------------------------------------------------------ scenes, exercises, quiz

    private void heading(String text) throws IOException {
        t.ensure(80);
        t.space(10);
        t.rule();
        t.paragraph(List.of(new Typesetter.Run(text, t.bold, 14.5f, Typesetter.TEXT)), 0, 6);
    }

    private void scenes(List<Exercise> exercises) throws IOException {
        Path scene = lesson.dir().resolve("scene.yaml");
        List<String[]> scenes = new ArrayList<>();
        if (Files.isRegularFile(scene)) {
            scenes.add(new String[] {msg.get("handout.chapterScene"), Files.readString(scene)});
        }
        for (Exercise e : exercises) {
            if (e.start() != null) {
                scenes.add(new String[] {msg.get("handout.exerciseScene", e.title()), e.start()});
            }
        }
        if (scenes.isEmpty()) {
            return;
        }
        heading(msg.get("handout.scenes"));
        SceneDiagram diagram = new SceneDiagram(t, msg.get("handout.pending"), msg.get("handout.notStarted"),
                msg.get("handout.ready"), msg.get("handout.notReady"));
        for (String[] s : scenes) {
            TextHost host = new TextHost(new LiveCluster(World.defaults(), 42), s[1]);
            host.simulation().settle();
            t.ensure(120);
            t.paragraph(List.of(t.strong(s[0].replace("`", ""))), 0, 2);
            if (!host.report().valid()) {
                t.paragraph(List.of(new Typesetter.Run(msg.get("handout.sceneBroken"), t.regular, 9, Typesetter.MUTED)), 0, 2);
            }
            diagram.draw(host.simulation().snapshot());
            t.space(8);
        }
    }

    private void exercises(List<Exercise> exercises) throws IOException {
        if (exercises.isEmpty()) {
            return;
        }
        heading(msg.get("handout.exercises"));
        int n = 1;
        for (Exercise e : exercises) {
            t.ensure(60);
            t.paragraph(List.of(new Typesetter.Run(n++ + ". " + e.title().replace("`", ""), t.bold, 12, Typesetter.TEXT)), 0, 4);
            t.paragraph(backticks(e.prompt()), 0, 6);
            t.paragraph(List.of(new Typesetter.Run(msg.get("handout.goals"), t.bold, 10, Typesetter.MUTED)), 0, 2);
            for (Exercise.Goal g : e.goals()) {
                List<Typesetter.Run> runs = new ArrayList<>(List.of(t.body("□ ")));
                runs.addAll(backticks(g.text()));
                t.paragraph(runs, 10, 2);
            }
            for (Exercise.Question q : e.questions()) {
                t.paragraph(backticks(q.question()), 10, 2);
                t.paragraph(List.of(t.body(answers ? msg.get("handout.answer", String.join(" / ", q.answers())) : "______________________________")), 20, 4);
            }
            if (answers && e.solution() != null) {
                t.codeBlock(e.solution(), msg.get("handout.solution"));
            } else {
                t.space(24); // room to write
            }
        }
    }

    private void quiz(Quiz quiz) throws IOException {
        if (quiz.items().isEmpty()) {
            return;
        }
        heading(msg.get("handout.quiz"));
        int n = 1;
        for (Quiz.Item item : quiz.items()) {
            t.ensure(70);
            List<Typesetter.Run> q = new ArrayList<>(List.of(t.strong(n++ + ". ")));
            q.addAll(backticks(item.question()));
            t.paragraph(q, 0, 3);
            if ("short".equals(item.type())) {
                t.paragraph(List.of(t.body(answers ? msg.get("handout.answer", String.join(" / ", item.answers()))
                        : msg.get("handout.answerLine"))), 14, 3);
            } else {
                if ("multi".equals(item.type())) {
                    t.paragraph(List.of(new Typesetter.Run(msg.get("quiz.multiHint"), t.regular, 9, Typesetter.MUTED)), 14, 2);
                }
                for (int i = 0; i < item.choices().size(); i++) {
                    boolean right = answers && item.choices().get(i).correct();
                    List<Typesetter.Run> c = new ArrayList<>(List.of(right ? t.strong("■ ") : t.body("□ "),
                            right ? t.strong(LETTERS.charAt(i) + ". ") : t.body(LETTERS.charAt(i) + ". ")));
                    c.addAll(backticks(item.choices().get(i).text()));
                    t.paragraph(c, 14, 1);
                }
            }
            if (answers && item.explanation() != null) {
                List<Typesetter.Run> x = new ArrayList<>(List.of(new Typesetter.Run(msg.get("handout.explanation") + " ", t.bold, 9.5f, Typesetter.MUTED)));
                x.addAll(backticks(item.explanation()));
                t.paragraph(x, 14, 2);
            }
            t.space(6);
        }
    }

    /** `code` spans of exercise and quiz texts in the code font. */
    private List<Typesetter.Run> backticks(String s) {
        List<Typesetter.Run> runs = new ArrayList<>();
        String[] parts = (s == null ? "" : s).split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                runs.add(i % 2 == 1 ? t.code(parts[i]) : t.body(parts[i]));
            }
        }
        return runs;
    }
}
