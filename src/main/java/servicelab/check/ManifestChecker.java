package servicelab.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import servicelab.manifest.Decoder;
import servicelab.manifest.LineIndex;
import servicelab.manifest.ParsedManifest;
import servicelab.manifest.ManifestParser;
import servicelab.manifest.SourceMap;
import servicelab.manifest.Span;
import servicelab.manifest.SyntaxError;
import servicelab.manifest.YamlDocument;
import servicelab.model.ErrorType;
import servicelab.model.FieldError;
import servicelab.model.KubeObject;
import servicelab.model.Service;
import servicelab.validation.Defaulter;
import servicelab.validation.LearnerWarnings;
import servicelab.validation.ServiceAllocator;
import servicelab.validation.Validator;
import servicelab.validation.Warning;

/**
 * Checks a manifest the way {@code kubectl create -f} against an empty cluster would: documents
 * are created in order, each one parsed, strictly decoded, defaulted, allocated (Services: the
 * allocator runs before validation and its errors stop the create) and validated. Learner
 * warnings are added for what the API server accepts but a learner rarely means.
 */
public final class ManifestChecker {
    private final Explainer explainer;

    public ManifestChecker(Explainer explainer) {
        this.explainer = explainer;
    }

    public ManifestChecker() {
        this(Explainer.korean());
    }

    public CheckReport check(String text) {
        return check(ManifestParser.parse(text));
    }

    public CheckReport check(ParsedManifest parsed) {
        return check(parsed, new ServiceAllocator(42L), new HashSet<>());
    }

    /**
     * Checks one file's documents against a cluster that already holds other objects: the
     * allocator's cluster IPs and nodePorts, and the identities already created.
     */
    public CheckReport check(ParsedManifest parsed, ServiceAllocator allocator, Set<String> created) {
        return check(parsed, allocator, created, null);
    }

    /** What an {@link IncrementalChecker} keeps of a document's check, by the document's text. */
    interface Memo {
        /** What was made of this document's text last time, or null. */
        Done find(YamlDocument doc);

        void keep(YamlDocument doc, Done done);

        /** Counts a validation (the incremental check's proof that unchanged documents are not validated). */
        void validated();
    }

    /** The parts of a document's check that depend on its text alone, and the last validation. */
    static final class Done {
        final Decoder.Result result;
        final KubeObject defaulted;
        final List<Warning> dropped;
        KubeObject validated;
        List<FieldError> errors;

        Done(Decoder.Result result, KubeObject defaulted, List<Warning> dropped) {
            this.result = result;
            this.defaulted = defaulted;
            this.dropped = dropped;
        }
    }

    CheckReport check(ParsedManifest parsed, ServiceAllocator allocator, Set<String> created, Memo memo) {
        List<Pending> pending = new ArrayList<>();
        for (YamlDocument doc : parsed.documents()) {
            pending.add(checkOne(doc, allocator, created, parsed.lines(), memo));
        }
        return finish(parsed, pending);
    }

    /**
     * The same check as {@link #check(String)}, with the parsing on a second thread: documents are
     * decoded and validated, in order, while later ones are still being parsed. For the command
     * line, which has the machine's cores to itself (the window keeps one for drawing).
     */
    public CheckReport checkOverlapped(String text) {
        return checkOverlapped(parseAhead(text));
    }

    /**
     * A text's parse begun on a second thread, for {@link #checkOverlapped(ParseAhead)}: the command
     * line starts it before it has loaded its messages, so the two overlap.
     */
    public static final class ParseAhead {
        private final BlockingQueue<Object> parsed = new LinkedBlockingQueue<>();
        private final String text;

        private ParseAhead(String text) {
            this.text = text;
            Thread parser = new Thread(() -> {
                try {
                    LineIndex lines = new LineIndex(text);
                    parsed.add(lines); // handed over before the first document: the checks need it
                    parsed.add(ManifestParser.parse(text, lines, parsed::add));
                } catch (RuntimeException | Error e) {
                    parsed.add(e);
                }
            }, "manifest-parser");
            parser.setDaemon(true);
            parser.start();
        }

        /** The text being parsed. */
        public String text() {
            return text;
        }
    }

    /** Starts parsing a text on a second thread; check it with {@link #checkOverlapped(ParseAhead)}, once. */
    public static ParseAhead parseAhead(String text) {
        return new ParseAhead(text);
    }

