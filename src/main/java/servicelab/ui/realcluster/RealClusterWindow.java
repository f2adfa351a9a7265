package servicelab.ui.realcluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import servicelab.check.CheckReport;
import servicelab.realcluster.KubeContext;
import servicelab.realcluster.SceneApply;
import servicelab.realcluster.SimVsReal;
import servicelab.sim.Simulation;
import servicelab.workspace.RealClusterSession;
import servicelab.workspace.RealClusterSession.Status;

/**
 * File › Real cluster (menu.realCluster): the editor's scene sent to a real cluster, and that cluster's
 * namespace watched live beside the simulated one. Opening this window is what loads the bridge;
 * closing it stops the watch and the client.
 */
public final class RealClusterWindow {
    /** What the window reads from the main window each time it acts. */
    public record Parts(Stage owner, ResourceBundle bundle, List<String> stylesheets, Supplier<CheckReport> report,
                        Supplier<String> scene, Supplier<Simulation> simulation, Supplier<Boolean> dark,
                        servicelab.realcluster.Sources sources) {
    }

    private final Parts p;
    private Stage stage;
    private RealClusterSession session;
    private ExecutorService worker;
    private RealDiagram diagram;
    private ResultCells results;

    @FXML private ComboBox<KubeContext> contextBox;
    @FXML private CheckBox allContexts;
    @FXML private Button connectButton;
    @FXML private Button disconnectButton;
    @FXML private Button reconnectButton;
    @FXML private Label statusLabel;
    @FXML private javafx.scene.layout.FlowPane bridgeBox;
    @FXML private Button bridgeButton;
    @FXML private javafx.scene.control.ProgressBar bridgeProgress;
    @FXML private Label bridgeLabel;
    @FXML private Label namespaceLabel;
    @FXML private Button dryRunButton;
    @FXML private Button applyButton;
    @FXML private Button deleteButton;
    @FXML private Label summaryLabel;
    @FXML private ListView<Object> resultList;
    @FXML private StackPane diagramHost;
    @FXML private TableView<SimVsReal.Row> compareTable;

