package servicelab.ui.realcluster;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import servicelab.realcluster.SimVsReal;

/** The simulated scene beside the real namespace, one row per Service; a row that differs is marked. */
final class Compare {
    private Compare() {
    }

    static void columns(TableView<SimVsReal.Row> table, ResourceBundle b) {
        table.getColumns().add(column(b.getString("real.col.service"), SimVsReal.Row::service));
        table.getColumns().add(column(b.getString("real.col.type"), r -> pair(r.inSim() ? r.simType() : "—",
                r.inReal() ? r.realType() : "—")));
        table.getColumns().add(column(b.getString("real.col.ready"), r -> pair(r.inSim() ? String.valueOf(r.simReady()) : "—",
                r.inReal() ? String.valueOf(r.realReady()) : "—")));
        table.getColumns().add(column(b.getString("real.col.notReady"), r -> pair(r.inSim() ? String.valueOf(r.simNotReady()) : "—",
                r.inReal() ? String.valueOf(r.realNotReady()) : "—")));
        table.getColumns().get(1).setPrefWidth(190); // "LoadBalancer / LoadBalancer", the longest pair
        table.getColumns().add(column(b.getString("real.col.difference"), r -> !r.inSim() ? b.getString("real.diff.onlyReal")
                : !r.inReal() ? b.getString("real.diff.onlySim") : r.typeDiffers() ? b.getString("real.diff.type")
                : r.readyDiffers() ? b.getString("real.diff.ready") : b.getString("real.diff.none")));
        table.getColumns().get(4).setPrefWidth(180);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SimVsReal.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("rc-differs");
                if (!empty && item != null && item.differs()) {
                    getStyleClass().add("rc-differs");
                }
            }
        });
    }

    /** "simulated / real", the order of the column headers. */
    static String pair(String sim, String real) {
        return sim + " / " + real;
    }

    private static TableColumn<SimVsReal.Row, String> column(String title, Function<SimVsReal.Row, String> value) {
        TableColumn<SimVsReal.Row, String> c = new TableColumn<>(title);
        c.setMinWidth(70);
        c.setPrefWidth(110);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
