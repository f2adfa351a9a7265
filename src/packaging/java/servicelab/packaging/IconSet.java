package servicelab.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Renders assets/icon/servicelab.svg into every icon the packages need (run by {@code mvn -Ppackage}):
 * PNGs of 16–1024 px, servicelab.ico (Windows), servicelab.icns (macOS), servicelab.png (Linux menu), and
 * the window icons inside the app's jar. Lives in src/packaging so that Batik is needed only there.
 *
 * <p>Usage: {@code IconSet SVG OUT_DIR CLASSES_DIR}
 */
public final class IconSet {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512, 1024);
    static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private IconSet() {}

    public static void main(String[] args) throws IOException, TranscoderException {
        if (args.length != 3) throw new IllegalArgumentException("usage: IconSet SVG OUT_DIR CLASSES_DIR");
        System.setProperty("java.awt.headless", "true");
        Path svg = Path.of(args[0]), out = Path.of(args[1]), windowIcons = Path.of(args[2], "assets", "icons");
        Files.createDirectories(out);
        Files.createDirectories(windowIcons);
        TreeMap<Integer, byte[]> png = new TreeMap<>();
        for (int size : SIZES) {
            png.put(size, render(svg, size));
            Files.write(out.resolve("servicelab-" + size + ".png"), png.get(size));
        }
        for (int size : WINDOW_SIZES) Files.write(windowIcons.resolve("servicelab-" + size + ".png"), png.get(size));
        Files.write(out.resolve("servicelab.png"), png.get(256));
        Files.write(out.resolve("servicelab.ico"), IconContainers.ico(new TreeMap<>(png.headMap(257))));
        Files.write(out.resolve("servicelab.icns"), IconContainers.icns(png));
        System.out.println("[icons] " + SIZES.size() + " PNG sizes, .ico and .icns in " + out);
    }

    private static byte[] render(Path svg, int size) throws TranscoderException {
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) size);
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) size);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        t.transcode(new TranscoderInput(svg.toUri().toString()), new TranscoderOutput(bytes));
        return bytes.toByteArray();
    }
}
