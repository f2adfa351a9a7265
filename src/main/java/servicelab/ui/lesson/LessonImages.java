package servicelab.ui.lesson;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/**
 * A lesson's pictures: figures on their own line, images inside running text, and where they
 * load from (the lesson folder or the app's {@code /assets/}; never the network).
 */
final class LessonImages {
    /** The lesson view: an image in running text is sized to its width. */
    private final Region lessonView;
    private final LessonTexts texts;
    /** Folder that relative image paths resolve against while one document is being drawn. */
    private Path baseDir;

    LessonImages(Region lessonView, LessonTexts texts) {
        this.lessonView = lessonView;
        this.texts = texts;
    }

    void setBaseDir(Path baseDir) {
        this.baseDir = baseDir;
    }

    static boolean onlyImages(Paragraph p) {
        boolean image = false;
        for (org.commonmark.node.Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Image) {
                image = true;
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || (n instanceof org.commonmark.node.Text t && t.getLiteral().isBlank()))) {
                return false;
            }
        }
        return image;
    }

    Node figures(Paragraph p) {
        VBox box = new VBox();
        box.getStyleClass().add("lesson-figures");
        for (org.commonmark.node.Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Image img) {
                box.getChildren().add(figure(img));
            }
        }
        return box.getChildren().size() == 1 ? box.getChildren().get(0) : box;
    }

    /** A picture on its own line: shrinks to the pane width, never grows past its own size. */
    private Node figure(org.commonmark.node.Image img) {
        Image image = loadImage(img.getDestination());
        if (image == null) {
            return missingImage(img);
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleText(InlineText.plainText(img));
        VBox figure = new VBox(view);
        figure.getStyleClass().add("lesson-figure");
        // min 0 lets the pane narrow the figure; the fit width follows the width it is given
        figure.setMinWidth(0);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(image.getWidth(),
                        figure.getWidth() - figure.snappedLeftInset() - figure.snappedRightInset())),
                figure.widthProperty()));
        String title = img.getTitle();
        if (title != null && !title.isBlank()) {
            Label caption = new Label(title);
            caption.getStyleClass().add("lesson-figure-caption");
            caption.setWrapText(true);
            figure.getChildren().add(caption);
        }
        return figure;
    }

    /** An image inside running text: at most most of the view's width. */
    Node inlineImage(org.commonmark.node.Image img) {
        Image image = loadImage(img.getDestination());
        if (image == null) {
            return missingImage(img);
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleText(InlineText.plainText(img));
        view.getStyleClass().add("lesson-inline-image");
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(image.getWidth(), lessonView.getWidth() * 0.8)), lessonView.widthProperty()));
        return view;
    }

    private Node missingImage(org.commonmark.node.Image img) {
        Label missing = new Label(texts.t("lesson.image.missing"), LessonTexts.icon("fth-image"));
        missing.getStyleClass().add("lesson-image-missing");
        String alt = InlineText.plainText(img);
        String where = img.getDestination() == null ? "" : img.getDestination();
        String tip = alt.isBlank() ? where : alt + "\n" + where;
        if (!tip.isBlank()) {
            missing.setTooltip(new Tooltip(tip));
            missing.setAccessibleHelp(tip);
        }
        return missing;
    }

    /**
     * The image at a Markdown destination: {@code /assets/...} from the app's resources, anything
     * else relative to the lesson folder. Remote and data URLs are never fetched.
     */
    private Image loadImage(String destination) {
        Path p = servicelab.lesson.LinkPolicy.image(baseDir == null ? Path.of("") : baseDir, destination);
        if (p == null || baseDir == null && !p.startsWith("assets")) {
            return null; // remote, ../, absolute: never loaded
        }
        if (p.startsWith("assets")) {
            URL resource = MarkdownView.class.getResource("/" + p.toString().replace('\\', '/'));
            return resource == null ? null : image(resource.toExternalForm());
        }
        try {
            // a symlink inside the folder must not lead out of it either
            Path real = p.toRealPath();
            return real.startsWith(baseDir.toRealPath()) && Files.isRegularFile(real) ? image(real.toUri().toString()) : null;
        } catch (java.io.IOException | InvalidPathException e) {
            return null;
        }
    }

    private static Image image(String url) {
        Image image = new Image(url, false);
        return image.isError() ? null : image;
    }
}
