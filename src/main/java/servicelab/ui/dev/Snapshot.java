package servicelab.ui.dev;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** PNG output of a scene or node, without javafx-swing. */
public final class Snapshot {
    private Snapshot() {
    }

    public static void write(Scene scene, Path out) throws IOException {
        write(scene.snapshot(null), out);
    }

    public static void write(Node node, Path out) throws IOException {
        write(node.snapshot(null, null), out);
    }

    public static void write(WritableImage img, Path out) throws IOException {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bi.setRGB(x, y, pr.getArgb(x, y));
            }
        }
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null) {
            java.nio.file.Files.createDirectories(abs.getParent());
        }
        ImageIO.write(bi, "png", abs.toFile());
    }
}
