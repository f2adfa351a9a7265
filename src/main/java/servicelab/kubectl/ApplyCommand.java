package servicelab.kubectl;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import servicelab.check.CheckReport;
import servicelab.check.DocumentReport;
import servicelab.check.ManifestChecker;
import servicelab.kubectl.Kubectl.Result;
import servicelab.manifest.ManifestEditor;

/**
 * {@code kubectl apply -f} (and {@code create -f}): merges a file's documents into the manifest
 * text, one per object, and remembers what it applied, as kubectl's last-applied annotation does.
 */
final class ApplyCommand {
    private final Kubectl k;
    /** For `apply -f` of another file: the API server checks what is sent to it (the editor's text is checked already). */
    private final ManifestChecker checker = new ManifestChecker();
    /** kubectl apply's memory of what it last applied, per object (kind/namespace/name → document text). */
    private final Map<String, String> lastApplied = new LinkedHashMap<>();
    /** The warnings this command printed already. */
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    ApplyCommand(Kubectl k) {
        this.k = k;
    }

    Result run(List<String> args, boolean createOnly) throws Argv.BadFlag {
        String verb = createOnly ? "create" : "apply";
        Argv a = Argv.parse(args, Set.of("-f", "--filename", "--dry-run", "-o", "--output"), Set.of(),
                Map.of("-f", "--filename", "-o", "--output"));
        if (a.all("--filename").isEmpty()) {
            return Result.error("error: must specify one of -f and -k\n\nSee 'kubectl " + verb + " -h' for help and examples");
        }
        StringBuilder out = new StringBuilder();
        warned.clear();
        for (String file : a.all("--filename")) {
            List<String> files;
            try {
                files = file.equals("-") || file.equals(k.host().fileName()) ? null : k.host().listFolder(file);
            } catch (IOException | RuntimeException e) {
                return Result.error("error: the path \"" + file + "\" does not exist");
            }
            if (files != null && files.isEmpty()) {
                return Result.error("error: error reading [" + file + "]: recognized file extensions are [.json .yaml .yml]");
            }
            for (String one : files == null ? List.of(file) : files) {
                Result stop = applyFile(one, createOnly, out);
                if (stop != null) {
                    // kubectl applies what it could and prints the error after it
                    return new Result(out + stop.output(), 1);
                }
            }
        }
        if (out.length() == 0) {
            return Result.error("error: no objects passed to " + verb);
        }
        boolean failed = out.toString().contains("Error from server");
        return new Result(out.toString(), failed ? 1 : 0);
    }

    /** A file's text, or why it could not be read. */
    private record Read(String text, Result error) {
    }

    private Read read(String file, boolean editors) {
        if (editors) {
            return new Read(k.host().text(), null);
        }
        try {
            return new Read(k.host().readFile(file), null);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.InvalidPathException e) {
            return new Read(null, Result.error("error: the path \"" + file + "\" does not exist"));
        } catch (IOException | RuntimeException e) {
            return new Read(null, Result.error("error: error reading " + file + ": " + e.getMessage()));
        }
    }

