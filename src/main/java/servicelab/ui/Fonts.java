package servicelab.ui;

import java.io.IOException;
import java.io.InputStream;

import javafx.scene.text.Font;

/**
 * Loads the bundled Nanum fonts (SIL OFL), so Korean renders on machines without a Korean font.
 * JavaFX also uses fonts loaded this way as fallback for Hangul in any family.
 */
public final class Fonts {
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String f : new String[] {"NanumGothic.ttf", "NanumGothicBold.ttf", "NanumGothicCoding.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + f)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (IOException e) {
                // a missing font only costs looks; the UI still works with system fonts
            }
        }
        loaded = true;
    }
}
