package servicelab.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import servicelab.manifest.ManifestEditor;

/**
 * The manifest text: the single source of truth for what the learner declared. It has a
 * revision that grows with every change, the file it came from, and whether it differs from what
 * was saved. The editor reports typing here; diagram and console edits arrive as
 * {@link ManifestEditor.Edit}s with their real line ranges, which the editor then replays on its
 * own text as one undoable change. An edit computed from an older revision is refused, so it can
 * never land in a text it was not made for.
 */
public final class ManifestDocument {
    /** One change: the new revision, who made it, the edit (null when the text was replaced whole). */
    public record Change(long revision, Origin origin, ManifestEditor.Edit edit, String text) {
        public boolean opened() {
            return origin == Origin.OPEN;
        }
    }

    private String text = "";
    private long revision;
    private Runnable beforeReplace = () -> { };
    private Path file;
    private String savedText = "";
    private boolean scene;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final List<Consumer<Change>> listeners = new ArrayList<>();

    public String text() {
        return text;
    }

    public long revision() {
        return revision;
    }

    /** The file the text was opened from or saved to; null for an example, an exercise or a new text. */
    public Path file() {
        return file;
    }

    /** The name shown in the title bar. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    /** Whether the file keeps the scene's seed and card positions when saved. */
    public boolean isScene() {
        return scene;
    }

    public void setScene(boolean scene) {
        this.scene = scene;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Told every change, in order, on the thread that made it (the FX thread in the app). */
    /** Runs before a text replaces the document (the recovery journal writes the old one). */
    public void setBeforeReplace(Runnable r) {
        beforeReplace = r;
    }

    public void addListener(Consumer<Change> l) {
        listeners.add(l);
    }

    /**
     * A new text replaces the document (a file, an example, an exercise's start, a new text).
     * {@code saved}: whether the text is what is on disk (false for restored or generated text
     * that would be lost without a save).
     */
    public void open(String newText, Path newFile, String displayName, boolean saved) {
        Objects.requireNonNull(newText);
        beforeReplace.run(); // the journal keeps the text being replaced
        text = newText;
        file = newFile;
        scene = false;
        savedText = saved ? newText : null;
        name.set(displayName);
        revision++;
        updateDirty();
        fire(new Change(revision, Origin.OPEN, null, text));
    }

    /** The editor's text after the learner typed, pasted or undid: nothing happens if it is the same. */
    public void typed(String newText) {
        if (newText.equals(text)) {
            return;
        }
        ManifestEditor.Edit e = ManifestEditor.Edit.between(text, newText);
        text = newText;
        revision++;
        updateDirty();
        fire(new Change(revision, Origin.EDITOR, e, text));
    }

    /**
     * Applies an edit computed from revision {@code basedOn}. Returns false (and changes nothing)
     * when the text has moved on since, or when the edit changes nothing.
     */
    public boolean apply(ManifestEditor.Edit e, Origin origin, long basedOn) {
        if (basedOn != revision || e == null || e.isEmpty() || e.text().equals(text)) {
            return false;
        }
        text = e.text();
        revision++;
        updateDirty();
        fire(new Change(revision, origin, e, text));
        return true;
    }

    /** The text was written to this file. */
    public void saved(Path to, String displayName) {
        file = to;
        savedText = text;
        name.set(displayName);
        updateDirty();
    }

    private void updateDirty() {
        dirty.set(!text.equals(savedText));
    }

    private void fire(Change c) {
        for (Consumer<Change> l : List.copyOf(listeners)) {
            l.accept(c);
        }
    }
}
