package servicelab.cli;

import servicelab.text.Messages;
import servicelab.text.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import servicelab.check.CheckReport;
import servicelab.check.Diagnostic;
import servicelab.check.DocumentReport;
import servicelab.check.ManifestChecker;
import servicelab.manifest.ManifestParser;
import servicelab.manifest.ManifestText;

/** {@code servicelab check [--json] FILE...}: validate manifests as the API server would on create. */
final class CheckCommand {
    private final Messages msg;
    private final PrintStream out;
    private final PrintStream err;
    private final Ahead ahead;

    CheckCommand(Messages msg, PrintStream out, PrintStream err) {
        this(msg, out, err, null);
    }

    CheckCommand(Messages msg, PrintStream out, PrintStream err, Ahead ahead) {
        this.msg = msg;
        this.out = out;
        this.err = err;
        this.ahead = ahead;
    }

    /** The first file of a check, read and being parsed before the command's messages are loaded. */
    record Ahead(String file, ManifestChecker.ParseAhead parse) {
    }

    /**
     * Reads the first file named among a check's arguments and starts parsing it, or null when
     * there is none or it cannot be read as text (the check then reads it again and says why).
     * A cold JVM spends tens of milliseconds loading the messages; the parse runs meanwhile.
     */
    static Ahead ahead(List<String> args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) {
                return null;
            }
        }
        for (String a : args) {
            if (!a.startsWith("-") || a.equals("-")) {
                try {
                    Path p = Path.of(a);
                    // a regular file only: a pipe's wait and every failure's message stay the check's own
                    String text = Files.isRegularFile(p) ? read(p) : null;
                    return text == null ? null : new Ahead(a, ManifestChecker.parseAhead(text));
                } catch (IOException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    int run(List<String> args) {
        boolean json = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.println(msg.get("unknownOption", a));
                err.println(msg.get("usage.check"));
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println(msg.get("usage.check"));
            return 2;
        }
        List<String> texts = readAll(files);
        if (texts == null) {
            return 2;
        }
        Totals totals = new Totals();
        ManifestChecker checker = new ManifestChecker();
        for (int i = 0; i < files.size(); i++) {
            boolean early = i == 0 && ahead != null && texts.get(0) == ahead.parse().text();
            CheckReport report = texts.get(i) == null ? null
                    : early ? checker.checkOverlapped(ahead.parse()) : checker.checkOverlapped(texts.get(i));
            checkFile(files.get(i), report, json, totals);
        }
        if (json) {
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("valid", totals.allValid);
            top.put("documents", totals.jsonDocs);
            out.println(Json.write(top));
        } else {
            out.println(msg.get("summary", files.size(), totals.docs, totals.validDocs, totals.errors, totals.warnings));
        }
        return totals.allValid ? 0 : 1;
    }

    /** What the files checked so far add up to. */
    private static final class Totals {
        boolean allValid = true;
        final List<Object> jsonDocs = new ArrayList<>();
        int docs;
        int validDocs;
        int errors;
        int warnings;
    }

    /**
     * Reads every file first: an unreadable file is a usage-level failure (exit 2). Returns the
     * texts (null for a file that is not UTF-8 text), or null after reporting a failure.
     */
    private List<String> readAll(List<String> files) {
        List<String> texts = new ArrayList<>();
        for (String f : files) {
            try {
                // the first file as it was read for the parse begun ahead, not read a second time
                texts.add(texts.isEmpty() && ahead != null && ahead.file().equals(f) ? ahead.parse().text() : read(Path.of(f)));
            } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
                err.println(unreadable(msg, f, e));
                return null;
            }
        }
        return texts;
    }

    /** Prints one file's report (null: the file is not text) or collects it as JSON, and counts its documents. */
    private void checkFile(String file, CheckReport report, boolean json, Totals totals) {
        if (report == null) {
            notText(file, json, totals);
            return;
        }
        totals.allValid &= report.valid();
        // a file's lines go out in one write: a line at a time (autoflushed) was a tenth of a cold check
        StringBuilder human = new StringBuilder();
        for (DocumentReport d : report.documents()) {
            totals.docs++;
            totals.validDocs += d.valid() ? 1 : 0;
            totals.errors += d.errors().size();
            totals.warnings += d.warnings().size();
            if (json) {
                totals.jsonDocs.add(documentJson(file, d));
            } else {
                printHuman(human, file, d);
            }
        }
        out.print(human);
        out.flush();
    }

    /** A file that is not UTF-8 text: one invalid document. */
    private void notText(String file, boolean json, Totals totals) {
        totals.allValid = false;
        totals.docs++;
        totals.errors++;
        String explanation = msg.get("notText");
        if (json) {
            Map<String, Object> d = docJson(file, 0, 1, null, null, null, null, false);
            d.put("errors", List.of(errJson("", "YAMLSyntax", "yaml: invalid UTF-8 text", 1, 1, explanation)));
            d.put("warnings", List.of());
            totals.jsonDocs.add(d);
        } else {
            out.println(file + ":1:1: " + msg.get("error") + ": yaml: invalid UTF-8 text");
            out.println("    " + explanation);
        }
    }

    private static Map<String, Object> documentJson(String file, DocumentReport d) {
        Map<String, Object> j = docJson(file, d.index(), d.line(), d.apiVersion(), d.kind(), d.namespace(), d.name(), d.valid());
        List<Object> es = new ArrayList<>();
        for (Diagnostic e : d.errors()) {
            es.add(errJson(e.field(), e.type().name(), e.message(), e.line(), e.column(), e.explanation()));
        }
        List<Object> ws = new ArrayList<>();
        for (Diagnostic w : d.warnings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", w.field());
            m.put("message", w.message());
            m.put("line", w.line());
            m.put("column", w.column());
            ws.add(m);
        }
        j.put("errors", es);
        j.put("warnings", ws);
        return j;
    }

    private void printHuman(StringBuilder to, String file, DocumentReport d) {
        String nl = System.lineSeparator();
        String what = d.kind() == null ? msg.get("document", d.index() + 1)
                : d.kind() + "/" + (d.name() == null ? "?" : d.name());
        if (d.valid()) {
            to.append(file).append(':').append(d.line()).append(": ").append(what).append(' ').append(msg.get("ok")).append(nl);
        }
        for (Diagnostic e : d.errors()) {
            to.append(file).append(':').append(e.line()).append(':').append(e.column()).append(": ").append(msg.get("error"))
                    .append(": ").append(e.message()).append(nl);
            if (!e.explanation().isEmpty()) {
                for (String l : e.explanation().split("\n")) {
                    to.append("    ").append(l).append(nl);
                }
            }
        }
        for (Diagnostic w : d.warnings()) {
            to.append(file).append(':').append(w.line()).append(':').append(w.column()).append(": ").append(msg.get("warning"))
                    .append(": ").append(w.message()).append(nl);
        }
    }

    private static Map<String, Object> docJson(String file, int index, int line, String apiVersion, String kind,
                                               String namespace, String name, boolean valid) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("file", file);
        j.put("index", index);
        j.put("line", line);
        j.put("apiVersion", apiVersion);
        j.put("kind", kind);
        j.put("namespace", namespace);
        j.put("name", name);
        j.put("valid", valid);
        return j;
    }

    private static Map<String, Object> errJson(String field, String type, String message, int line, int column, String explanation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("type", type);
        m.put("message", message);
        m.put("line", line);
        m.put("column", column);
        m.put("explanation", explanation);
        return m;
    }

    /** The file as text, or null when it is not UTF-8 text (binary, another encoding). */
    static String read(Path p) throws IOException {
        return ManifestText.decode(servicelab.text.TextFiles.read(p, ManifestText.MAX_BYTES));
    }

    /** The message for a file that could not be read: missing, too large, a FIFO, a directory, or else. */
    static String unreadable(Messages msg, String f, Exception e) {
        if (e instanceof NoSuchFileException) {
            return msg.get("fileMissing", f);
        }
        if (e instanceof servicelab.text.TextFiles.TooLargeException t) {
            return msg.get("fileTooLarge", f, t.limit() / 1024 / 1024);
        }
        if (e instanceof servicelab.text.TextFiles.TimedOutException) {
            return msg.get("fileTimedOut", f, servicelab.text.TextFiles.TIMEOUT.toSeconds());
        }
        if (e instanceof servicelab.text.TextFiles.DirectoryException) {
            return msg.get("fileIsDirectory", f);
        }
        return msg.get("fileUnreadable", f, String.valueOf(e.getMessage()));
    }
}
