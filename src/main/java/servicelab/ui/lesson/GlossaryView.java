package servicelab.ui.lesson;

import java.util.ResourceBundle;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import servicelab.lesson.Glossary;

/**
 * The glossary with a search field (curriculum L5): aliases and English find the app's term
 * (an old spelling or the English name finds the app's term), each shown with its definition.
 */
public final class GlossaryView extends VBox {
    private final TextField search = new TextField();
    private final ListView<Glossary.Term> list = new ListView<>();

    public GlossaryView(ResourceBundle bundle, Glossary glossary, java.util.function.Consumer<String> openPage) {
        super(8);
        setPadding(new Insets(12));
        getStyleClass().add("glossary-view");
        search.setId("glossarySearch");
        search.setPromptText(bundle.getString("glossary.search"));
        list.setId("glossaryList");
        list.getItems().setAll(glossary.terms());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Glossary.Term t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(t.term() + (t.en() != null && !t.en().equals(t.term()) ? "  (" + t.en() + ")" : "")
                        + (t.field() != null ? "  · " + t.field() : ""));
                name.getStyleClass().add("glossary-name");
                Label def = new Label(t.definition());
                def.setWrapText(true);
                def.maxWidthProperty().bind(list.widthProperty().subtract(40));
                VBox box = new VBox(2, name, def);
                if (!t.aliases().isEmpty()) {
                    Label aka = new Label("≈ " + String.join(", ", t.aliases()));
                    aka.getStyleClass().add("glossary-aliases");
                    box.getChildren().add(aka);
                }
                if (t.url() != null && servicelab.lesson.LinkPolicy.allowed(t.url())) {
                    // kubernetes.io opens in the browser only when asked: the app works offline
                    javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(bundle.getString("glossary.open"));
                    link.setTooltip(new javafx.scene.control.Tooltip(t.url()));
                    link.setOnAction(e -> openPage.accept(t.url()));
                    box.getChildren().add(link);
                }
                setText(null);
                setGraphic(box);
            }
        });
        search.textProperty().addListener((o, a, b) -> list.getItems().setAll(glossary.search(b)));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, list);
    }

    public TextField search() {
        return search;
    }

    public ListView<Glossary.Term> list() {
        return list;
    }
}
