package servicelab.ui.lesson;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.stage.Stage;

import servicelab.lesson.Glossary;

/** The glossary in its own small window, searchable by alias (old spellings learners meet elsewhere) and English. */
public final class GlossaryWindow {
    private final Stage owner;
    private final ResourceBundle bundle;
    private final Glossary glossary;
    private final List<String> stylesheets;
    private final Consumer<String> browser;
    private Stage stage;

    public GlossaryWindow(Stage owner, ResourceBundle bundle, Glossary glossary, List<String> stylesheets, Consumer<String> browser) {
        this.owner = owner;
        this.bundle = bundle;
        this.glossary = glossary;
        this.stylesheets = stylesheets;
        this.browser = browser;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            servicelab.ui.AppIcon.apply(stage);
            stage.initOwner(owner);
            stage.setTitle(bundle.getString("glossary.title"));
            GlossaryView view = new GlossaryView(bundle, glossary, browser::accept);
            Scene scene = new Scene(view, 520, 620);
            scene.getStylesheets().addAll(stylesheets);
            view.getStyleClass().add("root");
            servicelab.ui.Theme.follow(owner, view);
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }
}
