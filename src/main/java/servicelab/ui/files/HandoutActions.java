package servicelab.ui.files;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.FileChooser;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import servicelab.lesson.Lesson;
import servicelab.lesson.handout.Handout;
import servicelab.text.Messages;

/**
 * The chapter's handout from the app: saved as PDF (the student's or the teacher's copy) or sent
 * to a printer through the system's print dialog. The PDF is typeset off the UI thread.
 */
public final class HandoutActions {
    private final Messages msg;
    private final FileActions files;
    private final Supplier<Lesson> lesson;
    private final Consumer<String> status;

    public HandoutActions(Messages msg, FileActions files, Supplier<Lesson> lesson, Consumer<String> status) {
        this.msg = msg;
        this.files = files;
        this.lesson = lesson;
        this.status = status;
    }

    /** Asks where, then writes the handout there; the returned future ends when it is written (tests wait on it). */
    public CompletableFuture<Boolean> onSave(boolean answers) {
        Lesson l = lesson.get();
        if (l == null) {
            return CompletableFuture.completedFuture(false);
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(msg.get(answers ? "menu.handoutTeacher" : "menu.handoutStudent"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.get("filter.pdf"), "*.pdf"));
        fc.setInitialFileName(l.id() + (answers ? "-teacher" : "") + ".pdf");
        Path p = files.dialogs().save(fc);
        return p == null ? CompletableFuture.completedFuture(false) : save(l, answers, p);
    }

    /** Writes the handout to p atomically, off the UI thread; says in the status bar how it went. */
    public CompletableFuture<Boolean> save(Lesson l, boolean answers, Path p) {
        status.accept(msg.get("handout.making"));
        return CompletableFuture.supplyAsync(() -> {
            try {
                Handout.save(l, answers, msg.locale(), p);
                Platform.runLater(() -> status.accept(msg.get("handout.saved", p.toAbsolutePath())));
                return true;
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> files.error(msg.get("handout.failed", e.getMessage() == null ? e.toString() : e.getMessage())));
                return false;
            }
        });
    }

    /** The student's copy to a printer: the system's print dialog, or a word on why it cannot. */
    public CompletableFuture<String> onPrint() {
        Lesson l = lesson.get();
        if (l == null) {
            return CompletableFuture.completedFuture(null);
        }
        status.accept(msg.get("handout.making"));
        // java.awt.print has its own dialog thread; the window stays responsive meanwhile
        return CompletableFuture.supplyAsync(() -> {
            String said;
            if (java.awt.GraphicsEnvironment.isHeadless() || PrinterJob.lookupPrintServices().length == 0) {
                said = msg.get("handout.noPrinter");
            } else {
                try (PDDocument doc = Handout.build(l, false, msg.locale())) {
                    PrinterJob job = PrinterJob.getPrinterJob();
                    job.setJobName(l.title().replace("`", ""));
                    job.setPageable(new PDFPageable(doc));
                    if (job.printDialog()) {
                        job.print();
                        said = msg.get("handout.printed", doc.getNumberOfPages());
                    } else {
                        said = msg.get("handout.printCancelled");
                    }
                } catch (IOException | PrinterException | RuntimeException e) {
                    said = msg.get("handout.failed", e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }
            String s = said;
            Platform.runLater(() -> status.accept(s));
            return s;
        });
    }
}
