package servicelab.ui.realcluster;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import servicelab.check.Diagnostic;
import servicelab.realcluster.SceneApply;

/**
 * One document of the last apply: what it is, the verdict (agree or not, in words and colour),
 * then the app's errors and the server's answer line by line, each with its field path, so the
 * learner can read the two judgements of the same field side by side.
 */
final class ResultCells {
    private final ResourceBundle bundle;

    ResultCells(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    ListCell<Object> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("rc-row-agree", "rc-row-disagree");
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else if (item instanceof SceneApply.Row r) {
                    getStyleClass().add(r.agree() ? "rc-row-agree" : "rc-row-disagree");
                    setGraphic(row(r, getListView() == null ? 300 : getListView().getWidth() - 40));
                } else if (item instanceof SceneApply.Kept k) {
                    setGraphic(kept(k));
                }
            }
        };
    }

    private String f(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }

    private static String ident(String kind, String name) {
        return (kind == null ? "?" : kind.toLowerCase(Locale.ROOT)) + "/" + (name == null ? "?" : name);
    }

    private VBox row(SceneApply.Row r, double width) {
        Label head = new Label(ident(r.kind(), r.name()) + " · " + f("real.line", r.line()));
        head.getStyleClass().add("rc-doc");
        head.setStyle("-fx-font-weight: bold;");
        Label verdict = new Label(switch (r.verdict()) {
            case BOTH_ACCEPT -> f("real.verdict.bothAccept");
            case BOTH_REFUSE -> f("real.verdict.bothRefuse");
            case ONLY_APP_REFUSES -> f("real.verdict.onlyApp");
            case ONLY_SERVER_REFUSES -> f("real.verdict.onlyServer");
        });
        verdict.getStyleClass().add("rc-verdict");
        verdict.setWrapText(true);
        verdict.setMaxWidth(Math.max(200, width));
        VBox box = new VBox(2, head, verdict);
        for (Diagnostic d : r.appErrors()) {
            box.getChildren().add(detail(f("real.appSays", (d.field() == null || d.field().isEmpty() ? "" : d.field() + ": ")
                    + d.message()), width));
        }
        if (!r.server().accepted()) {
            if (r.server().causes().isEmpty()) {
                box.getChildren().add(detail(f("real.serverSays", r.server().message()), width));
            }
            for (Map<String, String> c : r.server().causes()) {
                String field = c.get("field");
                box.getChildren().add(detail(f("real.serverSays", (field == null || field.isEmpty() ? "" : field + ": ")
                        + c.get("message")), width));
            }
        }
        return box;
    }

    private VBox kept(SceneApply.Kept k) {
        String why = switch (k.why()) {
            case CLUSTER_SCOPED -> f("real.kept.scoped", k.kind());
            case OTHER_NAMESPACE -> f("real.kept.namespace", k.namespace());
            case NO_KIND -> f("real.kept.noKind");
        };
        Label head = new Label(ident(k.kind(), k.name()) + " · " + f("real.line", k.line()));
        head.setStyle("-fx-font-weight: bold;");
        return new VBox(2, head, detail(why, 300));
    }

    private static Label detail(String text, double width) {
        Label l = new Label(text);
        l.getStyleClass().add("rc-detail");
        l.setWrapText(true);
        l.setMaxWidth(Math.max(200, width));
        return l;
    }
}