    /** Checks a text whose parse was begun by {@link #parseAhead}, validating each document as it arrives. */
    public CheckReport checkOverlapped(ParseAhead ahead) {
        ServiceAllocator allocator = new ServiceAllocator(42L);
        Set<String> created = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        LineIndex lines = null;
        while (true) {
            Object next;
            try {
                next = ahead.parsed.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking", e);
            }
            if (next instanceof LineIndex idx) {
                lines = idx;
            } else if (next instanceof YamlDocument doc) {
                pending.add(checkOne(doc, allocator, created, lines, null));
            } else if (next instanceof ParsedManifest done) {
                return finish(done, pending);
            } else if (next instanceof RuntimeException e) {
                throw e;
            } else {
                throw (Error) next;
            }
        }
    }

    private CheckReport finish(ParsedManifest parsed, List<Pending> pending) {
        // warnings look across the valid documents of the file
        List<KubeObject> valid = new ArrayList<>();
        List<Integer> validIdx = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).object != null && pending.get(i).errors.isEmpty()) {
                valid.add(pending.get(i).object);
                validIdx.add(i);
            }
        }
        for (Warning w : LearnerWarnings.check(valid)) {
            Pending p = pending.get(validIdx.get(w.objectIndex()));
            Span s = p.map.locate(w.field());
            String text = explainer.text(w.key(), w.args());
            p.warnings.add(new Diagnostic(w.field(), null, text, s.line(), s.column(), s.start(), s.end(), text, true));
        }
        List<DocumentReport> reports = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            YamlDocument d = parsed.documents().get(i);
            boolean ok = p.errors.isEmpty();
            Decoder.Result id = p.result != null ? p.result : guessIdentity(parsed, d);
            reports.add(new DocumentReport(d.index(), d.contentLine(), d.span().line(), d.span().endLine(),
                    id.apiVersion(), id.kind(), id.kind() == null ? null : namespaceOf(id), id.name(),
                    ok, p.errors, p.warnings, ok ? p.object : null));
        }
        return new CheckReport(parsed, reports);
    }

    private static final java.util.regex.Pattern TOP = java.util.regex.Pattern.compile("^(apiVersion|kind):\\s*([\\w./-]+)\\s*(#.*)?$");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("^\\s+name:\\s*([\\w.-]+)\\s*(#.*)?$");

    /** For a document that does not parse, what its top-level lines say it is (for lists and reports). */
    private static Decoder.Result guessIdentity(ParsedManifest parsed, YamlDocument d) {
        String apiVersion = null, kind = null, name = null;
        boolean inMeta = false;
        for (int l = d.span().line(); l <= d.span().endLine(); l++) {
            String s = parsed.lines().line(l);
            java.util.regex.Matcher m = TOP.matcher(s);
            if (m.matches()) {
                if (m.group(1).equals("kind")) {
                    kind = m.group(2);
                } else {
                    apiVersion = m.group(2);
                }
            }
            if (s.startsWith("metadata:")) {
                inMeta = true;
            } else if (!s.isEmpty() && !Character.isWhitespace(s.charAt(0))) {
                inMeta = false;
            } else if (inMeta && name == null) {
                java.util.regex.Matcher n = NAME.matcher(s);
                if (n.matches()) {
                    name = n.group(1);
                }
            }
        }
        return new Decoder.Result(apiVersion, kind, name, null, null, List.of());
    }

    private static String namespaceOf(Decoder.Result r) {
        if ("Namespace".equals(r.kind()) || "IngressClass".equals(r.kind()) || "GatewayClass".equals(r.kind())) {
            return null;
        }
        return r.namespace() == null || r.namespace().isEmpty() ? "default" : r.namespace();
    }

    private static final class Pending {
        Decoder.Result result;
        KubeObject object;
        SourceMap map;
        final List<Diagnostic> errors = new ArrayList<>();
        final List<Diagnostic> warnings = new ArrayList<>();
    }

    private Pending checkOne(YamlDocument doc, ServiceAllocator allocator, Set<String> created, LineIndex lines, Memo memo) {
        Pending p = new Pending();
        if (!doc.ok()) {
            p.errors.add(syntaxError(doc.error(), lines));
            return p;
        }
        for (SyntaxError w : doc.warnings()) {
            Diagnostic d = syntaxError(w, lines);
            p.warnings.add(new Diagnostic(d.field(), null, d.message(), d.line(), d.column(), d.start(), d.end(),
                    d.explanation(), true));
        }
        p.map = SourceMap.of(doc.root());
        Done done = decoded(doc, memo);
        p.result = done.result;
        if (!p.result.errors().isEmpty()) {
            addDecodeErrors(p, doc, lines);
            return p;
        }
        KubeObject obj = done.defaulted;
        p.object = obj;
        addDefaultingWarnings(p, done.dropped);
        String identity = obj.kind() + "/" + obj.namespaceOrDefault() + "/" + obj.name();
        if (obj.name() != null && !obj.name().isEmpty() && created.contains(identity)) {
            String resource = obj.kind().toLowerCase() + (obj.kind().endsWith("s") ? "es" : "s");
            FieldError e = FieldError.of("metadata.name", ErrorType.Duplicate,
                    resource + " \"" + obj.name() + "\" already exists").explain("c.alreadyExists", obj.kind(), obj.name());
            p.errors.add(place(e, p.map));
            return p;
        }
        if (obj instanceof Service s) {
            List<FieldError> alloc = allocator.tryAllocate(s);
            if (!alloc.isEmpty()) {
                alloc.forEach(e -> p.errors.add(place(e, p.map)));
                return p;
            }
            // validation sees the Service as allocated, and a failed create gives its allocation back
            obj = allocator.pending().applyTo(s);
            p.object = obj;
        }
        List<FieldError> errs = validated(obj, done, memo);
        if (obj instanceof Service) {
            if (errs.isEmpty()) {
                allocator.commit();
            } else {
                allocator.rollback();
            }
        }
        errs.forEach(e -> p.errors.add(place(e, p.map)));
        if (errs.isEmpty()) {
            created.add(identity);
        }
        return p;
    }

    /** The document decoded and defaulted, or what was made of the same text last time. */
    private static Done decoded(YamlDocument doc, Memo memo) {
        Done done = memo == null ? null : memo.find(doc);
        if (done == null) {
            Decoder.Result r = Decoder.decode(doc.root());
            done = r.errors().isEmpty() ? new Done(r, Defaulter.apply(r.object()), LearnerWarnings.droppedByDefaulting(0, r.object()))
                    : new Done(r, null, List.of());
            if (memo != null) {
                memo.keep(doc, done);
            }
        }
        return done;
    }

    /** The object's validation errors; the last ones again if it is the object validated last time. */
    private static List<FieldError> validated(KubeObject obj, Done done, Memo memo) {
        if (done.validated != null && (done.validated == obj || done.validated.equals(obj))) {
            return done.errors; // a Service allocated as last time, or the very object
        }
        List<FieldError> errs = Validator.validate(obj);
        done.validated = obj;
        done.errors = errs;
        if (memo != null) {
            memo.validated();
        }
        return errs;
    }

    private Diagnostic syntaxError(SyntaxError e, LineIndex lines) {
        // underline the content of the problem line: the learner fixes lines, not columns
        int ls = lines.lineStart(e.line());
        int le = lines.lineEnd(e.line());
        int start = ls + (lines.line(e.line()).length() - lines.line(e.line()).stripLeading().length());
        return new Diagnostic("", ErrorType.YAMLSyntax, e.kubectlMessage(), e.line(), e.column(),
                start, Math.max(start, le), explainer.text(e.key(), e.args()), false);
    }

    private void addDecodeErrors(Pending p, YamlDocument doc, LineIndex lines) {
        p.result.errors().forEach(e -> p.errors.add(place(e, p.map)));
        if (p.result.upgrade() != null) {
            // offer the v1 manifest in place of the removed API's document
            Diagnostic d = p.errors.get(0);
            int start = lines.lineStart(doc.root().span().line());
            int end = doc.root().span().end();
            String v1 = p.result.upgrade().endsWith("\n") ? p.result.upgrade().substring(0, p.result.upgrade().length() - 1)
                    : p.result.upgrade();
            p.errors.set(0, new Diagnostic(d.field(), d.type(), d.message(), d.line(), d.column(), d.start(), d.end(),
                    d.explanation(), false, new Fix("fix.ingressV1", start, end, v1)));
        }
    }

    /** Learner warnings for what defaulting drops from the decoded object. */
    private void addDefaultingWarnings(Pending p, List<Warning> dropped) {
        for (Warning w : dropped) {
            Span s = p.map.locate(w.field());
            String text = explainer.text(w.key(), w.args());
            p.warnings.add(new Diagnostic(w.field(), null, text, s.line(), s.column(), s.start(), s.end(), text, true));
        }
    }

    private Diagnostic place(FieldError e, SourceMap map) {
        Span s = map.locate(e.field());
        return new Diagnostic(e.field(), e.type(), e.message(), s.line(), s.column(), s.start(), s.end(),
                explainer.text(e.key(), e.args()), false);
    }
}
