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

/** {@code servicelab lessons check [--json] [DIR]}: verify the lesson library (CLI.md). */
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
        if (args.isEmpty() || !args.get(0).equals("check")) {
            err.println(msg.get("usage.lessons"));
            return 2;
        }
        boolean json = false;
        Path dir = Path.of("lessons");
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
