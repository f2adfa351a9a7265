package servicelab.ui.lesson;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static servicelab.ui.lesson.LessonTexts.icon;

/**
 * A lesson's code block: its language, the broken-example badge, and buttons that load its YAML
 * into the editor or run its kubectl lines in the console (see {@link MarkdownView}).
 */
final class CodeBlockView {
    private final LessonTexts texts;
    private final ObjectProperty<Consumer<String>> onLoadYaml;
    private final ObjectProperty<Consumer<String>> onRunCommand;

    CodeBlockView(LessonTexts texts, ObjectProperty<Consumer<String>> onLoadYaml,
                  ObjectProperty<Consumer<String>> onRunCommand) {
        this.texts = texts;
        this.onLoadYaml = onLoadYaml;
        this.onRunCommand = onRunCommand;
    }

    Node build(String infoString, String literal) {
        CodeBlocks.Info info = CodeBlocks.Info.parse(infoString);
        VBox block = new VBox();
        block.getStyleClass().add("lesson-code-block");
        HBox header = header(info, block);
        List<String> commands = info.yaml() ? List.of() : CodeBlocks.commands(literal);
        addAction(header, info, literal, commands);
        if (header.getChildren().size() > 1) {
            block.getChildren().add(header);
        }
        block.getChildren().add(codeScroll(literal));
        if (commands.size() > 1) {
            block.getChildren().add(commandRows(commands));
        }
        block.setAccessibleText(literal);
        return block;
    }

    /** The header's language and broken-example badge (which also marks the block), then a spacer. */
    private HBox header(CodeBlocks.Info info, VBox block) {
        HBox header = new HBox();
        header.getStyleClass().add("lesson-code-header");
        header.setAlignment(Pos.CENTER_LEFT);
        if (!info.language().isEmpty()) {
            Label language = new Label(info.language());
            language.getStyleClass().add("lesson-code-lang");
            header.getChildren().add(language);
        }
        if (info.broken()) {
            block.getStyleClass().add("lesson-code-broken");
            Label badge = new Label(texts.t("lesson.code.broken"), icon("fth-alert-triangle"));
            badge.getStyleClass().add("lesson-broken-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTooltip(new Tooltip(texts.t("lesson.code.broken.tooltip")));
            badge.setAccessibleHelp(texts.t("lesson.code.broken.tooltip"));
            header.getChildren().add(badge);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().add(spacer);
        return header;
    }

    /** The header's button: load a YAML block, or run the block's only command. */
    private void addAction(HBox header, CodeBlocks.Info info, String literal, List<String> commands) {
        if (info.yaml()) {
            Button load = actionButton(texts.t("lesson.code.loadYaml"), "fth-edit", texts.t("lesson.code.loadYaml.tooltip"),
                    onLoadYaml, literal);
            load.getStyleClass().add("lesson-load-yaml");
            header.getChildren().add(load);
        } else if (commands.size() == 1) {
            header.getChildren().add(runButton(commands.get(0)));
        }
    }

    private static ScrollPane codeScroll(String literal) {
        Label code = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().add("lesson-code-text");
        code.setMinWidth(Region.USE_PREF_SIZE);
        code.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(code);
        scroll.getStyleClass().add("lesson-code-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.setMinWidth(0); // a long line scrolls inside its block instead of widening the lesson
        scroll.setPrefWidth(0);
        scroll.setMaxWidth(Double.MAX_VALUE);
        // the viewport is always as tall as the code, so no line hides under the horizontal bar
        scroll.minViewportHeightProperty().bind(code.heightProperty());
        scroll.prefViewportHeightProperty().bind(code.heightProperty());
        return scroll;
    }

    /** One run button per command, each beside the command it sends. */
    private VBox commandRows(List<String> commands) {
        VBox rows = new VBox();
        rows.getStyleClass().add("lesson-code-commands");
        for (String command : commands) {
            Label text = new Label(command);
            text.getStyleClass().add("lesson-command-text");
            text.setTooltip(new Tooltip(command));
            HBox row = new HBox(runButton(command), text);
            row.getStyleClass().add("lesson-command-row");
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        return rows;
    }

    private Button runButton(String command) {
        Button run = actionButton(texts.t("lesson.code.run"), "fth-play", texts.fmt("lesson.code.run.tooltip", command),
                onRunCommand, command);
        run.getStyleClass().add("lesson-run-command");
        return run;
    }

    private static Button actionButton(String text, String iconLiteral, String tooltip,
            ObjectProperty<Consumer<String>> handler, String payload) {
        Button b = new Button(text, icon(iconLiteral));
        b.getStyleClass().addAll("lesson-code-button", "small");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleHelp(tooltip);
        b.setUserData(payload);
        // no handler, nothing to do: say so instead of a button that silently ignores clicks
        b.disableProperty().bind(handler.isNull());
        b.setOnAction(e -> {
            Consumer<String> c = handler.get();
            if (c != null) {
                c.accept(payload);
            }
        });
        return b;
    }
}
