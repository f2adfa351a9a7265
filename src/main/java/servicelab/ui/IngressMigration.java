package servicelab.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import servicelab.manifest.IngressToGateway;
import servicelab.manifest.ManifestEditor;
import servicelab.model.Ingress;
import servicelab.sim.ClusterSnapshot;
import servicelab.sim.GatewayObjects;
import servicelab.sim.SimService;
import servicelab.text.Messages;
import servicelab.workspace.CheckService;
import servicelab.workspace.Origin;
import servicelab.workspace.Workbench;

/**
 * Ingress to Gateway API (migrate.menu): the cluster's Ingresses converted as ingress2gateway converts them,
 * shown as the lines the text would gain; the learner accepts them into the text (one edit,
 * undoable) or not. The Ingresses stay, so both roads can be compared side by side.
 */
final class IngressMigration {
    private final Messages msg;
    private final Workbench wb;
    private final Stage owner;
    private final Consumer<String> status;

    IngressMigration(Messages msg, Workbench wb, Stage owner, Consumer<String> status) {
        this.msg = msg;
        this.wb = wb;
        this.owner = owner;
        this.status = status;
    }

    /** The item at the end of the file menu. */
    void install(MenuButton menu) {
        MenuItem item = new MenuItem(msg.get("migrate.menu"), Ui.icon("fth-log-in"));
        item.setId("menuMigrateIngress");
        item.setOnAction(e -> open());
        menu.getItems().stream().filter(m -> "fileMenu".equals(m.getId())).findFirst()
                .ifPresent(m -> ((Menu) m).getItems().add(item));
    }

    /** The lines the text would gain, or null (with the reason in the status bar) when there is nothing to convert. */
    String proposal() {
        CheckService.Checked c = wb.checks().latest();
        if (c == null || c.revision() != wb.document().revision()) {
            status.accept(msg.get("diagram.editRefused"));
            return null;
        }
        ClusterSnapshot snap = wb.cluster().snapshot();
        List<Ingress> ingresses = snap.ingresses();
        if (ingresses.isEmpty()) {
            status.accept(msg.get("migrate.none"));
            return null;
        }
        IngressToGateway.Result r = IngressToGateway.convert(ingresses, GatewayObjects.CLASS, (ns, name) -> {
            SimService s = snap.service(ns, name);
            Map<String, Integer> ports = new java.util.HashMap<>();
            if (s != null) {
                s.ports().stream().filter(p -> p.name() != null).forEach(p -> ports.put(p.name(), p.port()));
            }
            return ports;
        });
        r.skipped().forEach(s -> status.accept(msg.get("migrate.skipped", s)));
        return r.yaml();
    }

    /** The dialog: what the conversion adds, and a button that adds it. */
    void open() {
        String added = proposal();
        if (added == null) {
            return;
        }
        long basedOn = wb.document().revision();
        String before = wb.document().text();
        String after = before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + added;
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(msg.get("migrate.title"));
        d.getDialogPane().setId("migrateDialog");
        d.getDialogPane().getStylesheets().addAll(Ui.stylesheets(owner.getScene()));
        Theme.follow(owner, d.getDialogPane());
        Label intro = new Label(msg.get("migrate.intro"));
        intro.setWrapText(true);
        intro.setPrefWidth(620); // wrapped to the list's width, not one line as wide as its text
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<String> diff = new ListView<>();
        diff.setId("migrateDiff");
        diff.getStyleClass().add("migrate-diff");
        diff.getItems().setAll(added.split("\n"));
        diff.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : "+ " + line);
                getStyleClass().remove("diff-add");
                if (!empty) {
                    getStyleClass().add("diff-add");
                }
            }
        });
        diff.setPrefSize(620, 420);
        d.getDialogPane().setContent(new VBox(10, intro, diff));
        ButtonType apply = new ButtonType(msg.get("migrate.apply"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(apply, new ButtonType(msg.get("migrate.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(apply).setId("migrateApply");
        // centred on the window (opened from a menu, a dialog may otherwise land beside it)
        d.setOnShown(e -> {
            d.setX(owner.getX() + Math.max(0, (owner.getWidth() - d.getWidth()) / 2));
            d.setY(owner.getY() + Math.max(0, (owner.getHeight() - d.getHeight()) / 2));
        });
        d.showAndWait().filter(apply::equals).ifPresent(b -> {
            if (!wb.document().apply(ManifestEditor.Edit.between(before, after), Origin.DIAGRAM, basedOn)) {
                status.accept(msg.get("diagram.editRefused"));
            } else {
                status.accept(msg.get("migrate.done"));
            }
        });
    }
}
