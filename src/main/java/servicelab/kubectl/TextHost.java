package servicelab.kubectl;

import servicelab.check.ManifestChecker;
import servicelab.workspace.Workspace;

/**
 * A console host without an editor: the manifest is a string, and every change is checked and
 * applied at once. The command line ({@code bin/servicelab kubectl}) and the tests use it.
 */
public final class TextHost implements Kubectl.Host {
    private final Workspace ws;
    private final ManifestChecker checker = new ManifestChecker();
    private String text;

    public TextHost(Workspace ws, String text) {
        this.ws = ws;
        setText(text);
    }

    @Override
    public Workspace workspace() {
        return ws;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public void setText(String newText) {
        text = newText;
        ws.accept(checker.check(newText));
    }
}
