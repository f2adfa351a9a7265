package servicelab.kubectl;

import servicelab.check.CheckReport;
import servicelab.check.ManifestChecker;
import servicelab.manifest.ManifestEditor;
import servicelab.sim.Simulation;

/**
 * A console host without an editor: the manifest is a string, and every change is checked and
 * applied at once. The command line ({@code bin/servicelab kubectl}) and the tests use it.
 */
public final class TextHost implements Kubectl.Host {
    private final LiveCluster cluster;
    private final ManifestChecker checker = new ManifestChecker();
    private String text;
    private CheckReport report;

    public TextHost(LiveCluster cluster, String text) {
        this.cluster = cluster;
        replace(text);
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public CheckReport report() {
        return report;
    }

    @Override
    public void edit(ManifestEditor.Edit e) {
        replace(e.text());
    }

    private void replace(String newText) {
        text = newText;
        report = checker.check(newText);
        cluster.accept(report);
    }

    @Override
    public Simulation simulation() {
        return cluster.simulation();
    }

    @Override
    public CheckReport shown() {
        return cluster.shown();
    }

    public LiveCluster cluster() {
        return cluster;
    }
}