    public RealClusterWindow(Parts parts) {
        this.p = parts;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The connection this window drives (the console reads through it too); null before the first show. */
    public RealClusterSession session() {
        return session;
    }

    /** For tests: the window's stage once shown. */
    public Stage stage() {
        return stage;
    }

    public void show() {
        if (stage == null) {
            build();
        }
        namespaceLabel.setText(MessageFormat.format(p.bundle().getString("real.namespace"), namespace()));
        session.loadContexts();
        stage.show();
        stage.toFront();
    }

    private String namespace() {
        return SceneApply.namespaceFor(p.scene().get());
    }

    private void build() {
        FXMLLoader loader = new FXMLLoader(RealClusterWindow.class.getResource("/servicelab/ui/realcluster/realcluster.fxml"),
                p.bundle());
        loader.setController(this);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        worker = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "servicelab-real-cluster");
            t.setDaemon(true);
            return t;
        });
        session = new RealClusterSession(p.sources(), Platform::runLater, worker);
        diagram = new RealDiagram(p.bundle());
        diagramHost.getChildren().add(diagram);
        results = new ResultCells(p.bundle());
        resultList.setCellFactory(v -> results.cell());
        Compare.columns(compareTable, p.bundle());
        wire();
        stage = new Stage();
        servicelab.ui.AppIcon.apply(stage);
        stage.initOwner(p.owner());
        stage.setTitle(p.bundle().getString("real.title"));
        Scene scene = new Scene(root, 1000, 680);
        scene.getStylesheets().addAll(0, p.stylesheets());
        root.getStyleClass().add("root");
        servicelab.ui.Theme.follow(p.owner(), root);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setOnHidden(e -> session.disconnect());
    }

    private void wire() {
        contextBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(KubeContext c) {
                return c == null ? "" : c.name() + (c.loopback() ? "" : " ⚠");
            }

            @Override
            public KubeContext fromString(String s) {
                return null;
            }
        });
        session.contextsProperty().addListener((o, a, b) -> fillContexts());
        allContexts.selectedProperty().addListener((o, a, b) -> fillContexts());
        connectButton.setOnAction(e -> connect());
        disconnectButton.setOnAction(e -> session.disconnect());
        reconnectButton.setOnAction(e -> session.reconnect());
        dryRunButton.setOnAction(e -> session.apply(p.report().get(), p.scene().get(), true));
        applyButton.setOnAction(e -> session.apply(p.report().get(), p.scene().get(), false));
        deleteButton.setOnAction(e -> confirmDelete());
        bridgeButton.setText(MessageFormat.format(p.bundle().getString("real.bridge.get"), megabytes(session.bridgeSize())));
        bridgeButton.setOnAction(e -> session.installBridge(this::connect));
        session.bridgeDownloadProperty().addListener((o, a, b) -> showBridge());
        session.statusProperty().addListener((o, a, b) -> showStatus());
        session.errorProperty().addListener((o, a, b) -> showStatus());
        session.liveProperty().addListener((o, a, b) -> refreshLive());
        session.resultProperty().addListener((o, a, b) -> showResult(b));
        showStatus();
    }

    /** Loopback contexts only, unless the learner asks for all of them. */
    private void fillContexts() {
        List<KubeContext> all = session.contextsProperty().get();
        List<KubeContext> shown = allContexts.isSelected() ? all : all.stream().filter(KubeContext::loopback).toList();
        KubeContext keep = contextBox.getValue();
        contextBox.getItems().setAll(shown);
        if (keep != null && shown.contains(keep)) {
            contextBox.setValue(keep);
        } else {
            shown.stream().filter(KubeContext::current).findFirst().or(() -> shown.stream().findFirst())
                    .ifPresentOrElse(contextBox::setValue, () -> contextBox.setValue(null));
        }
        if (all.isEmpty()) {
            statusLabel.setText(p.bundle().getString("real.noContexts"));
        } else if (shown.isEmpty()) {
            statusLabel.setText(p.bundle().getString("real.noLocalContexts"));
        }
    }

    private void connect() {
        KubeContext c = contextBox.getValue();
        if (c == null) {
            return;
        }
        boolean confirmed = c.loopback() || confirmRemote(c);
        if (confirmed) {
            namespaceLabel.setText(MessageFormat.format(p.bundle().getString("real.namespace"), namespace()));
            session.connect(c, !c.loopback(), namespace());
        }
    }

    /** A context whose server is not this machine: the learner confirms it by its name. */
    private boolean confirmRemote(KubeContext c) {
        Alert a = new Alert(Alert.AlertType.WARNING, MessageFormat.format(p.bundle().getString("real.remoteBody"), c.name(),
                c.server()), ButtonType.CANCEL);
        ButtonType go = new ButtonType(MessageFormat.format(p.bundle().getString("real.remoteGo"), c.name()));
        a.getButtonTypes().add(0, go);
        a.initOwner(stage);
        a.setTitle(p.bundle().getString("real.remoteTitle"));
        a.setHeaderText(p.bundle().getString("real.remoteTitle"));
        a.getDialogPane().setId("rcRemoteDialog");
        return a.showAndWait().filter(go::equals).isPresent();
    }

    private void confirmDelete() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, MessageFormat.format(p.bundle().getString("real.deleteBody"),
                session.namespace()), ButtonType.CANCEL, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.getDialogPane().setId("rcDeleteDialog");
        if (a.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            session.deleteNamespace();
        }
    }

    private void showStatus() {
        Status s = session.statusProperty().get();
        statusLabel.getStyleClass().removeAll("live", "stale", "failed");
        String ctx = session.cluster() == null ? "" : session.cluster().context().name();
        String text = switch (s) {
            case DISCONNECTED -> p.bundle().getString("real.status.disconnected");
            case CONNECTING -> MessageFormat.format(p.bundle().getString("real.status.connecting"),
                    contextBox.getValue() == null ? "" : contextBox.getValue().name());
            case LIVE -> MessageFormat.format(p.bundle().getString("real.status.live"), ctx, session.namespace());
            case STALE -> MessageFormat.format(p.bundle().getString("real.status.stale"), ctx);
            case FAILED -> MessageFormat.format(p.bundle().getString("real.status.failed"), errorText());
        };
        if (s == Status.LIVE || s == Status.STALE) {
            statusLabel.getStyleClass().add(s == Status.LIVE ? "live" : "stale");
            if (session.errorProperty().get() != null) {
                text += " · " + errorText(); // a later apply or delete that failed
            }
        } else if (s == Status.FAILED) {
            statusLabel.getStyleClass().add("failed");
        }
        statusLabel.setText(text);
        showBridge();
        boolean connected = s == Status.LIVE || s == Status.STALE;
        dryRunButton.setDisable(!connected);
        applyButton.setDisable(!connected);
        deleteButton.setDisable(!connected);
        disconnectButton.setDisable(s == Status.DISCONNECTED || s == Status.FAILED);
        reconnectButton.setDisable(!connected);
        connectButton.setDisable(s == Status.CONNECTING);
        refreshLive();
    }

    /**
     * The bridge's download: offered when connecting failed for want of it (an installed app does not
     * ship it), then its progress; hidden otherwise.
     */
    private void showBridge() {
        var d = session.bridgeDownloadProperty().get();
        var e = session.errorProperty().get();
        boolean missing = e != null && e.reason() == servicelab.realcluster.ClusterException.Reason.NO_BRIDGE;
        bridgeBox.setVisible(missing || d != null);
        bridgeBox.setManaged(missing || d != null);
        bridgeButton.setDisable(d != null);
        bridgeProgress.setVisible(d != null);
        bridgeProgress.setManaged(d != null);
        bridgeLabel.setVisible(d != null);
        bridgeLabel.setManaged(d != null);
        if (d != null) {
            bridgeProgress.setProgress(d.total() == 0 ? -1 : (double) d.done() / d.total());
            bridgeLabel.setText(MessageFormat.format(p.bundle().getString("real.bridge.getting"), megabytes(d.done()), megabytes(d.total())));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e6);
    }

    /** The last failure in the learner's words, with the server's own message after them. */
    private String errorText() {
        var e = session.errorProperty().get();
        if (e == null) {
            return "";
        }
        String why = switch (e.reason()) {
            case UNREACHABLE -> p.bundle().getString("real.reason.unreachable");
            case FORBIDDEN -> p.bundle().getString("real.reason.forbidden");
            case UNKNOWN_CONTEXT -> p.bundle().getString("real.reason.unknownContext");
            case NOT_CONFIRMED -> p.bundle().getString("real.reason.notConfirmed");
            case NO_BRIDGE -> p.bundle().getString("real.reason.noBridge");
            case REFUSED -> p.bundle().getString("real.reason.refused");
        };
        return why + " (" + e.getMessage() + ")";
    }

    private void refreshLive() {
        boolean stale = session.statusProperty().get() == Status.STALE;
        diagram.show(session.liveProperty().get(), stale, p.dark().get());
        compareTable.getItems().setAll(SimVsReal.compare(p.simulation().get(), "default", session.liveProperty().get()
                .objects().values()));
    }

    private void showResult(RealClusterSession.ApplyResult r) {
        if (r == null) {
            return;
        }
        long agree = r.rows().stream().filter(SceneApply.Row::agree).count();
        long refused = r.rows().stream().filter(row -> !row.server().accepted()).count();
        summaryLabel.setText(MessageFormat.format(p.bundle().getString(r.dryRun() ? "real.summaryDry" : "real.summary"),
                r.rows().size(), agree, r.rows().size() - agree, refused, r.kept().size()));
        resultList.getItems().setAll(r.rows());
        resultList.getItems().addAll(r.kept());
    }
}
