package servicelab.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The windows' icon: PNGs that the package build ({@code mvn -Ppackage}) renders from
 * assets/icon/servicelab.svg into the jar. A developer build has none and keeps the system's icon.
 */
public final class AppIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {
    }

    /** Gives the stage the app's icon (loaded in the background, so the first frame does not wait). */
    public static void apply(Stage stage) {
        if (images == null) {
            images = new ArrayList<>();
            for (int size : SIZES) {
                URL url = AppIcon.class.getResource("/assets/icons/servicelab-" + size + ".png");
                if (url != null) {
                    images.add(new Image(url.toExternalForm(), true));
                }
            }
        }
        stage.getIcons().setAll(images);
    }
}
