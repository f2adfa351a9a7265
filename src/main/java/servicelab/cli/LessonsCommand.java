package servicelab.cli;

import servicelab.text.Messages;
import servicelab.text.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.lesson.LessonChecker;
import servicelab.lesson.LessonLibrary;
import servicelab.lesson.handout.Handout;

/** {@code servicelab lessons check [--json] [DIR]} and {@code lessons handout [--answers] ID OUT.pdf} (CLI.md). */
final class LessonsCommand {
    private final Messages msg;
    private final PrintStream out;
    private final PrintStream err;

    LessonsCommand(Messages msg, PrintStream out, PrintStream err) {
        this.msg = msg;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("handout")) {
            return handout(args.subList(1, args.size()));
        }
        if (args.isEmpty() || !args.get(0).equals("check")) {
            err.println(msg.get("usage.lessons"));
            return 2;
        }
        boolean json = false;
        Path dir = LessonLibrary.defaultDir();
        for (String a : args.subList(1, args.size())) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("-")) {
                err.println(msg.get("unknownOption", a));
                err.println(msg.get("usage.lessons"));
                return 2;
            } else {
                dir = Path.of(a);
            }
        }
        if (!Files.isDirectory(dir)) {
            err.println(msg.get("fileMissing", dir));
            return 2;
        }
        LessonChecker.Report r = new LessonChecker().check(dir);
        if (json) {
            List<Object> lessons = new ArrayList<>();
            for (LessonChecker.Summary s : r.lessons()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", s.id());
                m.put("title", s.title());
                m.put("exercises", s.exercises());
                m.put("quiz", s.quiz());
                m.put("classPlan", s.classPlan());
                m.put("problems", problems(s.problems()));
                lessons.add(m);
            }
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("lessons", lessons);
            top.put("problems", problems(r.problems()));
            out.println(Json.write(top));
        } else {
            for (LessonChecker.Summary s : r.lessons()) {
                out.println(msg.get("lessons.line", s.id(), s.quiz(), s.exercises(), s.problems().size()));
                for (LessonChecker.Problem p : s.problems()) {
                    out.println("    " + p.where() + ": " + p.message());
                }
            }
            for (LessonChecker.Problem p : r.problems()) {
                out.println(p.where() + ": " + p.message());
            }
            out.println(msg.get(r.ok() ? "lessons.ok" : "lessons.bad", r.lessons().size()));
        }
        return r.ok() ? 0 : 1;
    }

    /** {@code lessons handout [--answers] ID OUT.pdf}: one chapter as a printable PDF. */
    private int handout(List<String> args) {
        boolean answers = false;
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--answers")) {
                answers = true;
            } else if (a.startsWith("-")) {
                err.println(msg.get("unknownOption", a));
                err.println(msg.get("usage.lessons"));
                return 2;
            } else {
                words.add(a);
            }
        }
        if (words.size() != 2) {
            err.println(msg.get("usage.lessons"));
            return 2;
        }
        Path dir = LessonLibrary.defaultDir();
        servicelab.lesson.Lesson lesson = LessonLibrary.load(dir).lessons().stream()
                .filter(l -> l.id().equals(words.get(0)) || l.id().startsWith(words.get(0) + "-")).findFirst().orElse(null);
        if (lesson == null) {
            err.println(msg.get("handout.unknown", words.get(0)));
            return 2;
        }
        Path out = Path.of(words.get(1));
        try {
            Handout.save(lesson, answers, msg.locale(), out);
        } catch (java.io.IOException | RuntimeException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? msg.get("handout.noFolder")
                    : e instanceof java.nio.file.AccessDeniedException ? msg.get("handout.denied")
                    : e.getMessage() == null ? e.toString() : e.getMessage();
            err.println(msg.get("handout.cannotWrite", out, why));
            return 2;
        }
        this.out.println(msg.get("handout.written", out, lesson.id()));
        return 0;
    }

    private static List<Object> problems(List<LessonChecker.Problem> ps) {
        List<Object> out = new ArrayList<>();
        for (LessonChecker.Problem p : ps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lesson", p.lesson());
            m.put("exercise", p.exercise());
            m.put("where", p.where());
            m.put("message", p.message());
            out.add(m);
        }
        return out;
    }
}
