package servicelab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.scene.text.Font;

/**
 * Loads the bundled Nanum fonts (SIL OFL), so Korean renders on machines without a Korean font.
 * JavaFX also uses fonts loaded this way as fallback for Hangul in any family.
 *
 * <p>JavaFX copies a font it is given as a stream to a temporary file on every start (11.6 MB for
 * these three, left behind in the temp folder when the app is killed) and only maps a font it is
 * given as a file. So the fonts are copied once into the profile's {@code fonts} folder and loaded
 * from there: a start loads them in about half the time, before the first frame.
 */
public final class Fonts {
    static final String[] FILES = {"NanumGothic.ttf", "NanumGothicBold.ttf", "NanumGothicCoding.ttf"};
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        Path dir = servicelab.workspace.progress.Progress.home().resolve("fonts");
        for (String f : FILES) {
            URL url = Fonts.class.getResource("/assets/fonts/" + f);
            if (url != null && !fromFile(dir, f, url)) {
                fromStream(f);
            }
        }
        loaded = true;
    }

    /**
     * Loads the font at {@code url} from a file: the resource itself when it is one (a classes
     * folder), else its copy {@code dir/name}, made now when missing or not the resource's size.
     * False when neither can be done (a folder that cannot be written, a file JavaFX refuses).
     */
    static boolean fromFile(Path dir, String name, URL url) {
        try {
            if ("file".equals(url.getProtocol())) {
                return Font.loadFont(url.toExternalForm(), 14) != null;
            }
            long size = url.openConnection().getContentLengthLong();
            Path file = dir.resolve(name);
            if (size <= 0) {
                return false;
            }
            if (!Files.isRegularFile(file) || Files.size(file) != size) {
                Files.createDirectories(dir);
                // whole or not at all: another start may be reading the folder at the same moment
                Path part = Files.createTempFile(dir, name, ".part");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            // not file.toUri(): JavaFX takes the URL's path undecoded, and a profile under
            // "C:\Users\First Last" would not be found as "First%20Last"
            return Font.loadFont("file:" + file.toAbsolutePath(), 14) != null;
        } catch (IOException | RuntimeException e) {
            return false; // the stream way below still works
        }
    }

    private static void fromStream(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + name)) {
            if (in != null) {
                Font.loadFont(in, 14);
            }
        } catch (IOException e) {
            // a missing font only costs looks; the UI still works with system fonts
        }
    }
}