    /** Applies one file, a line per document into out; the error that stops the command (nothing applied from the file), else null. */
    private Result applyFile(String file, boolean createOnly, StringBuilder out) {
        Kubectl.Host host = k.host();
        boolean editors = file.equals("-") || file.equals(host.fileName());
        Read read = read(file, editors);
        if (read.error() != null) {
            return read.error();
        }
        CheckReport incoming = checker.check(read.text());
        if (!incoming.valid()) {
            return invalid(incoming, file);
        }
        String merged = host.text();
        for (DocumentReport d : incoming.documents()) {
            if (d.kind() == null) {
                continue;
            }
            Resources r = resourceOfKind(d.kind());
            String key = d.kind() + "/" + ns(d) + "/" + d.name();
            String docText = docText(incoming, d);
            String ref = r == null ? d.kind().toLowerCase(java.util.Locale.ROOT) + "/" + d.name() : r.ref(d.name());
            if (editors) {
                String before = lastApplied.put(key, docText);
                if (createOnly && Kubectl.find(host.shown() == null ? incoming : host.shown(), d.kind(), ns(d), d.name()) != null && before != null) {
                    out.append("Error from server (AlreadyExists): error when creating \"").append(file)
                            .append("\": ").append(r == null ? d.kind() : r.plural).append(" \"").append(d.name()).append("\" already exists\n");
                    continue;
                }
                warn(out, d, before != null && before.equals(docText));
                out.append(ref).append(before == null ? " created" : before.equals(docText) ? " unchanged" : " configured").append('\n');
                continue;
            }
            CheckReport now = checker.check(merged);
            DocumentReport existing = Kubectl.find(now, d.kind(), ns(d), d.name());
            boolean unchanged = existing != null && docText(now, existing).strip().equals(docText.strip());
            if (!(createOnly && existing != null)) {
                warn(out, d, unchanged);
            }
            if (existing == null) {
                merged = ManifestEditor.of(merged).addDocument(docText).text();
                out.append(ref).append(" created\n");
            } else if (createOnly) {
                out.append("Error from server (AlreadyExists): error when creating \"").append(file).append("\": ")
                        .append(r == null ? d.kind() : r.plural).append(" \"").append(d.name()).append("\" already exists\n");
            } else if (unchanged) {
                out.append(ref).append(" unchanged\n");
            } else {
                merged = replaceDocument(merged, now, existing, docText);
                out.append(ref).append(" configured\n");
            }
            lastApplied.put(key, docText);
        }
        if (!merged.equals(host.text())) {
            k.edit(ManifestEditor.Edit.between(host.text(), merged));
        }
        return null;
    }

    /**
     * The API server's warnings for this write, each printed once per command as kubectl's
     * deduplicating warning writer does; an unchanged object is only read (its kind's read warnings).
     */
    private void warn(StringBuilder out, DocumentReport d, boolean unchanged) {
        if (d.object() == null) {
            return;
        }
        List<String> ws = unchanged ? servicelab.validation.ApiWarnings.onRead(d.kind(), servicelab.model.Release.KUBERNETES_MINOR)
                : servicelab.validation.ApiWarnings.onWrite(d.object());
        for (String w : ws) {
            if (warned.add(w)) {
                out.append("Warning: ").append(w).append('\n');
            }
        }
    }

    /** The API server's answer to a file that does not check: the first invalid object's first error. */
    private static Result invalid(CheckReport incoming, String file) {
        DocumentReport bad = incoming.documents().stream().filter(d -> !d.valid()).findFirst().orElse(null);
        String why = bad == null || bad.errors().isEmpty() ? "invalid manifest" : bad.errors().get(0).message();
        if (bad != null && !bad.errors().isEmpty() && bad.errors().get(0).type() == servicelab.model.ErrorType.YAMLSyntax) {
            // kubectl converts the file to JSON itself, before any object exists
            return Result.error("error: error parsing " + file + ": error converting YAML to JSON: " + why);
        }
        if (bad != null && bad.kind() != null && bad.name() != null) {
            return Result.error("The " + bad.kind() + " \"" + bad.name() + "\" is invalid: " + why);
        }
        return Result.error("error: error parsing " + file + ": " + why);
    }

    private static String ns(DocumentReport d) {
        return d.namespace() == null ? "default" : d.namespace();
    }

    static Resources resourceOfKind(String kind) {
        for (Resources r : Resources.values()) {
            if (r.kind.equals(kind)) {
                return r;
            }
        }
        return null;
    }

    /** A document's own lines (without its {@code ---} marker). */
    static String docText(CheckReport r, DocumentReport d) {
        String[] lines = r.parsed().text().split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = d.startLine(); i <= Math.min(d.endLine(), lines.length); i++) {
            String l = lines[i - 1];
            if (sb.length() == 0 && l.startsWith("---")) {
                continue;
            }
            sb.append(l).append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static String replaceDocument(String text, CheckReport r, DocumentReport d, String newDoc) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        int first = d.startLine();
        if (first <= lines.length && lines[first - 1].startsWith("---")) {
            first++;
        }
        // keep trailing blank or comment lines of the old document where they were
        int last = d.endLine();
        for (int i = 1; i < first; i++) {
            sb.append(lines[i - 1]).append('\n');
        }
        sb.append(newDoc);
        for (int i = last + 1; i <= lines.length; i++) {
            sb.append(lines[i - 1]);
            if (i < lines.length) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
